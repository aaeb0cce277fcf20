"""Grouping captured events into segments: the unit the employee reviews, deletes and approves."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.model import SegmentEndReason, WindowInfo


@dataclass(frozen=True, slots=True)
class SegmentPlacement:
    """Where an event goes: segment `token`; `is_new` if that segment starts with this event;
    `closed_token` names the segment this event ended, if any, and `closed_because` why."""

    token: int
    is_new: bool
    closed_token: int | None = None
    closed_because: SegmentEndReason | None = None


class Segmenter:
    """Decides segment boundaries from event times and the focused window.

    A new segment starts on the first event, when the focused window (app, title) changes, after
    `idle_gap` seconds without events, or when the segment would grow longer than `max_length`.
    Tokens are 1, 2, 3, ... within one run. Not thread-safe: the capture thread owns it.
    """

    def __init__(self, idle_gap: float = 60.0, max_length: float = 300.0) -> None:
        if idle_gap <= 0 or max_length <= 0:
            raise ValueError("idle_gap and max_length must be positive")
        self.idle_gap = idle_gap
        self.max_length = max_length
        self._last_token = 0
        self._current: int | None = None
        self._window_key: tuple[str, str] | None = None
        self._start = 0.0
        self._last_event = 0.0

    @property
    def current_token(self) -> int | None:
        """The open segment's token, or None."""
        return self._current

    def place(self, t: float, window: WindowInfo) -> SegmentPlacement:
        """Assign an event at `t` in `window` to a segment, opening a new one if needed."""
        because = self._end_reason(t, window) if self._current is not None else None
        if self._current is not None and because is None:
            self._last_event = max(self._last_event, t)  # a late event never moves time back
            return SegmentPlacement(self._current, is_new=False)
        closed = self.close()
        self._last_token += 1
        self._current = self._last_token
        self._window_key = window.key
        self._start = self._last_event = t
        return SegmentPlacement(self._current, is_new=True, closed_token=closed, closed_because=because)

    @property
    def last_event(self) -> float | None:
        """When the open segment's last item happened (None: no segment is open)."""
        return self._last_event if self._current is not None else None

    def idle_since(self, now: float) -> bool:
        """True if the open segment has had no item for `idle_gap` seconds at `now`."""
        return self._current is not None and now - self._last_event >= self.idle_gap

    def close(self) -> int | None:
        """End the open segment (pause, exclusion, stop). Returns its token, or None if none."""
        closed, self._current, self._window_key = self._current, None, None
        return closed

    def _end_reason(self, t: float, window: WindowInfo) -> SegmentEndReason | None:
        """Why an item at `t` in `window` cannot join the open segment (None: it can)."""
        if window.key != self._window_key:
            return SegmentEndReason.WINDOW_CHANGED
        if t - self._last_event >= self.idle_gap:
            return SegmentEndReason.IDLE
        if t - self._start > self.max_length:
            return SegmentEndReason.MAX_LENGTH
        return None
