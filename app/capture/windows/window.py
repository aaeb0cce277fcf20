"""The active window on Windows: GetForegroundWindow, GetWindowTextW, GetWindowThreadProcessId and
the process image name. The calls sit behind `Win32Calls` so tests fake them on Linux; the real ones
use ctypes, loaded only when the probe is built on Windows. A WinEvent hook
(EVENT_SYSTEM_FOREGROUND, EVENT_OBJECT_NAMECHANGE) wakes the watcher on every change.
"""

from __future__ import annotations

import ntpath
import threading
from collections.abc import Callable
from typing import Any, Protocol

from app.capture.window_watch import Reading, WatchedWindowProbe
from app.core.clock import Clock
from app.core.model import UNKNOWN_WINDOW, WindowInfo

EVENT_SYSTEM_FOREGROUND = 0x0003
EVENT_OBJECT_NAMECHANGE = 0x800C
WINEVENT_OUTOFCONTEXT = 0x0000
PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
WM_QUIT = 0x0012


class Win32Calls(Protocol):
    def foreground_window(self) -> int: ...
    def window_text(self, hwnd: int) -> str: ...
    def window_class(self, hwnd: int) -> str: ...
    def window_pid(self, hwnd: int) -> int: ...
    def process_image(self, pid: int) -> str: ...
    def window_rect(self, hwnd: int) -> tuple[int, int, int, int] | None: ...


def read_foreground(calls: Win32Calls) -> Reading:
    """The foreground window as WindowInfo (+ bounds). No window: UNKNOWN; no process: app ""."""
    hwnd = calls.foreground_window()
    if not hwnd:
        return UNKNOWN_WINDOW, None
    pid = calls.window_pid(hwnd) or None
    image = calls.process_image(pid) if pid else ""
    app = ntpath.basename(image) if image else ""
    info = WindowInfo(app=app, title=calls.window_text(hwnd), pid=pid, wm_class=calls.window_class(hwnd),
                      window_id=hwnd)
    rect = calls.window_rect(hwnd)
    bounds = None if rect is None else (rect[0], rect[1], rect[2] - rect[0], rect[3] - rect[1])
    return info, bounds


class CtypesWin32Calls:
    """The real calls (Windows only)."""

    def __init__(self) -> None:
        import ctypes
        from ctypes import wintypes

        self._ctypes, self._wintypes = ctypes, wintypes
        self._user32 = ctypes.WinDLL("user32", use_last_error=True)
        self._kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)

    def foreground_window(self) -> int:
        return int(self._user32.GetForegroundWindow() or 0)

    def window_text(self, hwnd: int) -> str:
        length = self._user32.GetWindowTextLengthW(hwnd)
        buffer = self._ctypes.create_unicode_buffer(length + 1)
        self._user32.GetWindowTextW(hwnd, buffer, length + 1)
        return buffer.value

    def window_class(self, hwnd: int) -> str:
        buffer = self._ctypes.create_unicode_buffer(256)
        self._user32.GetClassNameW(hwnd, buffer, 256)
        return buffer.value

    def window_pid(self, hwnd: int) -> int:
        pid = self._wintypes.DWORD()
        self._user32.GetWindowThreadProcessId(hwnd, self._ctypes.byref(pid))
        return int(pid.value)

    def process_image(self, pid: int) -> str:
        handle = self._kernel32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
        if not handle:
            return ""  # elevated or gone: "no process", never a guess
        try:
            size = self._wintypes.DWORD(1024)
            buffer = self._ctypes.create_unicode_buffer(1024)
            ok = self._kernel32.QueryFullProcessImageNameW(handle, 0, buffer, self._ctypes.byref(size))
            return buffer.value if ok else ""
        finally:
            self._kernel32.CloseHandle(handle)

    def window_rect(self, hwnd: int) -> tuple[int, int, int, int] | None:
        rect = self._wintypes.RECT()
        if not self._user32.GetWindowRect(hwnd, self._ctypes.byref(rect)):
            return None
        return rect.left, rect.top, rect.right, rect.bottom


def win_event_notifier(wake: Callable[[], None]) -> Callable[[], None]:
    """Install WinEvent hooks on a thread with a message loop; return a function that stops it."""
    import ctypes
    from ctypes import wintypes

    user32 = ctypes.WinDLL("user32", use_last_error=True)
    callback_type = ctypes.WINFUNCTYPE(None, wintypes.HANDLE, wintypes.DWORD, wintypes.HWND, wintypes.LONG,
                                       wintypes.LONG, wintypes.DWORD, wintypes.DWORD)
    state: dict[str, Any] = {}

    def on_event(hook, event, hwnd, id_object, id_child, thread, time_ms):  # only wakes the watcher
        if event == EVENT_SYSTEM_FOREGROUND or (id_object == 0 and hwnd == user32.GetForegroundWindow()):
            wake()

    def loop() -> None:
        state["callback"] = callback = callback_type(on_event)  # keep a reference: ctypes frees it otherwise
        state["thread_id"] = ctypes.windll.kernel32.GetCurrentThreadId()
        hooks = [user32.SetWinEventHook(EVENT_SYSTEM_FOREGROUND, EVENT_SYSTEM_FOREGROUND, 0, callback, 0, 0,
                                        WINEVENT_OUTOFCONTEXT),
                 user32.SetWinEventHook(EVENT_OBJECT_NAMECHANGE, EVENT_OBJECT_NAMECHANGE, 0, callback, 0, 0,
                                        WINEVENT_OUTOFCONTEXT)]
        ready.set()
        message = wintypes.MSG()
        while user32.GetMessageW(ctypes.byref(message), 0, 0, 0) > 0:
            user32.TranslateMessage(ctypes.byref(message))
            user32.DispatchMessageW(ctypes.byref(message))
        for hook in hooks:
            if hook:
                user32.UnhookWinEvent(hook)

    ready = threading.Event()
    thread = threading.Thread(target=loop, name="airlock-win-events", daemon=True)
    thread.start()
    ready.wait(2.0)

    def stop() -> None:
        if "thread_id" in state:
            user32.PostThreadMessageW(state["thread_id"], WM_QUIT, 0, 0)
        thread.join(2.0)

    return stop


def windows_window_probe(clock: Clock, calls: Win32Calls | None = None,
                         notifier: Callable[[Callable[[], None]], Callable[[], None]] | None = None,
                         interval_s: float = 2.0) -> WatchedWindowProbe:
    """The Windows probe: real calls and hooks unless fakes are given."""
    real = calls is None
    calls = calls or CtypesWin32Calls()
    return WatchedWindowProbe("focus", lambda: read_foreground(calls), clock, interval_s=interval_s,
                              notifier_factory=notifier or (win_event_notifier if real else None))
