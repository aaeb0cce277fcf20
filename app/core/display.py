"""Which display server this session has, and whether capture can work there (env only, no I/O)."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass

from app.core.i18n import fill, translate


@dataclass(frozen=True)
class DisplayInfo:
    server: str  # x11 | wayland | windows | macos | none
    capture_supported: bool
    explanation: str


def detect_display(env: Mapping[str, str] | None = None, platform: str | None = None) -> DisplayInfo:
    env = os.environ if env is None else env
    platform = platform or sys.platform
    if platform == "win32":
        return DisplayInfo("windows", True, translate("Display", "Windows desktop"))
    if platform == "darwin":
        return DisplayInfo("macos", True, translate("Display", "macOS: needs Input Monitoring, Accessibility and "
                                                               "Screen "
                                                               "Recording permission"))
    if env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE") == "wayland":
        return DisplayInfo(
            "wayland", False,
            translate("Display", "Wayland session: Wayland does not let applications read other windows' input or "
                      "screen, so Airlock cannot capture here. Log in with an X11 (\"Xorg\") session to capture; "
                      "reviewing and releasing still work."),
        )
    if env.get("DISPLAY"):
        return DisplayInfo("x11", True, fill(translate("Display", "X11 display %1"), env["DISPLAY"]))
    return DisplayInfo("none", False, translate("Display", "No display: capture needs a graphical session "
                                                          "(DISPLAY is not set)."))


def has_display(env: Mapping[str, str] | None = None) -> bool:
    info = detect_display(env)
    return info.server in ("x11", "windows", "macos")
