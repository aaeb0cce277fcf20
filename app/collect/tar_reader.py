"""Unpacking a bundle's tar as it is decrypted, refusing anything but the bundle's own files.

The decrypter pushes plaintext into `TarExtractor.write`; the extractor reads 512-byte headers
itself (each parsed and checksum-checked by `tarfile.TarInfo.frombuf`, which follows no extension
header) and writes member data straight into the staging folder. Before a byte of a member is
written, its header must describe a regular file with one of the bundle's names, not seen before,
whose size keeps the running totals within both bounds: the plaintext there can be (never more
than the sealed size) and the collector's ceiling, against which each file counts in whole 4 KiB
blocks, as a file system stores it (so many tiny files cannot take more disk than the ceiling). Links, devices, directories, sparse files, GNU and
PAX extension headers are refused, so nothing can be written outside the staging folder and the
folder never holds more than the ceiling.
"""

from __future__ import annotations

import hashlib
import os
import tarfile
from pathlib import Path

from app.bundle.layout import is_bundle_file
from app.collect.rejection import Rejected
from app.collect.verified import FileFacts
from app.core.paths import make_private_dir

BLOCK = tarfile.BLOCKSIZE
STORAGE_BLOCK = 4096  # what one file takes on disk at least, per started block
_REGULAR = (tarfile.REGTYPE, tarfile.AREGTYPE)
_KINDS = {tarfile.SYMTYPE: "a symbolic link", tarfile.LNKTYPE: "a hard link", tarfile.CHRTYPE: "a device",
          tarfile.BLKTYPE: "a device", tarfile.FIFOTYPE: "a pipe", tarfile.DIRTYPE: "a directory",
          tarfile.GNUTYPE_SPARSE: "a sparse file", tarfile.CONTTYPE: "a contiguous file",
          tarfile.XHDTYPE: "an extended (PAX) header", tarfile.XGLTYPE: "a global (PAX) header",
          tarfile.GNUTYPE_LONGNAME: "a GNU long name", tarfile.GNUTYPE_LONGLINK: "a GNU long link"}
_OPEN_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


class TarExtractor:
    """A writable stream that unpacks a tar into `root` (created 0700; files 0600).

    `plain_bound` is what the whole plaintext can be at most (the sealed size), `ceiling` what the
    files may hold together. `files` maps each unpacked name to its size and sha256 once `finish()`
    has checked that the archive ended properly.
    """

    def __init__(self, root: Path, plain_bound: int, ceiling: int, max_members: int) -> None:
        self._root = root
        self._plain_bound = plain_bound
        self._ceiling = ceiling
        self._max_members = max_members
        self._declared = 0  # bytes the members hold
        self._stored = 0  # what they take on disk, in whole storage blocks
        self._header = bytearray()
        self._out: int | None = None  # the member being written (a file descriptor)
        self._name = ""
        self._size = 0
        self._remaining = 0  # data bytes of the current member still to come
        self._padding = 0  # padding bytes after it still to skip
        self._digest = hashlib.sha256()
        self._ended = False
        self.write_error: OSError | None = None  # a failure writing to the staging folder (disk full)
        self.files: dict[str, FileFacts] = {}
        make_private_dir(root)

    # -- the writable stream -------------------------------------------------------------------

    def write(self, data) -> int:
        try:
            return self._write(data)
        except OSError as exc:  # the decrypter would report it as its own I/O error: keep ours
            self.write_error = exc
            raise

    def _write(self, data) -> int:
        view = memoryview(data).cast("B")
        while len(view):
            if self._remaining:
                view = self._member_data(view)
            elif self._padding:
                skip = min(self._padding, len(view))
                self._padding -= skip
                view = view[skip:]
            elif self._ended:
                if any(view):
                    raise Rejected("the bundle has data after the end of its archive")
                break
            else:
                take = min(BLOCK - len(self._header), len(view))
                self._header += view[:take]
                view = view[take:]
                if len(self._header) == BLOCK:
                    self._next_header(bytes(self._header))
                    self._header.clear()
        return len(data)

    def flush(self) -> None:
        pass

    def finish(self) -> dict[str, FileFacts]:
        """The unpacked files; Rejected if the archive stopped in the middle of something."""
        if self._remaining or self._padding or self._header or self._out is not None:
            raise Rejected("the bundle's archive is cut short")
        return self.files

    def close(self) -> None:
        """Close a member left open by a failure (the caller removes the staging folder)."""
        if self._out is not None:
            os.close(self._out)
            self._out = None

    # -- members -----------------------------------------------------------------------------

    def _next_header(self, block: bytes) -> None:
        if block == b"\0" * BLOCK:
            self._ended = True
            return
        try:
            info = tarfile.TarInfo.frombuf(block, "utf-8", "strict")
        except (tarfile.HeaderError, ValueError):
            raise Rejected("the bundle is not a readable archive (a damaged header)") from None
        if info.type not in _REGULAR:
            kind = _KINDS.get(info.type, f"an entry of type {info.type!r}")
            raise Rejected(f"the bundle holds {kind} ({info.name!r}), not a regular file")
        name = info.name
        if not is_bundle_file(name):
            raise Rejected(f"the bundle holds an unexpected entry ({name!r})")
        if name in self.files:
            raise Rejected(f"the bundle holds {name} twice")
        if len(self.files) >= self._max_members:
            raise Rejected(f"the bundle holds more than {self._max_members} files")
        stored = -(-info.size // STORAGE_BLOCK) * STORAGE_BLOCK
        if info.size < 0 or self._declared + info.size > self._plain_bound:
            raise Rejected(f"its files would hold more than the {self._plain_bound} bytes of its sealed file")
        if self._stored + stored > self._ceiling:
            raise Rejected(f"its files would take more than the collector's ceiling of {self._ceiling} bytes")
        self._declared += info.size
        self._stored += stored
        target = self._root.joinpath(*name.split("/"))
        if target.parent != self._root:
            make_private_dir(target.parent)
        self._out = os.open(target, _OPEN_FLAGS, 0o600)
        self._name, self._size = name, info.size
        self._remaining, self._padding = info.size, -info.size % BLOCK
        self._digest = hashlib.sha256()
        if not info.size:
            self._member_done()

    def _member_data(self, view: memoryview) -> memoryview:
        take = min(self._remaining, len(view))
        chunk = view[:take]
        self._digest.update(chunk)
        assert self._out is not None
        while len(chunk):
            chunk = chunk[os.write(self._out, chunk):]
        self._remaining -= take
        if not self._remaining:
            self._member_done()
        return view[take:]

    def _member_done(self) -> None:
        assert self._out is not None
        os.close(self._out)
        self._out = None
        self.files[self._name] = FileFacts(self._size, self._digest.hexdigest())
