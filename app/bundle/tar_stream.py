"""Writing a tar archive as a stream of byte chunks, and reading a chunk stream as a file.

`tarfile` in write mode pushes whole members into a file object; the sealer pulls from a reader.
Emitting headers and padding ourselves lets a member's data flow through in small chunks, so a
bundle never sits in memory (or in a plaintext temp file) as a whole.
"""

from __future__ import annotations

import io
import tarfile
from collections.abc import Iterable, Iterator

BLOCK = tarfile.BLOCKSIZE  # 512
RECORD = tarfile.RECORDSIZE  # 10240: what tar tools expect an archive's length to be a multiple of


def member_header(name: str, size: int, mtime: int) -> bytes:
    """The (PAX) header block(s) of a regular file member."""
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = mtime
    info.mode = 0o644
    info.type = tarfile.REGTYPE
    info.uname = info.gname = ""
    return info.tobuf(format=tarfile.PAX_FORMAT, encoding="utf-8", errors="strict")


def padding(size: int) -> bytes:
    """NUL bytes that bring a member's data to a whole block."""
    return b"\0" * (-size % BLOCK)


class TarStream:
    """Tracks the archive length so `end()` can pad to a whole record."""

    def __init__(self, mtime: int) -> None:
        self._mtime = mtime
        self.length = 0

    def member(self, name: str, size: int, chunks: Iterable[bytes]) -> Iterator[bytes]:
        """Header, data (exactly `size` bytes, checked) and padding of one member."""
        header = member_header(name, size, self._mtime)
        self.length += len(header)
        yield header
        written = 0
        for chunk in chunks:
            written += len(chunk)
            if written > size:
                raise ValueError(f"tar member {name} is longer than its header says")
            self.length += len(chunk)
            yield chunk
        if written != size:
            raise ValueError(f"tar member {name} is shorter than its header says")
        pad = padding(size)
        self.length += len(pad)
        yield pad

    def end(self) -> bytes:
        """Two zero blocks, then zeros up to a whole record."""
        tail = b"\0" * (2 * BLOCK)
        total = self.length + len(tail)
        tail += b"\0" * (-total % RECORD)
        self.length += len(tail)
        return tail


class ChunkReader(io.RawIOBase):
    """A read-only file object over an iterator of byte chunks (pulls lazily)."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        super().__init__()
        self._chunks = iter(chunks)
        self._pending = memoryview(b"")
        # A native reader (the sealer) turns exceptions into its own error type; keep the original.
        self.error: BaseException | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not len(self._pending):
            try:
                self._pending = memoryview(next(self._chunks))
            except StopIteration:
                return 0
            except BaseException as exc:
                self.error = exc
                raise
        count = min(len(buffer), len(self._pending))
        buffer[:count] = self._pending[:count]
        self._pending = self._pending[count:]
        return count
