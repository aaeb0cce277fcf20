"""The window-probe contract and the factory that picks this platform's probe.

Each platform module is imported only in its branch; `platform` is injectable so tests reach every
branch on Linux (with fake platform calls: fake DLLs for Windows, fake pyobjc modules for macOS).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

from app.capture.event_queue import Source
from app.capture.window_watch import Bounds
from app.core.clock import Clock
from app.core.display import detect_display
from app.core.errors import KnownError
from app.core.i18n import translate

if TYPE_CHECKING:  # platform modules are imported only in their branch
    from app.capture.macos.frameworks import MacFrameworks
    from app.capture.windows.win32 import Win32
    from app.capture.x11.server_time import X11ServerClock


class DisplayUnsupported(KnownError):
    """This session's display cannot be observed (Wayland, no display)."""


class WindowProbe(Source, Protocol):
    """A Source of FocusEvents that follows the active window (tests/contract hold each platform to it):

    - `start` queues a FocusEvent for the window focused now before it returns (so no key is
      judged against an unknown window), and raises KnownError if focus cannot be observed;
    - every change of the active window, or of its title, queues a FocusEvent stamped no later
      than the first input that belongs to the new window (plus `latency_s` for polled probes);
    - nothing focused, or nothing readable, is UNKNOWN_WINDOW; an unreadable part is "" or None,
      never a guess;
    - `pid` is the process that owns the window: Airlock knows its own windows by it and never
      captures them (capture/own_windows.py);
    - `bounds_of(window_id)` is the window's rectangle when it last had focus (for its monitor).
    """

    latency_s: float  # how late a change may be noticed: 0 for event-driven probes, the interval when polled

    def bounds_of(self, window_id: int | None) -> Bounds | None: ...


def make_window_probe(clock: Clock, platform: str = sys.platform, environ: Mapping[str, str] | None = None,
                      server_clock: X11ServerClock | None = None, *, win32: Win32 | None = None,
                      mac: MacFrameworks | None = None) -> WindowProbe:
    """The active-window probe of this platform: real platform calls unless `win32` (fake DLLs) or
    `mac` (fake pyobjc modules) are given."""
    environ = os.environ if environ is None else environ
    display = detect_display(environ, platform)
    if display.server == "windows":
        from app.capture.windows.window import windows_window_probe

        return windows_window_probe(clock, win32)
    if display.server == "macos":
        from app.capture.macos.window import mac_window_probe

        return mac_window_probe(clock, mac)
    if display.server == "x11":
        from app.capture.x11.window import X11WindowProbe

        return X11WindowProbe(clock, environ, server_clock=server_clock)
    raise DisplayUnsupported(translate("Errors", "Capture cannot run in this session."), display.explanation)
