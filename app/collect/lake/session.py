"""One collector worker's run into the lake, on one shard of devices.

    open the writer (tables, lease, recovery) → the Collector's round over the shard's part of
    the drop box (the one verification path) → the writer's last batch and withdrawals → the
    signed run log → a summary (counts, rows, bytes, peak memory).
"""

from __future__ import annotations

import resource
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.bundle.signing import DeviceSigner, TrustedDevices
from app.collect.collector import Collector, CollectStatus
from app.collect.drop_view import Report, ShardView, read_cursors, write_cursors
from app.collect.lake.lease import ShardLease
from app.collect.lake.objects import LakeObjects
from app.collect.lake.run_log import write_run_log
from app.collect.lake.tables import DeltaTables
from app.collect.lake.writer import LakeDatasetWriter, LakeSettings
from app.collect.shard import Shard


@dataclass(frozen=True)
class WorkerParts:
    """What the composition root built for this worker."""

    source: Any  # DropSource
    identity: Any
    trusted: TrustedDevices
    tables: DeltaTables
    objects: LakeObjects
    signer: DeviceSigner
    work_dir: Path
    settings: LakeSettings
    run_id: str
    lease_seconds: float
    delete_withdrawn: bool = False
    full_listing: bool = False  # ignore the cursors: look at every object again (after a device's clock jumped back)


def collect_shard(parts: WorkerParts, shard: Shard, report: Report) -> dict[str, Any]:
    """Collect `shard` into the lake; the summary of what happened (JSON-able)."""
    started = time.time()
    lease = ShardLease(parts.objects, shard, parts.run_id, parts.lease_seconds)
    writer = LakeDatasetWriter(parts.tables, parts.objects, lease, parts.work_dir / f"shard-{shard.name}",
                               f"{parts.run_id}/{shard.name}", parts.settings)
    writer.open()
    try:
        view = ShardView(parts.source, shard, {} if parts.full_listing else read_cursors(parts.objects, shard),
                         settled=writer.withdrawn, report=report)
        outcome = Collector(view, parts.identity, parts.trusted, writer).run(delete_withdrawn=parts.delete_withdrawn)
    except BaseException:
        writer.abandon()
        raise
    write_cursors(parts.objects, shard, view.advance(outcome.outcomes))
    tally = writer.tally
    counts = {s.value: outcome.count(s) for s in CollectStatus}
    finished = time.time()
    log = {
        "run_id": parts.run_id, "shard": shard.label, "host": socket.gethostname(),
        "started": started, "finished": finished, "drop_box": view.description, "lake": parts.tables.root,
        "bundles_read": counts[CollectStatus.UNPACKED.value] + counts[CollectStatus.REJECTED.value],
        "counts": counts, "rows_added": tally.rows, "batches": tally.batches, "recovered": tally.recovered,
        "withdrawals_honoured": tally.withdrawn, "files_vacuumed": tally.vacuumed_files,
        "rejected": [{"bundle_id": o.bundle_id, "reason": o.reason} for o in outcome.outcomes
                     if o.status is CollectStatus.REJECTED],
        "devices_listed": view.listed_devices,
        "table_versions": parts.tables.versions(),
    }
    log_name = write_run_log(parts.objects, parts.signer, log)
    return {**log, "run_log": log_name, "bytes_read": view.bytes_read, "peak_rss_mb": peak_rss_mb(),
            "seconds": finished - started}


def peak_rss_mb() -> float:
    """This process's peak resident memory, in MB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
