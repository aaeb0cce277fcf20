"""Time behind a small interface so rules and tests can use a fake clock."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Seconds since the epoch (wall clock, as stamped on events)."""


class SystemClock:
    """The real wall clock."""

    def now(self) -> float:
        return time.time()
