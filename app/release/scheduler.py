"""The background release inside the app: one run every `schedule_minutes`, or at once on request.

A thread that sleeps on an event (no polling) and calls `run_once`; known errors (no network,
no credentials, on battery) are handed to `on_result` for the status display and the next run
tries again. Nothing starts until `start()`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from app.core.errors import KnownError
from app.core.i18n import translate

log = logging.getLogger("airlock.release.scheduler")


class ReleaseScheduler:
    """Runs `run_once()` on its own thread every `interval_s` seconds (first after `first_delay_s`)."""

    def __init__(self, run_once: Callable[[], Any], interval_s: float,
                 on_result: Callable[[Any, KnownError | None], None] = lambda report, error: None,
                 first_delay_s: float = 60.0) -> None:
        self._run_once = run_once
        self._interval = interval_s
        self._first_delay = first_delay_s
        self._on_result = on_result
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="airlock-release", daemon=True)
        self._thread.start()

    def run_now(self) -> None:
        """Run as soon as the current run (if any) is over, e.g. right after the employee approved."""
        self._wake.set()

    def stop(self, timeout: float = 30.0) -> None:
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _loop(self) -> None:
        delay = self._first_delay
        while True:
            self._wake.wait(delay)
            self._wake.clear()
            if self._stopping.is_set():
                return
            try:
                report = self._run_once()
            except KnownError as error:
                log.warning("background release did not complete; it is retried at the next run")
                self._on_result(None, error)
            except Exception:  # a bug: keep the app alive, say so without content
                log.exception("background release failed")
                self._on_result(None, KnownError(translate("Errors", "The background release failed unexpectedly."),
                                                 translate("Errors", "It is retried at the next run; see the log.")))
            else:
                self._on_result(report, None)
            delay = self._interval
