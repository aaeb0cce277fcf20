"""The global pause shortcut (default Ctrl+Alt+P, configurable): pauses and resumes from anywhere.

Qt has no system-wide shortcuts, and the OS hooks live in app/capture (one home per OS library),
so a platform `HotkeyListener` (app/control/interface.py) is passed in by the composition root and
reports presses on its own thread; this class brings them to the GUI thread. Without a listener,
the shortcut still works while an Airlock window has focus, and the status window says so.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from app.control.interface import DEFAULT_PAUSE_HOTKEY, Hotkey, HotkeyListener, parse_hotkey
from app.core.errors import KnownError
from app.core.i18n import english
from app.core.log_guard import safe

log = logging.getLogger("airlock.ui.shortcut")


def hotkey_from_setting(text: str | None) -> Hotkey:
    """The configured chord, or the default when unset or unreadable (logged, never fatal)."""
    try:
        return parse_hotkey(text or DEFAULT_PAUSE_HOTKEY)
    except ValueError as error:
        log.warning("ignoring the pause shortcut setting: %s", safe(str(error)))
        return parse_hotkey(DEFAULT_PAUSE_HOTKEY)


class GlobalShortcut(QObject):
    """`pressed` fires on the GUI thread for every press of the chord, wherever the focus is."""

    pressed = Signal()
    _from_listener = Signal()

    def __init__(self, hotkey: Hotkey, listener: HotkeyListener | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hotkey = hotkey
        self._listener = listener
        self._from_listener.connect(self.pressed)  # queued when emitted on the listener's thread
        self.active = False
        self.problem = "" if listener is not None else "no system-wide shortcut on this platform yet"

    @property
    def text(self) -> str:
        return str(self.hotkey)

    def start(self) -> bool:
        """Take the chord system-wide; False (with `problem` set) if it cannot be taken."""
        if self._listener is None:
            return False
        try:
            self._listener.start(self.hotkey, self._from_listener.emit)
        except KnownError as error:
            self.problem = error.message
            log.warning("the pause shortcut is not available system-wide: %s", safe(english(error.message)))
            return False
        self.active = True
        return True

    def stop(self) -> None:
        if self.active and self._listener is not None:
            self._listener.stop()
        self.active = False
