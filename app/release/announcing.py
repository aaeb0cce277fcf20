"""Warn before anything leaves: the background release first announces what the gate would send,
and sends it only after a grace period in which the employee can still review, delete or flag."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from app.core.clock import Clock

RELEASE_NOTICE_S = 600.0  # ten minutes between "about to be released" and the release


class AnnouncedRelease:
    """`run_once()` for the ReleaseScheduler. `open_release()` gives a context manager whose value
    has `.service` (plan() and run()); `announce(count, at)` tells the employee."""

    def __init__(self, open_release: Callable[[], AbstractContextManager[Any]],
                 announce: Callable[[int, float], None], clock: Clock, grace_s: float = RELEASE_NOTICE_S) -> None:
        self._open = open_release
        self._announce = announce
        self._clock = clock
        self._grace = grace_s
        self._announced_at: float | None = None

    def run_once(self):
        with self._open() as opened:
            waiting = len(opened.service.plan().segments)
            now = self._clock.now()
            if not waiting:
                self._announced_at = None
                return None
            if self._announced_at is None:
                self._announced_at = now
                self._announce(waiting, now + self._grace)
                return None
            if now - self._announced_at < self._grace:
                return None
            self._announced_at = None
            return opened.service.run()  # the gate is asked again inside: a flag or delete since wins
