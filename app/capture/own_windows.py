"""Airlock's own windows (review, status, settings, consent, releases, dialogs): never captured.

They show what was captured, and what is typed there (a search for "password", a colleague's
name) is about captured data: recording them would capture the review of captures, which could
then be released. The pipeline treats them exactly as an excluded window.

They are known by the process that owns them, as every platform's probe reports it (X11's
_NET_WM_PID, Windows' GetWindowThreadProcessId, the macOS window list's owner pid): the
recorder's own process (the desktop app shows its windows there) and the processes that say
they show Airlock windows (`airlock review` beside `record --headless`: app/control/ui_presence.py,
wired by the composition). Not by title: a web page or a document may be called "Airlock". Not
by WM_CLASS alone: any program may set it, another product may be named so, and it is X11's only.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from app.core.model import WindowInfo

OWN_WINDOW = "Airlock's own window"  # the exclusion's name in gaps and the status


class OwnWindows:
    """`owns(window)`: the window belongs to this process or to a live Airlock UI process."""

    def __init__(self, own_pid: int | None = None,
                 shows_airlock_windows: Callable[[int], bool] = lambda pid: False) -> None:
        self._own_pid = os.getpid() if own_pid is None else own_pid
        self._shows_airlock_windows = shows_airlock_windows

    def owns(self, window: WindowInfo) -> bool:
        pid = window.pid
        if not pid:
            return False  # owner unknown: the policy's exclusions still judge it
        return pid == self._own_pid or self._shows_airlock_windows(pid)
