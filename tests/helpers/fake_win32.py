"""A Windows desktop faked at the ctypes level: user32 and kernel32 whose functions are real ctypes
function pointers built from app/capture/windows/win32.py's signature tables.

Airlock's code calls them exactly as it calls the real DLLs: ctypes converts the arguments by the
C declarations (buffers, DWORD and RECT pointers, the WinEvent callback, NULL as None), and the
fake writes its answers through those pointers as Windows does. Behaviour follows the Win32
documentation: OpenProcess of an elevated process returns NULL, GetWindowTextW copies at most
n - 1 characters and a NUL, GetMessageW blocks until a message is posted to the calling thread
and returns 0 for WM_QUIT, WinEvent callbacks (out of context) run on the hooking thread inside
its GetMessageW, RegisterHotKey fails for a chord another application holds, and a registered
chord posts WM_HOTKEY to the registering thread.
"""

from __future__ import annotations

import ctypes
import itertools
import queue
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.capture.windows.win32 import KERNEL32, USER32, WM_HOTKEY, WM_QUIT, Signature, Win32

EVENT_SYSTEM_FOREGROUND = 0x0003
EVENT_OBJECT_NAMECHANGE = 0x800C
OBJID_WINDOW = 0
MOD_NOREPEAT = 0x4000


class FakeLibrary:
    """A DLL whose functions are ctypes function pointers (CFUNCTYPE) over Python implementations."""

    def __init__(self, signatures: Mapping[str, Signature], implementation: object) -> None:
        for name, (restype, argtypes) in signatures.items():
            prototype = ctypes.CFUNCTYPE(restype, *argtypes)
            setattr(self, name, prototype(getattr(implementation, name)))


@dataclass
class FakeWindow:
    title: str
    cls: str
    pid: int
    rect: tuple[int, int, int, int]  # left, top, right, bottom


class FakeWindowsDesktop:
    """Windows, processes, hooks, hotkeys and per-thread message queues. Drive it with open(),
    focus(), rename(), close() and press(); hand `win32()` to the code under test."""

    def __init__(self) -> None:
        self.windows: dict[int, FakeWindow] = {}
        self.images: dict[int, str] = {}  # pid -> full image path; absent: elevated/inaccessible
        self.foreground = 0
        self.taken_hotkeys: set[tuple[int, int]] = set()  # (modifiers, vk) another application holds
        self.hotkeys: dict[tuple[int, int], tuple[int, int]] = {}  # (modifiers, vk) -> (id, thread)
        self.open_handles: dict[int, int] = {}  # process handle -> pid
        self.hooks: dict[int, tuple[int, int, Any, int]] = {}  # handle -> (min, max, proc, thread)
        self._lock = threading.Lock()
        self._queues: dict[int, queue.Queue[Any]] = {}
        self._thread_ids: dict[int, int] = {}
        self._ids = itertools.count(0x1000, 4)
        self._pids = itertools.count(4000, 4)
        self._user32 = FakeLibrary(USER32, _User32(self))
        self._kernel32 = FakeLibrary(KERNEL32, _Kernel32(self))

    def win32(self) -> Win32:
        return Win32(self._user32, self._kernel32)

    # ---- driving -----------------------------------------------------------------------------

    def open(self, title: str, cls: str, image: str | None = None, rect: tuple[int, int, int, int] | None = None,
             elevated: bool = False) -> int:
        """A new top-level window of a new process, brought to the foreground."""
        hwnd, pid = next(self._ids), next(self._pids)
        left = 40 * len(self.windows)
        self.windows[hwnd] = FakeWindow(title, cls, pid, rect or (left, 30, left + 800, 630))
        if not elevated:
            self.images[pid] = image or rf"C:\Program Files\{cls}\{cls}.exe"
        self.focus(hwnd)
        return hwnd

    def focus(self, hwnd: int) -> None:
        self.foreground = hwnd
        self._fire(EVENT_SYSTEM_FOREGROUND, hwnd)

    def rename(self, hwnd: int, title: str) -> None:
        self.windows[hwnd].title = title
        self._fire(EVENT_OBJECT_NAMECHANGE, hwnd)

    def close(self, hwnd: int) -> None:
        del self.windows[hwnd]
        if self.foreground == hwnd:
            self.foreground = 0  # nothing in the foreground until another window is activated
            self._fire(EVENT_SYSTEM_FOREGROUND, 0)

    def press(self, modifiers: int, vk: int) -> bool:
        """The user presses a chord: WM_HOTKEY goes to the thread that registered it (if any)."""
        with self._lock:
            registered = self.hotkeys.get((modifiers, vk))
        if registered is None:
            return False
        hotkey_id, thread = registered
        self._queue(thread).put((WM_HOTKEY, hotkey_id, (vk << 16) | modifiers))
        return True

    def _fire(self, event: int, hwnd: int) -> None:
        with self._lock:
            hooks = list(self.hooks.items())
        for handle, (low, high, proc, thread) in hooks:
            if low <= event <= high:
                self._queue(thread).put(lambda p=proc, h=handle: p(h, event, hwnd or None, OBJID_WINDOW, 0, 0, 0))

    # ---- per-thread state ---------------------------------------------------------------------

    def thread_id(self) -> int:
        with self._lock:
            return self._thread_ids.setdefault(threading.get_ident(), next(self._ids))

    def _queue(self, thread: int) -> queue.Queue[Any]:
        with self._lock:
            return self._queues.setdefault(thread, queue.Queue())


def _write(buffer: Any, text: str, capacity: int) -> int:
    """Copy at most capacity - 1 characters and a NUL into a WCHAR buffer, as Win32 does."""
    if capacity <= 0:
        return 0
    count = min(len(text), capacity - 1)
    for index, char in enumerate(text[:count]):
        buffer[index] = char
    buffer[count] = "\0"
    return count


class _User32:
    def __init__(self, desktop: FakeWindowsDesktop) -> None:
        self.d = desktop

    def GetForegroundWindow(self) -> int:
        return self.d.foreground if self.d.foreground in self.d.windows else 0

    def GetWindowTextLengthW(self, hwnd: int | None) -> int:
        window = self.d.windows.get(hwnd or 0)
        return len(window.title) if window else 0

    def GetWindowTextW(self, hwnd: int | None, buffer: Any, capacity: int) -> int:
        window = self.d.windows.get(hwnd or 0)
        return _write(buffer, window.title, capacity) if window else 0

    def GetClassNameW(self, hwnd: int | None, buffer: Any, capacity: int) -> int:
        window = self.d.windows.get(hwnd or 0)
        return _write(buffer, window.cls, capacity) if window else 0

    def GetWindowThreadProcessId(self, hwnd: int | None, pid_out: Any) -> int:
        window = self.d.windows.get(hwnd or 0)
        if window is None:
            return 0
        if pid_out:
            pid_out[0] = window.pid
        return window.pid + 1  # the creating thread's id

    def GetWindowRect(self, hwnd: int | None, rect_out: Any) -> int:
        window = self.d.windows.get(hwnd or 0)
        if window is None:
            return 0
        rect = rect_out[0]
        rect.left, rect.top, rect.right, rect.bottom = window.rect
        return 1

    def SetWinEventHook(self, low: int, high: int, module: int | None, proc: Any, pid: int, thread: int,
                        flags: int) -> int:
        handle = next(self.d._ids)
        owner = thread or self.d.thread_id()  # out of context: the hooking thread gets the calls
        with self.d._lock:
            self.d.hooks[handle] = (low, high, proc, owner)
        return handle

    def UnhookWinEvent(self, handle: int | None) -> int:
        with self.d._lock:
            return 1 if self.d.hooks.pop(handle or 0, None) else 0

    def RegisterHotKey(self, hwnd: int | None, hotkey_id: int, modifiers: int, vk: int) -> int:
        chord = (modifiers & ~MOD_NOREPEAT, vk)
        with self.d._lock:
            if chord in self.d.taken_hotkeys or chord in self.d.hotkeys:
                return 0  # ERROR_HOTKEY_ALREADY_REGISTERED
        thread = self.d.thread_id()
        with self.d._lock:
            self.d.hotkeys[chord] = (hotkey_id, thread)
        return 1

    def UnregisterHotKey(self, hwnd: int | None, hotkey_id: int) -> int:
        thread = self.d.thread_id()
        with self.d._lock:
            for chord, (registered_id, owner) in list(self.d.hotkeys.items()):
                if registered_id == hotkey_id and owner == thread:
                    del self.d.hotkeys[chord]
                    return 1
        return 0

    def GetMessageW(self, message_out: Any, hwnd: int | None, low: int, high: int) -> int:
        inbox = self.d._queue(self.d.thread_id())
        while True:
            item = inbox.get()
            if callable(item):  # an out-of-context WinEvent: delivered inside GetMessage
                item()
                continue
            message, wparam, lparam = item
            target = message_out[0]
            target.message, target.wParam, target.lParam = message, wparam, lparam
            return 0 if message == WM_QUIT else 1

    def TranslateMessage(self, message: Any) -> int:
        return 0

    def DispatchMessageW(self, message: Any) -> int:
        return 0

    def PostThreadMessageW(self, thread: int, message: int, wparam: int, lparam: int) -> int:
        self.d._queue(thread).put((message, wparam, lparam))
        return 1


class _Kernel32:
    def __init__(self, desktop: FakeWindowsDesktop) -> None:
        self.d = desktop

    def OpenProcess(self, access: int, inherit: int, pid: int) -> int:
        if pid not in self.d.images:
            return 0  # ERROR_ACCESS_DENIED (elevated) or no such process
        handle = next(self.d._ids)
        self.d.open_handles[handle] = pid
        return handle

    def QueryFullProcessImageNameW(self, handle: int | None, flags: int, buffer: Any, size: Any) -> int:
        pid = self.d.open_handles.get(handle or 0)
        if pid is None:
            return 0
        image = self.d.images[pid]
        if len(image) + 1 > size[0]:
            return 0  # ERROR_INSUFFICIENT_BUFFER
        size[0] = _write(buffer, image, size[0])
        return 1

    def CloseHandle(self, handle: int | None) -> int:
        return 1 if self.d.open_handles.pop(handle or 0, None) is not None else 0

    def GetCurrentThreadId(self) -> int:
        return self.d.thread_id()

