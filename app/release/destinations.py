"""Where bundles go: the Destination protocol and opening one from a policy URL.

A destination stores named objects under the policy's prefix; their names are the drop box's
(app/bundle/drop_box.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Protocol
from urllib.parse import unquote, urlsplit

from app.bundle.drop_box import ListedObject
from app.core.errors import ReleaseError
from app.core.i18n import fill, translate

# Called between upload steps; raises (e.g. UploadStopped) to stop an upload so it can resume later.
Checkpoint = Callable[[], None]


@dataclass(frozen=True)
class Confirmation:
    """What the destination said when it accepted an object (kept in the receipt)."""

    destination: str  # a description without secrets, e.g. "s3://bucket/prefix"
    name: str
    size: int
    etag: str = ""
    version_id: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"destination": self.destination, "name": self.name, "size": self.size,
                "etag": self.etag, "version_id": self.version_id}


class UploadStopped(Exception):
    """An upload was stopped on purpose (battery, gate change); it resumes or is discarded later."""


class TransientError(ReleaseError):
    """The destination failed in a way that may pass (network, 5xx, throttling): try again later."""


class PermanentError(ReleaseError):
    """The destination refused (permission, missing bucket, bad request): retrying will not help."""


class UploadJournal(Protocol):
    """Persistent progress of resumable uploads (kept in the vault), by object name."""

    def load(self, name: str) -> dict[str, Any] | None: ...

    def save(self, name: str, state: dict[str, Any]) -> None: ...

    def clear(self, name: str) -> None: ...


class MemoryJournal:
    """An upload journal that lives only as long as the object (collector, tests)."""

    def __init__(self) -> None:
        self.states: dict[str, dict[str, Any]] = {}

    def load(self, name: str) -> dict[str, Any] | None:
        return self.states.get(name)

    def save(self, name: str, state: dict[str, Any]) -> None:
        self.states[name] = dict(state)

    def clear(self, name: str) -> None:
        self.states.pop(name, None)


class Destination(Protocol):
    """A place that stores named objects."""

    description: str

    def put(self, name: str, stream: BinaryIO, size: int, checkpoint: Checkpoint | None = None) -> Confirmation:
        """Store exactly `size` bytes from a seekable `stream` under `name` (atomically: whole or
        absent), never replacing an object already there (that is confirmed as it is)."""

    def exists(self, name: str) -> bool | None:
        """True/False, or None when the credentials may not look (write-only)."""

    def objects(self, prefix: str) -> list[ListedObject]:
        """Every object under `prefix` (collector)."""

    def open(self, name: str, limit: int) -> BinaryIO:
        """A readable stream of an object, of which at most `limit + 1` bytes are fetched
        (collector: one byte more than expected shows that an object is too large). Where the
        store keeps versions, the object's first version."""

    def delete(self, name: str) -> None:
        """Remove an object (collector; device credentials are normally not allowed to)."""

    def discard_upload(self, name: str) -> None:
        """Abandon an upload of `name` that was never receipted: abort it if unfinished, remove it
        if it completed (where the credentials allow)."""


@dataclass(frozen=True)
class S3Location:
    bucket: str
    prefix: str  # "" or ending in "/"


def parse_destination(url: str) -> Path | S3Location:
    """A folder path for file:///… or a bare absolute path, an S3Location for s3://bucket/prefix."""
    if not url:
        raise ReleaseError(translate("Errors", "The policy names no release destination."),
                           translate("Errors", "Ask IT to set release.destination (a folder or s3://bucket/prefix)."))
    parts = urlsplit(url)
    if parts.scheme == "file":
        if parts.netloc not in ("", "localhost"):
            raise ReleaseError(fill(translate("Errors", "Release destination %1: only local file:/// URLs are "
                                                        "supported."), repr(url)),
                               translate("Errors", "Mount the share and name its local path."))
        return Path(unquote(parts.path))
    if parts.scheme == "s3":
        if not parts.netloc:
            raise ReleaseError(fill(translate("Errors", "Release destination %1 names no bucket."), repr(url)),
                               translate("Errors", "Use s3://bucket/prefix."))
        prefix = parts.path.strip("/")
        return S3Location(parts.netloc, f"{prefix}/" if prefix else "")
    if parts.scheme == "" and Path(url).is_absolute():
        return Path(url)
    raise ReleaseError(fill(translate("Errors", "Release destination %1 is not a folder or an s3:// URL."), repr(url)),
                       translate("Errors", "Use file:///path/to/folder or s3://bucket/prefix."))
