"""The headless recorder is controlled like the desktop app: status, pause, resume over the channel."""

from __future__ import annotations

import base64
import json
import signal
import subprocess
import sys

import pytest

from app.vault import ledger
from app.vault.database import open_database
from app.vault.keystore import profile_id
from tests.e2e.harness.desktop import Desktop
from tests.e2e.harness.keyring import keyring_session
from tests.e2e.harness.waiting import wait_until
from tests.helpers.vault_text import typed_now

pytestmark = pytest.mark.e2e


def test_pause_and_resume_a_headless_recorder_while_typing(tmp_path):
    data = tmp_path / "data"
    with Desktop(tmp_path) as desk, keyring_session(tmp_path / "keyring") as keyring:
        env = {**keyring.env, "DISPLAY": desk.display, "XDG_SESSION_TYPE": "x11", "AIRLOCK_DATA_DIR": str(data)}

        def airlock(*args):
            return subprocess.run([sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True,
                                  timeout=60)

        def status():
            return json.loads(airlock("status", "--json").stdout or "null")

        assert airlock("consent", "--accept").returncode == 0
        desk.focus(desk.open_window("Headless control notes"))
        recorder = subprocess.Popen([sys.executable, "-m", "app", "record", "--headless"], env=env,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            wait_until(lambda: status()["mode"] == "headless", timeout=30, message="the recorder's control channel")
            wait_until(lambda: status()["state"] == "recording", timeout=30, message="capture to start")
            desk.type_text("before ")
            assert airlock("pause").returncode == 0
            paused = status()
            assert paused["state"] == "paused" and paused["paused_until"] is None
            desk.type_text("during ")
            assert airlock("resume").returncode == 0
            assert status()["state"] == "recording"
            desk.type_text("after")
            wait_until(lambda: "after" in _typed(data, keyring), timeout=20, message="typing after resume stored")
        finally:
            recorder.send_signal(signal.SIGINT)
            _out, err = recorder.communicate(timeout=60)
        assert recorder.returncode == 0, err
        key = _key(data, keyring)
    conn = open_database(data / "vault.db", key)
    entries = {e.kind: e for e in ledger.entries(conn)}
    paused_from, resumed_at = entries["pause"].body["from"], entries["resume"].t
    inside = conn.execute("SELECT count(*) FROM timed_events WHERE t >= ? AND t < ?", (paused_from, resumed_at)).fetchone()[0]
    typed = "".join(r[0] for r in conn.execute("SELECT typed_text FROM segments ORDER BY start"))
    conn.close()
    assert paused_from == paused["paused_at"]
    assert "before" in typed and "after" in typed and "during" not in typed
    assert inside == 0


def _key(data, keyring) -> bytes:
    found = keyring.secret_tool("lookup", "service", "airlock", "username", f"{profile_id(data)}:vault-key")
    return base64.b64decode(found.stdout.strip())


def _typed(data, keyring) -> str:
    conn = open_database(data / "vault.db", _key(data, keyring))
    try:
        return typed_now(conn)
    finally:
        conn.close()
