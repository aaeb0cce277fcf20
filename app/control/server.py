"""The control server: a local, user-only, authenticated channel into the running instance.

One thread sleeps in a selector on the listening socket, the open connections and a wake-up
socket (no polling). Each connection must come from our own uid (SO_PEERCRED on Linux), answer the HMAC
challenge within a second, and then speak protocol.py's JSON lines. Anything malformed gets an
error reply, never a crash; a bug in a handler is logged (without content) and answered INTERNAL.

Connections that have not authenticated cannot crowd out a client that will: one process (the
peer's pid, where the OS says) may hold only a few of them, and when every slot is taken the
oldest unauthenticated connection makes room for the new one (told "busy", so a client retries).
Only authenticated connections can fill the table, and they are the user's own.
The desktop app and `airlock record --headless` both run one: `ControlServer(paths, operations)`.
"""

from __future__ import annotations

import logging
import os
import selectors
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.control import auth, protocol, transport
from app.control.dispatch import dispatch
from app.control.operations import Operations
from app.control.protocol import ErrorCode, ProtocolError
from app.core.errors import KnownError
from app.core.log_guard import safe
from app.core.paths import Paths

log = logging.getLogger("airlock.control")

MAX_CONNECTIONS = 16
MAX_UNAUTHENTICATED_PER_PEER = 4
AUTH_TIMEOUT_S = 1.0  # a real client answers the challenge in milliseconds
IDLE_TIMEOUT_S = 120.0
MAX_PENDING_OUTPUT = 256 * 1024  # a client that sends but never reads is cut off
_RECV_BYTES = 4096


@dataclass
class _Connection:
    sock: socket.socket
    fd: int
    challenge: bytes
    deadline: float
    peer: int | None = None  # the process at the other end, where the OS says
    opened: float = 0.0
    inbox: bytearray = field(default_factory=bytearray)
    outbox: bytearray = field(default_factory=bytearray)
    authenticated: bool = False
    closing: bool = False  # close once the outbox is sent


class ControlServer:
    """Serves `operations` at `paths.control_socket` until `stop()`.

    `peer_uid` and `own_uid` are injectable so the foreign-uid refusal is testable without a
    second user; `monotonic` likewise for the timeouts.
    """

    def __init__(self, paths: Paths, operations: Operations, *,
                 peer_uid: Callable[[socket.socket], int | None] = transport.peer_uid,
                 peer_pid: Callable[[socket.socket], int | None] = transport.peer_pid,
                 own_uid: int | None = None,
                 monotonic: Callable[[], float] = time.monotonic,
                 auth_timeout: float = AUTH_TIMEOUT_S, idle_timeout: float = IDLE_TIMEOUT_S) -> None:
        self._paths = paths
        self._operations = operations
        self._peer_uid = peer_uid
        self._peer_pid = peer_pid
        self._own_uid = transport.own_uid() if own_uid is None else own_uid
        self._monotonic = monotonic
        self._auth_timeout = auth_timeout
        self._idle_timeout = idle_timeout
        self._token = b""
        self._listener: socket.socket | None = None
        self._selector: selectors.BaseSelector | None = None
        self._wake_read: socket.socket | None = None  # a socket pair, not a pipe: Windows selects sockets only
        self._wake_write: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._connections: dict[int, _Connection] = {}
        self._stopping = False
        self.requests_served = 0

    @property
    def socket_path(self) -> Path:
        return self._paths.control_socket

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Write a fresh token, bind the socket and start serving. ControlError if it cannot."""
        self._paths.ensure()
        self._token = auth.write_new_token(self._paths.control_token)
        self._listener = transport.listen(self._paths.control_socket)
        self._selector = selectors.DefaultSelector()
        self._wake_read, self._wake_write = socket.socketpair()
        self._wake_read.setblocking(False)
        self._selector.register(self._listener, selectors.EVENT_READ, "listener")
        self._selector.register(self._wake_read, selectors.EVENT_READ, "wake")
        self._stopping = False
        self._thread = threading.Thread(target=self._serve, name="airlock-control", daemon=True)
        self._thread.start()
        log.info("control channel listening at %s", safe(str(self._paths.control_socket)))

    def stop(self, timeout: float = 5.0) -> None:
        """Stop serving, close every connection, remove the socket and token files."""
        if self._thread is None:
            return
        self._stopping = True
        self._wake_write.send(b"x")
        self._thread.join(timeout)
        self._thread = None
        for connection in list(self._connections.values()):
            self._close(connection)
        if self._selector is not None:
            self._selector.close()
        if self._listener is not None:
            self._listener.close()
        for end in (self._wake_read, self._wake_write):
            end.close()
        for path in (self._paths.control_socket, self._paths.control_token):
            path.unlink(missing_ok=True)

    # -- the server thread ----------------------------------------------------------------------

    def _serve(self) -> None:
        assert self._selector is not None
        while not self._stopping:
            timeout = self._next_timeout()
            for key, events in self._selector.select(timeout):
                if key.data == "wake":
                    return
                if key.data == "listener":
                    self._accept()
                    continue
                connection = key.data
                if not self._alive(connection):
                    continue  # closed earlier in this round (its fd may already be reused)
                try:
                    if events & selectors.EVENT_READ:
                        self._read(connection)
                    if events & selectors.EVENT_WRITE and self._alive(connection):
                        self._flush(connection)
                except OSError:
                    self._close(connection)
            self._expire()

    def _next_timeout(self) -> float | None:
        if not self._connections:
            return None
        nearest = min(c.deadline for c in self._connections.values())
        return max(0.0, nearest - self._monotonic())

    def _expire(self) -> None:
        now = self._monotonic()
        for connection in [c for c in self._connections.values() if c.deadline <= now]:
            if not connection.authenticated and not connection.closing:
                self._refuse(connection, ErrorCode.AUTH_FAILED, "authentication timed out")
                connection.deadline = now + 1.0  # a short grace to deliver the refusal
            else:
                self._close(connection)

    def _accept(self) -> None:
        assert self._listener is not None and self._selector is not None
        try:
            sock, _ = self._listener.accept()
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            log.warning("control channel: accept failed (%s)", safe(type(exc).__name__))
            return
        sock.setblocking(False)
        now = self._monotonic()
        connection = _Connection(sock, sock.fileno(), auth.new_nonce(), now + self._auth_timeout,
                                 peer=self._safe_peer_pid(sock), opened=now)
        self._connections[connection.fd] = connection
        self._selector.register(sock, selectors.EVENT_READ, connection)
        uid = self._safe_peer_uid(sock)
        if uid is not None and self._own_uid is not None and uid != self._own_uid:
            log.warning("control channel: refused a connection from another user (uid %d)", uid)
            self._refuse(connection, ErrorCode.AUTH_FAILED, "connections from other users are refused")
        elif connection.peer is not None and len(self._waiting(connection.peer)) > MAX_UNAUTHENTICATED_PER_PEER:
            self._refuse(connection, ErrorCode.BUSY, "too many unauthenticated connections from this process")
        elif len(self._connections) > MAX_CONNECTIONS and not self._make_room(connection):
            self._refuse(connection, ErrorCode.BUSY, "too many control connections; try again")
        else:
            self._send(connection, protocol.server_hello(connection.challenge))

    def _waiting(self, peer: int | None = None) -> list[_Connection]:
        """Connections still to authenticate (of `peer`, if given), oldest first."""
        waiting = [c for c in self._connections.values() if not c.authenticated and not c.closing
                   and (peer is None or c.peer == peer)]
        return sorted(waiting, key=lambda c: c.opened)

    def _make_room(self, newcomer: _Connection) -> bool:
        """Close the oldest unauthenticated connection for `newcomer`; False if all are authenticated."""
        waiting = [c for c in self._waiting() if c is not newcomer]
        if not waiting:
            return False
        crowded = max({c.peer for c in waiting}, key=lambda p: sum(1 for c in waiting if c.peer == p))
        oldest = next(c for c in waiting if c.peer == crowded)
        self._refuse(oldest, ErrorCode.BUSY, "too many control connections; try again")
        self._close(oldest)
        return True

    def _safe_peer_uid(self, sock: socket.socket) -> int | None:
        try:
            return self._peer_uid(sock)
        except OSError:
            return -1  # unknown peer on a system that should know: treat as foreign

    def _safe_peer_pid(self, sock: socket.socket) -> int | None:
        try:
            return self._peer_pid(sock)
        except OSError:
            return None

    def _read(self, connection: _Connection) -> None:
        try:
            chunk = connection.sock.recv(_RECV_BYTES)
        except (BlockingIOError, InterruptedError):
            return
        if not chunk:
            self._close(connection)
            return
        if connection.closing:
            return  # after a refusal nothing more is read
        connection.inbox += chunk
        while not connection.closing and self._alive(connection):
            newline = connection.inbox.find(b"\n")
            if newline < 0:
                if len(connection.inbox) > protocol.MAX_LINE_BYTES:
                    self._refuse(connection, ErrorCode.TOO_LARGE, f"message longer than {protocol.MAX_LINE_BYTES} bytes")
                return
            line = bytes(connection.inbox[:newline])
            del connection.inbox[:newline + 1]
            self._handle_line(connection, line.rstrip(b"\r"))

    def _handle_line(self, connection: _Connection, line: bytes) -> None:
        if not connection.authenticated:
            self._authenticate(connection, line)
            return
        connection.deadline = self._monotonic() + self._idle_timeout
        try:
            request = protocol.parse_request(line)
        except ProtocolError as error:
            connection.closing = error.code is ErrorCode.TOO_LARGE
            self._send(connection, protocol.error_reply(error.request_id, error.code, error.message))
            return
        self._send(connection, self._answer(request))

    def _answer(self, request: protocol.Request) -> dict:
        try:
            result = dispatch(self._operations, request)
        except KnownError as error:
            return protocol.error_reply(request.id, ErrorCode.FAILED, error.message, error.hint)
        except Exception as exc:
            log.error("control command %s failed: %s", safe(request.command.value), safe(type(exc).__name__),
                      exc_info=True)
            return protocol.error_reply(request.id, ErrorCode.INTERNAL, "the command failed unexpectedly; see the log")
        self.requests_served += 1
        return protocol.ok_reply(request.id, result)

    def _authenticate(self, connection: _Connection, line: bytes) -> None:
        try:
            mac, client_nonce = protocol.parse_auth(line)
        except ProtocolError as error:
            self._refuse(connection, ErrorCode.AUTH_FAILED, f"authentication expected ({error.message})")
            return
        expected = auth.client_proof(self._token, connection.challenge, client_nonce)
        if not auth.proofs_match(expected, mac):
            log.warning("control channel: a client failed authentication")
            self._refuse(connection, ErrorCode.AUTH_FAILED, "wrong control token")
            return
        connection.authenticated = True
        connection.deadline = self._monotonic() + self._idle_timeout
        proof = auth.server_proof(self._token, connection.challenge, client_nonce)
        self._send(connection, protocol.auth_ok(proof, os.getpid()))

    def _refuse(self, connection: _Connection, code: ErrorCode, message: str) -> None:
        connection.closing = True  # before sending: the flush closes once the refusal is out
        self._send(connection, protocol.error_reply(None, code, message))

    def _send(self, connection: _Connection, message: dict) -> None:
        connection.outbox += protocol.encode(message)
        if len(connection.outbox) > MAX_PENDING_OUTPUT:
            self._close(connection)
            return
        self._flush(connection)

    def _flush(self, connection: _Connection) -> None:
        assert self._selector is not None
        if not self._alive(connection):
            return
        try:
            while connection.outbox:
                sent = connection.sock.send(connection.outbox)
                del connection.outbox[:sent]
        except (BlockingIOError, InterruptedError):
            pass
        except OSError:
            self._close(connection)
            return
        if not connection.outbox and connection.closing:
            self._close(connection)
            return
        wanted = selectors.EVENT_READ | (selectors.EVENT_WRITE if connection.outbox else 0)
        self._selector.modify(connection.sock, wanted, connection)

    def _alive(self, connection: _Connection) -> bool:
        return self._connections.get(connection.fd) is connection

    def _close(self, connection: _Connection) -> None:
        if not self._alive(connection):
            return  # already closed (and its fd number may belong to a newer connection)
        del self._connections[connection.fd]
        if self._selector is not None:
            try:
                self._selector.unregister(connection.fd)
            except (KeyError, ValueError):
                pass
        connection.sock.close()
