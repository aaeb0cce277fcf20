"""A folder destination: a local directory or a mounted share, written atomically.

Each object is written to a hidden temporary file in its final directory, fsynced, then linked to
its final name (a hard link is created only where no file of that name exists, so an object once
written is never replaced: a second write of it is confirmed as it is), and the directory is
fsynced. A reader never sees half an object, and a crash leaves either the old state or the new
one. On a file system without hard links the temporary file is renamed instead; there, only the
share's permissions keep one device from replacing what it wrote.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import time
from pathlib import Path
from typing import BinaryIO

from app.bundle.drop_box import ListedObject
from app.core.errors import ReleaseError
from app.core.i18n import fill, translate
from app.release.destinations import Checkpoint, Confirmation, PermanentError, TransientError

_CHUNK = 1024 * 1024
_PARTIAL = ".partial-"
# A partial file this old was left by a writer that was killed (a write that is still going on
# touches its file with every chunk); the next write into its folder removes it.
STALE_PARTIAL_S = 3600.0


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
            raise TransientError(fill(translate("Errors", "The release folder %1 is not available."), self.root),
                                 translate("Errors", "Mount the share or create the folder; the release is retried "
                                                     "later."))

    def put(self, name: str, stream: BinaryIO, size: int, checkpoint: Checkpoint | None = None) -> Confirmation:
        self._check_root()
        final = self._path(name)
        temp = final.with_name(f"{_PARTIAL}{secrets.token_hex(6)}-{final.name}")
        digest, written = hashlib.md5(usedforsecurity=False), 0
        try:
            final.parent.mkdir(parents=True, exist_ok=True)
            _remove_stale_partials(final.parent)
            with open(temp, "xb") as out:
                stream.seek(0)
                while written < size:
                    if checkpoint is not None:
                        checkpoint()
                    chunk = stream.read(min(_CHUNK, size - written))
                    if not chunk:
                        raise ReleaseError(fill(translate("Errors", "The local copy of %1 is shorter than "
                                                                    "expected."), name))
                    out.write(chunk)
                    digest.update(chunk)
                    written += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            _place(temp, final)
            _fsync_dir(final.parent)
        except PermissionError as exc:
            raise PermanentError(fill(translate("Errors", "Airlock may not write to the release folder (%1)."),
                                      exc.strerror),
                                 translate("Errors", "Ask IT to give this computer write access to the folder.")) from None
        except OSError as exc:
            raise TransientError(fill(translate("Errors", "Writing to the release folder failed (%1)."), exc.strerror),
                                 translate("Errors", "The release is retried later.")) from None
        finally:
            temp.unlink(missing_ok=True)
        return Confirmation(self.description, name, written, etag=digest.hexdigest())

    def exists(self, name: str) -> bool | None:
        return self._path(name).is_file()

    def folders(self, prefix: str = "") -> list[str]:
        """The folders right under `prefix`, as "name/" (the collector's device list)."""
        self._check_root()
        base = self.root / prefix if prefix else self.root
        if not base.is_dir():
            return []
        return sorted(f"{prefix}{entry.name}/" for entry in os.scandir(base)
                      if entry.is_dir(follow_symlinks=False) and not entry.name.startswith(_PARTIAL))

    def objects(self, prefix: str, start_after: str | None = None) -> list[ListedObject]:
        if start_after:
            return [o for o in self.objects(prefix) if o.name > start_after]
        self._check_root()
        base = self.root / prefix if prefix else self.root
        if not base.is_dir():
            return []
        listed = []
        for folder, directories, files in os.walk(base):  # never follows links out of the share
            directories.sort()
            for name in sorted(files):
                path = Path(folder, name)
                if name.startswith(_PARTIAL) or not path.is_file() or path.is_symlink():
                    continue
                listed.append(ListedObject(path.relative_to(self.root).as_posix(), path.stat().st_size))
        return listed

    def open(self, name: str, limit: int) -> BinaryIO:
        """The object's file (the reader stops where it wants; nothing is fetched ahead)."""
        return open(self._path(name), "rb")

    def delete(self, name: str) -> None:
        self._path(name).unlink(missing_ok=True)

    def discard_upload(self, name: str) -> None:
        """Remove `name` if it was written but never receipted (a folder write is never half-done)."""
        self.delete(name)


def _remove_stale_partials(folder: Path) -> None:
    """Temporary files a killed release left in `folder` (SIGKILL skips the cleanup in `put`): the
    share would otherwise keep them for good. Best effort: another device's folder is not touched."""
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if not entry.name.startswith(_PARTIAL):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and now - entry.stat(follow_symlinks=False).st_mtime > STALE_PARTIAL_S:
                os.unlink(entry.path)
        except OSError:
            continue  # gone already, or not ours to remove


def _place(temp: Path, final: Path) -> None:
    """Give `temp` the name `final` unless something has it already (then `temp` is dropped by the
    caller and the object there stands)."""
    try:
        os.link(temp, final)
    except FileExistsError:
        return
    except OSError:  # no hard links here (some network shares): a rename is the best there is
        os.replace(temp, final)


def _fsync_dir(directory: Path) -> None:
    # Makes the rename durable; not possible (nor needed) on Windows.
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
