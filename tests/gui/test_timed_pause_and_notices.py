"""A timed pause ends on time (fake clock, real Qt timer) and the employee is told; notices reach
the tray or, without one, the status window."""

from __future__ import annotations

from app.control.durations import zone_name
from app.control.interface import CaptureCondition
from app.core.model import CaptureStatus
from app.ui.controller import EXPIRY_CHECK_CAP_S, STOP_GRACE_MS
from app.ui.notifications import NoticeKind, Notifier
from app.vault import ledger
from app.vault.operations import settings
from tests.gui.tray_support import NOW, env  # noqa: F401 - the fixture


def test_a_timed_pause_expires_and_notifies(env, qtbot, vault_conn):
    notifier = Notifier()
    env.controller.notice.connect(notifier.notify)
    env.controller.pause_now(seconds=900)
    assert env.controller.current.describe == f"Paused until 14:15 {zone_name(env.clock.now())}"
    # A long pause is re-checked at least every minute (Qt timers sleep through a suspend).
    assert env.controller.expiry_timer.isActive()
    assert abs(env.controller.expiry_timer.remainingTime() - EXPIRY_CHECK_CAP_S * 1000) < 1000
    env.clock.advance(899)
    env.controller.check_timed_pause()
    assert env.controller.current.state is CaptureStatus.PAUSED
    assert notifier.shown == []
    # The last second: the real timer is armed for what remains on the (fake) clock.
    assert env.controller.expiry_timer.remainingTime() <= 1001
    env.clock.advance(1)
    with qtbot.waitSignal(env.controller.notice, timeout=15000) as ended:  # generous: a loaded CI machine
        pass  # the timer fires by itself
    assert ended.args[0].kind is NoticeKind.PAUSE_ENDED
    assert ended.args[0].title == "Airlock is recording again"
    assert env.controller.current.state is CaptureStatus.RECORDING
    assert [n.kind for n in notifier.shown] == [NoticeKind.PAUSE_ENDED]
    assert not env.controller.expiry_timer.isActive()
    env.writer.flush()
    assert [e.kind for e in ledger.entries(vault_conn)] == ["pause", "resume"]
    assert settings.load_pause(vault_conn) is None


def test_capture_stopping_is_an_urgent_notice_with_the_reason(env, qtbot):
    with qtbot.waitSignal(env.controller.notice, timeout=5000) as blocker:
        env.controls.report_condition(CaptureCondition(CaptureStatus.NOT_CAPTURING, "input: keyboard listener stopped"))
    notice = blocker.args[0]
    assert notice.kind is NoticeKind.CAPTURE_STOPPED and notice.urgent
    assert "keyboard listener stopped" in notice.message
    assert env.controller.current.describe == "Not capturing: input: keyboard listener stopped"
    with qtbot.waitSignal(env.controller.notice) as restored:
        env.controls.report_condition(CaptureCondition(CaptureStatus.RECORDING))
    assert restored.args[0].kind is NoticeKind.CAPTURE_RESTORED


def test_a_stop_that_ends_within_the_grace_is_not_shown(env, qtbot):
    shown = []
    env.controller.status_changed.connect(lambda status: shown.append(status.state))
    env.controller.notice.connect(shown.append)
    env.controls.report_condition(CaptureCondition(CaptureStatus.NOT_CAPTURING, "the focused window is unknown"))
    assert env.controls.snapshot().state is CaptureStatus.NOT_CAPTURING  # `airlock status` is told at once
    assert env.controller.stop_grace.isActive() and env.controller.stop_grace.interval() == STOP_GRACE_MS
    env.controls.report_condition(CaptureCondition(CaptureStatus.RECORDING))  # the next window has focus
    assert not env.controller.stop_grace.isActive()  # nothing left to show later
    assert CaptureStatus.NOT_CAPTURING not in shown
    assert not [s for s in shown if not isinstance(s, CaptureStatus)]  # no notice


def test_a_delete_from_the_command_line_is_shown_in_the_app(env, qtbot, vault_handle):
    from tests.helpers.seed import SeededSegment, seed

    seed(vault_handle, [SeededSegment(NOW - 60, "editor", "notes", "hello")])
    with qtbot.waitSignal(env.controller.notice, timeout=5000) as blocker:
        env.controls.delete_last(300)  # what the control server calls, on its own thread in the app
    assert blocker.args[0].kind is NoticeKind.DONE
    assert blocker.args[0].message == "Deleted 1 segment, 5 keystrokes, 1 click, 1 screenshot."


def test_release_soon_notice(env, qtbot):
    with qtbot.waitSignal(env.controller.notice) as blocker:
        env.controller.announce_release(4, NOW + 3600)
    assert blocker.args[0].kind is NoticeKind.RELEASE_SOON
    assert blocker.args[0].title == f"4 segments will be released at 15:00 {zone_name(env.clock.now())}"


def test_without_a_tray_notices_go_to_the_fallback():
    shown = []
    notifier = Notifier(tray=None, fallback=shown.append)
    from app.ui.notifications import Notice

    notice = Notice(NoticeKind.DONE, "Deleted for good", "Deleted 2 segments.")
    notifier.notify(notice)
    assert shown == [notice] and notifier.shown == [notice]
