"""What the capture pipeline hands to the vault writer: a stream of small, content-checked records.

Capture never imports the vault; the composition root connects a pipeline's `RecordSink` to the
writer. A segment is named by a `token` the pipeline allocates (unique within one run); the
writer maps tokens to database rows. A segment's life is explicit: `SegmentStart`, its events and
frames, then `SegmentEnd` with the reason. The writer derives the typed text itself, from the key
events it actually stores, so text never holds a key that was dropped or deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from app.core.model import Frame, Gap, InputEvent, KeystrokeMode, SegmentEndReason, WindowInfo


@dataclass(frozen=True, slots=True)
class SegmentStart:
    token: int
    start: float
    window: WindowInfo
    keystroke_mode: KeystrokeMode


@dataclass(frozen=True, slots=True)
class SegmentEnd:
    """The segment's last item was at `end`; nothing more will be placed in it."""

    token: int
    end: float
    reason: SegmentEndReason


@dataclass(frozen=True, slots=True)
class EventRecord:
    token: int
    event: InputEvent


@dataclass(frozen=True, slots=True)
class KeyRelease:
    """A key went up at `t`. It belongs to no segment: the writer adds its timing to the press."""

    t: float
    key: str


@dataclass(frozen=True, slots=True)
class FrameRecord:
    token: int
    frame: Frame


@dataclass(frozen=True, slots=True)
class GapRecord:
    """A gap opened (end None) or closed. `token` names the gap so its end can be filled in."""

    token: int
    gap: Gap


Record = SegmentStart | SegmentEnd | EventRecord | KeyRelease | FrameRecord | GapRecord


class RecordSink(Protocol):
    def submit(self, record: Record) -> None:
        """Queue a record for persistence. Must not block for long (called on the capture thread)."""
