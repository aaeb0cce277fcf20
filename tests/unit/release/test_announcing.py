"""Nothing leaves without a warning first, and not before the grace period is over."""

from __future__ import annotations

import contextlib
from types import SimpleNamespace

from app.release.announcing import AnnouncedRelease
from tests.helpers.clock import FakeClock


class FakeService:
    def __init__(self):
        self.waiting = 3
        self.runs = 0

    def plan(self):
        return SimpleNamespace(segments=[object()] * self.waiting)

    def run(self):
        self.runs += 1
        self.waiting = 0
        return "report"


def test_announce_then_release_after_the_grace_period():
    clock, service, notices = FakeClock(), FakeService(), []
    release = AnnouncedRelease(lambda: contextlib.nullcontext(SimpleNamespace(service=service)),
                               lambda count, at: notices.append((count, at)), clock, grace_s=600)
    assert release.run_once() is None and notices == [(3, clock.now() + 600)] and service.runs == 0
    clock.advance(300)
    assert release.run_once() is None and service.runs == 0  # still within the grace period
    clock.advance(300)
    assert release.run_once() == "report" and service.runs == 1
    assert release.run_once() is None and len(notices) == 1  # nothing waiting: no new notice


def test_nothing_waiting_any_more_resets_the_warning():
    clock, service, notices = FakeClock(), FakeService(), []
    release = AnnouncedRelease(lambda: contextlib.nullcontext(SimpleNamespace(service=service)),
                               lambda count, at: notices.append(count), clock, grace_s=600)
    release.run_once()
    service.waiting = 0  # the employee deleted or flagged them
    clock.advance(700)
    assert release.run_once() is None and service.runs == 0
    service.waiting = 2
    release.run_once()
    assert notices == [3, 2] and service.runs == 0  # a fresh warning before anything leaves
