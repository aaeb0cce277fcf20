"""Puts focus changes, input events and screenshots back in time order before they are judged.

Keys arrive through the input hook's thread and focus changes through the window probe's thread;
across two threads the queue order can be off by a few milliseconds (a key typed right after a
switch may be queued before the switch). So all of them wait here for `hold_s` and leave in order
of their time stamps; the pipeline also refuses input stamped within a margin of an excluded
window's focus, since stamps from two threads are only that precise. Screenshots (grabbed on the
capture thread) wait too, so a switch that reaches the queue just after a grab still decides whose
picture it is, or that it is never stored.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections.abc import Iterator
from typing import Protocol

from app.core.model import FocusEvent, ScreenLockEvent

BOUNDARIES = (FocusEvent, ScreenLockEvent)


class Stamped(Protocol):
    """Anything judged in time order: focus changes, input, screenshots, pause marks."""

    @property
    def t(self) -> float: ...


Held = Stamped


class ReorderBuffer:
    """A time-ordered hold for focus and input events (capture thread only)."""

    def __init__(self, hold_s: float, grid_s: float = 0.1) -> None:
        self.hold_s = hold_s
        # Items are released on a grid, not one wake-up each: typing at 10 keys a second then
        # costs the capture thread ~10 wake-ups a second instead of 20-30 (bench/findings.md).
        self.grid_s = grid_s
        self._heap: list[tuple[float, int, Held]] = []
        self._seq = itertools.count()  # ties keep arrival order
        self._focus_held = 0  # focus changes and screen locks held: the boundaries input is judged by

    def push(self, item: Held) -> None:
        heapq.heappush(self._heap, (item.t, next(self._seq), item))
        if isinstance(item, BOUNDARIES):
            self._focus_held += 1

    def release(self, now: float) -> Iterator[Held]:
        """Items stamped at least `hold_s` before `now`, oldest first (pass inf to empty it)."""
        limit = now - self.hold_s
        while self._heap and self._heap[0][0] <= limit:
            item = heapq.heappop(self._heap)[2]
            if isinstance(item, BOUNDARIES):
                self._focus_held -= 1
            yield item

    def held_focus(self) -> list[FocusEvent | ScreenLockEvent]:
        """Focus changes and screen locks still held (in the future of everything released so far)."""
        if not self._focus_held:
            return []
        return [item for _, _, item in self._heap if isinstance(item, BOUNDARIES)]

    def next_release(self) -> float | None:
        if not self._heap:
            return None
        due = self._heap[0][0] + self.hold_s
        return math.ceil(due / self.grid_s) * self.grid_s if self.grid_s > 0 else due

    def __len__(self) -> int:
        return len(self._heap)
