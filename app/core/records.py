"""What the capture pipeline hands to the vault writer: a stream of small, content-checked records.

Capture never imports the vault; the composition root connects a pipeline's `RecordSink` to the
writer. A segment is named by a `token` the pipeline allocates (unique within one run); the
writer maps tokens to database rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from app.core.model import Frame, Gap, InputEvent, KeystrokeMode, WindowInfo


@dataclass(frozen=True, slots=True)
class SegmentStart:
    token: int
    start: float
    window: WindowInfo
    keystroke_mode: KeystrokeMode


@dataclass(frozen=True, slots=True)
class SegmentUpdate:
    """Latest end time and reconstructed (already masked) typed text of an open segment."""

    token: int
    end: float
    typed_text: str


@dataclass(frozen=True, slots=True)
class EventRecord:
    token: int
    event: InputEvent


@dataclass(frozen=True, slots=True)
class FrameRecord:
    token: int
    frame: Frame


@dataclass(frozen=True, slots=True)
class GapRecord:
    """A gap opened (end None) or closed. `token` names the gap so its end can be filled in."""

    token: int
    gap: Gap


Record = SegmentStart | SegmentUpdate | EventRecord | FrameRecord | GapRecord


class RecordSink(Protocol):
    def submit(self, record: Record) -> None:
        """Queue a record for persistence. Must not block for long (called on the capture thread)."""
