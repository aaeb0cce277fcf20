"""One Airlock per profile: an OS file lock in the private run dir, held while the instance runs.

The lock (fcntl on POSIX, msvcrt on Windows) is released by the OS when the process dies, so a
crash never leaves a stale lock. The file also names the holder's pid, so a second start can say
who runs and then ask it, through the control channel, to show itself.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from app.core.errors import KnownError
from app.core.paths import Paths, make_private_dir


class AlreadyRunning(KnownError):
    """Another Airlock holds this profile. `pid` is the holder (None if it could not be read)."""

    exit_code = 3

    def __init__(self, pid: int | None, mode: str = "") -> None:
        who = f"pid {pid}" if pid else "another process"
        super().__init__(f"Airlock is already running for this profile ({who}{', ' + mode if mode else ''}).",
                         "Use `airlock status`, or stop it before starting another.")
        self.pid = pid
        self.mode = mode


class InstanceLock:
    """`acquire()` the profile or learn who holds it; `release()` on shutdown."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, mode: str, patience: float = 0.0) -> None:
        """Take the lock and record our pid and `mode` ("desktop", "headless", "cli");
        AlreadyRunning if another process has it. A `cli` holder acts on the vault for a moment
        only: wait up to `patience` seconds for it rather than give up."""
        deadline = time.monotonic() + patience
        while True:
            try:
                self._acquire_once(mode)
                return
            except AlreadyRunning as running:
                if running.mode != "cli" or time.monotonic() >= deadline:
                    raise
            time.sleep(0.05)

    def _acquire_once(self, mode: str) -> None:
        make_private_dir(self._path.parent)
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        try:
            lock_file(fd)
        except OSError:
            holder = _read_holder(fd)
            os.close(fd)
            raise AlreadyRunning(*holder) from None
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, f"{os.getpid()} {mode}\n".encode("ascii"))
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            os.ftruncate(self._fd, 0)
            unlock_file(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def holder(paths: Paths) -> tuple[int | None, str] | None:
    """(pid, mode) of the process holding the profile, or None if nobody does."""
    probe = InstanceLock(paths.instance_lock)
    try:
        probe._acquire_once("probe")
    except AlreadyRunning as running:
        return running.pid, running.mode
    probe.release()
    return None


def _read_holder(fd: int) -> tuple[int | None, str]:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        pid_text, _, mode = os.read(fd, 64).decode("ascii", "replace").strip().partition(" ")
        return (int(pid_text) if pid_text.isdigit() else None), mode
    except OSError:
        return None, ""


if os.name == "nt":  # pragma: no cover - exercised on Windows CI only
    import msvcrt

    _LOCK_OFFSET = 4096  # past the pid text, which others must still be able to read

    def lock_file(fd: int) -> None:
        """Take the file's lock without waiting; OSError if another open file holds it."""
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def unlock_file(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def lock_file(fd: int) -> None:
        """Take the file's lock without waiting; OSError if another open file holds it."""
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def unlock_file(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
