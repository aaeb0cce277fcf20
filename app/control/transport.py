"""Where the control channel listens and who is on the other end.

POSIX: a Unix domain socket in the private run dir (0700), the socket file 0600, and on Linux the
peer's uid from SO_PEERCRED must be ours. Where the OS has no AF_UNIX in Python (Windows), a
loopback TCP port written to the same path stands in; the HMAC handshake is then the only gate,
so it is required everywhere anyway.
"""

from __future__ import annotations

import os
import socket
import stat
import struct
import sys
from pathlib import Path

from app.core.errors import ControlError
from app.core.i18n import fill, translate
from app.core.paths import IS_POSIX

HAS_UNIX_SOCKETS = hasattr(socket, "AF_UNIX")
_SUN_PATH_MAX = 100  # sockaddr_un.sun_path is 104-108 bytes; keep a margin
_TCP_PREFIX = "tcp 127.0.0.1 "


class NotRunning(ControlError):
    """No instance answers on this profile's control socket."""

    def __init__(self) -> None:
        super().__init__("Airlock is not running.", "Start it with `airlock` (or `airlock record --headless`).")


def check_private_dir(directory: Path) -> None:
    """Refuse a run dir that someone else owns or can enter (the socket's first gate)."""
    if not IS_POSIX:
        return
    info = os.lstat(directory)
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        raise ControlError(fill(translate("Errors", "%1 is not a private directory of yours; the control channel "
                                                    "will not use it."), directory),
                           translate("Errors", "It must be owned by you with mode 0700."))


def _unix_address(path: Path) -> tuple[str, int | None]:
    """An address for `path` that fits sun_path: the path itself, or (Linux) the same file reached
    through /proc/self/fd/<dir fd> when the path is too long. Returns (address, fd to close)."""
    if len(os.fsencode(path)) <= _SUN_PATH_MAX:
        return str(path), None
    if sys.platform.startswith("linux"):
        fd = os.open(path.parent, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        return f"/proc/self/fd/{fd}/{path.name}", fd
    raise ControlError(fill(translate("Errors", "The control socket path is too long for this system: %1"), path),
                       translate("Errors", "Use a shorter data directory (--data-dir)."))


def listen(path: Path, backlog: int = 32) -> socket.socket:
    """A listening socket at `path` (a stale socket file there is replaced)."""
    check_private_dir(path.parent)
    if not HAS_UNIX_SOCKETS:
        return _listen_tcp(path, backlog)
    if path.is_symlink() or (path.exists() and not stat.S_ISSOCK(os.lstat(path).st_mode)):
        raise ControlError(fill(translate("Errors", "%1 exists and is not Airlock's socket; not replacing it."), path),
                           translate("Errors", "Remove it and start again."))
    path.unlink(missing_ok=True)  # stale from a crash; the instance lock says nobody else serves
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    address, dir_fd = _unix_address(path)
    old_umask = os.umask(0o177)  # the socket file is born 0600, never briefly wider
    try:
        server.bind(address)
    except OSError as exc:
        server.close()
        raise ControlError(fill(translate("Errors", "Could not open the control channel (%1)."), exc.strerror),
                           fill(translate("Errors", "Check %1."), path.parent)) from None
    finally:
        os.umask(old_umask)
        if dir_fd is not None:
            os.close(dir_fd)
    os.chmod(path, 0o600)
    server.listen(backlog)
    server.setblocking(False)
    return server


def _listen_tcp(path: Path, backlog: int) -> socket.socket:
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(backlog)
    server.setblocking(False)
    path.write_text(f"{_TCP_PREFIX}{server.getsockname()[1]}\n", encoding="ascii")
    return server


def connect(path: Path, timeout: float) -> socket.socket:
    """A connected socket to the instance listening at `path`, or ControlError (not running)."""
    if not HAS_UNIX_SOCKETS:
        try:
            text = path.read_text(encoding="ascii")
            port = int(text.removeprefix(_TCP_PREFIX))
            return socket.create_connection(("127.0.0.1", port), timeout)
        except (OSError, ValueError):
            raise NotRunning() from None
    if not path.exists():
        raise NotRunning()
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.settimeout(timeout)
    address, dir_fd = _unix_address(path)
    try:
        client.connect(address)
    except (FileNotFoundError, ConnectionRefusedError):
        client.close()
        raise NotRunning() from None
    except BlockingIOError:  # the listen backlog is full: the instance is swamped, not gone
        client.close()
        raise ControlError(translate("Errors", "The running Airlock is busy with other control connections."),
                           translate("Errors", "Try again.")) from None
    except OSError as exc:
        client.close()
        raise ControlError(fill(translate("Errors", "Could not reach the running Airlock (%1)."), exc.strerror),
                           "") from None
    finally:
        if dir_fd is not None:
            os.close(dir_fd)
    return client


def _peer_credentials(connection: socket.socket) -> tuple[int, int] | None:
    """(pid, uid) of the process at the other end (Linux SO_PEERCRED), or None where unknown."""
    option = getattr(socket, "SO_PEERCRED", None)
    if option is None or connection.family != getattr(socket, "AF_UNIX", None):
        return None
    credentials = connection.getsockopt(socket.SOL_SOCKET, option, struct.calcsize("3i"))
    pid, uid, _gid = struct.unpack("3i", credentials)
    return pid, uid


def peer_uid(connection: socket.socket) -> int | None:
    """The uid of the process at the other end (Linux SO_PEERCRED), or None where unknown."""
    credentials = _peer_credentials(connection)
    return None if credentials is None else credentials[1]


def peer_pid(connection: socket.socket) -> int | None:
    """The pid of the process at the other end (Linux SO_PEERCRED), or None where unknown."""
    credentials = _peer_credentials(connection)
    return None if credentials is None else credentials[0]


def own_uid() -> int | None:
    return os.getuid() if IS_POSIX else None
