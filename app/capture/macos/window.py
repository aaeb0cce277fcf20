"""The active window on macOS: NSWorkspace's frontmost application and the Quartz window list.

The calls sit behind `MacCalls` so tests fake them on Linux; the real ones import AppKit/Quartz
(pyobjc) only when the probe is built on macOS. Window titles need the Screen Recording permission;
without it the title is "" (unknown), never guessed.
"""

from __future__ import annotations

from typing import Any, Protocol

from app.capture.window_watch import Reading, WatchedWindowProbe
from app.core.clock import Clock
from app.core.model import UNKNOWN_WINDOW, WindowInfo


class MacCalls(Protocol):
    def frontmost_app(self) -> tuple[str, int, str] | None:
        """(localized name, pid, bundle id) of the frontmost application, or None."""

    def window_list(self) -> list[dict[str, Any]]:
        """CGWindowListCopyWindowInfo(on screen only, excluding desktop elements), front to back."""


def read_frontmost(calls: MacCalls) -> Reading:
    """The frontmost app's frontmost normal window (layer 0) as WindowInfo (+ bounds)."""
    front = calls.frontmost_app()
    if front is None:
        return UNKNOWN_WINDOW, None
    name, pid, bundle_id = front
    for window in calls.window_list():
        if window.get("kCGWindowOwnerPID") == pid and window.get("kCGWindowLayer", 0) == 0:
            box = window.get("kCGWindowBounds") or {}
            bounds = (int(box.get("X", 0)), int(box.get("Y", 0)), int(box.get("Width", 0)), int(box.get("Height", 0))) \
                if box else None
            info = WindowInfo(app=name, title=str(window.get("kCGWindowName") or ""), pid=pid,
                              wm_class=bundle_id, window_id=int(window.get("kCGWindowNumber", 0)) or None)
            return info, bounds
    return WindowInfo(app=name, title="", pid=pid, wm_class=bundle_id), None


class PyObjCMacCalls:
    """The real calls (macOS only)."""

    def __init__(self) -> None:
        import AppKit  # type: ignore[import-not-found]
        import Quartz  # type: ignore[import-not-found]

        self._appkit, self._quartz = AppKit, Quartz

    def frontmost_app(self) -> tuple[str, int, str] | None:
        app = self._appkit.NSWorkspace.sharedWorkspace().frontmostApplication()
        if app is None:
            return None
        return str(app.localizedName() or ""), int(app.processIdentifier()), str(app.bundleIdentifier() or "")

    def window_list(self) -> list[dict[str, Any]]:
        q = self._quartz
        options = q.kCGWindowListOptionOnScreenOnly | q.kCGWindowListExcludeDesktopElements
        return [dict(w) for w in (q.CGWindowListCopyWindowInfo(options, q.kCGNullWindowID) or [])]


def mac_window_probe(clock: Clock, calls: MacCalls | None = None, interval_s: float = 0.5) -> WatchedWindowProbe:
    """The macOS probe: real calls unless fakes are given (polled: no title-change notification)."""
    calls = calls or PyObjCMacCalls()
    return WatchedWindowProbe("focus", lambda: read_frontmost(calls), clock, interval_s=interval_s)
