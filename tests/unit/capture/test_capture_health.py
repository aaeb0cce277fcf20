"""CaptureHealth: one honest state, never "recording" with a dead source."""

from __future__ import annotations

from app.capture.health import CaptureHealth
from app.core.model import CaptureStatus


def test_states_in_order_of_precedence():
    health = CaptureHealth()
    assert health.snapshot().status is CaptureStatus.NOT_CAPTURING  # not started
    health.started(1.0)
    assert health.snapshot().status is CaptureStatus.RECORDING
    health.set_excluded("password manager", 2.0)
    assert (health.snapshot().status, health.snapshot().detail) == (CaptureStatus.EXCLUDED, "password manager")
    health.set_paused(True, 100.0, 3.0)
    snapshot = health.snapshot()
    assert (snapshot.status, snapshot.paused_until, snapshot.since) == (CaptureStatus.PAUSED, 100.0, 3.0)
    health.source_failed("input", "keyboard listener stopped", 4.0)
    snapshot = health.snapshot()
    assert snapshot.status is CaptureStatus.NOT_CAPTURING and snapshot.failed_sources == ("input",)
    assert snapshot.describe() == "not capturing: input: keyboard listener stopped"
    health.source_recovered("input", 5.0)
    health.set_paused(False, None, 6.0)
    health.set_excluded(None, 6.0)
    assert health.snapshot().describe() == "recording" and health.snapshot().since == 6.0
    health.stopped(7.0)
    assert health.snapshot().status is CaptureStatus.NOT_CAPTURING


def test_a_locked_screen_outranks_whatever_window_has_focus():
    health = CaptureHealth()
    health.started(1.0)
    health.set_excluded("password manager", 2.0)
    health.set_locked(True, 3.0)
    assert (health.snapshot().status, health.snapshot().detail) == (CaptureStatus.EXCLUDED, "screen locked")
    health.set_excluded(None, 4.0)  # another window takes the focus while locked
    assert (health.snapshot().status, health.snapshot().detail) == (CaptureStatus.EXCLUDED, "screen locked")
    health.set_locked(False, 5.0)
    assert health.snapshot().status is CaptureStatus.RECORDING
