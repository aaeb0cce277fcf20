"""Picks the active-window probe for this platform; each platform module is imported only in its branch.

`platform` is injectable so tests reach every branch on Linux (with fake platform calls).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import Any

from app.core.clock import Clock
from app.core.display import detect_display
from app.core.errors import KnownError


class DisplayUnsupported(KnownError):
    """This session's display cannot be observed (Wayland, no display)."""


def make_window_probe(clock: Clock, platform: str = sys.platform, environ: Mapping[str, str] | None = None,
                      **platform_calls: Any):
    """A Source with `bounds_of(window_id)` following the active window on this platform.

    `platform_calls` go to the platform's probe builder (e.g. `calls=` fakes in tests).
    """
    environ = os.environ if environ is None else environ
    display = detect_display(environ, platform)
    if display.server == "windows":
        from app.capture.windows.window import windows_window_probe

        return windows_window_probe(clock, **platform_calls)
    if display.server == "macos":
        from app.capture.macos.window import mac_window_probe

        return mac_window_probe(clock, **platform_calls)
    if display.server == "x11":
        from app.capture.x11.window import X11WindowProbe

        return X11WindowProbe(clock, environ, **platform_calls)
    raise DisplayUnsupported("Capture cannot run in this session.", display.explanation)
