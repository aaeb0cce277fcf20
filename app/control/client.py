"""The client side of the control channel: what `airlock status|pause|resume|delete|flag` use.

    with ControlClient.connect(paths) as client:
        report = client.status()

`connect` proves the token (HMAC over the server's challenge) and checks the server's proof in
return. Refusals arrive as ControlError with the server's message and hint; "nobody is listening"
is `NotRunning` (re-exported here), so callers can fall back to acting on the vault directly.
"""

from __future__ import annotations

import itertools
import socket
import time
from typing import Any

from app.control import auth, protocol, transport
from app.control.interface import StatusReport
from app.control.protocol import Command, ErrorCode, ProtocolError
from app.control.transport import NotRunning
from app.core.changes import RangeCounts
from app.core.errors import ControlError
from app.core.i18n import fill, translate
from app.core.model import FlagCategory
from app.core.paths import Paths

__all__ = ["ControlClient", "NotRunning"]

CONNECT_TIMEOUT_S = 5.0
REPLY_TIMEOUT_S = 60.0  # a delete of a long span may take a while on the writer thread
BUSY_RETRY_S = 3.0  # a busy server frees a slot within its 1 s authentication timeout


class ControlClient:
    """An authenticated connection to the running instance."""

    def __init__(self, sock: socket.socket, reader: Any, server_pid: int) -> None:
        self._sock = sock
        self._reader = reader
        self._ids = itertools.count(1)
        self.server_pid = server_pid

    @classmethod
    def connect(cls, paths: Paths, timeout: float = CONNECT_TIMEOUT_S, token: bytes | None = None) -> ControlClient:
        """Connect and authenticate; NotRunning if nobody listens, ControlError if refused. A server
        that is busy (its slots taken by connections that never authenticate) is asked again for a
        few seconds: it frees a slot within a second."""
        give_up = time.monotonic() + BUSY_RETRY_S
        pause = 0.05
        while True:
            try:
                return cls._connect_once(paths, timeout, token)
            except _Busy as busy:
                if time.monotonic() + pause > give_up:
                    raise busy.error from None
                time.sleep(pause)
                pause = min(pause * 2, 0.25)

    @classmethod
    def _connect_once(cls, paths: Paths, timeout: float, token: bytes | None) -> ControlClient:
        sock = transport.connect(paths.control_socket, timeout)
        reader = sock.makefile("rb")
        try:
            secret = token if token is not None else auth.read_token(paths.control_token)
            challenge = _hello(_read_line(reader))
            nonce = auth.new_nonce()
            sock.sendall(protocol.encode(protocol.client_auth(auth.client_proof(secret, challenge, nonce), nonce)))
            proof, pid = protocol.parse_auth_reply(_read_line(reader))
            if not auth.proofs_match(auth.server_proof(secret, challenge, nonce), proof):
                raise ControlError(translate("Errors", "The control channel did not prove it is Airlock; refusing to "
                                                       "talk to it."),
                                   fill(translate("Errors", "Remove %1 and restart Airlock."), paths.control_socket))
        except ProtocolError as error:
            reader.close()
            sock.close()
            refused = ControlError(fill(translate("Errors", "The running Airlock refused the connection: %1."),
                                        error.message),
                                   error.hint or translate("Errors", "Check that it is your own Airlock "
                                                                     "(`airlock status`)."))
            if error.code is ErrorCode.BUSY:
                raise _Busy(refused) from None
            raise refused from None
        except BaseException:
            reader.close()
            sock.close()
            raise
        sock.settimeout(REPLY_TIMEOUT_S)
        return cls(sock, reader, pid)

    def close(self) -> None:
        self._reader.close()
        self._sock.close()

    def __enter__(self) -> ControlClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def call(self, command: Command, **args: Any) -> dict[str, Any]:
        """Send one request and return its result; a refusal raises ControlError."""
        request_id = next(self._ids)
        self._sock.sendall(protocol.encode(protocol.request_message(command, args, request_id)))
        try:
            return protocol.parse_reply(_read_line(self._reader), request_id)
        except ProtocolError as error:
            if error.code is ErrorCode.FAILED:
                raise ControlError(error.message, error.hint) from None
            raise ControlError(fill(translate("Errors", "The running Airlock refused the command: %1."), error.message),
                               error.hint) from None

    # -- the commands -------------------------------------------------------------------------------

    def status(self) -> StatusReport:
        return StatusReport.from_dict(self.call(Command.STATUS))

    def pause(self, *, until: float | None = None, seconds: float | None = None) -> StatusReport:
        args: dict[str, Any] = {"seconds": seconds} if seconds is not None else {"until": until}
        return StatusReport.from_dict(self.call(Command.PAUSE, **args))

    def resume(self) -> StatusReport:
        return StatusReport.from_dict(self.call(Command.RESUME))

    def preview_last(self, seconds: float) -> RangeCounts:
        return RangeCounts.from_dict(self.call(Command.PREVIEW_LAST, seconds=seconds))

    def delete_last(self, seconds: float) -> RangeCounts:
        return RangeCounts.from_dict(self.call(Command.DELETE_LAST, seconds=seconds))

    def flag_last(self, seconds: float, category: FlagCategory, note: str = "") -> int:
        return int(self.call(Command.FLAG_LAST, seconds=seconds, category=category.value, note=note)["flagged"])

    def show(self) -> bool:
        return bool(self.call(Command.SHOW)["shown"])


class _Busy(Exception):
    """The server had no free slot; `error` is what to say if it stays so."""

    def __init__(self, error: ControlError) -> None:
        super().__init__(error.message)
        self.error = error


def _hello(line: bytes) -> bytes:
    """The server's challenge; a server that refuses us outright (another user, busy) sends an
    error reply instead, whose message we pass on."""
    message = protocol.decode_object(line)
    if message.get("ok") is False:
        code, text, hint = protocol.parse_error(message)
        raise ProtocolError(ErrorCode.AUTH_FAILED if code == ErrorCode.AUTH_FAILED.value else ErrorCode.BUSY, text, None, hint)
    return protocol.parse_hello(line)


def _read_line(reader) -> bytes:
    try:
        line = reader.readline(protocol.MAX_LINE_BYTES + 1)
    except TimeoutError:
        raise ControlError(translate("Errors", "The running Airlock did not answer in time."),
                           translate("Errors", "Check it with `airlock status`.")) from None
    except OSError as exc:
        raise ControlError(fill(translate("Errors", "The connection to the running Airlock failed (%1)."),
                                exc.strerror or type(exc).__name__),
                           "") from None
    if not line:
        raise ControlError(translate("Errors", "The running Airlock closed the connection."),
                           translate("Errors", "It may be shutting down; try again."))
    if not line.endswith(b"\n"):
        raise ProtocolError(ErrorCode.TOO_LARGE, "reply too long")
    return line.rstrip(b"\r\n")
