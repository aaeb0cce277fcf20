"""`airlock policy …` and `airlock consent …`: what they print, write and refuse.

Handlers run with a fake context (injected policy, in-memory key store, tmp data dir), so no test
reads the real /etc/airlock or touches the user's keyring.
"""

from __future__ import annotations

import argparse
import json
import stat

import pytest

from app.commands import consent as consent_command
from app.commands import policy as policy_command
from app.core.errors import PolicyError
from app.main import main
from app.policy.consent.summary import ConsentState, consent_scope, consent_state
from app.policy.file.parser import default_policy, parse_policy
from app.policy.file.signature import key_id, load_private_key, load_trusted_keys, signature_path
from app.vault import ledger
from app.vault.vault import open_vault
from tests.helpers.clock import FakeClock

POLICY_TEXT = 'organisation = "Example Corp"\nmanaged = true\n[release]\ndestination = "file:///srv/drop"\n'


class FakeContext:
    """What a handler is given, with everything injected."""

    def __init__(self, paths, keystore, policy) -> None:
        self.paths = paths
        self.args = argparse.Namespace(policy=None)
        self.clock = FakeClock(1_700_000_000.0)
        self._keystore = keystore
        self._policy = policy

    def keystore(self):
        return self._keystore

    def resolved_policy(self):
        """As CommandContext gives it: the policy and where each setting came from (all defaults here)."""
        from pathlib import Path

        from app.policy.managed.effective import ResolvedPolicy

        policy = self.policy()
        return ResolvedPolicy(policy, "/etc/airlock", Path("/etc/airlock/policy.toml"), "the OS's managed folder", ())

    def policy(self):
        if isinstance(self._policy, Exception):
            raise self._policy
        return self._policy


def _run(argv: list[str], context) -> int:
    parser = argparse.ArgumentParser(prog="airlock")
    subparsers = parser.add_subparsers(dest="command")
    policy_command.register(subparsers)
    consent_command.register(subparsers)
    args = parser.parse_args(argv)
    return args.func(args, context)


@pytest.fixture
def context(data_dir, memory_keystore):
    return FakeContext(data_dir, memory_keystore, default_policy(data_dir.data_dir))


@pytest.fixture
def org_keys(tmp_path, context):
    assert _run(["policy", "keygen", "--out", str(tmp_path / "keys")], context) == 0
    return tmp_path / "keys"


# ---- keygen, sign, verify ----------------------------------------------------------------------------


def test_keygen_writes_a_private_key_only_its_owner_can_read(capsys, org_keys):
    private, public = org_keys / "policy-signing.key", org_keys / "policy-signing.pub"
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    key = load_private_key(private)
    assert set(load_trusted_keys(org_keys)) == {key_id(key.public_key())}
    assert private.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    assert public.read_bytes().startswith(b"-----BEGIN PUBLIC KEY-----")
    assert f"Created the policy-signing key {key_id(key.public_key())}" in capsys.readouterr().out


def test_keygen_never_overwrites_a_key(org_keys, context):
    before = (org_keys / "policy-signing.key").read_bytes()
    with pytest.raises(PolicyError, match="already exists; not overwriting a signing key"):
        _run(["policy", "keygen", "--out", str(org_keys)], context)
    assert (org_keys / "policy-signing.key").read_bytes() == before


def test_sign_then_verify(org_keys, tmp_path, context, capsys):
    policy_file = tmp_path / "policy.toml"
    policy_file.write_text(POLICY_TEXT)
    assert _run(["policy", "sign", "--key", str(org_keys / "policy-signing.key"), str(policy_file)], context) == 0
    assert signature_path(policy_file).exists()
    assert _run(["policy", "verify", str(policy_file), "--trusted-keys", str(org_keys)], context) == 0
    out = capsys.readouterr().out
    key = load_private_key(org_keys / "policy-signing.key")
    assert f"OK: {policy_file} is valid and signed by trusted key {key_id(key.public_key())}." in out
    assert f"Policy hash {parse_policy(POLICY_TEXT, 'x').content_hash}" in out


def test_verify_rejects_a_changed_byte(org_keys, tmp_path, context):
    policy_file = tmp_path / "policy.toml"
    policy_file.write_text(POLICY_TEXT)
    _run(["policy", "sign", "--key", str(org_keys / "policy-signing.key"), str(policy_file)], context)
    policy_file.write_bytes(policy_file.read_bytes().replace(b"srv", b"tmp"))
    with pytest.raises(PolicyError, match="the policy was changed after it was signed"):
        _run(["policy", "verify", str(policy_file), "--trusted-keys", str(org_keys)], context)


def test_verify_rejects_an_unsigned_file(tmp_path, org_keys, context):
    policy_file = tmp_path / "policy.toml"
    policy_file.write_text(POLICY_TEXT.replace("managed = true", "managed = false"))
    with pytest.raises(PolicyError, match=r"the policy is not signed \(policy.toml.sig is missing\)"):
        _run(["policy", "verify", str(policy_file), "--trusted-keys", str(org_keys)], context)


def test_sign_refuses_an_invalid_policy(org_keys, tmp_path, context):
    policy_file = tmp_path / "policy.toml"
    policy_file.write_text(POLICY_TEXT + "hold_hour = 3\n")
    with pytest.raises(PolicyError, match=r"line 5: release.hold_hour: unknown key"):
        _run(["policy", "sign", "--key", str(org_keys / "policy-signing.key"), str(policy_file)], context)
    assert not signature_path(policy_file).exists()


def test_the_real_command_line_reports_a_tampered_policy_without_a_traceback(tmp_path, capsys):
    data = tmp_path / "data"
    keys = tmp_path / "keys"
    assert main(["--data-dir", str(data), "policy", "keygen", "--out", str(keys)]) == 0
    policy_file = tmp_path / "policy.toml"
    policy_file.write_text(POLICY_TEXT)
    assert main(["--data-dir", str(data), "policy", "sign", "--key", str(keys / "policy-signing.key"),
                 str(policy_file)]) == 0
    policy_file.write_text(POLICY_TEXT + "# harmless?\n")
    capsys.readouterr()
    assert main(["--data-dir", str(data), "policy", "verify", str(policy_file), "--trusted-keys", str(keys)]) == 2
    err = capsys.readouterr().err
    assert "the policy was changed after it was signed" in err and "Traceback" not in err


# ---- show ---------------------------------------------------------------------------------------------


def test_show_prints_a_policy_file_that_reads_back_the_same(context, capsys):
    assert _run(["policy", "show"], context) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Policy in force: built-in default (not signed)")
    assert "# Warning: The policy names no age recipients" in out
    assert parse_policy(out, "shown").content_hash == context.policy().content_hash


def test_show_json(context, capsys):
    assert _run(["policy", "show", "--json"], context) == 0
    shown = json.loads(capsys.readouterr().out)
    policy = context.policy()
    assert shown["source"] == "built-in default" and shown["managed"] is False
    assert shown["policy_hash"] == policy.content_hash and shown["consent_scope"] == consent_scope(policy)
    assert shown["policy"]["release"]["hold_hours"] == 72.0


def test_show_with_a_bad_policy_raises_the_known_error(data_dir, memory_keystore):
    broken = FakeContext(data_dir, memory_keystore, PolicyError("policy.toml, line 3: x: bad"))
    with pytest.raises(PolicyError, match="line 3"):
        _run(["policy", "show"], broken)


# ---- consent ------------------------------------------------------------------------------------------


def _consents(context) -> list[dict]:
    conn = open_vault(context.paths, context.keystore()).connect()
    try:
        return [entry.body for entry in ledger.entries(conn) if entry.kind == "consent"]
    finally:
        conn.close()


def test_consent_show_prints_the_summary_and_records_nothing(context, capsys):
    assert _run(["consent"], context) == 0
    out = capsys.readouterr().out
    assert "What is recorded" in out and "Your rights" in out
    assert "You have not answered yet: nothing is recorded until you agree." in out
    assert "airlock consent --accept" in out
    assert _consents(context) == []


def test_consent_accept_writes_the_ledger_entry(context, capsys):
    assert _run(["consent", "--accept"], context) == 0
    assert "Your consent is recorded" in capsys.readouterr().out
    [body] = _consents(context)
    policy = context.policy()
    assert body["policy_hash"] == policy.content_hash
    assert body["scope"] == consent_scope(policy)
    assert body["accepted"] is True
    assert consent_state(body, policy) is ConsentState.GIVEN
    assert _run(["consent", "--show"], context) == 0
    assert "You agreed to this policy: recording may run." in capsys.readouterr().out


def test_consent_decline_is_recorded_and_says_how_to_reconsider(context, capsys):
    assert _run(["consent", "--decline"], context) == 0
    assert "airlock consent --accept" in capsys.readouterr().out
    [body] = _consents(context)
    assert body["accepted"] is False and consent_state(body, context.policy()) is ConsentState.DECLINED


def test_a_changed_policy_asks_again_and_shows_what_changed(context, capsys):
    _run(["consent", "--accept"], context)
    context._policy = parse_policy(POLICY_TEXT + "hold_hours = 24\n", "/etc/airlock/policy.toml")
    capsys.readouterr()
    assert _run(["consent"], context) == 0
    out = capsys.readouterr().out
    assert "What changed since you last answered:" in out
    assert "  • Hold before release: 72 h → 24 h" in out
    assert "  • Organisation: (none) → Example Corp" in out
    assert "The policy changed since you last answered" in out
    assert _run(["consent", "--accept"], context) == 0
    assert [body["accepted"] for body in _consents(context)] == [True, True]
    assert consent_state(_consents(context)[-1], context.policy()) is ConsentState.GIVEN


def test_consent_with_a_bad_policy_records_nothing(data_dir, memory_keystore):
    broken = FakeContext(data_dir, memory_keystore, PolicyError("unsigned"))
    with pytest.raises(PolicyError):
        _run(["consent", "--accept"], broken)
    assert not data_dir.vault.exists()


def test_accept_and_decline_exclude_each_other(context):
    with pytest.raises(SystemExit):
        _run(["consent", "--accept", "--decline"], context)

