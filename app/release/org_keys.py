"""`airlock keys init-org`: the organisation's age identity and policy signing key.

The private parts are created 0600 (exclusively: an existing file is never overwritten); the
public parts go into the policy (`release.recipients`) and beside it (`trusted-keys/`).
"""

from __future__ import annotations

import datetime
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.bundle.sealing import new_identity
from app.core.errors import KnownError
from app.core.i18n import fill, translate
from app.policy.file.signature import key_id, private_key_pem, public_key_pem

IDENTITY_FILE = "org-identity.txt"
RECIPIENT_FILE = "org-recipient.txt"
SIGNING_KEY_FILE = "org-signing-key.pem"
SIGNING_PUBLIC_FILE = "org-signing-key.pub"


@dataclass(frozen=True)
class OrgKeys:
    """Where the keys were written and the public values to publish."""

    directory: Path
    recipient: str
    signing_key_id: str

    @property
    def identity(self) -> Path:
        return self.directory / IDENTITY_FILE

    @property
    def signing_key(self) -> Path:
        return self.directory / SIGNING_KEY_FILE

    @property
    def signing_public(self) -> Path:
        return self.directory / SIGNING_PUBLIC_FILE

    def instructions(self) -> str:
        """What goes into the policy and where the files belong."""
        return "\n".join([
            fill(translate("Collect", "Organisation keys written to %1:"), self.directory),
            f"  {IDENTITY_FILE}      " + translate("Collect", "age identity — PRIVATE: only the collector needs it "
                                                              "(0600)"),
            f"  {SIGNING_KEY_FILE}   " + translate("Collect", "policy signing key — PRIVATE: keep offline (0600)"),
            f"  {SIGNING_PUBLIC_FILE}   " + translate("Collect", "policy signing public key"),
            f"  {RECIPIENT_FILE}     " + translate("Collect", "age recipient (public)"),
            "",
            translate("Collect", "Put this into the policy (policy.toml):"),
            "",
            "  [release]",
            f'  recipients = ["{self.recipient}"]',
            "",
            *fill(translate("Collect", "Install %1 into the trusted-keys directory beside the managed policy\n(e.g. "
                            "/etc/airlock/trusted-keys/) so signed policies verify (key id %2)."),
                  SIGNING_PUBLIC_FILE, self.signing_key_id).splitlines(),
        ])


def _write_new(path: Path, data: bytes, mode: int) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    except FileExistsError:
        raise KnownError(fill(translate("Errors", "%1 already exists; it was not overwritten."), path),
                         translate("Errors", "Choose an empty directory for new organisation keys.")) from None
    with os.fdopen(fd, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    if os.name == "posix":
        os.chmod(path, mode)


def init_org(directory: Path) -> OrgKeys:
    """Create the organisation's keys in `directory` (created 0700 if missing)."""
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    for name in (IDENTITY_FILE, RECIPIENT_FILE, SIGNING_KEY_FILE, SIGNING_PUBLIC_FILE):
        if (directory / name).exists():
            raise KnownError(fill(translate("Errors", "%1 already exists; no keys were written."), directory / name),
                             translate("Errors", "Choose an empty directory for new organisation keys."))
    identity, recipient = new_identity()
    created = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    identity_text = f"# created: {created}\n# public key: {recipient}\n{identity}\n"
    signing = Ed25519PrivateKey.generate()
    _write_new(directory / IDENTITY_FILE, identity_text.encode(), 0o600)
    _write_new(directory / SIGNING_KEY_FILE, private_key_pem(signing), 0o600)
    _write_new(directory / SIGNING_PUBLIC_FILE, public_key_pem(signing.public_key()), 0o644)
    _write_new(directory / RECIPIENT_FILE, f"{recipient}\n".encode(), 0o644)
    return OrgKeys(directory, recipient, key_id(signing.public_key()))


COLLECTOR_KEY_FILE = "collector-signing-key.pem"
COLLECTOR_PUBLIC_FILE = "collector-signing-key.pub"


def init_collector_key(directory: Path) -> tuple[Path, Path]:
    """The collector's Ed25519 key pair for signing run logs in the lake (never overwritten)."""
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    signing = Ed25519PrivateKey.generate()
    _write_new(directory / COLLECTOR_KEY_FILE, private_key_pem(signing), 0o600)
    _write_new(directory / COLLECTOR_PUBLIC_FILE, public_key_pem(signing.public_key()), 0o644)
    return directory / COLLECTOR_KEY_FILE, directory / COLLECTOR_PUBLIC_FILE
