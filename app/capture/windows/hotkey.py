"""The global pause shortcut on Windows: RegisterHotKey on a thread with a message loop.

Windows delivers WM_HOTKEY to the registering thread whatever has focus, and the focused
application never sees the chord; it works while capture is paused (no input hook is involved).
RegisterHotKey fails when another application holds the chord: that is ShortcutTaken.
"""

from __future__ import annotations

from collections.abc import Callable
from ctypes import wintypes as w

from app.capture.hotkey import ShortcutTaken
from app.capture.windows.win32 import WM_HOTKEY, MessageLoop, Win32, load_win32
from app.core.hotkey import Hotkey
from app.core.i18n import fill, translate

MOD_ALT, MOD_CONTROL, MOD_SHIFT, MOD_WIN, MOD_NOREPEAT = 0x0001, 0x0002, 0x0004, 0x0008, 0x4000
MODIFIERS = {"alt": MOD_ALT, "ctrl": MOD_CONTROL, "shift": MOD_SHIFT, "super": MOD_WIN}
VK_F1 = 0x70
HOTKEY_ID = 0xA1  # ours alone: ids are per thread, and this thread registers only this one


def virtual_key(hotkey: Hotkey) -> int:
    """The chord's virtual-key code: 'A'..'Z' and '0'..'9' are their upper-case ASCII codes; F1..F24 follow VK_F1."""
    function = hotkey.function_key
    return VK_F1 + function - 1 if function is not None else ord(hotkey.key.upper())


def modifier_flags(hotkey: Hotkey) -> int:
    flags = MOD_NOREPEAT  # held down, the chord fires once
    for name in hotkey.modifiers:
        flags |= MODIFIERS[name]
    return flags


class WindowsHotkeyListener:
    """A HotkeyListener for Windows. `win32` is the real DLLs unless fakes are given (tests)."""

    def __init__(self, win32: Win32 | None = None) -> None:
        self._win32 = win32
        self._loop: MessageLoop | None = None

    def start(self, hotkey: Hotkey, on_pressed: Callable[[], None]) -> None:
        win32 = self._win32 or load_win32()
        user32 = win32.user32
        flags, vk = modifier_flags(hotkey), virtual_key(hotkey)

        def setup() -> Callable[[], None]:
            if not user32.RegisterHotKey(None, HOTKEY_ID, flags, vk):
                raise ShortcutTaken(fill(translate("Errors", "Another application already uses %1 as a shortcut."),
                                         hotkey),
                                    translate("Errors", "Choose another pause shortcut (airlock app --pause-shortcut "
                                                        "KEYS)."))
            return lambda: user32.UnregisterHotKey(None, HOTKEY_ID)

        def on_message(message: w.MSG) -> None:
            if message.message == WM_HOTKEY and message.wParam == HOTKEY_ID:
                on_pressed()

        loop = MessageLoop(win32, "airlock-hotkey")
        loop.start(setup, on_message)
        self._loop = loop

    def stop(self) -> None:
        if self._loop is not None:
            self._loop.stop()
            self._loop = None
