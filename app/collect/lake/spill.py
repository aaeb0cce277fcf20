"""A batch's rows on local disk until they are committed: one Arrow IPC stream file per bundle
and table, in a private folder (0700/0600) of the collector's work directory.

A bundle's rows are written whole or not at all (its files are removed if one table fails), so
a bundle that does not fit the columns never reaches the lake in part. At commit each table's
files are read back one record batch at a time.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyarrow as pa

from app.collect.lake.schema import ALL_TABLES, SCHEMAS
from app.core.paths import make_private_dir


class Spill:
    """The local rows of one batch."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        make_private_dir(folder)
        self._files: dict[str, list[Path]] = {t: [] for t in ALL_TABLES}
        self.bytes = 0

    def add(self, bundle_id: str, tables: Iterable[tuple[str, Iterable[pa.RecordBatch]]]) -> None:
        """Write one bundle's batches for each table; on any failure nothing of it stays."""
        written: list[tuple[str, Path]] = []
        try:
            for table, batches in tables:
                path = self.folder / f"{bundle_id}.{table}.arrow"
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                written.append((table, path))
                with os.fdopen(fd, "wb") as sink, pa.ipc.new_stream(sink, SCHEMAS[table]) as stream:
                    for batch in batches:
                        stream.write_batch(batch)
        except BaseException:
            for _table, path in written:
                path.unlink(missing_ok=True)
            raise
        for table, path in written:
            self._files[table].append(path)
            self.bytes += path.stat().st_size

    def batches(self, table: str) -> Iterator[pa.RecordBatch]:
        """Every record batch of `table`, file after file, one in memory at a time."""
        for path in self._files[table]:
            with pa.OSFile(str(path), "rb") as source, pa.ipc.open_stream(source) as reader:
                yield from reader

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
