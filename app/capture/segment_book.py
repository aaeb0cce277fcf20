"""The open segment on the capture side: start records, running typed text, and updates."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.model import KeyEvent, WindowInfo
from app.core.records import RecordSink, SegmentStart, SegmentUpdate
from app.policy.rules.keystrokes import KeystrokeRules
from app.policy.rules.segmenting import Segmenter
from app.policy.rules.typed_text import TypedTextBuilder


@dataclass
class OpenSegment:
    token: int
    window: WindowInfo
    end: float
    text: TypedTextBuilder = field(default_factory=TypedTextBuilder)
    dirty: bool = False
    updated_at: float = 0.0


class SegmentBook:
    """Places stored items into segments (via the Segmenter) and keeps the vault's view current:
    a SegmentStart before a segment's first item, a SegmentUpdate (end, typed text) at most every
    `update_interval_s` while it changes and when it closes."""

    def __init__(self, sink: RecordSink, keystrokes: KeystrokeRules, idle_gap_s: float, max_segment_s: float,
                 update_interval_s: float) -> None:
        self._sink = sink
        self._keystrokes = keystrokes
        self._segmenter = Segmenter(idle_gap_s, max_segment_s)
        self._update_interval_s = update_interval_s
        self.current: OpenSegment | None = None

    def place(self, t: float, window: WindowInfo) -> OpenSegment:
        """The segment an item at `t` in `window` belongs to (opening one if needed)."""
        placement = self._segmenter.place(t, window)
        if placement.closed_token is not None and self.current is not None:
            self._send_update(self.current)
            self.current = None
        if placement.is_new or self.current is None:
            self._sink.submit(SegmentStart(placement.token, t, window, self._keystrokes.mode_for(window)))
            self.current = OpenSegment(placement.token, window, t, updated_at=t)
        self.current.end = max(self.current.end, t)
        self.current.dirty = True
        return self.current

    def typed(self, segment: OpenSegment, event: KeyEvent) -> None:
        segment.text.feed(event)

    def close(self) -> None:
        """End the open segment (focus excluded, pause, stop): its final update goes out."""
        if self.current is not None:
            self._send_update(self.current)
            self.current = None
        self._segmenter.close()

    def next_update(self) -> float | None:
        segment = self.current
        return segment.updated_at + self._update_interval_s if segment is not None and segment.dirty else None

    def tick(self, now: float) -> None:
        segment = self.current
        if segment is not None and segment.dirty and now - segment.updated_at >= self._update_interval_s:
            segment.updated_at = now
            self._send_update(segment)

    def _send_update(self, segment: OpenSegment) -> None:
        self._sink.submit(SegmentUpdate(segment.token, segment.end, segment.text.text))
        segment.dirty = False
