"""Accepting a suggested redaction with the boxes as the employee adjusted them: the request parses,
and over the real control channel (`airlock review` beside a running app) the adjusted rectangles,
not the suggested ones, are what the stored screenshot loses."""

from __future__ import annotations

import json

import pytest

from app.control import protocol
from app.control.operations import Operations
from app.control.protocol import Command, ErrorCode, ProtocolError, parse_request
from app.control.remote import RemoteOperations
from app.control.server import ControlServer
from app.policy.rules.pause import PauseState
from app.vault.operations.store import VaultOperations
from tests.helpers.clock import FakeClock
from tests.unit.vault.test_redaction import add_frame, encoded, max_channel, noisy_image, stored_pixels
from tests.unit.vault.test_suggestions import read_frame, suggest


def line(obj) -> bytes:
    return json.dumps(obj).encode()


def test_the_boxes_are_optional_and_checked():
    plain = parse_request(line({"command": "accept_suggested_redaction", "args": {"suggestion": 4}}))
    assert plain.command is Command.ACCEPT_SUGGESTED_REDACTION and plain.args == {"suggestion_id": 4}
    adjusted = parse_request(line({"command": "accept_suggested_redaction",
                                   "args": {"suggestion": 4, "rects": [[1, 2, 30, 40]]}}))
    assert adjusted.args == {"suggestion_id": 4, "rects": [(1, 2, 30, 40)]}
    for bad in ([], [[1, 2, 3]], [["1", 2, 3, 4]], "all", [[0, 0, 1, 1]] * (protocol.MAX_RECTS + 1)):
        with pytest.raises(ProtocolError) as refused:
            parse_request(line({"command": "accept_suggested_redaction", "args": {"suggestion": 4, "rects": bad}}))
        assert refused.value.code is ErrorCode.BAD_REQUEST


def test_adjusted_boxes_travel_the_control_channel(data_dir, vault_handle):
    conn = vault_handle.connect()
    segment_id, frame_id = add_frame(conn, encoded(noisy_image(), "JPEG"), "image/jpeg")
    read_frame(conn, frame_id)
    sid = suggest(conn, segment_id, frame_id)  # boxes "diagnosis" (40, 60, 80, 14) and "Patient" (40, 20, 60, 14)
    operations = Operations(PauseState(), FakeClock(500.0), VaultOperations.direct(conn))
    server = ControlServer(data_dir, operations)
    server.start()
    remote = RemoteOperations(data_dir)
    try:
        change = remote.accept_suggested_redaction(sid, [(40, 56, 88, 24)]).result(30)  # "diagnosis" only, wider
    finally:
        remote.close()
        server.stop()
    assert change.frame_id == frame_id and change.extra["decision"] == "redacted"
    stored = stored_pixels(conn, frame_id)
    assert max_channel(stored, (40, 56, 128, 80)) == 0
    assert max_channel(stored, (48, 24, 96, 32)) > 0  # "Patient" was left as it was
    conn.close()
