"""The background release: runs on its schedule or on request, survives failures, stops cleanly."""

from __future__ import annotations

import threading

from app.core.errors import KnownError
from app.release.scheduler import ReleaseScheduler


def test_runs_on_request_reports_results_and_known_errors_and_stops():
    calls: list[int] = []
    results: list[tuple[object, object]] = []
    done = threading.Semaphore(0)

    def run_once():
        calls.append(1)
        if len(calls) == 2:
            raise KnownError("offline")
        return f"report {len(calls)}"

    def on_result(report, error):
        results.append((report, error and error.message))
        done.release()

    scheduler = ReleaseScheduler(run_once, interval_s=3600, on_result=on_result, first_delay_s=3600)
    scheduler.start()
    try:
        scheduler.run_now()
        assert done.acquire(timeout=10)
        scheduler.run_now()
        assert done.acquire(timeout=10)
    finally:
        scheduler.stop(timeout=10)
    assert results == [("report 1", None), (None, "offline")]
    assert scheduler._thread is None


def test_the_interval_drives_runs_without_a_request():
    done = threading.Semaphore(0)
    scheduler = ReleaseScheduler(lambda: "ok", interval_s=0.01, on_result=lambda r, e: done.release(),
                                 first_delay_s=0.0)
    scheduler.start()
    try:
        assert all(done.acquire(timeout=10) for _ in range(3))
    finally:
        scheduler.stop(timeout=10)
