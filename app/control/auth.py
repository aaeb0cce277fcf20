"""The control channel's shared secret and the HMAC challenge–response that proves it.

The token is a random 256-bit secret written 0600 into the private run dir when an instance starts
(a new one each start). It is not captured content: it only lets this user's own `airlock`
commands drive the running instance. Both sides prove they hold it (mutual), over fresh nonces, so
a recorded exchange cannot be replayed and nothing secret crosses the socket.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from app.control.transport import NotRunning
from app.core.errors import ControlError
from app.core.i18n import fill, translate
from app.core.paths import IS_POSIX

TOKEN_BYTES = 32
_CLIENT_LABEL = b"airlock-control-v1 client\n"
_SERVER_LABEL = b"airlock-control-v1 server\n"


def client_proof(token: bytes, challenge: bytes, client_nonce: bytes) -> bytes:
    """What the client sends: HMAC(token, label || server challenge || client nonce)."""
    return hmac.new(token, _CLIENT_LABEL + challenge + client_nonce, hashlib.sha256).digest()


def server_proof(token: bytes, challenge: bytes, client_nonce: bytes) -> bytes:
    """What the server answers with, so the client knows it reached the real instance."""
    return hmac.new(token, _SERVER_LABEL + client_nonce + challenge, hashlib.sha256).digest()


def proofs_match(expected: bytes, received: bytes) -> bool:
    return hmac.compare_digest(expected, received)


def new_nonce() -> bytes:
    return secrets.token_bytes(32)


def write_new_token(path: Path) -> bytes:
    """Create a fresh token file readable by this user only (replacing any old one atomically)."""
    token = secrets.token_bytes(TOKEN_BYTES)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        temporary.unlink(missing_ok=True)
        fd = os.open(temporary, flags, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(token.hex().encode("ascii"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ControlError(fill(translate("Errors", "Could not write the control channel's token (%1)."), exc.strerror),
                           fill(translate("Errors", "Check that %1 is writable by you."), path.parent)) from None
    return token


def read_token(path: Path) -> bytes:
    """The running instance's token. Refuses a file others could read or that is not ours."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        raise NotRunning() from None
    except OSError as exc:
        raise ControlError(fill(translate("Errors", "Could not read the control token (%1)."), exc.strerror),
                           "") from None
    with os.fdopen(fd, "rb") as handle:
        if IS_POSIX:
            info = os.fstat(handle.fileno())
            if info.st_uid != os.getuid() or info.st_mode & 0o077:
                raise ControlError(translate("Errors", "The control token is not private to you; refusing to use it."),
                                   fill(translate("Errors", "Remove %1 and restart Airlock."), path))
        text = handle.read(2 * TOKEN_BYTES + 1)
    try:
        token = bytes.fromhex(text.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        token = b""
    if len(token) != TOKEN_BYTES:
        raise ControlError(translate("Errors", "The control token is damaged."),
                           translate("Errors", "Restart Airlock to write a new one."))
    return token
