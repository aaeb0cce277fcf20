"""The active window on Windows: GetForegroundWindow, its title and class, its process's image name.

Focus is followed by events: a WinEvent hook (EVENT_SYSTEM_FOREGROUND, and EVENT_OBJECT_NAMECHANGE
for a title change of the foreground window) on a thread with a message loop wakes the watcher,
which reads the foreground window again; the interval is only a safety net. The calls go through
win32.py's signature tables, so tests drive this module with fake DLLs at the ctypes level.
"""

from __future__ import annotations

import ctypes
import ntpath
from collections.abc import Callable
from ctypes import wintypes as w

from app.capture.window_watch import FocusUnavailable, Reading, WatchedWindowProbe
from app.capture.windows.win32 import WINEVENTPROC, MessageLoop, Win32, load_win32
from app.core.clock import Clock
from app.core.i18n import translate
from app.core.model import UNKNOWN_WINDOW, WindowInfo

EVENT_SYSTEM_FOREGROUND = 0x0003
EVENT_OBJECT_NAMECHANGE = 0x800C
WINEVENT_OUTOFCONTEXT = 0x0000
OBJID_WINDOW = 0
PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
MAX_TITLE = 4096
CLASS_NAME_LENGTH = 256  # the documented maximum class name length
IMAGE_PATH_LENGTH = 32768  # \\?\ paths can be this long


def read_foreground(win32: Win32) -> Reading:
    """The foreground window as WindowInfo (+ bounds). No window: UNKNOWN; no process: app ""."""
    user32 = win32.user32
    hwnd = user32.GetForegroundWindow()  # HWND: an int, or None for NULL
    if not hwnd:
        return UNKNOWN_WINDOW, None
    pid_out = w.DWORD()
    user32.GetWindowThreadProcessId(hwnd, ctypes.byref(pid_out))
    pid = int(pid_out.value) or None
    image = process_image(win32, pid) if pid else ""
    info = WindowInfo(app=ntpath.basename(image) if image else "", title=window_text(win32, hwnd), pid=pid,
                      wm_class=_class_name(win32, hwnd), window_id=int(hwnd))
    rect = w.RECT()
    if not user32.GetWindowRect(hwnd, ctypes.byref(rect)):
        return info, None
    return info, (rect.left, rect.top, rect.right - rect.left, rect.bottom - rect.top)


def window_text(win32: Win32, hwnd: int) -> str:
    """The window's title ("" when it has none or it cannot be read: unknown, never guessed)."""
    length = min(int(win32.user32.GetWindowTextLengthW(hwnd)), MAX_TITLE)
    if length <= 0:
        return ""
    buffer = ctypes.create_unicode_buffer(length + 1)
    copied = win32.user32.GetWindowTextW(hwnd, buffer, length + 1)
    return buffer.value[:copied] if copied > 0 else ""


def _class_name(win32: Win32, hwnd: int) -> str:
    buffer = ctypes.create_unicode_buffer(CLASS_NAME_LENGTH)
    copied = win32.user32.GetClassNameW(hwnd, buffer, CLASS_NAME_LENGTH)
    return buffer.value[:copied] if copied > 0 else ""


def process_image(win32: Win32, pid: int) -> str:
    """The full path of the process's executable, or "" (elevated or gone: no process, never a guess)."""
    kernel32 = win32.kernel32
    handle = kernel32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        return ""
    try:
        size = w.DWORD(IMAGE_PATH_LENGTH)
        buffer = ctypes.create_unicode_buffer(IMAGE_PATH_LENGTH)
        if not kernel32.QueryFullProcessImageNameW(handle, 0, buffer, ctypes.byref(size)):
            return ""
        return buffer.value[: size.value]
    finally:
        kernel32.CloseHandle(handle)


def win_event_notifier(win32: Win32) -> Callable[[Callable[[], None]], Callable[[], None]]:
    """A notifier factory for WatchedWindowProbe: given `wake`, hooks foreground and title changes
    on a message-loop thread and returns the function that unhooks and stops it."""

    def start(wake: Callable[[], None]) -> Callable[[], None]:
        user32 = win32.user32

        def on_event(hook: int, event: int, hwnd: int | None, id_object: int, id_child: int, thread: int,
                     time_ms: int) -> None:
            # Only wakes the watcher (which reads on its own thread); a title change counts only
            # for the foreground window itself, not its child objects.
            if event == EVENT_SYSTEM_FOREGROUND or (id_object == OBJID_WINDOW and hwnd
                                                    and hwnd == user32.GetForegroundWindow()):
                wake()

        # Referenced by `setup`, which the loop thread's frame holds until it ends: ctypes would
        # free a callback nothing references while Windows still calls it.
        callback = WINEVENTPROC(on_event)

        def setup() -> Callable[[], None]:
            hooks = [user32.SetWinEventHook(event, event, None, callback, 0, 0, WINEVENT_OUTOFCONTEXT)
                     for event in (EVENT_SYSTEM_FOREGROUND, EVENT_OBJECT_NAMECHANGE)]
            if not all(hooks):
                for hook in hooks:
                    if hook:
                        user32.UnhookWinEvent(hook)
                raise FocusUnavailable(translate("Errors", "Windows refused the focus-change hook (SetWinEventHook)."),
                                       translate("Errors", "Capture does not run without it: keys could be judged by "
                                                           "the wrong window."))

            def cleanup() -> None:
                for hook in hooks:
                    user32.UnhookWinEvent(hook)

            return cleanup

        loop = MessageLoop(win32, "airlock-win-events")
        loop.start(setup, lambda message: None)
        return loop.stop

    return start


def windows_window_probe(clock: Clock, win32: Win32 | None = None, interval_s: float = 2.0) -> WatchedWindowProbe:
    """The Windows probe: the real DLLs unless fakes are given (tests)."""
    api = win32 or load_win32()
    return WatchedWindowProbe("focus", lambda: read_foreground(api), clock, interval_s=interval_s,
                              notifier_factory=win_event_notifier(api))
