"""The global pause shortcut: which platform listener takes the chord.

| platform | how | the focused app gets the chord? | needs |
|---|---|---|---|
| X11 | XGrabKey on the root window (x11/hotkey.py) | no | an X display |
| Windows | RegisterHotKey on a message-loop thread (windows/hotkey.py) | no | nothing |
| macOS | the input event tap, chords matched by key code (macos/hotkey.py) | yes | Input Monitoring |

Each reports a chord another application already holds as ShortcutTaken where the OS says so
(X11, Windows); the app then offers the shortcut only inside its own windows, and says so. Each
platform module is imported only in its branch.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING

from app.core.display import detect_display
from app.core.errors import KnownError
from app.core.hotkey import HotkeyListener

if TYPE_CHECKING:
    from app.capture.windows.win32 import Win32


class ShortcutTaken(KnownError):
    """The chord cannot be taken: another application owns it, or the key does not exist."""


def make_hotkey_listener(environ: Mapping[str, str] | None = None, platform: str = sys.platform,
                         *, win32: Win32 | None = None) -> HotkeyListener | None:
    """This platform's global shortcut listener, or None where there is none (Wayland, no display)."""
    server = detect_display(environ, platform).server
    if server == "x11":
        from app.capture.x11.hotkey import X11HotkeyListener

        return X11HotkeyListener(environ)
    if server == "windows":
        from app.capture.windows.hotkey import WindowsHotkeyListener

        return WindowsHotkeyListener(win32)
    if server == "macos":
        from app.capture.macos.hotkey import MacHotkeyListener

        return MacHotkeyListener()
    return None
