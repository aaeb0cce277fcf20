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
from collections.abc import Iterator

from app.core.model import FocusEvent, Frame, InputEvent

Held = FocusEvent | InputEvent | Frame


class ReorderBuffer:
    """A time-ordered hold for focus and input events (capture thread only)."""

    def __init__(self, hold_s: float) -> None:
        self.hold_s = hold_s
        self._heap: list[tuple[float, int, Held]] = []
        self._seq = itertools.count()  # ties keep arrival order
        self._focus_held = 0

    def push(self, item: Held) -> None:
        heapq.heappush(self._heap, (item.t, next(self._seq), item))
        if isinstance(item, FocusEvent):
            self._focus_held += 1

    def release(self, now: float) -> Iterator[Held]:
        """Items stamped at least `hold_s` before `now`, oldest first (pass inf to empty it)."""
        limit = now - self.hold_s
        while self._heap and self._heap[0][0] <= limit:
            item = heapq.heappop(self._heap)[2]
            if isinstance(item, FocusEvent):
                self._focus_held -= 1
            yield item

    def held_focus(self) -> list[FocusEvent]:
        """Focus changes still held (they are in the future of everything released so far)."""
        if not self._focus_held:
            return []
        return [item for _, _, item in self._heap if isinstance(item, FocusEvent)]

    def next_release(self) -> float | None:
        return self._heap[0][0] + self.hold_s if self._heap else None

    def __len__(self) -> int:
        return len(self._heap)
