"""Sealing with age (X25519) to the organisation's recipients, streaming, via pyrage.

`pyrage.encrypt_io(reader, writer, recipients)` pulls plaintext from any readable file object and
pushes ciphertext to any writable one in small chunks (rage's `StreamWriter` underneath), so the
bundle is encrypted as it is produced: memory stays flat and no plaintext touches disk. The output
is a standard age file: `age -d -i identity.txt bundle.age | tar x` opens it too.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, BinaryIO, Protocol

from app.bundle.tar_stream import ChunkReader
from app.core.errors import KnownError, ReleaseError
from app.core.i18n import fill, translate


@dataclass(frozen=True)
class SealResult:
    """The sealed file's sha256 (hex) and size in bytes."""

    sha256: str
    size: int


class OpenFailed(Exception):
    """The sealed bundle could not be opened with the given identity (or is damaged)."""


def parse_recipients(recipients: Sequence[str]) -> list:
    """pyrage recipient objects for the policy's `age1…` strings; ReleaseError naming a bad one."""
    from pyrage import RecipientError, x25519

    if not recipients:
        raise ReleaseError(translate("Errors", "The policy names no recipients, so nothing can be sealed or sent."),
                           translate("Errors", "Ask IT to add the organisation's age recipient "
                                               "(`airlock keys init-org`)."))
    parsed = []
    for number, text in enumerate(recipients, start=1):
        try:
            parsed.append(x25519.Recipient.from_str(text.strip()))
        except RecipientError:
            raise ReleaseError(fill(translate("Errors", "Recipient %1 in the policy is not a valid age X25519 "
                                                        "recipient."), number),
                               translate("Errors", "Recipients look like age1… (see `airlock keys init-org`).")) from None
    return parsed


def new_identity() -> tuple[str, str]:
    """A fresh age X25519 identity: (secret "AGE-SECRET-KEY-1…", public recipient "age1…")."""
    from pyrage import x25519

    identity = x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def load_identity(path: Path):
    """The organisation's age identity from an identity file (comments and blank lines allowed)."""
    from pyrage import IdentityError, x25519

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise KnownError(fill(translate("Errors", "%1: cannot read the organisation's identity (%2)."),
                              path, exc.strerror)) from None
    for line in lines:
        line = line.strip()
        if line.startswith("AGE-SECRET-KEY-"):
            try:
                return x25519.Identity.from_str(line)
            except IdentityError:
                break
    raise KnownError(fill(translate("Errors", "%1: no age X25519 identity (AGE-SECRET-KEY-1…) in this file."), path),
                     translate("Errors", "Use the identity written by `airlock keys init-org`."))


class _HashingWriter:
    """Passes writes through to a file, hashing and counting them."""

    def __init__(self, target: BinaryIO) -> None:
        self._target = target
        self._digest = hashlib.sha256()
        self.size = 0

    def write(self, data) -> int:
        self._digest.update(data)
        self.size += len(data)
        self._target.write(data)
        return len(data)

    def flush(self) -> None:
        self._target.flush()

    @property
    def sha256(self) -> str:
        return self._digest.hexdigest()


def seal_chunks(chunks: Iterable[bytes], out_path: Path, recipients: Sequence[str]) -> SealResult:
    """Encrypt a plaintext chunk stream into `out_path` (ciphertext only), fsynced."""
    import pyrage

    parsed = parse_recipients(recipients)
    with open(out_path, "wb") as target:
        writer = _HashingWriter(target)
        reader = ChunkReader(chunks)
        try:
            pyrage.encrypt_io(reader, writer, parsed)
        except Exception as exc:  # noqa: BLE001 - any failure of the sealer becomes a ReleaseError below
            if reader.error is not None:  # the bundle's own failure (content changed, redaction...)
                raise reader.error from None
            raise ReleaseError(fill(translate("Errors", "Sealing the bundle failed (%1)."),
                                    type(exc).__name__)) from None
        target.flush()
        os.fsync(target.fileno())
    return SealResult(writer.sha256, writer.size)


class _Sink(Protocol):
    def write(self, data: bytes, /) -> int | None: ...


def open_sealed(sealed: IO[bytes] | io.RawIOBase, plain_out: _Sink, identity) -> None:
    """Decrypt a sealed stream into `plain_out` (collector side). OpenFailed with the reason."""
    import pyrage

    try:
        pyrage.decrypt_io(sealed, plain_out, [identity])
    except pyrage.DecryptError as exc:
        if "no matching keys" in str(exc).lower():
            raise OpenFailed("it is not sealed to the organisation's key") from None
        raise OpenFailed(f"it could not be decrypted ({exc}): it is damaged or was changed") from None
    except OSError as exc:  # rage reports a failed authentication tag as an I/O error
        raise OpenFailed(f"it could not be decrypted ({exc}): it is damaged or was changed") from None
