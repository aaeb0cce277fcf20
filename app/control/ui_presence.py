"""Which processes show Airlock's own windows, so that the recorder never captures them.

A process that shows Airlock windows apart from the recorder (`airlock review`; the desktop app's
windows are in the recorder's own process, known without this) holds an OS lock on
`<run dir>/ui/<pid>.lock` for as long as it runs, taken before its first window appears. The
recorder asks `shows_airlock_windows(pid)` of the process that owns the focused window: the file
exists and its lock is held. A lock rather than an announcement over the control channel because:

- either side may start first (a review window opened before the recorder, a recorder restarted
  while it is open): the recorder reads the fact when a window takes focus, nothing is missed;
- the OS drops the lock when the process dies, however it dies, so a crash leaves no live entry
  and a pid reused by another program is not taken for Airlock (its file, if left, is unlocked).

Only this user's processes can write the private run dir; a process that marks itself so is not
captured, which the employee could have by pausing anyway.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from app.control.instance import lock_file, unlock_file
from app.core.errors import KnownError
from app.core.i18n import fill, translate
from app.core.paths import Paths, make_private_dir


def _marker(paths: Paths, pid: int) -> Path:
    return paths.run_dir / "ui" / f"{pid}.lock"


class UiPresence:
    """Held by a process while it may show Airlock windows: `hold()` before the first, `release()` at exit."""

    def __init__(self, paths: Paths, pid: int | None = None) -> None:
        self._path = _marker(paths, os.getpid() if pid is None else pid)
        self._fd: int | None = None

    def hold(self) -> UiPresence:
        """Take the lock, or KnownError: a window the recorder would not know as Airlock's is not shown."""
        try:
            make_private_dir(self._path.parent.parent)
            make_private_dir(self._path.parent)
            fd = os.open(self._path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        except OSError as exc:
            raise KnownError(fill(translate("Errors", "Could not mark this window as Airlock's own (%1), so a "
                                            "recording could capture it."), exc.strerror or ""),
                             fill(translate("Errors", "Check %1."), str(self._path.parent))) from None
        try:
            lock_file(fd)
        except OSError:
            os.close(fd)
            raise KnownError(translate("Errors", "Another process holds this window's mark."),
                             fill(translate("Errors", "Check %1."), str(self._path))) from None
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            unlock_file(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None
        with contextlib.suppress(OSError):  # after closing: Windows removes no open file
            self._path.unlink(missing_ok=True)

    def __enter__(self) -> UiPresence:
        return self.hold()

    def __exit__(self, *exc_info: object) -> None:
        self.release()


class UiRegistry:
    """The recorder's side: is `pid` a live process showing Airlock windows for this profile?"""

    def __init__(self, paths: Paths) -> None:
        self._paths = paths

    def shows_airlock_windows(self, pid: int) -> bool:
        try:
            fd = os.open(_marker(self._paths, pid), os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            return False  # no marker (or one we may not open): not an Airlock UI
        try:
            lock_file(fd)
        except OSError:
            return True  # held: the process that made it is alive
        else:
            unlock_file(fd)  # left by a process that died; the file stays (removing it could race a new holder)
            return False
        finally:
            os.close(fd)
