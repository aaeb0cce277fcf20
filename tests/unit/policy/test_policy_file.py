"""Which policy is in force: the signed managed one, an evaluation file, or the built-in default.

Every test injects the managed location under tmp_path; none reads the real /etc/airlock.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.errors import PolicyError
from app.policy.file.location import (
    EVALUATION_WARNING,
    MAX_POLICY_BYTES,
    default_trusted_keys_dir,
)
from app.policy.file.signature import key_id, public_key_pem, sign_policy, signature_path
from app.policy.managed.effective import load_effective_policy
from app.policy.managed.etc_dir import EtcAirlockStore
from app.policy.managed.preferences import ManagedPreferencesStore
from app.policy.managed.registry import RegistryStore
from app.policy.model import BUILT_IN_SOURCE
from tests.helpers.fake_winreg import FakeWinreg

ORG_KEY = Ed25519PrivateKey.generate()
POLICY_TEXT = 'organisation = "Example Corp"\nmanaged = true\n[release]\ndestination = "file:///srv/drop"\n'
EVAL_TEXT = 'organisation = "Trial"\n[release]\ndestination = "file:///srv/trial"\n'


class Machine:
    """A fake machine: the managed location and trusted keys under tmp_path."""

    def __init__(self, root: Path, paths) -> None:
        self.etc = root / "etc-airlock"
        self.managed = self.etc / "policy.toml"
        self.keys = self.etc / "trusted-keys"
        self.paths = paths
        self.keys.mkdir(parents=True)
        (self.keys / "org.pub").write_bytes(public_key_pem(ORG_KEY.public_key()))

    def install(self, text: str = POLICY_TEXT, key: Ed25519PrivateKey | None = ORG_KEY) -> Path:
        self.managed.write_text(text, encoding="utf-8")
        if key is not None:
            signature_path(self.managed).write_text(sign_policy(self.managed.read_bytes(), key))
        return self.managed

    def load(self, policy_arg: str | None = None, env: dict | None = None):
        return load_effective_policy(self.paths, policy_arg, env or {}, store=EtcAirlockStore(self.etc))

    def refusal(self, policy_arg: str | None = None, env: dict | None = None) -> PolicyError:
        with pytest.raises(PolicyError) as caught:
            self.load(policy_arg, env)
        return caught.value


@pytest.fixture
def machine(tmp_path, data_dir) -> Machine:
    return Machine(tmp_path, data_dir)


def _write(path: Path, text: str, key: Ed25519PrivateKey | None = None) -> Path:
    path.write_text(text, encoding="utf-8")
    if key is not None:
        signature_path(path).write_text(sign_policy(path.read_bytes(), key))
    return path


# ---- no managed policy ------------------------------------------------------------------------------


def test_without_any_policy_the_built_in_default_applies(machine):
    policy = machine.load()
    assert policy.source == BUILT_IN_SOURCE and not policy.managed
    assert policy.release.destination == (machine.paths.data_dir / "outbox").resolve().as_uri()


def test_an_unsigned_evaluation_policy_is_used_with_a_visible_warning(machine, tmp_path):
    path = _write(tmp_path / "eval.toml", EVAL_TEXT)
    policy = machine.load(str(path))
    assert policy.organisation == "Trial" and policy.managed is False and policy.source == str(path)
    assert policy.warnings[0] == EVALUATION_WARNING.format(source=path)


def test_the_environment_variable_names_a_policy_and_the_option_wins(machine, tmp_path):
    env_file = _write(tmp_path / "env.toml", EVAL_TEXT)
    arg_file = _write(tmp_path / "arg.toml", EVAL_TEXT.replace("Trial", "Option"))
    assert machine.load(env={"AIRLOCK_POLICY": str(env_file)}).organisation == "Trial"
    assert machine.load(str(arg_file), env={"AIRLOCK_POLICY": str(env_file)}).organisation == "Option"
    assert machine.load(env={"AIRLOCK_POLICY": ""}).source == BUILT_IN_SOURCE


def test_a_signed_evaluation_policy_is_verified_and_managed(machine, tmp_path):
    path = _write(tmp_path / "signed.toml", EVAL_TEXT, key=ORG_KEY)
    policy = machine.load(str(path))
    assert policy.managed is True and policy.signer_key_id == key_id(ORG_KEY.public_key())
    assert not any("evaluation" in warning for warning in policy.warnings)


def test_an_evaluation_policy_with_a_bad_signature_is_refused(machine, tmp_path):
    path = _write(tmp_path / "signed.toml", EVAL_TEXT, key=ORG_KEY)
    path.write_text(EVAL_TEXT.replace("Trial", "Trail"))
    assert "the policy was changed after it was signed" in machine.refusal(str(path)).message


def test_a_file_claiming_to_be_managed_must_be_signed(machine, tmp_path):
    path = _write(tmp_path / "claims.toml", POLICY_TEXT)
    error = machine.refusal(str(path))
    assert error.message == f"{path}: says managed = true but is not signed (claims.toml.sig is missing)"
    assert "airlock policy sign" in error.hint


def test_a_missing_evaluation_file_is_named(machine, tmp_path):
    missing = tmp_path / "nope.toml"
    assert machine.refusal(str(missing)).message == f"{missing}: not a policy file (it is missing or a directory)"


def test_an_invalid_evaluation_file_names_file_line_and_field(machine, tmp_path):
    path = _write(tmp_path / "bad.toml", EVAL_TEXT + "hold_hours = -3\n")
    assert machine.refusal(str(path)).message == (
        f"{path}, line 4: release.hold_hours: must be a number from 0 to 8760, got -3")


def test_non_utf8_and_oversized_files_are_refused(machine, tmp_path):
    latin = tmp_path / "latin.toml"
    latin.write_bytes('organisation = "Zürich"\n'.encode("latin-1"))
    assert machine.refusal(str(latin)).message == f"{latin}: not UTF-8 text (byte 17)"
    huge = tmp_path / "huge.toml"
    huge.write_bytes(b"#" * (MAX_POLICY_BYTES + 1))
    assert "too large" in machine.refusal(str(huge)).message


def test_a_byte_order_mark_is_accepted(machine, tmp_path):
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + EVAL_TEXT.encode())
    assert machine.load(str(path)).organisation == "Trial"


# ---- a managed policy in force ----------------------------------------------------------------------


def test_a_signed_managed_policy_is_in_force(machine):
    machine.install()
    policy = machine.load()
    assert policy.managed is True and policy.source == str(machine.managed)
    assert policy.organisation == "Example Corp"
    assert policy.signer_key_id == key_id(ORG_KEY.public_key())


def test_a_managed_policy_needs_a_signature_even_without_claiming_it(machine):
    machine.install(EVAL_TEXT, key=None)
    error = machine.refusal()
    assert error.message == f"{machine.managed}: the policy is not signed (policy.toml.sig is missing)"
    assert "Ask your IT department" in error.hint


def test_a_tampered_managed_policy_is_refused(machine):
    machine.install()
    machine.managed.write_text(POLICY_TEXT.replace("file:///srv/drop", "file:///tmp/leak"))
    assert machine.refusal().message == (
        f"{machine.managed}.sig: the signature does not match the policy file: "
        "the policy was changed after it was signed")


def test_a_managed_policy_signed_by_another_key_is_refused(machine):
    stranger = Ed25519PrivateKey.generate()
    machine.install(key=stranger)
    assert "is not one of the organisation's trusted keys" in machine.refusal().message


def test_a_signed_but_invalid_managed_policy_names_line_and_field(machine):
    machine.install(POLICY_TEXT + "mode = \"whenever\"\n")
    assert machine.refusal().message == (
        f"{machine.managed}, line 5: release.mode: must be one of \"explicit\", \"after-hold\", got 'whenever'")


def test_no_trusted_keys_means_no_managed_policy(machine):
    machine.install()
    (machine.keys / "org.pub").unlink()
    assert machine.refusal().message == (
        f"{machine.managed}: no trusted policy keys are installed in {machine.keys}, so the signature cannot be checked")


def test_a_directory_at_the_managed_location_is_refused(machine):
    machine.managed.mkdir()
    assert "not a policy file" in machine.refusal().message


@pytest.mark.parametrize(("how", "origin"), [("arg", "--policy"), ("env", "AIRLOCK_POLICY")])
def test_an_employee_cannot_override_the_managed_policy(machine, tmp_path, how, origin):
    machine.install()
    mine = _write(tmp_path / "mine.toml", EVAL_TEXT.replace("Trial", "Mine"))
    error = machine.refusal(str(mine)) if how == "arg" else machine.refusal(env={"AIRLOCK_POLICY": str(mine)})
    assert error.message == (f"A managed policy is in force on this computer ({machine.managed}); "
                             f"{origin} cannot replace it.")
    assert "stricter" in error.hint


def test_even_a_signed_policy_cannot_replace_the_managed_one(machine, tmp_path):
    machine.install()
    other = _write(tmp_path / "other.toml", EVAL_TEXT, key=ORG_KEY)
    assert "cannot replace it" in machine.refusal(str(other)).message


def test_naming_the_managed_policy_itself_is_allowed(machine):
    machine.install()
    assert machine.load(str(machine.managed)).managed is True


# ---- locations --------------------------------------------------------------------------------------


def test_managed_locations_per_os():
    assert EtcAirlockStore().read().policy_dir == Path("/etc/airlock")
    assert ManagedPreferencesStore().read().policy_dir == Path("/Library/Application Support/Airlock")
    assert str(RegistryStore(FakeWinreg()).read().policy_dir) == r"C:\ProgramData\Airlock"  # ProgramData unreadable


def test_trusted_keys_sit_beside_the_managed_policy():
    assert default_trusted_keys_dir(Path("/etc/airlock/policy.toml")) == Path("/etc/airlock/trusted-keys")


def test_a_policy_past_its_valid_until_day_is_refused(tmp_path):
    from datetime import date

    from app.core.errors import PolicyError
    from app.core.paths import resolve_paths

    path = tmp_path / "policy.toml"
    path.write_text(f'valid_until = 2027-06-30\n[release]\ndestination = "{(tmp_path / "drop").as_uri()}"\n')
    paths = resolve_paths(tmp_path / "data")
    nothing_managed = EtcAirlockStore(tmp_path / "no-managed-policy")
    kept = load_effective_policy(paths, str(path), {}, nothing_managed, today=date(2027, 6, 30))
    assert kept.valid_until == date(2027, 6, 30)
    with pytest.raises(PolicyError, match="applied until 2027-06-30"):
        load_effective_policy(paths, str(path), {}, nothing_managed, today=date(2027, 7, 1))
