"""The desktop app's Qt side: QApplication bootstrap, Unix signals, the shell, ordered shutdown.

- Closing the last window does not quit: Airlock lives in the tray (or its status window).
- SIGINT/SIGTERM reach Qt through `signal.set_wakeup_fd` and a QSocketNotifier: the event loop
  sleeps until a signal comes, no polling timer (aw-qt's 100 ms tick wakes the CPU for nothing).
- Shutdown runs the composition root's steps in order — stop the control server, stop capture,
  flush the writer, close the vault — and only then quits Qt. Each step is logged; one failing
  does not skip the rest.
"""

from __future__ import annotations

import dataclasses
import logging
import signal
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QSocketNotifier, Signal
from PySide6.QtWidgets import QApplication, QWidget

from app.control.interface import Hotkey, HotkeyListener
from app.core.clock import Clock
from app.core.log_guard import safe
from app.ui.control_flows import ControlFlows
from app.ui.control_menu import ControlMenu, QuitRule, WindowHooks
from app.ui.controller import AppController
from app.ui.i18n import install_language
from app.ui.icons import IconSet
from app.ui.notifications import NoticeKind, Notifier
from app.ui.shortcut import GlobalShortcut
from app.ui.status_window import StatusWindow, no_tray_notice
from app.ui.tray import TrayIcon

log = logging.getLogger("airlock.init")

ShutdownStep = tuple[str, Callable[[], object]]


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication (created once), set up for a tray app."""
    app = QApplication.instance()
    if app is None:
        # argv[0] names the X11 WM_CLASS instance: "airlock", not "__main__.py".
        app = QApplication(list(argv) if argv is not None else ["airlock"])
    app.setApplicationName("Airlock")
    app.setApplicationDisplayName("Airlock")
    app.setDesktopFileName("airlock")
    app.setQuitOnLastWindowClosed(False)  # the tray icon keeps Airlock alive
    app.setWindowIcon(IconSet().app())
    install_language(None)  # the system's; the employee's own choice is applied once the vault is read
    return app


class SignalWakeup(QObject):
    """Delivers SIGINT/SIGTERM as `received(signum)` on the GUI thread.

    Python's C-level handler writes the signal number to the wakeup socket; the notifier wakes
    the event loop. The Python-level handler itself does nothing (the byte is the message).
    """

    received = Signal(int)

    def __init__(self, signals: Sequence[int] = (signal.SIGINT, signal.SIGTERM), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        # Explicit handlers: a process started in the background has SIGINT ignored otherwise.
        self._previous = {signum: signal.signal(signum, lambda *_: None) for signum in signals}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_readable)

    def _on_readable(self) -> None:
        try:
            data = self._reader.recv(64)
        except (BlockingIOError, InterruptedError):
            return
        for signum in data:
            self.received.emit(signum)

    def close(self) -> None:
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
        self._reader.close()
        self._writer.close()


@dataclass
class ShellOptions:
    """What the composition root decides for the shell."""

    hooks: WindowHooks = field(default_factory=WindowHooks)
    allow_quit: bool = True
    hotkey: Hotkey | None = None
    hotkey_listener: HotkeyListener | None = None
    force_no_tray: bool = False


class DesktopShell(QObject):
    """Tray icon (or status window), menu, notifications and shortcut around one AppController."""

    quit_requested = Signal()
    started = Signal()  # the shell is up (the consent flow starts here)

    def __init__(self, controller: AppController, clock: Clock, options: ShellOptions,
                 icons: IconSet | None = None, flows: ControlFlows | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.icons = icons or IconSet()
        self.has_tray = not options.force_no_tray and TrayIcon.available()
        self.flows = flows or ControlFlows(controller, clock, parent_widget=self._dialog_parent, parent=self)
        hotkey_text = str(options.hotkey) if options.hotkey else ""
        quit_rule = QuitRule(options.allow_quit, self.request_quit)
        hooks = options.hooks
        if self.has_tray:
            hooks = dataclasses.replace(hooks, open_status=self.show_status_window)  # keeps settings, export…
        self.status_window = StatusWindow(self.flows, clock, self.icons, hooks, quit_rule,
                                          always_available=not self.has_tray, hotkey_text=hotkey_text)
        self.notifier = Notifier(parent=self)
        self.tray: TrayIcon | None = None
        if self.has_tray:
            menu = ControlMenu(self.flows, clock, hooks, quit_rule, hotkey_text, self.icons)
            self.tray = TrayIcon(controller, menu, self.icons, hotkey_text, parent=self)
            self.notifier.set_tray(self.tray.icon)
            if hooks.open_needs_a_look is not None:
                open_look = hooks.open_needs_a_look
                self.tray.icon.messageClicked.connect(lambda: self._message_clicked(open_look))
        else:
            self.notifier.set_fallback(self.status_window.show_notice)
        self.shortcut = GlobalShortcut(options.hotkey, options.hotkey_listener, self) if options.hotkey else None
        if self.shortcut is not None:
            self.shortcut.pressed.connect(controller.toggle_pause)
        controller.notice.connect(self.notifier.notify)
        controller.show_requested.connect(self.show_status_window)

    def _message_clicked(self, open_look: Callable[[], None]) -> None:
        """A click on the "needs a look" notification opens the list it speaks of."""
        shown = self.notifier.shown
        if shown and shown[-1].kind is NoticeKind.NEEDS_A_LOOK:
            open_look()

    def _dialog_parent(self) -> QWidget | None:
        return self.status_window if self.status_window.isVisible() else None

    def start(self) -> None:
        """Show the tray icon (or the status window, saying once why), start the shortcut."""
        self.controller.start()
        if self.tray is not None:
            self.tray.show()
        else:
            self.status_window.show()
            self.notifier.notify(no_tray_notice())
        if self.shortcut is not None and not self.shortcut.start():
            log.info("pause shortcut only inside Airlock's windows: %s", safe(self.shortcut.problem))
        log.info("desktop shell up (%s)", safe("tray" if self.tray is not None else "status window, no tray"))
        self.started.emit()

    def show_status_window(self) -> None:
        self.status_window.bring_forward()

    def request_quit(self) -> None:
        self.quit_requested.emit()

    def stop(self) -> None:
        if self.shortcut is not None:
            self.shortcut.stop()
        self.controller.stop()
        if self.tray is not None:
            self.tray.hide()
        self.status_window.hide()


class DesktopApp(QObject):
    """Runs the event loop and the ordered shutdown (on Quit, SIGINT/SIGTERM or session end)."""

    def __init__(self, app: QApplication, shell: DesktopShell, steps: Sequence[ShutdownStep]) -> None:
        super().__init__()
        self._app = app
        self._shell = shell
        self._steps = list(steps)
        self._done = False
        self.signals = SignalWakeup(parent=self)
        self.signals.received.connect(self._on_signal)
        shell.quit_requested.connect(self.shutdown)
        app.aboutToQuit.connect(self.shutdown)  # the session ends: still stop in order

    def _on_signal(self, signum: int) -> None:
        log.info("signal %d: shutting down", signum)
        self.shutdown()

    def run(self) -> int:
        self._shell.start()
        code = self._app.exec()
        self.shutdown()
        return code

    def shutdown(self) -> None:
        """Each step in order, then quit Qt. Safe to call more than once."""
        if self._done:
            return
        self._done = True
        self._shell.stop()
        for name, step in self._steps:
            log.info("shutdown: %s", safe(name))
            try:
                step()
            except Exception as exc:
                log.error("shutdown step %s failed: %s", safe(name), safe(type(exc).__name__), exc_info=True)
        self.signals.close()
        self._app.quit()
