"""The device's Ed25519 signing key and the signed documents it produces.

The private key lives in the key store (the OS keyring), like the vault key — never on disk. Every
signature is made over a domain-separation prefix plus the exact bytes, so a manifest signature can
never be replayed as an envelope or a withdrawal notice. Signed JSON documents carry the signer's
public key to name it; whether it is trusted is decided only by the collector's trusted keys.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.core.errors import KnownError
from app.core.i18n import fill, translate

DEVICE_KEY_NAME = "device-signing-key"
MANIFEST_DOMAIN = b"airlock-bundle-manifest-v1\n"
ENVELOPE_DOMAIN = b"airlock-bundle-envelope-v1\n"
WITHDRAWAL_DOMAIN = b"airlock-withdrawal-v1\n"
_SIGNATURE_FIELDS = ("key_id", "public_key", "signature")


class SecretStore(Protocol):
    """The part of the key store this module needs (app.vault.keystore.KeyStore fits)."""

    def get(self, name: str) -> bytes | None: ...

    def set(self, name: str, value: bytes) -> None: ...


class SignatureRejected(Exception):
    """A signature is missing, malformed, by an unknown key, or does not match. `str()` says which."""


def raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id_of(raw_public_key: bytes) -> str:
    """A short stable name for a public key: the first 16 hex digits of its sha256."""
    return hashlib.sha256(raw_public_key).hexdigest()[:16]


def canonical_json(fields: dict[str, Any]) -> bytes:
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


class DeviceSigner:
    """Signs with this device's key. `device_id` is the key id, so it is pseudonymous and stable."""

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._key = private_key
        self.public_raw = raw_public(private_key.public_key())
        self.device_id = key_id_of(self.public_raw)

    @classmethod
    def load_or_create(cls, store: SecretStore) -> DeviceSigner:
        """The device key from the key store, created (and read back) on first use."""
        raw = store.get(DEVICE_KEY_NAME)
        if raw is None:
            raw = Ed25519PrivateKey.generate().private_bytes(
                serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
            store.set(DEVICE_KEY_NAME, raw)
            if store.get(DEVICE_KEY_NAME) != raw:
                raise KnownError(translate("Errors", "The keyring did not keep the device signing key."),
                                 translate("Errors", "Check the keyring with `airlock doctor`."))
        return cls(Ed25519PrivateKey.from_private_bytes(raw))

    @property
    def public_b64(self) -> str:
        return base64.b64encode(self.public_raw).decode()

    def public_pem(self) -> bytes:
        return self._key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)

    def sign(self, domain: bytes, data: bytes) -> bytes:
        return self._key.sign(domain + data)

    def signed(self, domain: bytes, fields: dict[str, Any]) -> dict[str, Any]:
        """`fields` plus key id, public key and a signature over their canonical JSON."""
        body = {**fields, "key_id": self.device_id, "public_key": self.public_b64}
        signature = self.sign(domain, canonical_json(body))
        return {**body, "signature": base64.b64encode(signature).decode()}


@dataclass(frozen=True)
class TrustedDevices:
    """Device public keys the collector accepts, by key id."""

    keys: dict[str, Ed25519PublicKey]

    @classmethod
    def load(cls, directory: Path) -> TrustedDevices:
        """Every PEM public key (`*.pub`, `*.pem`) in `directory`; a bad file is a known error."""
        if not directory.is_dir():
            raise KnownError(fill(translate("Errors", "%1: the trusted device keys directory does not exist."),
                                  directory),
                             translate("Errors", "Save each device's key (`airlock keys device` on that device) into "
                                                 "it."))
        keys: dict[str, Ed25519PublicKey] = {}
        for path in sorted(directory.iterdir()):
            if path.suffix not in (".pub", ".pem") or not path.is_file():
                continue
            try:
                key = serialization.load_pem_public_key(path.read_bytes())
            except (ValueError, TypeError):
                raise KnownError(fill(translate("Errors", "%1: not a PEM public key."), path)) from None
            if not isinstance(key, Ed25519PublicKey):
                raise KnownError(fill(translate("Errors", "%1: not an Ed25519 public key."), path))
            keys[key_id_of(raw_public(key))] = key
        return cls(keys)


def _b64(value: object, length: int, what: str) -> bytes:
    try:
        raw = base64.b64decode(str(value), validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != length:
        raise SignatureRejected(f"its {what} is not a valid Ed25519 value")
    return raw


def verify_signed(document: object, domain: bytes, trusted: TrustedDevices) -> str:
    """Check a document made by `DeviceSigner.signed`; returns the signer's key id."""
    if not isinstance(document, dict) or any(f not in document for f in _SIGNATURE_FIELDS):
        raise SignatureRejected("it carries no device signature")
    public = _b64(document["public_key"], 32, "public key")
    signature = _b64(document["signature"], 64, "signature")
    signer = key_id_of(public)
    if document["key_id"] != signer:
        raise SignatureRejected("its key id does not match its public key")
    key = trusted.keys.get(signer)
    if key is None:
        raise SignatureRejected(f"it is signed by device key {signer}, which is not a trusted device key")
    body = {k: v for k, v in document.items() if k != "signature"}
    try:
        key.verify(signature, domain + canonical_json(body))
    except InvalidSignature:
        raise SignatureRejected("its signature does not match: it was changed after it was signed") from None
    return signer


def verify_bytes(data: bytes, signature_document: dict[str, Any], domain: bytes, expected_key_id: str,
                 trusted: TrustedDevices) -> None:
    """Check a detached signature (`{"key_id", "signature"}`) over exact bytes."""
    key = trusted.keys.get(str(signature_document.get("key_id")))
    if key is None or signature_document.get("key_id") != expected_key_id:
        raise SignatureRejected("the manifest is not signed by the device that signed the bundle")
    signature = _b64(signature_document.get("signature"), 64, "manifest signature")
    try:
        key.verify(signature, domain + data)
    except InvalidSignature:
        raise SignatureRejected("the manifest signature does not match the manifest") from None
