"""The bounded queue between source threads and the capture thread, and the source contract.

Source callbacks run on hook threads that must return at once (an exception silently stops a pynput
listener; a slow hook is removed on Windows), so they only `offer()`: a non-blocking put that drops
and counts when the queue is full. The capture thread does everything else.
"""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass
from typing import Protocol

from app.core.model import FocusEvent, GapReason, InputEvent, ScreenLockEvent

DEFAULT_CAPACITY = 20_000  # ~ minutes of fast typing; a stalled capture thread drops, never blocks hooks


@dataclass(frozen=True, slots=True)
class SourceFailure:
    """A source stopped delivering at `t` (or could not start). `why` never holds content."""

    t: float
    source: str
    why: str
    reason: GapReason = GapReason.SOURCE_FAILED


@dataclass(frozen=True, slots=True)
class SourceRecovered:
    """A source that had failed delivers again from `t`."""

    t: float
    source: str


QueueItem = InputEvent | FocusEvent | ScreenLockEvent | SourceFailure | SourceRecovered


class EventQueue:
    """A bounded FIFO that never blocks its producers: when full, new items are dropped and counted.

    Built on `queue.SimpleQueue` (put and get in C) rather than `queue.Queue`, whose Python-level
    lock and condition cost every key twice, on the hook thread and on the capture thread
    (docs/performance.md). The bound is checked before the put: producers racing on the last free
    places may overshoot it by one each, which the bound (a safety net, not an exact size) allows.
    """

    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        self._queue: queue.SimpleQueue[QueueItem] = queue.SimpleQueue()
        self.capacity = capacity
        self._dropped = 0
        self._drop_lock = threading.Lock()

    def offer(self, item: QueueItem) -> bool:
        """Enqueue without blocking. Returns False (and counts a drop) when the queue is full."""
        if self._queue.qsize() >= self.capacity:
            with self._drop_lock:
                self._dropped += 1
            return False
        self._queue.put(item)
        return True

    def take(self, timeout: float | None) -> QueueItem | None:
        """The next item, waiting up to `timeout` seconds (None: forever); None if nothing came."""
        try:
            if timeout is not None and timeout <= 0:
                return self._queue.get_nowait()
            return self._queue.get(timeout=timeout)
        except queue.Empty:
            return None

    @property
    def dropped(self) -> int:
        """Items dropped because the queue was full (shown in health; the gap is not silent)."""
        return self._dropped

    def __len__(self) -> int:
        return self._queue.qsize()


class Source(Protocol):
    """Something that feeds an EventQueue from its own thread(s)."""

    name: str

    def start(self, events: EventQueue) -> None:
        """Start delivering into `events`. Raises a KnownError if the source cannot run here."""

    def stop(self) -> None:
        """Stop delivering (idempotent, bounded time)."""

    def failure(self) -> str | None:
        """Why the source is not delivering (dead thread, lost connection), or None if healthy."""
