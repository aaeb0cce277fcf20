"""The control protocol refuses every malformed, oversized or unknown message with the right code."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.control import protocol
from app.control.protocol import Command, ErrorCode, ProtocolError, parse_request
from app.core.model import FlagCategory


def line(obj) -> bytes:
    return json.dumps(obj).encode()


VALID = [
    ({"command": "status"}, Command.STATUS, {}),
    ({"id": 7, "command": "status", "args": {}}, Command.STATUS, {}),
    ({"command": "pause"}, Command.PAUSE, {"until": None}),
    ({"command": "pause", "args": {"until": None}}, Command.PAUSE, {"until": None}),
    ({"command": "pause", "args": {"until": 1_800_000_000}}, Command.PAUSE, {"until": 1_800_000_000.0}),
    ({"command": "pause", "args": {"seconds": 1800}}, Command.PAUSE, {"seconds": 1800.0}),
    ({"command": "resume"}, Command.RESUME, {}),
    ({"command": "preview_last", "args": {"seconds": 300}}, Command.PREVIEW_LAST, {"seconds": 300.0}),
    ({"command": "delete_last", "args": {"seconds": 0.5}}, Command.DELETE_LAST, {"seconds": 0.5}),
    ({"command": "flag_last", "args": {"seconds": 900, "category": "health"}}, Command.FLAG_LAST,
     {"seconds": 900.0, "category": FlagCategory.HEALTH, "note": ""}),
    ({"command": "flag_last", "args": {"seconds": 900, "category": "other", "note": "doctor's letter"}},
     Command.FLAG_LAST, {"seconds": 900.0, "category": FlagCategory.OTHER, "note": "doctor's letter"}),
    ({"command": "show"}, Command.SHOW, {}),
    ({"command": "accept_suggested_redaction", "args": {"suggestion": 3}}, Command.ACCEPT_SUGGESTED_REDACTION,
     {"suggestion_id": 3}),
    ({"command": "flag_from_suggestion", "args": {"suggestion": 4}}, Command.FLAG_FROM_SUGGESTION, {"suggestion_id": 4}),
    ({"command": "dismiss_suggestion", "args": {"suggestion": 5}}, Command.DISMISS_SUGGESTION, {"suggestion_id": 5}),
]


@pytest.mark.parametrize(("message", "command", "args"), VALID)
def test_valid_requests_parse_to_typed_arguments(message, command, args):
    request = parse_request(line(message))
    assert request.command is command
    assert request.args == args
    assert request.id == message.get("id")


INVALID = [
    (b"", ErrorCode.BAD_REQUEST),
    (b"not json", ErrorCode.BAD_REQUEST),
    (b"\xff\xfe{}", ErrorCode.BAD_REQUEST),
    (b"[1, 2]", ErrorCode.BAD_REQUEST),
    (b'"status"', ErrorCode.BAD_REQUEST),
    (b"null", ErrorCode.BAD_REQUEST),
    (b"{}", ErrorCode.BAD_REQUEST),
    (b"[" * 4000 + b"]" * 4000, ErrorCode.BAD_REQUEST),  # deep nesting within the size limit
    (b'{"command": "status", "command": "resume"}', ErrorCode.BAD_REQUEST),
    (b'{"command": "pause", "args": {"seconds": NaN}}', ErrorCode.BAD_REQUEST),
    (b'{"command": "pause", "args": {"seconds": Infinity}}', ErrorCode.BAD_REQUEST),
    (b'{"command": "pause", "args": {"seconds": 1e400}}', ErrorCode.BAD_REQUEST),
    (line({"command": "status", "extra": 1}), ErrorCode.BAD_REQUEST),
    (line({"command": 5}), ErrorCode.BAD_REQUEST),
    (line({"command": "rm -rf"}), ErrorCode.UNKNOWN_COMMAND),
    (line({"command": "STATUS"}), ErrorCode.UNKNOWN_COMMAND),
    (line({"command": "status", "args": []}), ErrorCode.BAD_REQUEST),
    (line({"command": "status", "args": {"x": 1}}), ErrorCode.BAD_REQUEST),
    (line({"command": "status", "id": -1}), ErrorCode.BAD_REQUEST),
    (line({"command": "status", "id": True}), ErrorCode.BAD_REQUEST),
    (line({"command": "status", "id": 2**40}), ErrorCode.BAD_REQUEST),
    (line({"command": "status", "id": "1"}), ErrorCode.BAD_REQUEST),
    (line({"command": "pause", "args": {"seconds": 0}}), ErrorCode.BAD_REQUEST),
    (line({"command": "pause", "args": {"seconds": -5}}), ErrorCode.BAD_REQUEST),
    (line({"command": "pause", "args": {"seconds": True}}), ErrorCode.BAD_REQUEST),
    (line({"command": "pause", "args": {"seconds": "30m"}}), ErrorCode.BAD_REQUEST),
    (line({"command": "pause", "args": {"seconds": 10**40}}), ErrorCode.BAD_REQUEST),
    (line({"command": "pause", "args": {"seconds": 60, "until": 5}}), ErrorCode.BAD_REQUEST),
    (line({"command": "pause", "args": {"until": -1}}), ErrorCode.BAD_REQUEST),
    (line({"command": "pause", "args": {"until": 1e20}}), ErrorCode.BAD_REQUEST),
    (line({"command": "delete_last", "args": {}}), ErrorCode.BAD_REQUEST),
    (line({"command": "delete_last", "args": {"seconds": 400 * 86400}}), ErrorCode.BAD_REQUEST),
    (line({"command": "flag_last", "args": {"seconds": 60}}), ErrorCode.BAD_REQUEST),
    (line({"command": "flag_last", "args": {"seconds": 60, "category": "gossip"}}), ErrorCode.BAD_REQUEST),
    (line({"command": "flag_last", "args": {"seconds": 60, "category": "health", "note": 5}}), ErrorCode.BAD_REQUEST),
    (line({"command": "flag_last", "args": {"seconds": 60, "category": "health", "note": "x" * 1001}}),
     ErrorCode.BAD_REQUEST),
    (line({"command": "dismiss_suggestion", "args": {}}), ErrorCode.BAD_REQUEST),
    (line({"command": "dismiss_suggestion", "args": {"suggestion": 0}}), ErrorCode.BAD_REQUEST),
    (line({"command": "dismiss_suggestion", "args": {"suggestion": "7"}}), ErrorCode.BAD_REQUEST),
    (line({"command": "accept_suggested_redaction", "args": {"suggestion": 1, "rects": []}}), ErrorCode.BAD_REQUEST),
    (b'{"command": "status", "pad": "' + b"x" * protocol.MAX_LINE_BYTES + b'"}', ErrorCode.TOO_LARGE),
]


@pytest.mark.parametrize(("raw", "code"), INVALID)
def test_invalid_requests_are_refused_with_a_code(raw, code):
    with pytest.raises(ProtocolError) as refused:
        parse_request(raw)
    assert refused.value.code is code
    assert refused.value.message


def test_a_refusal_echoes_the_request_id_when_it_was_readable():
    with pytest.raises(ProtocolError) as refused:
        parse_request(line({"id": 42, "command": "nope"}))
    assert refused.value.request_id == 42
    reply = protocol.error_reply(refused.value.request_id, refused.value.code, refused.value.message)
    assert json.loads(protocol.encode(reply)) == {
        "id": 42, "ok": False, "error": {"code": "unknown-command", "message": "unknown command 'nope'", "hint": ""}}


@pytest.mark.parametrize("raw", [
    line({"airlock": "control", "version": 2, "challenge": "00" * 32}),
    line({"airlock": "other", "version": 1, "challenge": "00" * 32}),
    line({"airlock": "control", "version": True, "challenge": "00" * 32}),
    line({"airlock": "control", "version": 1, "challenge": "zz" * 32}),
    line({"airlock": "control", "version": 1, "challenge": "00" * 31}),
    line({"airlock": "control", "version": 1}),
])
def test_client_refuses_a_foreign_or_broken_hello(raw):
    with pytest.raises(ProtocolError):
        protocol.parse_hello(raw)


@pytest.mark.parametrize("raw", [
    line({"auth": "00" * 32}),
    line({"auth": "00" * 32, "nonce": "00" * 32, "x": 1}),
    line({"auth": 5, "nonce": "00" * 32}),
    line({"auth": "00" * 33, "nonce": "00" * 32}),
    b"{",
])
def test_server_refuses_a_malformed_authentication(raw):
    with pytest.raises(ProtocolError):
        protocol.parse_auth(raw)


def test_encoded_messages_are_single_lines_and_round_trip():
    request = protocol.request_message(Command.FLAG_LAST, {"seconds": 60, "category": "health", "note": "a\nb"}, 3)
    encoded = protocol.encode(request)
    assert encoded.count(b"\n") == 1 and encoded.endswith(b"\n")
    parsed = parse_request(encoded.rstrip(b"\n"))
    assert parsed.args["note"] == "a\nb"


def test_error_replies_become_errors_with_message_and_hint():
    reply = protocol.encode(protocol.error_reply(9, ErrorCode.FAILED, "The vault is locked.", "Unlock the keyring."))
    with pytest.raises(ProtocolError) as failed:
        protocol.parse_reply(reply.rstrip(b"\n"), 9)
    assert (failed.value.code, failed.value.message, failed.value.hint) == (
        ErrorCode.FAILED, "The vault is locked.", "Unlock the keyring.")


def test_a_note_the_vault_cannot_store_is_refused():
    with pytest.raises(ProtocolError):
        parse_request(b'{"command": "flag_last", "args": {"seconds": 60, "category": "other", "note": "\\ud800"}}')


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
                    max_leaves=12)


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_are_a_request_or_a_protocol_error(raw):
    try:
        parse_request(raw)
    except ProtocolError:
        pass


@settings(max_examples=400, deadline=None)
@given(st.sampled_from([c.value for c in Command] + ["nope"]), JSON, st.one_of(st.none(), st.integers()))
def test_any_json_request_is_validated_or_refused(command, args, request_id):
    message = {"command": command, "args": args}
    if request_id is not None:
        message["id"] = request_id
    try:
        request = parse_request(json.dumps(message, allow_nan=True).encode())
    except ProtocolError as error:
        assert error.code in ErrorCode
        return
    assert isinstance(request.args, dict)
