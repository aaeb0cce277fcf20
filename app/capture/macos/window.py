"""The active window on macOS: NSWorkspace's frontmost application and the Quartz window list.

Polled (NSWorkspace has no title-change notification without Accessibility observers): every
`interval_s`, which capture_sources turns into the exclusion margin, so keys typed in an excluded
window before the poll noticed it are still dropped. Window titles need the Screen Recording
permission; without it the probe reports the focus as unknown (see permissions.py).
"""

from __future__ import annotations

from app.capture.macos.frameworks import MacFrameworks, load_frameworks
from app.capture.macos.permissions import SCREEN_RECORDING_OFF, read_permissions
from app.capture.window_watch import Reading, WatchedWindowProbe
from app.core.clock import Clock
from app.core.model import UNKNOWN_WINDOW, WindowInfo

POLL_S = 0.2  # below the pipeline's reorder hold (0.25 s), so the margin can cover it


def read_frontmost(frameworks: MacFrameworks) -> Reading:
    """The frontmost app's frontmost normal window (layer 0) as WindowInfo (+ bounds)."""
    app = frameworks.appkit.NSWorkspace.sharedWorkspace().frontmostApplication()
    if app is None:
        return UNKNOWN_WINDOW, None
    name = str(app.localizedName() or "")
    pid = int(app.processIdentifier())
    bundle_id = str(app.bundleIdentifier() or "")
    q = frameworks.quartz
    options = q.kCGWindowListOptionOnScreenOnly | q.kCGWindowListExcludeDesktopElements
    for window in q.CGWindowListCopyWindowInfo(options, q.kCGNullWindowID) or ():  # front to back
        if window.get(q.kCGWindowOwnerPID) == pid and window.get(q.kCGWindowLayer, 0) == 0:
            box = window.get(q.kCGWindowBounds)
            bounds = (int(box["X"]), int(box["Y"]), int(box["Width"]), int(box["Height"])) if box else None
            number = int(window.get(q.kCGWindowNumber, 0)) or None
            return WindowInfo(app=name, title=str(window.get(q.kCGWindowName) or ""), pid=pid,
                              wm_class=bundle_id, window_id=number), bounds
    return WindowInfo(app=name, title="", pid=pid, wm_class=bundle_id), None


def mac_window_probe(clock: Clock, frameworks: MacFrameworks | None = None, interval_s: float = POLL_S) -> WatchedWindowProbe:
    """The macOS probe: the real frameworks unless fakes are given (tests)."""
    api = frameworks or load_frameworks()

    def unavailable() -> str | None:
        return None if read_permissions(api).screen_recording else SCREEN_RECORDING_OFF

    return WatchedWindowProbe("focus", lambda: read_frontmost(api), clock, interval_s=interval_s,
                              unavailable=unavailable)
