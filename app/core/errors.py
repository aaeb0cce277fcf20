"""The two kinds of failure: ones the user or environment can fix (shown), and bugs (reported)."""

from __future__ import annotations


class KnownError(Exception):
    """A failure with a message for a person: what went wrong and what to do about it.

    `hint` says what to do; the CLI prints both and exits non-zero, the UI shows both.
    """

    exit_code = 2

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message}\n{self.hint}" if self.hint else self.message


class KeyringUnavailable(KnownError):
    """No secure OS keyring: capture must not start."""


class VaultLocked(KnownError):
    """The vault file exists but its key is not in the keyring. The file is left untouched."""


class WrongKey(KnownError):
    """The key does not open the vault (or the file is not a vault)."""


class VaultCorrupt(KnownError):
    """A page failed its authentication check, or the database is malformed."""


class DiskFull(KnownError):
    """The disk holding the vault is full."""


class VaultBusy(KnownError):
    """Another process holds the vault locked."""


class SchemaTooNew(KnownError):
    """The vault was written by a newer Airlock whose schema major this version cannot read."""


class PolicyError(KnownError):
    """The policy file is missing, unparseable, unsigned, tampered or invalid."""


class ControlError(KnownError):
    """The control channel refused or failed."""


class ReleaseError(KnownError):
    """A release could not be built, sealed or delivered."""


class PreconditionFailed(Exception):
    """A conditional write lost: the object already exists (create) or changed (replace).

    Raised by object stores (S3's 412, or a local folder's equivalent) and caught by whoever made
    the condition: a lease taken by someone else, a commit that must be retried."""
