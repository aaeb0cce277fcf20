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

from app.core.model import MAX_FLAG_NOTE_CHARS, FlagCategory

PROTOCOL_VERSION = 1
PROTOCOL_NAME = "control"
MAX_LINE_BYTES = 65536  # a request is small; a review selection of a few thousand segment ids fits
MAX_IDS = 5000  # segment ids in one request
MAX_SPANS = 100  # time spans in one request
MAX_RECTS = 200  # redaction rectangles in one request
MAX_PIXELS = 1 << 20  # a coordinate or size of a rectangle, in frame pixels
MAX_LANGUAGE_CHARS = 35  # a BCP 47 tag
NONCE_BYTES = 32
MAX_REQUEST_ID = 2**31 - 1
MAX_SPAN_SECONDS = 366 * 24 * 3600.0  # "the last N" and "pause for N" are bounded by a year
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
    # The review window's and the settings' changes, from another process (app/control/remote.py).
    PREVIEW = "preview"
    DELETE = "delete"
    FLAG = "flag"
    UNFLAG = "unflag"
    APPROVE = "approve"
    REDACT_FRAME = "redact_frame"
    MASK_TEXT = "mask_text"
    CONSENT = "consent"
    PERSONAL_SETTINGS = "personal_settings"
    ACCEPT_SUGGESTED_REDACTION = "accept_suggested_redaction"
    FLAG_FROM_SUGGESTION = "flag_from_suggestion"
    DISMISS_SUGGESTION = "dismiss_suggestion"


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
    category, note = _category_and_note(args, request_id)
    return {"seconds": _span(args, request_id), "category": category, "note": note}


def _category_and_note(args: dict[str, Any], request_id: int | None) -> tuple[FlagCategory, str]:
    category = args["category"]
    if not isinstance(category, str) or category not in {c.value for c in FlagCategory}:
        choices = ", ".join(c.value for c in FlagCategory)
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"category must be one of: {choices}", request_id)
    note = args.get("note", "")
    if not isinstance(note, str) or len(note) > MAX_FLAG_NOTE_CHARS or not _encodable(note):
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"note must be text of at most {MAX_FLAG_NOTE_CHARS} characters", request_id)
    return FlagCategory(category), note


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


def _integer(value: Any, what: str, low: int, high: int, request_id: int | None) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"{what} must be an integer from {low} to {high}", request_id)
    return value


def _list(value: Any, what: str, most: int, request_id: int | None) -> list:
    if not isinstance(value, list) or len(value) > most:
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"{what} must be a list of at most {most}", request_id)
    return value


def _selection(args: dict[str, Any], request_id: int | None, required: set[str] = frozenset(),
               optional: set[str] = frozenset()) -> dict[str, Any]:
    """Segments and spans: {"segments": [ids], "spans": [[start, end], ...]} (both optional)."""
    _only_fields(args, set(required), {"segments", "spans", *optional}, "arguments", request_id)
    ids = [_integer(i, "a segment id", 1, 2**63 - 1, request_id)
           for i in _list(args.get("segments", []), "segments", MAX_IDS, request_id)]
    spans = []
    for span in _list(args.get("spans", []), "spans", MAX_SPANS, request_id):
        if not isinstance(span, list) or len(span) != 2:
            raise ProtocolError(ErrorCode.BAD_REQUEST, "a span is [start, end]", request_id)
        start = _number({"start": span[0]}, "start", EARLIEST_TIME, LATEST_TIME, request_id)
        end = _number({"end": span[1]}, "end", EARLIEST_TIME, LATEST_TIME, request_id)
        if end < start:
            raise ProtocolError(ErrorCode.BAD_REQUEST, "a span ends before it starts", request_id)
        spans.append((start, end))
    return {"segment_ids": ids, "spans": spans}


def _selection_args(args: dict[str, Any], request_id: int | None) -> dict[str, Any]:
    return _selection(args, request_id)


def _flag_selection_args(args: dict[str, Any], request_id: int | None) -> dict[str, Any]:
    chosen = _selection(args, request_id, {"category"}, {"note"})
    category, note = _category_and_note(args, request_id)
    return {**chosen, "category": category, "note": note}


def _redact_args(args: dict[str, Any], request_id: int | None) -> dict[str, Any]:
    _only_fields(args, {"frame", "rects"}, set(), "arguments", request_id)
    return {"frame_id": _integer(args["frame"], "frame", 1, 2**63 - 1, request_id),
            "rects": _rects(args["rects"], request_id)}


def _rects(value: Any, request_id: int | None) -> list[tuple[int, ...]]:
    rects = []
    for rect in _list(value, "rects", MAX_RECTS, request_id):
        if not isinstance(rect, list) or len(rect) != 4:
            raise ProtocolError(ErrorCode.BAD_REQUEST, "a rectangle is [x, y, width, height]", request_id)
        rects.append(tuple(_integer(v, "a rectangle value", -MAX_PIXELS, MAX_PIXELS, request_id) for v in rect))
    return rects


def _mask_args(args: dict[str, Any], request_id: int | None) -> dict[str, Any]:
    _only_fields(args, {"segment", "start", "end"}, set(), "arguments", request_id)
    return {"segment_id": _integer(args["segment"], "segment", 1, 2**63 - 1, request_id),
            "start": _integer(args["start"], "start", 0, 2**31, request_id),
            "end": _integer(args["end"], "end", 0, 2**31, request_id)}


def _suggestion_args(args: dict[str, Any], request_id: int | None) -> dict[str, Any]:
    _only_fields(args, {"suggestion"}, set(), "arguments", request_id)
    return {"suggestion_id": _integer(args["suggestion"], "suggestion", 1, 2**63 - 1, request_id)}


def _accept_redaction_args(args: dict[str, Any], request_id: int | None) -> dict[str, Any]:
    """The suggestion, and optionally its boxes as the employee adjusted them."""
    _only_fields(args, {"suggestion"}, {"rects"}, "arguments", request_id)
    parsed: dict[str, Any] = {"suggestion_id": _integer(args["suggestion"], "suggestion", 1, 2**63 - 1, request_id)}
    if "rects" in args:
        parsed["rects"] = _rects(args["rects"], request_id)
        if not parsed["rects"]:
            raise ProtocolError(ErrorCode.BAD_REQUEST, "rects, when given, holds at least one rectangle", request_id)
    return parsed


def _consent_args(args: dict[str, Any], request_id: int | None) -> dict[str, Any]:
    _only_fields(args, {"accepted", "policy_hash"}, {"language"}, "arguments", request_id)
    if not isinstance(args["accepted"], bool):
        raise ProtocolError(ErrorCode.BAD_REQUEST, "accepted must be true or false", request_id)
    digest = args["policy_hash"]
    if not isinstance(digest, str) or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise ProtocolError(ErrorCode.BAD_REQUEST, "policy_hash must be 64 hex digits", request_id)
    language = args.get("language", "")
    if not isinstance(language, str) or len(language) > MAX_LANGUAGE_CHARS or not _encodable(language):
        raise ProtocolError(ErrorCode.BAD_REQUEST, "language must be a short language tag", request_id)
    return {"accepted": args["accepted"], "policy_hash": digest, "language": language}


def _personal_args(args: dict[str, Any], request_id: int | None) -> dict[str, Any]:
    _only_fields(args, {"personal"}, set(), "arguments", request_id)
    if not isinstance(args["personal"], dict):
        raise ProtocolError(ErrorCode.BAD_REQUEST, "personal must be an object", request_id)
    return {"personal": args["personal"]}  # checked strictly by the policy layer when applied


_ARG_PARSERS = {
    Command.STATUS: _no_args,
    Command.PAUSE: _pause_args,
    Command.RESUME: _no_args,
    Command.PREVIEW_LAST: _span_args,
    Command.DELETE_LAST: _span_args,
    Command.FLAG_LAST: _flag_args,
    Command.SHOW: _no_args,
    Command.PREVIEW: _selection_args,
    Command.DELETE: _selection_args,
    Command.FLAG: _flag_selection_args,
    Command.UNFLAG: _selection_args,
    Command.APPROVE: _selection_args,
    Command.REDACT_FRAME: _redact_args,
    Command.MASK_TEXT: _mask_args,
    Command.CONSENT: _consent_args,
    Command.PERSONAL_SETTINGS: _personal_args,
    Command.ACCEPT_SUGGESTED_REDACTION: _accept_redaction_args,
    Command.FLAG_FROM_SUGGESTION: _suggestion_args,
    Command.DISMISS_SUGGESTION: _suggestion_args,
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
