"""The macOS frameworks Airlock calls through pyobjc: the only module that imports them.

pyobjc ships with pynput on macOS (its Quartz backend). The modules are held in `MacFrameworks`
so tests pass fake modules with the same names (NSWorkspace, CGWindowListCopyWindowInfo, the
kCGWindow… keys, AXIsProcessTrusted…), and the probe and the permission checks meet pyobjc's own
call shapes on any OS.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class MacFrameworks:
    """AppKit (NSWorkspace), Quartz (CoreGraphics window list and privacy preflights) and
    HIServices (the Accessibility trust check), as pyobjc exposes them."""

    appkit: Any  # pyobjc modules are dynamic: their members are looked up at run time
    quartz: Any
    hiservices: Any


def load_frameworks() -> MacFrameworks:
    """The real frameworks (macOS only; elsewhere an ImportError, like a missing pyobjc)."""
    if sys.platform == "darwin":
        import AppKit
        import HIServices
        import Quartz

        return MacFrameworks(AppKit, Quartz, HIServices)
    raise ImportError("AppKit, Quartz and HIServices exist only on macOS")
