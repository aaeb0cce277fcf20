"""The global pause shortcut on X11: XGrabKey on the root window, in its own thread.

A grab (rather than watching the input stream) means the focused application never receives the
chord, and it works without the capture hooks running — the shortcut must work while paused.
The chord is grabbed with and without NumLock and CapsLock, which X11 counts as modifiers.
"""

from __future__ import annotations

import logging
import os
import select
import threading
from collections.abc import Callable, Mapping
from typing import Any

from app.capture.hotkey import ShortcutTaken
from app.core.hotkey import Hotkey
from app.core.i18n import fill, translate

log = logging.getLogger("airlock.capture.hotkey")


class X11HotkeyListener:
    """`start(hotkey, on_pressed)`: `hotkey` has `.modifiers` (ctrl/alt/shift/super) and `.key`."""

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        self._environ = environ if environ is not None else os.environ
        self._display: Any = None
        self._thread: threading.Thread | None = None
        self._stop_read, self._stop_write = -1, -1
        self._grabs: list[tuple[int, int]] = []

    def start(self, hotkey: Hotkey, on_pressed: Callable[[], None]) -> None:
        from Xlib import XK, X
        from Xlib import display as xdisplay
        from Xlib import error as xerror

        try:
            self._display = xdisplay.Display(self._environ.get("DISPLAY"))
        except Exception as exc:  # noqa: BLE001 - Xlib raises its own connection errors
            raise ShortcutTaken(translate("Errors", "The X display cannot be reached for the global shortcut."),
                                fill(translate("Errors", "(%1) The shortcut works while Airlock's windows have "
                                                         "focus."), type(exc).__name__)) from None
        root = self._display.screen().root
        keysym = XK.string_to_keysym(hotkey.key.upper() if hotkey.key.startswith("f") and len(hotkey.key) > 1
                                     else hotkey.key.lower())
        keycode = self._display.keysym_to_keycode(keysym)
        if not keycode:
            self._close()
            raise ShortcutTaken(fill(translate("Errors", "The key %1 does not exist on this keyboard layout."),
                                     repr(hotkey.key)),
                                translate("Errors", "Choose another pause shortcut."))
        masks = {"ctrl": X.ControlMask, "alt": X.Mod1Mask, "shift": X.ShiftMask, "super": X.Mod4Mask}
        modifiers = 0
        for name in hotkey.modifiers:
            modifiers |= masks[name]
        catcher = xerror.CatchError(xerror.BadAccess)
        for extra in (0, X.Mod2Mask, X.LockMask, X.Mod2Mask | X.LockMask):  # NumLock, CapsLock
            root.grab_key(keycode, modifiers | extra, False, X.GrabModeAsync, X.GrabModeAsync, onerror=catcher)
            self._grabs.append((keycode, modifiers | extra))
        self._display.sync()
        if catcher.get_error():
            self._close()
            raise ShortcutTaken(fill(translate("Errors", "Another application already uses %1 as a shortcut."), hotkey),
                                translate("Errors", "Choose another pause shortcut (airlock app --pause-shortcut "
                                                    "KEYS)."))
        self._stop_read, self._stop_write = os.pipe()
        self._thread = threading.Thread(target=self._loop, args=(on_pressed,), name="airlock-hotkey", daemon=True)
        self._thread.start()
        log.info("global pause shortcut grabbed")

    def _loop(self, on_pressed: Callable[[], None]) -> None:
        from Xlib import X

        display = self._display
        while True:
            readable, _, _ = select.select([display.fileno(), self._stop_read], [], [])
            if self._stop_read in readable:
                return
            while display.pending_events():
                if display.next_event().type == X.KeyPress:
                    on_pressed()

    def stop(self) -> None:
        if self._thread is not None:
            os.write(self._stop_write, b"x")
            self._thread.join(5)
            self._thread = None
        if self._display is not None:
            root = self._display.screen().root
            for keycode, modifiers in self._grabs:
                root.ungrab_key(keycode, modifiers)
            self._display.sync()
        self._close()

    def _close(self) -> None:
        if self._display is not None:
            self._display.close()
            self._display = None
        for fd in (self._stop_read, self._stop_write):
            if fd >= 0:
                os.close(fd)
        self._stop_read, self._stop_write = -1, -1
        self._grabs.clear()
