"""Keyring faults: locked, gone, or a different backend. Always the documented refusal, never a new
empty vault over the old one, never the key on disk."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import pytest

from tests.drills.settings import report
from tests.e2e.harness.keyring import keyring_session

pytestmark = pytest.mark.e2e


def airlock(env, *args):
    return subprocess.run([sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True, timeout=120)


def _fingerprint(data_dir):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(data_dir.iterdir()) if p.is_file()}


@pytest.fixture
def made_vault(tmp_path):
    """A vault created with a real keyring that is then gone (the daemon and its bus stopped)."""
    data = tmp_path / "data"
    with keyring_session(tmp_path / "keyring") as session:
        env = {**session.env, "AIRLOCK_DATA_DIR": str(data)}
        assert airlock(env, "init").returncode == 0
        assert airlock(env, "consent", "--accept").returncode == 0
    return data, env


def _assert_refused_and_untouched(result, data, before, words):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert any(w in result.stderr.lower() for w in words), result.stderr
    assert _fingerprint(data) == before  # no new empty vault, nothing rewritten


def test_daemon_gone_refuses_and_leaves_the_vault(made_vault):
    data, env = made_vault
    before = _fingerprint(data)
    for command in (("doctor",), ("init",), ("ledger", "verify"), ("export", "--to", str(data.parent / "x"))):
        _assert_refused_and_untouched(airlock(env, *command), data, before, ["keyring"])
    assert not (data.parent / "x").exists()
    report("keyring gone", commands=4, refused=4)


@pytest.mark.parametrize("backend", ["keyring.backends.null.Keyring", "keyring.backends.fail.Keyring"])
def test_an_insecure_backend_is_refused(made_vault, backend):
    data, env = made_vault
    before = _fingerprint(data)
    result = airlock({**env, "PYTHON_KEYRING_BACKEND": backend}, "init")
    _assert_refused_and_untouched(result, data, before, ["not capturing", "keyring"])


def test_a_different_keyring_says_vault_locked_and_makes_no_new_key(made_vault, tmp_path):
    data, _ = made_vault
    before = _fingerprint(data)
    with keyring_session(tmp_path / "other-keyring") as other:  # a fresh, empty Secret Service
        env = {**other.env, "AIRLOCK_DATA_DIR": str(data)}
        result = airlock(env, "init")
        _assert_refused_and_untouched(result, data, before, ["vault locked"])
        listing = other.secret_tool("search", "--all", "service", "airlock")
        assert "vault-key" not in listing.stdout + listing.stderr  # no new key was stored for it


def test_no_key_material_in_any_file(made_vault):
    data, _ = made_vault
    for path in data.rglob("*"):
        if path.is_file():
            assert b"vault-key" not in path.read_bytes()
    assert not any(name for name in os.listdir(data) if name.endswith((".key", ".pem")))
