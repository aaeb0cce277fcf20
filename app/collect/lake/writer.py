"""LakeDatasetWriter: the DatasetWriter that puts verified bundles into the Delta tables.

Bundles are gathered into batches (on local disk, see spill.py) and each batch is committed to
frames, events and segments (in Delta commits of at most 16 MB of rows each, which bounds
delta-rs's memory), then to `bundles` in one commit. The `bundles` rows are the batch's
commit record: a bundle is in the dataset when `bundles` says so, and the journal (journal.py)
lets the next run roll back a batch that a crash cut short, so no bundle is ever in the lake in
part, nor twice. Withdrawals are gathered too and applied at the end of the run: rows deleted,
the bundle's row in `bundles` turned into a tombstone that keeps the notice, every table vacuumed.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.collect.lake.journal import BATCH, WITHDRAWAL, Entry, Journal
from app.collect.lake.lease import ShardLease
from app.collect.lake.objects import LakeObjects
from app.collect.lake.orphans import sweep_orphans
from app.collect.lake.rows import BundleRows, ShapeError, date_text, micros
from app.collect.lake.schema import ALL_TABLES, BUNDLES, CONTENT_TABLES, STATUS_COLLECTED, STATUS_WITHDRAWN
from app.collect.lake.spill import Spill
from app.collect.lake.tables import Bundled, DeltaTables, in_list, literal
from app.collect.verified import VerifiedBundle
from app.collect.writer import WriteFailed
from app.core.paths import make_private_dir

DEFAULT_BATCH_BYTES = 256 * 1024 * 1024
DEFAULT_BATCH_BUNDLES = 500


@dataclass
class LakeTally:
    """What this writer did, for the run log and the summary."""

    bundles_written: int = 0
    batches: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=lambda: {t: 0 for t in ALL_TABLES})
    bytes_spilled: int = 0
    withdrawn: list[str] = field(default_factory=list)
    vacuumed_files: int = 0
    recovered: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class LakeSettings:
    batch_bytes: int = DEFAULT_BATCH_BYTES
    batch_bundles: int = DEFAULT_BATCH_BUNDLES


class LakeDatasetWriter:
    """Writes verified bundles of one shard into the lake (a DatasetWriter; call `open` first)."""

    def __init__(self, tables: DeltaTables, objects: LakeObjects, lease: ShardLease, work_dir: Path,
                 run_id: str, settings: LakeSettings = LakeSettings(),
                 clock: Callable[[], float] = time.time,
                 on_commit: Callable[[int], None] | None = None) -> None:
        self.description = tables.root
        self._tables = tables
        self._objects = objects
        self._lease = lease
        self._journal = Journal(objects, clock)
        self._work = work_dir
        self._run_id = run_id
        self._settings = settings
        self._clock = clock
        self._on_commit = on_commit or (lambda n: None)
        self._bundled: dict[str, Bundled] = {}
        self._pending: dict[str, str] = {}  # bundle id -> device, in the open batch
        self._spill: Spill | None = None
        self._batch_id = ""
        self._rows: list[BundleRows] = []
        self._withdrawals: dict[str, dict[str, Any]] = {}
        self.tally = LakeTally()

    # -- the run's start and end ------------------------------------------------------------

    def open(self) -> None:
        """Create missing tables, take the shard's lease, put right what a killed run left, and
        read which bundles the lake holds."""
        make_private_dir(self._work)
        for leftover in self._work.glob("batch-*"):
            Spill(leftover).discard()  # a killed run's local rows: never committed, or committed again
        self._tables.ensure()
        self._lease.acquire()
        shard = self._lease.shard
        for entry in self._journal.ours(shard, self._lease.is_held):
            self._recover(entry)
        self._bundled = self._tables.bundled(shard.holds)

    def staging_root(self) -> Path:
        folder = self._work / "staging"
        make_private_dir(folder)
        return folder

    def owner(self, bundle_id: str) -> str | None:
        if bundle_id in self._pending:
            return self._pending[bundle_id]
        held = self._bundled.get(bundle_id)
        return None if held is None else held.device_id

    def withdrawn(self, bundle_id: str) -> bool:
        held = self._bundled.get(bundle_id)
        return held is not None and held.status == STATUS_WITHDRAWN

    def write(self, bundle: VerifiedBundle) -> None:
        if self.owner(bundle.bundle_id) is not None:
            raise WriteFailed("the lake already holds a bundle of this id")
        if self._spill is None:
            self._batch_id = f"{time.strftime('%Y%m%dT%H%M%SZ', time.gmtime(self._clock()))}-{secrets.token_hex(6)}"
            self._spill = Spill(self._work / f"batch-{self._batch_id}")
        rows = BundleRows(bundle, self._batch_id, self._run_id, self._clock())
        try:
            self._spill.add(bundle.bundle_id, ((t, rows.batches(t)) for t in (*CONTENT_TABLES, BUNDLES)))
        except ShapeError as exc:
            raise WriteFailed(str(exc)) from None
        self._rows.append(rows)
        self._pending[bundle.bundle_id] = bundle.device_id
        if (self._spill.bytes >= self._settings.batch_bytes
                or len(self._rows) >= self._settings.batch_bundles):
            self.commit()

    def remove(self, bundle_id: str, notice: Mapping[str, Any] | None = None) -> bool:
        """Queue a withdrawal (applied in `finish`); True if the lake holds the bundle's data."""
        held = self._bundled.get(bundle_id)
        if held is not None and held.status == STATUS_WITHDRAWN:
            return False
        signer = held.device_id if held else str((notice or {}).get("key_id", ""))
        self._withdrawals[bundle_id] = {
            "bundle_id": bundle_id, "device_id": signer, "collected": held is not None,
            "days": [held.first_day, held.last_day] if held and held.first_day is not None else [],
            "notice": json.dumps(dict(notice or {}), sort_keys=True)}
        return held is not None

    def finish(self) -> None:
        """Commit the open batch, apply the withdrawals, give the lease back."""
        try:
            self.commit()
            if self._withdrawals:
                self._withdraw(list(self._withdrawals.values()))
                self._withdrawals.clear()
        finally:
            self._lease.release()

    def abandon(self) -> None:
        """Drop the open batch (nothing of it was committed) and give the lease back."""
        if self._spill is not None:
            self._spill.discard()
        self._lease.release()

    # -- committing a batch -----------------------------------------------------------------

    def commit(self) -> None:
        """Commit the open batch: journal, content tables, `bundles`, journal removed."""
        if self._spill is None:
            return
        spill, rows, batch_id = self._spill, self._rows, self._batch_id
        days = {t: sorted({d for r in rows for d in r.days}) for t in CONTENT_TABLES}
        entry = Entry(BATCH, batch_id, self._lease.shard.label, self._clock(),
                      bundles=[{"bundle_id": r.bundle.bundle_id, "device_id": r.bundle.device_id} for r in rows],
                      days=days)
        self._lease.renew()
        self._journal.write(entry)
        for table in (*CONTENT_TABLES, BUNDLES):
            counted = _Counted(spill.batches(table))
            self._tables.append(table, counted, batch_id)
            self.tally.rows[table] += counted.rows
        self._journal.done(entry)
        for r in rows:
            first, last = (min(r.days), max(r.days)) if r.days else (None, None)
            self._bundled[r.bundle.bundle_id] = Bundled(r.bundle.device_id, STATUS_COLLECTED, batch_id, first, last)
        self.tally.bundles_written += len(rows)
        self.tally.batches.append(batch_id)
        self.tally.bytes_spilled += spill.bytes
        spill.discard()
        self._spill, self._rows, self._pending = None, [], {}
        self._on_commit(len(rows))

    # -- withdrawals ------------------------------------------------------------------------

    def _withdraw(self, bundles: list[dict[str, Any]]) -> None:
        entry = Entry(WITHDRAWAL, f"withdrawal-{secrets.token_hex(8)}", self._lease.shard.label, self._clock(),
                      bundles=bundles, vacuum_until=self._clock() + self._tables_retention_seconds())
        self._lease.renew()
        self._journal.write(entry)
        self._apply_withdrawal(entry)
        for b in bundles:
            held = self._bundled.get(b["bundle_id"])
            self._bundled[b["bundle_id"]] = Bundled(b["device_id"], STATUS_WITHDRAWN, held.batch_id if held else "",
                                                    held.first_day if held else None, held.last_day if held else None)
            self.tally.withdrawn.append(b["bundle_id"])

    def _tables_retention_seconds(self) -> float:
        return self._tables.retention_hours * 3600.0

    def _apply_withdrawal(self, entry: Entry) -> None:
        """Delete the bundles' rows, tombstone them in `bundles`, vacuum; every step idempotent."""
        note = {"airlock.withdrawal": entry.id}
        collected = [b for b in entry.bundles if b.get("collected")]
        for chunk in _chunks(collected, 200):
            predicate = f"bundle_id IN ({in_list([b['bundle_id'] for b in chunk])})"
            days = sorted({d for b in chunk for d in b.get("days") or []})
            if days and all(b.get("days") for b in chunk):  # only the partitions these bundles wrote
                predicate += f" AND day >= {literal(date_text(days[0]))} AND day <= {literal(date_text(days[-1]))}"
            for table in CONTENT_TABLES:
                self._tables.delete(table, predicate, note)
        now_us = micros(self._clock())
        for b in entry.bundles:
            if not self._tables.tombstone(b["bundle_id"], now_us, b["notice"]) and \
                    not self._tables.has_bundle(b["bundle_id"]):
                self._tables.append_tombstone(b["bundle_id"], b["device_id"], now_us, b["notice"], entry.id)
        for table in ALL_TABLES:
            self.tally.vacuumed_files += len(self._tables.vacuum(table, note))
        if self._clock() >= entry.vacuum_until:
            self._journal.done(entry)

    # -- recovery ---------------------------------------------------------------------------

    def _recover(self, entry: Entry) -> None:
        if entry.kind == WITHDRAWAL:
            self._apply_withdrawal(entry)
        elif entry.kind == BATCH:
            if self._tables.batch_rows(BUNDLES, entry.id) == 0:
                note = {"airlock.rollback": entry.id}
                for table in CONTENT_TABLES:
                    self._tables.delete(table, f"batch_id = {literal(entry.id)}", note)
                    sweep_orphans(self._tables, self._objects, table, entry.id, entry.days.get(table, []))
                sweep_orphans(self._tables, self._objects, BUNDLES, entry.id, None)
            self._journal.done(entry)
        self.tally.recovered.append(entry.id)


class _Counted:
    """Counts the rows of the record batches passing through."""

    def __init__(self, batches) -> None:
        self._batches = batches
        self.rows = 0

    def __iter__(self):
        for batch in self._batches:
            self.rows += batch.num_rows
            yield batch


def _chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]
