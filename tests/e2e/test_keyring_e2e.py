"""The vault key in the real Secret Service (gnome-keyring in a private D-Bus session)."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys

import pytest

from app.vault.keystore import profile_id
from tests.e2e.harness.keyring import keyring_session

pytestmark = pytest.mark.e2e


def airlock(env, *args, timeout=120):
    return subprocess.run([sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True, timeout=timeout)


def test_vault_key_lives_in_the_secret_service_and_nowhere_on_disk(tmp_path):
    data = tmp_path / "data"
    with keyring_session(tmp_path / "keyring") as session:
        env = {**session.env, "AIRLOCK_DATA_DIR": str(data)}
        env.pop("DISPLAY", None)

        doctor = airlock(env, "doctor", "--json")
        report = json.loads(doctor.stdout)
        assert report["keyring"]["accepted"], report
        assert "SecretService" in report["keyring"]["backend"]
        assert report["vault"]["state"] == "absent"

        created = airlock(env, "init")
        assert created.returncode == 0, created.stderr
        assert (data / "vault.db").exists()

        # a second process opens it with the key from the keyring
        reopened = airlock(env, "ledger", "verify", "--json")
        assert reopened.returncode == 0, reopened.stderr
        assert json.loads(reopened.stdout)["ok"]
        assert json.loads(airlock(env, "doctor", "--json").stdout)["vault"]["state"] == "open"

        # the key is where we say: readable with secret-tool under Airlock's service name
        lookup = session.secret_tool("lookup", "service", "airlock", "username", f"{profile_id(data)}:vault-key")
        assert lookup.returncode == 0, lookup.stderr
        key = base64.b64decode(lookup.stdout.strip())
        assert len(key) == 32

    # ...and nowhere under the data dir, in any encoding
    for path in data.rglob("*"):
        if path.is_file():
            content, name = path.read_bytes(), path.name
            for form in (key, key.hex().encode(), key.hex().upper().encode(), base64.b64encode(key)):
                assert form not in content, f"key found in {name}"


def test_without_a_keyring_daemon_doctor_refuses_and_nothing_is_created(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "GNOME_KEYRING"))}
    env.update(AIRLOCK_DATA_DIR=str(tmp_path / "data"), HOME=str(tmp_path / "home"),
               DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent/bus")
    doctor = airlock(env, "doctor")
    assert doctor.returncode != 0
    assert "Not capturing" in doctor.stderr and "keyring" in doctor.stderr.lower()
    assert "Traceback" not in doctor.stderr
    init = airlock(env, "init")
    assert init.returncode != 0 and "Traceback" not in init.stderr
    assert "Not capturing" in init.stderr
    assert not (tmp_path / "data" / "vault.db").exists()


def test_a_locked_keyring_is_refused_with_a_message_not_a_traceback(tmp_path):
    with keyring_session(tmp_path / "keyring", unlock=False) as session:
        env = {**session.env, "AIRLOCK_DATA_DIR": str(tmp_path / "data")}
        result = airlock(env, "init")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "keyring" in result.stderr.lower()
    assert not (tmp_path / "data" / "vault.db").exists()
