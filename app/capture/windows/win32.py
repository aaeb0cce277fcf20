"""The Win32 functions Airlock calls, with their C signatures, and a message loop on its own thread.

Every function gets its `restype` and `argtypes` from the tables below before it is called, so
ctypes converts and checks arguments as the C declaration says (a pointer-sized HANDLE is not cut
to 32 bits; NULL comes back as None). Tests build fake libraries from the same tables with
`ctypes.CFUNCTYPE`, so the probe, the notifier and the hotkey meet real ctypes marshalling on any
OS. The only module that loads a Windows DLL.
"""

from __future__ import annotations

import ctypes
import sys
import threading
from collections.abc import Callable, Mapping
from ctypes import POINTER, c_int, c_wchar
from ctypes import wintypes as w
from typing import Any, Protocol

WM_QUIT = 0x0012
WM_HOTKEY = 0x0312
# The WinEvent callback type: stdcall on Windows (WINFUNCTYPE); the same thing as cdecl on x64,
# which is what tests get elsewhere.
_FUNCTYPE = getattr(ctypes, "WINFUNCTYPE", ctypes.CFUNCTYPE)
WINEVENTPROC = _FUNCTYPE(None, w.HANDLE, w.DWORD, w.HWND, w.LONG, w.LONG, w.DWORD, w.DWORD)
WCHAR_BUFFER = POINTER(c_wchar)  # a caller-allocated wide-character buffer (create_unicode_buffer)

Signature = tuple[Any, tuple[Any, ...]]  # (restype, argtypes) as ctypes wants them

USER32: Mapping[str, Signature] = {
    "GetForegroundWindow": (w.HWND, ()),
    "GetWindowTextLengthW": (c_int, (w.HWND,)),
    "GetWindowTextW": (c_int, (w.HWND, WCHAR_BUFFER, c_int)),
    "GetClassNameW": (c_int, (w.HWND, WCHAR_BUFFER, c_int)),
    "GetWindowThreadProcessId": (w.DWORD, (w.HWND, POINTER(w.DWORD))),
    "GetWindowRect": (w.BOOL, (w.HWND, POINTER(w.RECT))),
    "SetWinEventHook": (w.HANDLE, (w.DWORD, w.DWORD, w.HMODULE, WINEVENTPROC, w.DWORD, w.DWORD, w.DWORD)),
    "UnhookWinEvent": (w.BOOL, (w.HANDLE,)),
    "RegisterHotKey": (w.BOOL, (w.HWND, c_int, w.UINT, w.UINT)),
    "UnregisterHotKey": (w.BOOL, (w.HWND, c_int)),
    "GetMessageW": (w.BOOL, (POINTER(w.MSG), w.HWND, w.UINT, w.UINT)),
    "TranslateMessage": (w.BOOL, (POINTER(w.MSG),)),
    "DispatchMessageW": (w.LPARAM, (POINTER(w.MSG),)),
    "PostThreadMessageW": (w.BOOL, (w.DWORD, w.UINT, w.WPARAM, w.LPARAM)),
}
KERNEL32: Mapping[str, Signature] = {
    "OpenProcess": (w.HANDLE, (w.DWORD, w.BOOL, w.DWORD)),
    "QueryFullProcessImageNameW": (w.BOOL, (w.HANDLE, w.DWORD, WCHAR_BUFFER, POINTER(w.DWORD))),
    "CloseHandle": (w.BOOL, (w.HANDLE,)),
    "GetCurrentThreadId": (w.DWORD, ()),
}


class Library(Protocol):
    """A loaded DLL (ctypes.WinDLL, or a fake built from the same signatures): functions by name."""

    def __getattr__(self, name: str) -> Callable[..., Any]: ...


class Win32:
    """user32 and kernel32 with their signatures applied."""

    def __init__(self, user32: Library, kernel32: Library) -> None:
        bind(user32, USER32)
        bind(kernel32, KERNEL32)
        self.user32, self.kernel32 = user32, kernel32


def bind(library: Library, signatures: Mapping[str, Signature]) -> None:
    """Give each function its C signature before anything calls it."""
    for name, (restype, argtypes) in signatures.items():
        function = getattr(library, name)
        function.restype = restype
        function.argtypes = argtypes


def load_win32() -> Win32:
    """The real DLLs (Windows only; elsewhere an OSError, like a missing DLL)."""
    if sys.platform == "win32":
        return Win32(ctypes.WinDLL("user32", use_last_error=True), ctypes.WinDLL("kernel32", use_last_error=True))
    raise OSError("user32.dll and kernel32.dll exist only on Windows")


class MessageLoop:
    """A thread with a Win32 message queue: `setup` runs on it first (hooks and hotkeys belong to
    the thread that registered them), then each message goes to `on_message(msg)` until `stop()`.

    `setup` returns a cleanup function, run on the same thread after the loop ends.
    """

    def __init__(self, win32: Win32, name: str) -> None:
        self._win32 = win32
        self._name = name
        self._thread: threading.Thread | None = None
        self._thread_id = 0
        self._ready = threading.Event()
        self._error: BaseException | None = None

    def start(self, setup: Callable[[], Callable[[], None]], on_message: Callable[[w.MSG], None]) -> None:
        """Start the thread; raise what `setup` raised (e.g. a hotkey that is taken)."""
        self._thread = threading.Thread(target=self._run, args=(setup, on_message), name=self._name, daemon=True)
        self._thread.start()
        self._ready.wait(5.0)
        if self._error is not None:
            self._thread.join(2.0)
            raise self._error

    def _run(self, setup: Callable[[], Callable[[], None]], on_message: Callable[[w.MSG], None]) -> None:
        user32 = self._win32.user32
        self._thread_id = int(self._win32.kernel32.GetCurrentThreadId())
        try:
            cleanup = setup()
        except BaseException as error:  # noqa: BLE001 - handed to start(), which raises it in the caller
            self._error = error
            self._ready.set()
            return
        self._ready.set()
        message = w.MSG()
        try:
            # GetMessageW: > 0 a message, 0 WM_QUIT, -1 an error (the loop ends either way).
            while user32.GetMessageW(ctypes.byref(message), None, 0, 0) > 0:
                on_message(message)
                user32.TranslateMessage(ctypes.byref(message))
                user32.DispatchMessageW(ctypes.byref(message))
        finally:
            cleanup()

    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def stop(self) -> None:
        if self._thread is None:
            return
        if self._thread_id:
            self._win32.user32.PostThreadMessageW(self._thread_id, WM_QUIT, 0, 0)
        self._thread.join(2.0)
        self._thread = None
