"""The control channel's wire format: one JSON object per line, validated strictly.

Every message from a client is parsed by this module before anything acts on it. A message that is
not valid UTF-8 JSON, too long, has unknown or missing fields, wrong types, out-of-range numbers or
an unknown command is refused with a `ProtocolError` (turned into an error reply by the server),
never a crash. Nothing here does I/O.

    server -> {"airlock": "control", "version": 1, "challenge": "<hex>"}
    client -> {"auth": "<hex hmac>", "nonce": "<hex>"}
    server -> {"ok": true, "proof": "<hex hmac>", "pid": 123}      (or an error reply, then close)
    client -> {"id": 1, "command": "pause", "args": {"seconds": 1800}}
    server -> {"id": 1, "ok": true, "result": {...}}  |  {"id": 1, "ok": false, "error": {...}}
"""

from __future__ import annotations

import enum
import json
import math
from dataclasses import dataclass, field
from typing import Any

from app.core.model import FlagCategory

PROTOCOL_VERSION = 1
PROTOCOL_NAME = "control"
MAX_LINE_BYTES = 8192  # a request is a few dozen bytes; anything near this is not ours
NONCE_BYTES = 32
MAX_REQUEST_ID = 2**31 - 1
MAX_SPAN_SECONDS = 366 * 24 * 3600.0  # "the last N" and "pause for N" are bounded by a year
MAX_NOTE_CHARS = 1000
EARLIEST_TIME = 0.0
LATEST_TIME = 32503680000.0  # year 3000: a bound, so a huge float never reaches datetime


class ErrorCode(str, enum.Enum):
    """Why a request was refused (stable strings: clients and tests match on them)."""

    BAD_REQUEST = "bad-request"  # malformed JSON, wrong fields or types
    TOO_LARGE = "too-large"  # a line longer than MAX_LINE_BYTES
    UNKNOWN_COMMAND = "unknown-command"
    AUTH_FAILED = "auth-failed"
    BUSY = "busy"  # too many connections
    FAILED = "failed"  # the controller refused with a known error (message and hint say why)
    INTERNAL = "internal"  # a bug on the server side; logged there, the server keeps running


_CODES = {code.value for code in ErrorCode}


class Command(str, enum.Enum):
    STATUS = "status"
    PAUSE = "pause"
    RESUME = "resume"
    PREVIEW_LAST = "preview_last"
    DELETE_LAST = "delete_last"
    FLAG_LAST = "flag_last"
    SHOW = "show"


class ProtocolError(Exception):
    """A message that breaks the protocol. `request_id` is echoed in the reply when known."""

    def __init__(self, code: ErrorCode, message: str, request_id: int | None = None, hint: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.request_id = request_id
        self.hint = hint


@dataclass(frozen=True)
class Request:
    """A validated request: `args` holds only the fields its command defines, already typed."""

    command: Command
    args: dict[str, Any] = field(default_factory=dict)
    id: int | None = None


# -- encoding ---------------------------------------------------------------------------------------

def encode(message: dict[str, Any]) -> bytes:
    """One line of compact JSON (no NaN/Infinity: they are not JSON)."""
    return json.dumps(message, separators=(",", ":"), allow_nan=False).encode("utf-8") + b"\n"


def ok_reply(request_id: int | None, result: dict[str, Any]) -> dict[str, Any]:
    return {"id": request_id, "ok": True, "result": result}


def error_reply(request_id: int | None, code: ErrorCode, message: str, hint: str = "") -> dict[str, Any]:
    return {"id": request_id, "ok": False, "error": {"code": code.value, "message": message, "hint": hint}}


def server_hello(challenge: bytes) -> dict[str, Any]:
    return {"airlock": PROTOCOL_NAME, "version": PROTOCOL_VERSION, "challenge": challenge.hex()}


def client_auth(mac: bytes, nonce: bytes) -> dict[str, Any]:
    return {"auth": mac.hex(), "nonce": nonce.hex()}


def auth_ok(proof: bytes, pid: int) -> dict[str, Any]:
    return {"ok": True, "proof": proof.hex(), "pid": pid}


def request_message(command: Command, args: dict[str, Any], request_id: int) -> dict[str, Any]:
    return {"id": request_id, "command": command.value, "args": args}


# -- decoding ---------------------------------------------------------------------------------------

def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate field {key!r}")
        result[key] = value
    return result


def decode_object(line: bytes) -> dict[str, Any]:
    """Parse one line into a JSON object, or raise ProtocolError (never anything else)."""
    if len(line) > MAX_LINE_BYTES:
        raise ProtocolError(ErrorCode.TOO_LARGE, f"message longer than {MAX_LINE_BYTES} bytes")
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "message is not UTF-8") from None
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_reject_constant)
    except (ValueError, RecursionError):  # JSONDecodeError is a ValueError; deep nesting recurses
        raise ProtocolError(ErrorCode.BAD_REQUEST, "message is not valid JSON") from None
    if not isinstance(value, dict):
        raise ProtocolError(ErrorCode.BAD_REQUEST, "message must be a JSON object")
    return value


def _only_fields(message: dict[str, Any], required: set[str], optional: set[str], what: str,
                 request_id: int | None = None) -> None:
    unknown = set(message) - required - optional
    if unknown:
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"unknown field in {what}: {sorted(unknown)[0]!r}", request_id)
    missing = required - set(message)
    if missing:
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"missing field in {what}: {sorted(missing)[0]!r}", request_id)


def _hex(value: Any, what: str, length: int) -> bytes:
    if not isinstance(value, str) or len(value) != 2 * length:
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"{what} must be {2 * length} hex digits")
    try:
        return bytes.fromhex(value)
    except ValueError:
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"{what} must be {2 * length} hex digits") from None


def parse_hello(line: bytes) -> bytes:
    """The server's challenge, checked for our protocol name and version."""
    message = decode_object(line)
    _only_fields(message, {"airlock", "version", "challenge"}, set(), "hello")
    if message["airlock"] != PROTOCOL_NAME:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "not an Airlock control channel")
    if message["version"] != PROTOCOL_VERSION or isinstance(message["version"], bool):
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"control protocol version {message['version']!r} is not supported")
    return _hex(message["challenge"], "challenge", NONCE_BYTES)


def parse_auth(line: bytes) -> tuple[bytes, bytes]:
    """(mac, client nonce) from the client's answer to the challenge."""
    message = decode_object(line)
    _only_fields(message, {"auth", "nonce"}, set(), "authentication")
    return _hex(message["auth"], "auth", 32), _hex(message["nonce"], "nonce", NONCE_BYTES)


def parse_auth_reply(line: bytes) -> tuple[bytes, int]:
    """(server proof, server pid) from the server's answer; a refusal raises ProtocolError."""
    message = decode_object(line)
    if message.get("ok") is False:
        code, text, hint = parse_error(message)
        raise ProtocolError(ErrorCode(code) if code in _CODES else ErrorCode.AUTH_FAILED, text, None, hint)
    _only_fields(message, {"ok", "proof", "pid"}, set(), "authentication reply")
    pid = message["pid"]
    if message["ok"] is not True or isinstance(pid, bool) or not isinstance(pid, int) or pid <= 0:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "malformed authentication reply")
    return _hex(message["proof"], "proof", 32), pid


def parse_error(message: dict[str, Any]) -> tuple[str, str, str]:
    """(code, message, hint) of an error reply, defensively (a client must not crash on it)."""
    error = message.get("error")
    if not isinstance(error, dict):
        return ErrorCode.INTERNAL.value, "the server sent a malformed error", ""
    code, text, hint = error.get("code"), error.get("message"), error.get("hint", "")
    return (code if isinstance(code, str) else ErrorCode.INTERNAL.value,
            text if isinstance(text, str) else "the server refused",
            hint if isinstance(hint, str) else "")


def _request_id(message: dict[str, Any]) -> int | None:
    value = message.get("id")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_REQUEST_ID:
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"id must be an integer from 0 to {MAX_REQUEST_ID}")
    return value


def _number(args: dict[str, Any], name: str, low: float, high: float, request_id: int | None) -> float:
    value = args[name]
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"{name} must be a number", request_id)
    number = float(value) if abs(value) < 1e300 else math.inf
    if not (math.isfinite(number) and low < number <= high):
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"{name} must be more than {low:g} and at most {high:g}", request_id)
    return number


def _span(args: dict[str, Any], request_id: int | None) -> float:
    return _number(args, "seconds", 0.0, MAX_SPAN_SECONDS, request_id)


def _pause_args(args: dict[str, Any], request_id: int | None) -> dict[str, Any]:
    _only_fields(args, set(), {"seconds", "until"}, "pause arguments", request_id)
    if "seconds" in args and "until" in args:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "give seconds or until, not both", request_id)
    if "seconds" in args:
        return {"seconds": _span(args, request_id)}
    if args.get("until") is not None:
        return {"until": _number(args, "until", EARLIEST_TIME, LATEST_TIME, request_id)}
    return {"until": None}  # until the employee resumes


def _flag_args(args: dict[str, Any], request_id: int | None) -> dict[str, Any]:
    _only_fields(args, {"seconds", "category"}, {"note"}, "flag arguments", request_id)
    category = args["category"]
    if not isinstance(category, str) or category not in {c.value for c in FlagCategory}:
        choices = ", ".join(c.value for c in FlagCategory)
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"category must be one of: {choices}", request_id)
    note = args.get("note", "")
    if not isinstance(note, str) or len(note) > MAX_NOTE_CHARS or not _encodable(note):
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"note must be text of at most {MAX_NOTE_CHARS} characters", request_id)
    return {"seconds": _span(args, request_id), "category": FlagCategory(category), "note": note}


def _encodable(text: str) -> bool:
    """JSON admits lone surrogates ("\\ud800"); the vault cannot store them."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _span_args(args: dict[str, Any], request_id: int | None) -> dict[str, Any]:
    _only_fields(args, {"seconds"}, set(), "arguments", request_id)
    return {"seconds": _span(args, request_id)}


def _no_args(args: dict[str, Any], request_id: int | None) -> dict[str, Any]:
    _only_fields(args, set(), set(), "arguments", request_id)
    return {}


_ARG_PARSERS = {
    Command.STATUS: _no_args,
    Command.PAUSE: _pause_args,
    Command.RESUME: _no_args,
    Command.PREVIEW_LAST: _span_args,
    Command.DELETE_LAST: _span_args,
    Command.FLAG_LAST: _flag_args,
    Command.SHOW: _no_args,
}


def parse_request(line: bytes) -> Request:
    """A validated Request from one line, or ProtocolError saying exactly what is wrong."""
    message = decode_object(line)
    request_id = _request_id(message)
    _only_fields(message, {"command"}, {"id", "args"}, "request", request_id)
    name = message["command"]
    if not isinstance(name, str):
        raise ProtocolError(ErrorCode.BAD_REQUEST, "command must be a string", request_id)
    try:
        command = Command(name)
    except ValueError:
        raise ProtocolError(ErrorCode.UNKNOWN_COMMAND, f"unknown command {name[:40]!r}", request_id) from None
    args = message.get("args", {})
    if not isinstance(args, dict):
        raise ProtocolError(ErrorCode.BAD_REQUEST, "args must be an object", request_id)
    return Request(command, _ARG_PARSERS[command](args, request_id), request_id)


def parse_reply(line: bytes, expected_id: int) -> dict[str, Any]:
    """The result of a reply to request `expected_id`; an error reply raises ProtocolError with
    its code (FAILED keeps the server's message; the hint is on `.hint`)."""
    message = decode_object(line)
    if message.get("id") != expected_id and message.get("id") is not None:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "reply to another request")
    if message.get("ok") is True and isinstance(message.get("result"), dict):
        return message["result"]
    code, text, hint = parse_error(message)
    raise ProtocolError(ErrorCode(code) if code in _CODES else ErrorCode.INTERNAL, text, expected_id, hint)
