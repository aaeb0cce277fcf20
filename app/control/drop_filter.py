"""Which capture instants the writer must drop: paused ones, and ones inside a span just deleted.

A delete runs on the writer thread after what was already submitted; events stamped inside the
deleted span may still sit in the capture queue and arrive afterwards. Remembering the span for a
while makes sure "a confirmed delete never comes back" (DESIGN.md principle 4).
"""

from __future__ import annotations

import threading

from app.policy.rules.pause import PAST_PAUSE_RETENTION_SECONDS, PauseState


class DropFilter:
    """`filter(t)` is the VaultWriter's `is_paused`: True if a record stamped `t` must not be kept."""

    def __init__(self, pause_state: PauseState) -> None:
        self._pause_state = pause_state
        self._lock = threading.Lock()
        self._deleted: list[tuple[float, float]] = []

    def __call__(self, t: float) -> bool:
        if self._pause_state.is_paused_at(t):
            return True
        with self._lock:
            return any(start <= t <= end for start, end in self._deleted)

    def remember_deleted(self, start: float, end: float) -> None:
        """Drop late records stamped in [start, end]; spans older than the retention are forgotten."""
        with self._lock:
            self._deleted.append((start, end))
            newest = max(e for _, e in self._deleted)
            self._deleted = [(s, e) for s, e in self._deleted if newest - e <= PAST_PAUSE_RETENTION_SECONDS]
