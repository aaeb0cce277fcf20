"""Without a tray: the status window says so once, offers the same controls and stays available.
The shell's shortcut, show requests, signals and ordered shutdown."""

from __future__ import annotations

import os
import signal
import threading

from PySide6.QtWidgets import QApplication, QPushButton

from app.control.interface import parse_hotkey
from app.core.errors import KnownError
from app.core.model import CaptureStatus
from app.ui.application import DesktopApp, DesktopShell, ShellOptions, SignalWakeup
from app.ui.control_menu import QuitRule, WindowHooks
from app.ui.icons import IconSet
from app.ui.notifications import NoticeKind
from app.ui.status_window import StatusWindow, no_tray_notice
from tests.gui.tray_support import NOW, env  # noqa: F401 - the fixture


class FakeHotkeys:
    """A HotkeyListener that presses from its own thread, like a platform hook."""

    def __init__(self, refuse: bool = False) -> None:
        self.refuse = refuse
        self.callback = None
        self.hotkey = None
        self.stopped = False

    def start(self, hotkey, on_pressed) -> None:
        if self.refuse:
            raise KnownError("Ctrl+Alt+P is taken by another application.")
        self.hotkey, self.callback = hotkey, on_pressed

    def press(self) -> None:
        thread = threading.Thread(target=self.callback)
        thread.start()
        thread.join()

    def stop(self) -> None:
        self.stopped = True


def shell_for(env, qtbot, **options) -> DesktopShell:
    defaults = dict(hooks=WindowHooks(open_review=lambda: env.opened.append("review")), force_no_tray=True,
                    hotkey=parse_hotkey("Ctrl+Alt+P"))
    shell = DesktopShell(env.controller, env.clock, ShellOptions(**{**defaults, **options}), flows=env.flows)
    qtbot.addWidget(shell.status_window)
    return shell


def test_without_a_tray_the_window_shows_and_says_so_once(env, qtbot):
    shell = shell_for(env, qtbot)
    shell.start()
    window = shell.status_window
    assert shell.tray is None and window.isVisible()
    assert [n.kind for n in shell.notifier.shown] == [NoticeKind.NO_TRAY]
    assert no_tray_notice().title in window.banner.text() and window.banner.isVisible()
    assert window.heading.text() == "Recording"
    assert window.waiting.text() == "0 segments waiting for review"


def test_closing_the_window_without_a_tray_only_minimises_it(env, qtbot):
    shell = shell_for(env, qtbot)
    shell.start()
    shell.status_window.close()
    assert shell.status_window.isVisible()  # still there (minimised), Airlock still reachable


def test_the_window_has_the_same_controls(env, qtbot, vault_conn):
    shell = shell_for(env, qtbot)
    shell.start()
    window = shell.status_window
    window.toggle_button.click()
    assert env.controls.pause_state.current(NOW) is not None
    assert window.heading.text() == "Paused" and window.toggle_button.text() == "Resume recording"
    assert window.detail.text() == "Paused until you resume"
    window.toggle_button.click()
    assert env.controls.pause_state.current(NOW) is None
    pause_menu = window.pause_menu_button.menu()
    pause_menu.aboutToShow.emit()
    assert [a.text() for a in pause_menu.actions()] == ["Pause for 15 minutes", "Pause for 1 hour",
                                                         "Pause until tomorrow 08:00", "Pause until I resume"]
    pause_menu.actions()[1].trigger()
    assert env.controls.pause_state.current(NOW).until == NOW + 3600
    assert [a.text() for a in window.delete_button.menu().actions()] == [
        "Delete the last 5 minutes…", "Delete the last 15 minutes…", "Delete the last hour…"]
    window.delete_button.menu().actions()[0].trigger()
    qtbot.waitUntil(lambda: bool(env.answers.asked_delete), timeout=5000)
    assert env.answers.asked_delete[0][1] == 300
    window.review_button.click()
    assert env.opened == ["review"]
    assert not window.activity_button.isEnabled()  # no hook given


def test_quit_not_allowed_is_disabled_and_explained(env, qtbot):
    window = StatusWindow(env.flows, env.clock, IconSet(), WindowHooks(),
                          QuitRule(False, lambda: env.opened.append("quit")), always_available=True)
    qtbot.addWidget(window)
    assert not window.quit_button.isEnabled()
    assert "organisation's policy" in window.quit_explanation.text()
    assert not window.quit_explanation.isHidden()


def test_a_show_request_from_another_thread_brings_the_window_forward(env, qtbot):
    shell = shell_for(env, qtbot)
    shell.start()
    shell.status_window.showMinimized()
    thread = threading.Thread(target=env.controls.show)  # what the control server does
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: not shell.status_window.isMinimized(), timeout=15000)


def test_the_global_shortcut_toggles_pause_from_the_listener_thread(env, qtbot):
    listener = FakeHotkeys()
    shell = shell_for(env, qtbot, hotkey_listener=listener)
    shell.start()
    assert shell.shortcut.active and str(listener.hotkey) == "Ctrl+Alt+P"
    with qtbot.waitSignal(shell.shortcut.pressed):
        listener.press()
    assert env.controller.current.state is CaptureStatus.PAUSED
    with qtbot.waitSignal(shell.shortcut.pressed):
        listener.press()
    assert env.controller.current.state is CaptureStatus.RECORDING
    shell.stop()
    assert listener.stopped


def test_a_taken_shortcut_is_reported_not_fatal(env, qtbot):
    shell = shell_for(env, qtbot, hotkey_listener=FakeHotkeys(refuse=True))
    shell.start()
    assert not shell.shortcut.active and "taken" in shell.shortcut.problem
    shell.status_window.findChild(QPushButton, "toggle").click()  # the controls still work
    assert env.controller.current.state is CaptureStatus.PAUSED


def test_signals_wake_the_event_loop_without_a_timer(qtbot):
    wakeup = SignalWakeup(signals=(signal.SIGUSR1,))
    try:
        with qtbot.waitSignal(wakeup.received, timeout=15000) as received:
            os.kill(os.getpid(), signal.SIGUSR1)
        assert received.args == [signal.SIGUSR1]
    finally:
        wakeup.close()


def test_shutdown_runs_every_step_in_order_then_quits(env, qtbot, monkeypatch):
    shell = shell_for(env, qtbot)
    order = []

    def failing() -> None:
        order.append("capture")
        raise RuntimeError("boom")

    app = QApplication.instance()
    quits = []
    monkeypatch.setattr(app, "quit", lambda: quits.append(True))
    desktop = DesktopApp(app, shell, [("server", lambda: order.append("server")), ("capture", failing),
                                       ("vault", lambda: order.append("vault"))])
    shell.start()
    shell.request_quit()  # the Quit entry
    assert order == ["server", "capture", "vault"] and quits == [True]
    desktop.shutdown()
    assert order == ["server", "capture", "vault"]  # once only


def test_with_a_tray_every_window_hook_reaches_its_entry(env, qtbot, monkeypatch):
    """The tray's menu adds "Show status window" and keeps the others where they belong (settings
    once opened the status window and "Download my data…" was missing: the hooks were rebuilt by
    position); a click on the "needs a look" notification opens that view."""
    from app.ui import application
    from app.ui.notifications import needs_a_look_notice

    monkeypatch.setattr(application.TrayIcon, "available", staticmethod(lambda: True))
    opened = env.opened
    hooks = WindowHooks(open_review=lambda: opened.append("review"), open_activity_log=lambda: opened.append("activity"),
                        open_policy=lambda: opened.append("policy"), open_settings=lambda: opened.append("settings"),
                        open_export=lambda: opened.append("export"), open_needs_a_look=lambda: opened.append("look"))
    shell = shell_for(env, qtbot, hooks=hooks, force_no_tray=False)
    menu = shell.tray.menu
    for name in ("review", "activity", "policy", "settings", "export"):
        menu.entry(name).trigger()
    assert opened == ["review", "activity", "policy", "settings", "export"]
    menu.entry("status-window").trigger()
    assert shell.status_window.isVisible()
    shell.notifier.shown.append(needs_a_look_notice(2))
    shell.tray.icon.messageClicked.emit()
    assert opened[-1] == "look"
