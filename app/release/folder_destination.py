"""A folder destination: a local directory or a mounted share, written atomically.

Each object is written to a hidden temporary file in its final directory, fsynced, then renamed
over the final name (atomic on POSIX and on Windows' `os.replace`), and the directory is fsynced,
so a reader never sees half an object and a crash leaves either the old state or the new one.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
from pathlib import Path
from typing import BinaryIO

from app.core.errors import ReleaseError
from app.release.destinations import Checkpoint, Confirmation, PermanentError, TransientError, Writable

_CHUNK = 1024 * 1024
_PARTIAL = ".partial-"


class FolderDestination:
    """Objects are files under `root`; names use "/" and map to subdirectories."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.description = root.as_uri() if root.is_absolute() else str(root)

    def _path(self, name: str) -> Path:
        parts = [p for p in name.split("/") if p]
        if not parts or any(p in (".", "..") or p.startswith(_PARTIAL) for p in parts):
            raise ValueError(f"not an object name: {name!r}")
        return self.root.joinpath(*parts)

    def _check_root(self) -> None:
        if not self.root.is_dir():
            raise TransientError(f"The release folder {self.root} is not available.",
                                 "Mount the share or create the folder; the release is retried later.")

    def put(self, name: str, stream: BinaryIO, size: int, checkpoint: Checkpoint | None = None) -> Confirmation:
        self._check_root()
        final = self._path(name)
        temp = final.with_name(f"{_PARTIAL}{secrets.token_hex(6)}-{final.name}")
        digest, written = hashlib.md5(usedforsecurity=False), 0
        try:
            final.parent.mkdir(parents=True, exist_ok=True)
            with open(temp, "xb") as out:
                stream.seek(0)
                while written < size:
                    if checkpoint is not None:
                        checkpoint()
                    chunk = stream.read(min(_CHUNK, size - written))
                    if not chunk:
                        raise ReleaseError(f"The local copy of {name} is shorter than expected.")
                    out.write(chunk)
                    digest.update(chunk)
                    written += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, final)
            _fsync_dir(final.parent)
        except PermissionError as exc:
            raise PermanentError(f"Airlock may not write to the release folder ({exc.strerror}).",
                                 "Ask IT to give this computer write access to the folder.") from None
        except OSError as exc:
            raise TransientError(f"Writing to the release folder failed ({exc.strerror}).",
                                 "The release is retried later.") from None
        finally:
            temp.unlink(missing_ok=True)
        return Confirmation(self.description, name, written, etag=digest.hexdigest())

    def exists(self, name: str) -> bool | None:
        return self._path(name).is_file()

    def list(self, prefix: str) -> list[str]:
        self._check_root()
        base = self.root / prefix if prefix else self.root
        if not base.is_dir():
            return []
        names = []
        for path in sorted(base.rglob("*")):
            if path.is_file() and not path.name.startswith(_PARTIAL):
                names.append(path.relative_to(self.root).as_posix())
        return names

    def get(self, name: str, into: Writable) -> None:
        with open(self._path(name), "rb") as source:
            shutil.copyfileobj(source, into, _CHUNK)

    def delete(self, name: str) -> None:
        self._path(name).unlink(missing_ok=True)

    def discard_upload(self, name: str) -> None:
        """Remove `name` if it was written but never receipted (a folder write is never half-done)."""
        self.delete(name)


def _fsync_dir(directory: Path) -> None:
    # Makes the rename durable; not possible (nor needed) on Windows.
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
