"""The open segment on the capture side: a `SegmentStart` before its first item, a `SegmentEnd`
(with the reason) when it ends — on a window change, after the idle gap, at the maximum length,
or when capture pauses, meets an excluded window or stops. The vault writer keeps the rest
(its end time, counters and typed text, from what it actually stores)."""

from __future__ import annotations

from app.core.model import SegmentEndReason, WindowInfo
from app.core.records import RecordSink, SegmentEnd, SegmentStart
from app.policy.rules.keystrokes import KeystrokeRules
from app.policy.rules.segmenting import Segmenter


class SegmentBook:
    """Places stored items into segments (via the Segmenter) and records their starts and ends."""

    def __init__(self, sink: RecordSink, keystrokes: KeystrokeRules, idle_gap_s: float, max_segment_s: float) -> None:
        self._sink = sink
        self._keystrokes = keystrokes
        self._segmenter = Segmenter(idle_gap_s, max_segment_s)

    @property
    def current_token(self) -> int | None:
        return self._segmenter.current_token

    def place(self, t: float, window: WindowInfo) -> int:
        """The token of the segment an item at `t` in `window` belongs to (opening one if needed)."""
        last = self._segmenter.last_event
        placement = self._segmenter.place(t, window)
        if placement.closed_token is not None and last is not None:
            self._sink.submit(SegmentEnd(placement.closed_token, last,
                                         placement.closed_because or SegmentEndReason.WINDOW_CHANGED))
        if placement.is_new:
            self._sink.submit(SegmentStart(placement.token, t, window, self._keystrokes.mode_for(window)))
        return placement.token

    def close(self, reason: SegmentEndReason) -> None:
        """End the open segment now (pause, exclusion, stop), at its last item."""
        last = self._segmenter.last_event
        token = self._segmenter.close()
        if token is not None and last is not None:
            self._sink.submit(SegmentEnd(token, last, reason))

    def next_deadline(self) -> float | None:
        """When the open segment goes idle, if nothing else happens first."""
        last = self._segmenter.last_event
        return None if last is None else last + self._segmenter.idle_gap

    def tick(self, judged_until: float) -> None:
        """Everything stamped before `judged_until` has been placed: end the segment if it went idle."""
        if self._segmenter.idle_since(judged_until):
            self.close(SegmentEndReason.IDLE)
