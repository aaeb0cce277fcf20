"""A macOS desktop faked at the pyobjc level: AppKit, Quartz and HIServices with the names and call
shapes pyobjc gives them (NSWorkspace.sharedWorkspace().frontmostApplication(), an
NSRunningApplication's localizedName()/processIdentifier()/bundleIdentifier(), the list of
dictionaries CGWindowListCopyWindowInfo returns keyed by the kCGWindow… constants, the privacy
preflights). As macOS does, the window list leaves out kCGWindowName while Screen Recording is off.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from app.capture.macos.frameworks import MacFrameworks

ON_SCREEN_ONLY = 1 << 0  # kCGWindowListOptionOnScreenOnly
EXCLUDE_DESKTOP_ELEMENTS = 1 << 4  # kCGWindowListExcludeDesktopElements
NULL_WINDOW_ID = 0  # kCGNullWindowID


@dataclass
class FakeMacWindow:
    number: int
    pid: int
    title: str
    bounds: tuple[int, int, int, int]
    layer: int = 0


class FakeRunningApplication:
    """NSRunningApplication as pyobjc shows it: accessor methods, not attributes."""

    def __init__(self, name: str, pid: int, bundle_id: str) -> None:
        self._name, self._pid, self._bundle = name, pid, bundle_id

    def localizedName(self) -> str:
        return self._name

    def processIdentifier(self) -> int:
        return self._pid

    def bundleIdentifier(self) -> str:
        return self._bundle


class FakeMacDesktop:
    """Apps, on-screen windows (front to back) and permissions; `frameworks()` goes to the code."""

    def __init__(self) -> None:
        self.apps: dict[int, FakeRunningApplication] = {}
        self.windows: list[FakeMacWindow] = [FakeMacWindow(1, 99, "Menubar", (0, 0, 1440, 24), layer=25)]
        self.frontmost: int | None = None
        self.accessibility = True
        self.input_monitoring = True
        self.screen_recording = True
        self.list_calls: list[tuple[int, int]] = []
        self._numbers = itertools.count(100)
        self._pids = itertools.count(500)

    def open(self, title: str, name: str, bundle_id: str = "", bounds: tuple[int, int, int, int] | None = None) -> int:
        """A new app with one window, made frontmost; returns the window number."""
        pid = next(self._pids)
        self.apps[pid] = FakeRunningApplication(name, pid, bundle_id or f"com.example.{name.lower()}")
        window = FakeMacWindow(next(self._numbers), pid, title, bounds or (50 * len(self.apps), 40, 900, 600))
        self.windows.insert(1, window)
        self.frontmost = pid
        return window.number

    def focus(self, number: int) -> None:
        window = self._window(number)
        self.windows.remove(window)
        self.windows.insert(1, window)
        self.frontmost = window.pid

    def rename(self, number: int, title: str) -> None:
        self._window(number).title = title

    def close(self, number: int) -> None:
        window = self._window(number)
        self.windows.remove(window)
        del self.apps[window.pid]
        if self.frontmost == window.pid:
            self.frontmost = None  # e.g. the Dock showing nothing in front

    def _window(self, number: int) -> FakeMacWindow:
        return next(w for w in self.windows if w.number == number)

    # ---- the frameworks ------------------------------------------------------------------------

    def frameworks(self) -> MacFrameworks:
        desktop = self

        class NSWorkspace:
            @staticmethod
            def sharedWorkspace() -> Any:
                return SimpleNamespace(frontmostApplication=lambda: desktop.apps.get(desktop.frontmost or -1))

        def window_list(options: int, relative_to: int) -> list[dict[str, Any]]:
            desktop.list_calls.append((options, relative_to))
            listed = []
            for window in desktop.windows:
                x, y, width, height = window.bounds
                entry = {"kCGWindowNumber": window.number, "kCGWindowOwnerPID": window.pid,
                         "kCGWindowLayer": window.layer,
                         "kCGWindowBounds": {"X": x, "Y": y, "Width": width, "Height": height}}
                if desktop.screen_recording:
                    entry["kCGWindowName"] = window.title
                listed.append(entry)
            return listed

        quartz = SimpleNamespace(
            kCGWindowListOptionOnScreenOnly=ON_SCREEN_ONLY,
            kCGWindowListExcludeDesktopElements=EXCLUDE_DESKTOP_ELEMENTS,
            kCGNullWindowID=NULL_WINDOW_ID,
            kCGWindowOwnerPID="kCGWindowOwnerPID", kCGWindowLayer="kCGWindowLayer", kCGWindowName="kCGWindowName",
            kCGWindowNumber="kCGWindowNumber", kCGWindowBounds="kCGWindowBounds",
            CGWindowListCopyWindowInfo=window_list,
            CGPreflightScreenCaptureAccess=lambda: desktop.screen_recording,
            CGPreflightListenEventAccess=lambda: desktop.input_monitoring,
        )
        hiservices = SimpleNamespace(AXIsProcessTrusted=lambda: desktop.accessibility)
        return MacFrameworks(SimpleNamespace(NSWorkspace=NSWorkspace), quartz, hiservices)
