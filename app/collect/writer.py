"""The dataset writer interface: where verified bundles go.

The collector calls, in one run:

    staging_root() -> Path
        A private local folder where bundles are unpacked and verified before `write`. For a
        writer whose output is a local folder, a folder on the same file system (so `write` can
        move files rather than copy them).
    owner(bundle_id) -> str | None
        The device id that signed `bundle_id` as it is stored in the dataset, or None when the
        dataset does not hold it. The collector skips bundles it holds and checks withdrawals
        against this (the signer verified when it was written, never a field read since).
    write(bundle: VerifiedBundle) -> None
        Store one verified bundle, whole or not at all (a failure leaves no part of it visible).
        Raise `WriteFailed` for a problem of this bundle's (it is reported and the run goes on);
        anything else is a bug or an unusable dataset and stops the run.
    remove(bundle_id) -> bool
        Remove a withdrawn bundle and everything derived from it; True if there was anything.
    finish() -> None
        Called once at the end of a run, after every write and remove (a writer that batches
        commits does it here; the folder writer has nothing to do).

Whatever a writer creates holds decrypted data: directories 0700 and files 0600, whatever the
umask. Implementations: `FolderDatasetWriter` (folder_writer.py), one folder per bundle.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from app.collect.verified import VerifiedBundle


class WriteFailed(Exception):
    """One bundle could not be written; `str()` is the reason shown to the data team."""


class DatasetWriter(Protocol):
    """Where verified bundles go (see the module docstring for the contract)."""

    description: str

    def staging_root(self) -> Path: ...

    def owner(self, bundle_id: str) -> str | None: ...

    def write(self, bundle: VerifiedBundle) -> None: ...

    def remove(self, bundle_id: str) -> bool: ...

    def finish(self) -> None: ...
