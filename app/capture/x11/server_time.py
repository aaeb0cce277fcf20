"""X server time (milliseconds, 32-bit) to wall-clock seconds, shared by the X11 sources.

Key/button events (RECORD) and focus changes (PropertyNotify) both carry the server's time of the
event. Stamping both from that one clock orders them exactly, however late each thread gets to
run; local stamps taken by two threads can be off by the scheduling delay. The offset is the
smallest (receipt wall time - server time) seen recently: it tracks the true offset within the
delivery latency, and follows wall-clock jumps after a few events.
"""

from __future__ import annotations

import threading
from collections import deque

from app.core.clock import Clock

_WRAP = 1 << 32
_SAMPLES = 64


class X11ServerClock:
    """Converts event times to wall time. Thread-safe (hook and probe threads both use it)."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._candidates: deque[float] = deque(maxlen=_SAMPLES)
        self._last_ms: int | None = None
        self._wraps = 0

    def to_wall(self, server_ms: int) -> float:
        """The wall time of an event stamped `server_ms` by the X server, received just now."""
        received = self._clock.now()
        with self._lock:
            last = self._last_ms
            if last is None:
                self._last_ms = server_ms
            elif server_ms < last - _WRAP // 2:
                self._wraps += 1  # the 32-bit counter wrapped (every ~49.7 days)
                self._last_ms = server_ms
            elif server_ms > last + _WRAP // 2:
                server_ms -= _WRAP  # a late event from before the wrap
            else:
                self._last_ms = max(last, server_ms)
            seconds = (server_ms + self._wraps * _WRAP) / 1000.0
            self._candidates.append(received - seconds)
            return seconds + min(self._candidates)
