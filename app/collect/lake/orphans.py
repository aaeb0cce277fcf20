"""Data files a killed batch uploaded but never committed ("orphans").

A Delta table ignores files its log does not name, but they still hold the bundles' content, so
a withdrawal could leave a copy behind. A rolled-back batch's orphans are found in the partitions
it wrote, among the files no version uses, by reading their `batch_id` column: only files made
wholly by that batch are deleted, never a file another collector is about to commit.
"""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq

from app.collect.lake.objects import LakeObjects
from app.collect.lake.rows import date_text
from app.collect.lake.tables import DeltaTables


def sweep_orphans(tables: DeltaTables, objects: LakeObjects, table: str, batch_id: str,
                  days: list[int] | None) -> list[str]:
    """Delete the uncommitted data files of `batch_id` in `table`; the names deleted."""
    folders = [f"{table}/"] if days is None else [f"{table}/day={date_text(d)}/" for d in days]
    live = tables.live_files(table)
    deleted = []
    for folder in folders:
        for name in objects.names(folder):
            relative = name[len(table) + 1:]
            if not name.endswith(".parquet") or relative in live or "/_delta_log/" in f"/{relative}":
                continue
            found = objects.get(name)
            if found is None or not _made_by(found[0], batch_id):
                continue
            objects.delete(name)
            deleted.append(name)
    return deleted


def _made_by(data: bytes, batch_id: str) -> bool:
    try:
        column = pq.read_table(pa.BufferReader(data), columns=["batch_id"]).column("batch_id")
    except (pa.ArrowException, KeyError, OSError):
        return False
    values = set(column.unique().to_pylist())
    return values == {batch_id}
