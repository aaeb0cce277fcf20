"""Policy signatures: a valid one verifies; any changed byte, foreign key or damaged file is refused."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.errors import PolicyError
from app.policy.file.signature import (
    TrustedKey,
    key_id,
    load_private_key,
    load_trusted_keys,
    private_key_pem,
    public_key_pem,
    sign_policy,
    signature_path,
    verify_policy_signature,
)

POLICY = b'organisation = "Example"\n[release]\ndestination = "file:///srv/drop"\n'
ORG_KEY = Ed25519PrivateKey.generate()
TRUSTED = {key_id(ORG_KEY.public_key()): TrustedKey(ORG_KEY.public_key(), None)}
SIGNATURE = sign_policy(POLICY, ORG_KEY)


def _refusal(policy: bytes, signature: str, trusted=None) -> str:
    with pytest.raises(PolicyError) as caught:
        verify_policy_signature(policy, signature, TRUSTED if trusted is None else trusted, "p.toml.sig")
    assert "Nothing is captured" in caught.value.hint
    return caught.value.message


def test_a_signed_policy_verifies_and_names_its_signer():
    info = verify_policy_signature(POLICY, SIGNATURE, TRUSTED, "p.toml.sig")
    assert info.key_id == key_id(ORG_KEY.public_key())
    assert len(info.key_id) == 16


def test_the_signature_file_is_readable_text_naming_the_key():
    assert SIGNATURE.splitlines()[1:3] == ['format = "airlock-policy-signature-v1"',
                                           f'key_id = "{key_id(ORG_KEY.public_key())}"']


@settings(max_examples=300, deadline=None)
@given(index=st.integers(min_value=0, max_value=len(POLICY) - 1), flip=st.integers(min_value=1, max_value=255))
def test_any_changed_byte_is_rejected(index, flip):
    changed = bytearray(POLICY)
    changed[index] ^= flip
    assert _refusal(bytes(changed), SIGNATURE) == (
        "p.toml.sig: the signature does not match the policy file: the policy was changed after it was signed")


@pytest.mark.parametrize("changed", [POLICY + b"\n", POLICY[:-1], b"", POLICY.replace(b"\n", b"\r\n")])
def test_added_removed_or_reencoded_bytes_are_rejected(changed):
    assert "the policy was changed after it was signed" in _refusal(changed, SIGNATURE)


def test_a_changed_byte_in_the_signature_is_rejected():
    line = next(line for line in SIGNATURE.splitlines() if line.startswith("signature"))
    raw = bytearray(base64.b64decode(line.split('"')[1]))
    raw[10] ^= 1
    tampered = SIGNATURE.replace(line, f'signature = "{base64.b64encode(bytes(raw)).decode()}"')
    assert "the policy was changed after it was signed" in _refusal(POLICY, tampered)


def test_a_key_that_is_not_trusted_is_rejected_even_with_a_valid_signature():
    stranger = Ed25519PrivateKey.generate()
    message = _refusal(POLICY, sign_policy(POLICY, stranger))
    assert message == (f"p.toml.sig: signed by key {key_id(stranger.public_key())}, which is not one of the "
                       "organisation's trusted keys")


def test_swapping_in_a_trusted_public_key_does_not_help_a_stranger():
    stranger = Ed25519PrivateKey.generate()
    forged = sign_policy(POLICY, stranger)
    trusted_b64 = base64.b64encode(ORG_KEY.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)).decode()
    stranger_line = next(line for line in forged.splitlines() if line.startswith("public_key"))
    forged = forged.replace(stranger_line, f'public_key = "{trusted_b64}"')
    assert "the policy was changed after it was signed" in _refusal(POLICY, forged)


def test_a_raw_signature_without_the_policy_domain_is_rejected():
    raw = base64.b64encode(ORG_KEY.sign(POLICY)).decode()
    line = next(line for line in SIGNATURE.splitlines() if line.startswith("signature"))
    assert "changed after it was signed" in _refusal(POLICY, SIGNATURE.replace(line, f'signature = "{raw}"'))


@pytest.mark.parametrize(("signature", "message"), [
    ("not toml [", "p.toml.sig: the signature file is damaged (not readable)"),
    ('format = "minisign"\n', "p.toml.sig: not an Airlock policy signature (format 'minisign')"),
    ('format = "airlock-policy-signature-v1"\npublic_key = "!!"\nsignature = "AA=="\n',
     "p.toml.sig: public_key is not a valid base64 Ed25519 value"),
    (SIGNATURE.replace('signature = "', 'signature = "AAAA'), "p.toml.sig: signature is not a valid base64 Ed25519 value"),
])
def test_damaged_signature_files_are_named(signature, message):
    assert _refusal(POLICY, signature) == message


def test_the_signature_lives_beside_the_policy():
    assert signature_path(Path("/etc/airlock/policy.toml")) == Path("/etc/airlock/policy.toml.sig")


def test_trusted_keys_are_read_from_pem_files(tmp_path):
    (tmp_path / "org.pub").write_bytes(public_key_pem(ORG_KEY.public_key()))
    other = Ed25519PrivateKey.generate()
    (tmp_path / "backup.pem").write_bytes(public_key_pem(other.public_key()))
    (tmp_path / "README").write_text("ignored")
    keys = load_trusted_keys(tmp_path)
    assert set(keys) == {key_id(ORG_KEY.public_key()), key_id(other.public_key())}
    assert keys[key_id(ORG_KEY.public_key())].path == tmp_path / "org.pub"
    assert load_trusted_keys(tmp_path / "absent") == {}


def test_a_broken_trusted_key_file_is_named(tmp_path):
    (tmp_path / "org.pub").write_text("garbage")
    with pytest.raises(PolicyError, match=r"org\.pub: not a PEM public key"):
        load_trusted_keys(tmp_path)


def test_a_trusted_key_of_another_type_is_refused(tmp_path):
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    (tmp_path / "rsa.pub").write_bytes(rsa_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    with pytest.raises(PolicyError, match=r"rsa\.pub: not an Ed25519 public key"):
        load_trusted_keys(tmp_path)


def test_private_keys_load_and_bad_ones_are_named(tmp_path):
    good = tmp_path / "k.key"
    good.write_bytes(private_key_pem(ORG_KEY))
    assert key_id(load_private_key(good).public_key()) == key_id(ORG_KEY.public_key())
    bad = tmp_path / "bad.key"
    bad.write_text("nope")
    with pytest.raises(PolicyError, match=r"bad\.key: not an unencrypted PEM private key"):
        load_private_key(bad)
    with pytest.raises(PolicyError, match="cannot read the signing key"):
        load_private_key(tmp_path / "missing.key")
