"""deltalake's one home: the dataset's Delta tables on S3 or a local path.

Every commit is a Delta transaction: on S3 the commit file is created with a conditional write
(`If-None-Match: *`, delta-rs's default log store), so concurrent collectors never overwrite one
another's commits; a writer that loses the race re-reads the log and tries the next version. The
commits of a batch carry `airlock.batch` in their commit info, and every row its `batch_id`.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import pyarrow as pa

from app.collect.lake.schema import (
    ALL_TABLES,
    BUNDLES,
    FRAMES,
    PARTITIONS,
    SCHEMAS,
    STATUS_COLLECTED,
    STATUS_WITHDRAWN,
    table_configuration,
)

T = TypeVar("T")
_SAFE_LITERAL = re.compile(r"^[A-Za-z0-9._:-]{1,160}$")
_COMMIT_ATTEMPTS = 12
MB = 1024 * 1024
COMMIT_BYTES = 16 * MB  # rows per append commit: bounds the writer's memory (see `append`)


class LakeUnavailable(Exception):
    """The lake could not be read or written; `str()` says what delta-rs reported."""


def literal(value: str) -> str:
    """A quoted SQL string for a predicate; only identifiers (bundle, batch ids, dates) are allowed."""
    if not _SAFE_LITERAL.match(value):
        raise ValueError(f"not an identifier: {value!r}")
    return f"'{value}'"


@dataclass(frozen=True)
class Bundled:
    """What the `bundles` table says of one bundle."""

    device_id: str
    status: str
    batch_id: str
    first_day: int | None
    last_day: int | None


class DeltaTables:
    """The four tables under one root URI (`s3://bucket/prefix` or a local directory)."""

    def __init__(self, root: str, storage_options: dict[str, str] | None, retention_hours: int,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.root = root.rstrip("/")
        self._options = storage_options
        self._retention_hours = retention_hours
        self._sleep = sleep

    @property
    def retention_hours(self) -> int:
        return self._retention_hours

    def uri(self, table: str) -> str:
        return f"{self.root}/{table}"

    # -- plumbing -------------------------------------------------------------------------------

    def _table(self, table: str):
        from deltalake import DeltaTable

        return DeltaTable(self.uri(table), storage_options=self._options)

    def _retrying(self, what: str, action: Callable[[], T], again: bool = True) -> T:
        """Run one Delta operation, again after a commit conflict with another collector (when
        `again`: an operation that re-reads the table; an append consumed its stream)."""
        from deltalake.exceptions import CommitFailedError, DeltaError

        for attempt in range(_COMMIT_ATTEMPTS):
            try:
                return action()
            except CommitFailedError:
                if not again or attempt + 1 == _COMMIT_ATTEMPTS:
                    raise LakeUnavailable(f"{what}: another collector kept committing first") from None
                self._sleep(min(2.0, 0.05 * 2 ** attempt))
            except (DeltaError, OSError) as exc:
                raise LakeUnavailable(f"{what}: {exc}") from None
        raise AssertionError("unreachable")

    # -- creating ----------------------------------------------------------------------------

    def ensure(self) -> None:
        """Create the tables that do not exist yet (several collectors may race to: one wins)."""
        from deltalake import DeltaTable

        for table in ALL_TABLES:
            for _ in range(_COMMIT_ATTEMPTS):
                if DeltaTable.is_deltatable(self.uri(table), storage_options=self._options):
                    break
                try:
                    DeltaTable.create(self.uri(table), SCHEMAS[table], mode="ignore",
                                      partition_by=PARTITIONS[table] or None, name=table,
                                      configuration=table_configuration(table, self._retention_hours),
                                      storage_options=self._options)
                except Exception:  # noqa: BLE001 - lost the race to create version 0; look again
                    self._sleep(0.1)

    # -- writing -------------------------------------------------------------------------------

    def append(self, table: str, batches: Iterable[pa.RecordBatch], batch_id: str) -> int:
        """Append a stream of record batches to `table`, in commits of at most `COMMIT_BYTES` of
        rows each (delta-rs gathers what one write is given in memory before it writes, so one
        commit per batch would hold the whole batch); the number of commits."""
        commits = 0
        chunk: list[pa.RecordBatch] = []
        held = 0
        for batch in batches:
            if chunk and held + batch.nbytes > COMMIT_BYTES:
                self._append_chunk(table, chunk, batch_id)
                commits += 1
                chunk, held = [], 0
            chunk.append(batch)
            held += batch.nbytes
        if chunk:
            self._append_chunk(table, chunk, batch_id)
            commits += 1
        return commits

    def _append_chunk(self, table: str, chunk: list[pa.RecordBatch], batch_id: str) -> None:
        from deltalake import CommitProperties, WriterProperties, write_deltalake

        # Screenshots are large: small row groups keep the readers' buffers small too.
        rows = 64 if table == FRAMES else 65_536
        properties = WriterProperties(max_row_group_size=rows, compression="ZSTD")
        reader = pa.RecordBatchReader.from_batches(SCHEMAS[table], chunk)
        commit = CommitProperties(custom_metadata={"airlock.batch": batch_id}, max_commit_retries=50)
        # write_deltalake retries the commit itself (same files) when another collector won the version.
        self._retrying(f"appending to {table}", lambda: write_deltalake(
            self.uri(table), reader, mode="append", partition_by=PARTITIONS[table] or None,
            storage_options=self._options, writer_properties=properties, commit_properties=commit,
            target_file_size=128 * MB), again=False)

    def delete(self, table: str, predicate: str, note: dict[str, Any]) -> int:
        """Delete the rows matching `predicate`; the number deleted."""
        from deltalake import CommitProperties

        def run() -> int:
            metrics = self._table(table).delete(predicate, commit_properties=CommitProperties(
                custom_metadata=note, max_commit_retries=50))
            return int(metrics.get("num_deleted_rows", 0) or 0)
        return self._retrying(f"deleting from {table}", run)

    def tombstone(self, bundle_id: str, withdrawn_at_us: int, receipt: str) -> bool:
        """Mark a collected bundle withdrawn, keeping the notice; False if `bundles` has no
        collected row for it (never collected, or already a tombstone)."""
        def run() -> bool:
            metrics = self._table(BUNDLES).update(
                new_values={"status": STATUS_WITHDRAWN, "withdrawal_receipt": receipt,
                            "withdrawn_at": _utc(withdrawn_at_us)},
                predicate=f"bundle_id = {literal(bundle_id)} AND status = {literal(STATUS_COLLECTED)}")
            return int(metrics.get("num_updated_rows", 0) or 0) > 0
        return self._retrying("recording the withdrawal", run)

    def has_bundle(self, bundle_id: str) -> bool:
        """Whether `bundles` has any row (collected or tombstone) for this bundle."""
        import pyarrow.dataset as ds

        return self._retrying("reading the bundles table", lambda: self._table(BUNDLES).to_pyarrow_dataset()
                              .count_rows(filter=ds.field("bundle_id") == bundle_id)) > 0

    def append_tombstone(self, bundle_id: str, device_id: str, withdrawn_at_us: int, receipt: str,
                         batch_id: str) -> None:
        """A `bundles` row for a bundle withdrawn before it was ever collected."""
        row: dict[str, list[Any]] = {f.name: [None] for f in SCHEMAS[BUNDLES]}
        row.update(bundle_id=[bundle_id], device_id=[device_id], status=[STATUS_WITHDRAWN],
                   withdrawn_at=[withdrawn_at_us], withdrawal_receipt=[receipt], batch_id=[batch_id])
        batch = pa.RecordBatch.from_pydict(row, schema=SCHEMAS[BUNDLES])
        self.append(BUNDLES, [batch], batch_id)

    def vacuum(self, table: str, note: dict[str, Any]) -> list[str]:
        """Delete the files the table no longer references once the retention has passed."""
        from deltalake import CommitProperties

        return self._retrying(f"vacuuming {table}", lambda: self._table(table).vacuum(
            retention_hours=self._retention_hours, enforce_retention_duration=False, dry_run=False,
            commit_properties=CommitProperties(custom_metadata=note)))

    # -- reading -------------------------------------------------------------------------------

    def bundled(self, devices: Callable[[str], bool] | None = None) -> dict[str, Bundled]:
        """Every bundle in the `bundles` table (of the devices `devices` accepts), by id."""
        columns = ["bundle_id", "device_id", "status", "batch_id", "first_day", "last_day"]
        data = self._retrying("reading the bundles table",
                              lambda: self._table(BUNDLES).to_pyarrow_table(columns=columns)).to_pydict()
        found = {}
        for i, bundle_id in enumerate(data["bundle_id"]):
            device = data["device_id"][i]
            if devices is None or devices(device):
                found[bundle_id] = Bundled(device, data["status"][i], data["batch_id"][i],
                                           _days(data["first_day"][i]), _days(data["last_day"][i]))
        return found

    def batch_rows(self, table: str, batch_id: str) -> int:
        """How many rows of `table` a batch left (0 for a batch that never committed there)."""
        import pyarrow.dataset as ds

        def count() -> int:
            dataset = self._table(table).to_pyarrow_dataset()
            return dataset.count_rows(filter=ds.field("batch_id") == batch_id)
        return self._retrying(f"looking for batch rows in {table}", count)

    def live_files(self, table: str) -> set[str]:
        """Paths (relative to the table) of the data files the current version uses."""
        def files() -> set[str]:
            actions = pa.table(self._table(table).get_add_actions(flatten=True))  # arro3 -> pyarrow
            return set(actions.column("path").to_pylist()) if "path" in actions.column_names else set()
        return self._retrying(f"listing files of {table}", files)

    def versions(self) -> dict[str, int]:
        def version_of(table: str) -> Callable[[], int]:
            return lambda: self._table(table).version()
        return {t: self._retrying(f"reading {t}", version_of(t)) for t in ALL_TABLES}


def _utc(us: int):
    import datetime

    return datetime.datetime.fromtimestamp(us / 1_000_000, datetime.UTC)


def _days(value) -> int | None:
    import datetime

    if value is None:
        return None
    return (value - datetime.date(1970, 1, 1)).days


def in_list(values: Sequence[str]) -> str:
    return ", ".join(literal(v) for v in values)
