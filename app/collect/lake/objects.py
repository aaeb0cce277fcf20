"""The lake's own small objects: leases, batch journals, cursors and run logs, under `_airlock/`.

`LakeObjects` is what the lake needs of its store: whole small objects with conditional writes
(create only if absent; replace only if unchanged), listing and deletion. On S3 the command line
wires in the object store's implementation (the S3 client has one home, in app.release); for a
lake on a local path, `FolderObjects` does the same with exclusive creates and a lock file.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from app.core.errors import PreconditionFailed
from app.core.paths import make_private_dir

CONTROL = "_airlock/"
__all__ = ["CONTROL", "FolderObjects", "LakeObjects", "PreconditionFailed"]


class LakeObjects(Protocol):
    """Small objects at the lake's root, named by relative paths ("_airlock/leases/0-of-2.json")."""

    description: str

    def put(self, name: str, data: bytes, if_absent: bool = False, if_match: str | None = None) -> str:
        """Store `data`; returns its entity tag. PreconditionFailed when a condition does not hold."""

    def get(self, name: str) -> tuple[bytes, str] | None:
        """(data, entity tag), or None if there is no such object."""

    def delete(self, name: str) -> None:
        """Remove an object (absent is fine)."""

    def names(self, prefix: str) -> list[str]:
        """Names under `prefix`."""


class FolderObjects:
    """LakeObjects in a local directory (0700/0600). One lock file serialises conditional writes
    between collectors on this machine; the entity tag is the sha256 of the content."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.description = str(root)

    def _path(self, name: str) -> Path:
        parts = Path(name).parts
        if not parts or any(p in ("..", "") for p in parts) or Path(name).is_absolute():
            raise ValueError(f"not an object name: {name!r}")
        return self.root.joinpath(*parts)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        make_private_dir(self.root / CONTROL)
        fd = os.open(self.root / CONTROL / ".lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)

    def put(self, name: str, data: bytes, if_absent: bool = False, if_match: str | None = None) -> str:
        path = self._path(name)
        make_private_dir(path.parent)
        temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        try:
            with self._locked():
                current = self.get(name)
                if (if_absent and current is not None) or (
                        if_match is not None and (current is None or current[1] != if_match)):
                    raise PreconditionFailed(name)
                os.replace(temporary, path)
        finally:
            temporary.unlink(missing_ok=True)
        return _etag(data)

    def get(self, name: str) -> tuple[bytes, str] | None:
        try:
            data = self._path(name).read_bytes()
        except FileNotFoundError:
            return None
        return data, _etag(data)

    def delete(self, name: str) -> None:
        self._path(name).unlink(missing_ok=True)

    def names(self, prefix: str) -> list[str]:
        base = self._path(prefix.rstrip("/")) if prefix.strip("/") else self.root
        if not base.is_dir():
            return []
        names = []
        for folder, _dirs, files in os.walk(base):
            for file in files:
                if not file.startswith("."):
                    names.append(Path(folder, file).relative_to(self.root).as_posix())
        return sorted(names)


def _etag(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
