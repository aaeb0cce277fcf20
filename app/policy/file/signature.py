"""Ed25519 signatures for policy files, kept in a detached `<policy>.sig` file beside the policy.

The signature covers the policy file's exact bytes (after a domain-separation prefix), so any
changed byte, including whitespace or a comment, invalidates it. The `.sig` file is small TOML:

    format = "airlock-policy-signature-v1"
    key_id = "3f9a0c…"          # first 16 hex digits of sha256(raw public key)
    public_key = "base64…"      # the signer's raw 32-byte Ed25519 public key
    signature = "base64…"       # 64-byte Ed25519 signature

Whether the signer is trusted is decided only by the trusted-keys directory (PEM public keys,
`*.pub` or `*.pem`), never by the key embedded in the `.sig`, which is there to name the signer.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.core.errors import PolicyError
from app.core.i18n import QT_TRANSLATE_NOOP, fill, translate

SIGNATURE_FORMAT = "airlock-policy-signature-v1"
SIGNATURE_SUFFIX = ".sig"
_DOMAIN = b"airlock-policy-v1\n"  # a policy signature can never be mistaken for any other signature
TRUSTED_KEY_SUFFIXES = (".pub", ".pem")
ASK_IT_HINT = QT_TRANSLATE_NOOP("Errors", "Ask your IT department for a correctly signed policy. Nothing is captured "
                                          "until then.")


@dataclass(frozen=True)
class SignatureInfo:
    """Who signed a policy that verified."""

    key_id: str
    key_file: Path | None  # the trusted key file that matched


def signature_path(policy_path: Path) -> Path:
    """Where the detached signature of `policy_path` lives: `<policy>.sig`."""
    return policy_path.with_name(policy_path.name + SIGNATURE_SUFFIX)


def raw_public_bytes(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(key: Ed25519PublicKey) -> str:
    """A short, stable name for a public key."""
    return hashlib.sha256(raw_public_bytes(key)).hexdigest()[:16]


def sign_policy(policy_bytes: bytes, private_key: Ed25519PrivateKey) -> str:
    """The `.sig` file text for these exact policy bytes."""
    public = private_key.public_key()
    signature = private_key.sign(_DOMAIN + policy_bytes)
    return (
        "# Airlock policy signature. Any change to the policy file invalidates it.\n"
        f'format = "{SIGNATURE_FORMAT}"\n'
        f'key_id = "{key_id(public)}"\n'
        f'public_key = "{base64.b64encode(raw_public_bytes(public)).decode()}"\n'
        f'signature = "{base64.b64encode(signature).decode()}"\n'
    )


def _decode(field: str, value: object, length: int, where: str) -> bytes:
    try:
        raw = base64.b64decode(str(value), validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != length:
        raise PolicyError(fill(translate("Errors", "%1: %2 is not a valid base64 Ed25519 value"), where, field),
                          translate("Errors", ASK_IT_HINT))
    return raw


def verify_policy_signature(policy_bytes: bytes, signature_text: str, trusted: Mapping[str, TrustedKey],
                            where: str) -> SignatureInfo:
    """Check `signature_text` over `policy_bytes` against the trusted keys; PolicyError if not valid.

    `where` names the signature file in messages.
    """
    try:
        fields = tomllib.loads(signature_text)
    except (tomllib.TOMLDecodeError, ValueError):
        raise PolicyError(fill(translate("Errors", "%1: the signature file is damaged (not readable)"), where),
                          translate("Errors", ASK_IT_HINT)) from None
    if fields.get("format") != SIGNATURE_FORMAT:
        raise PolicyError(fill(translate("Errors", "%1: not an Airlock policy signature (format %2)"),
                               where, repr(fields.get('format'))),
                          translate("Errors", ASK_IT_HINT))
    public_raw = _decode("public_key", fields.get("public_key"), 32, where)
    signature = _decode("signature", fields.get("signature"), 64, where)
    signer_id = hashlib.sha256(public_raw).hexdigest()[:16]
    match = trusted.get(signer_id)
    if match is None:
        raise PolicyError(
            fill(translate("Errors", "%1: signed by key %2, which is not one of the organisation's trusted keys"),
                 where, signer_id),
            translate("Errors", "Install the organisation's public key in the trusted-keys directory, or re-sign the "
                                "policy with a trusted key. Nothing is captured until then."),
        )
    try:
        match.key.verify(signature, _DOMAIN + policy_bytes)
    except InvalidSignature:
        raise PolicyError(
            fill(translate("Errors", "%1: the signature does not match the policy file: the policy was changed after "
                                     "it was signed"), where),
            translate("Errors", ASK_IT_HINT),
        ) from None
    return SignatureInfo(signer_id, match.path)


@dataclass(frozen=True)
class TrustedKey:
    """A public key from the trusted-keys directory."""

    key: Ed25519PublicKey
    path: Path | None


def load_public_key(path: Path) -> Ed25519PublicKey:
    """An Ed25519 public key from a PEM file; PolicyError naming the file otherwise."""
    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except OSError as exc:
        raise PolicyError(fill(translate("Errors", "%1: cannot read the public key (%2)"),
                               path, exc.strerror)) from None
    except (ValueError, TypeError):
        raise PolicyError(fill(translate("Errors", "%1: not a PEM public key"), path)) from None
    if not isinstance(key, Ed25519PublicKey):
        raise PolicyError(fill(translate("Errors", "%1: not an Ed25519 public key"), path))
    return key


def load_trusted_keys(directory: Path) -> dict[str, TrustedKey]:
    """Every `*.pub`/`*.pem` public key in `directory`, by key id. A bad key file is an error."""
    if not directory.is_dir():
        return {}
    keys: dict[str, TrustedKey] = {}
    for path in sorted(directory.iterdir()):
        if path.suffix in TRUSTED_KEY_SUFFIXES and path.is_file():
            key = load_public_key(path)
            keys[key_id(key)] = TrustedKey(key, path)
    return keys


def load_private_key(path: Path) -> Ed25519PrivateKey:
    """The organisation's signing key (unencrypted PKCS#8 PEM, as `airlock policy keygen` writes)."""
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except OSError as exc:
        raise PolicyError(fill(translate("Errors", "%1: cannot read the signing key (%2)"),
                               path, exc.strerror)) from None
    except (ValueError, TypeError):
        raise PolicyError(fill(translate("Errors", "%1: not an unencrypted PEM private key"), path)) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise PolicyError(fill(translate("Errors", "%1: not an Ed25519 private key"), path))
    return key


def private_key_pem(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def public_key_pem(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
