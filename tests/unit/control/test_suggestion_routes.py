"""Answering a suggestion from another process (the CLI, a second review window): the control
channel carries it to the running instance's Operations, which change its vault."""

from __future__ import annotations

import pytest

from app.control.operations import Operations
from app.control.remote import RemoteOperations
from app.control.server import ControlServer
from app.core.errors import KnownError
from app.core.screen_text import MatchedWord
from app.policy.rules.pause import PauseState
from app.vault import queries, screen_store
from app.vault.database import transaction
from app.vault.operations.store import VaultOperations, run_now
from tests.helpers.clock import FakeClock
from tests.unit.vault.test_redaction import add_frame, encoded, max_channel, noisy_image, stored_pixels


def _suggest(conn, segment_id, frame_id, category) -> int:
    with transaction(conn):
        return screen_store.add_suggestion(conn, segment_id, frame_id, category, f"'{category}' on screen",
                                           [MatchedWord("word", (16, 16, 40, 16))], now=1.0)


@pytest.fixture
def remote(data_dir, vault_conn):
    operations = Operations(PauseState(), FakeClock(500.0), VaultOperations(run_now(vault_conn)))
    server = ControlServer(data_dir, operations)
    server.start()
    client = RemoteOperations(data_dir)
    yield client
    client.close()
    server.stop()


def test_redact_flag_and_dismiss_reach_the_running_instance(remote, vault_conn):
    segment_id, frame_id = add_frame(vault_conn, encoded(noisy_image(), "JPEG"), "image/jpeg")
    redact, flag, dismiss = (_suggest(vault_conn, segment_id, frame_id, c) for c in ("health", "finance", "hr"))
    change = remote.accept_suggested_redaction(redact).result(30)
    assert change.frame_id == frame_id and change.extra["decision"] == "redacted"
    assert max_channel(stored_pixels(vault_conn, frame_id), (16, 16, 56, 32)) == 0
    assert remote.flag_from_suggestion(flag).result(30).extra["decision"] == "flagged"
    assert remote.dismiss_suggestion(dismiss).result(30).extra["decision"] == "dismissed"
    states = {s.id: s.state for s in queries.suggestions(vault_conn, ())}
    assert states == {redact: "redacted", flag: "flagged", dismiss: "dismissed"}
    with pytest.raises(KnownError, match="already answered"):
        remote.dismiss_suggestion(redact).result(30)
