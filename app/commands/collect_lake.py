"""`airlock collect --to s3://lake/prefix | DIR`: the composition of the lake output.

Builds, in each worker process, the drop box reader (folder or S3), the lake's object store and
Delta tables, and runs app.collect.lake.session on the worker's shard; the parent checks the lake
bucket first (never public, conditional writes honoured), draws the progress bar and prints the
summary (`--json`: one JSON object on standard output).
"""

from __future__ import annotations

import json
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.errors import KnownError
from app.core.i18n import fill, format_decimal, format_number, translate

DEFAULT_WORK_DIR = Path("~/.cache/airlock-collector").expanduser()


@dataclass(frozen=True)
class LakeJob:
    """Everything a worker needs to build its parts (picklable: workers are fresh processes)."""

    source: str
    source_endpoint: str | None
    region: str
    lake: str
    lake_endpoint: str | None
    identity: str
    trusted: str
    signing_key: str
    work_dir: str
    retention_hours: int
    batch_mb: int
    batch_bundles: int
    lease_seconds: float
    delete_withdrawn: bool
    full_listing: bool
    run_id: str


def _need_lake_extra() -> None:
    import importlib.util

    if any(importlib.util.find_spec(name) is None for name in ("deltalake", "pyarrow")):
        raise KnownError(translate("Errors", "The lake output needs the deltalake and pyarrow packages, which are "
                                   "not installed."),
                         translate("Errors", "Install the collector's extra: pip install 'airlock[lake]'."))


def _s3(url_location, endpoint, region):
    from app.release.destinations import MemoryJournal
    from app.release.s3_destination import S3Destination

    return S3Destination(url_location, MemoryJournal(), endpoint=endpoint, region=region)


def _lake_objects(job: LakeJob):
    from app.collect.lake.location import parse_lake
    from app.collect.lake.objects import FolderObjects
    from app.release.destinations import S3Location
    from app.release.s3_destination import S3Objects

    location = parse_lake(job.lake)
    if location.is_s3:
        return location, S3Objects(_s3(S3Location(location.bucket, location.prefix), job.lake_endpoint, job.region))
    assert location.path is not None  # a lake that is not S3 is a folder
    return location, FolderObjects(location.path)


def worker(job: LakeJob, shard, report) -> dict[str, Any]:
    """One worker: build the parts for `shard` and collect it (runs in a worker process)."""
    from app.bundle.sealing import load_identity
    from app.bundle.signing import TrustedDevices
    from app.collect.lake.location import storage_options
    from app.collect.lake.run_log import load_signing_key
    from app.collect.lake.session import WorkerParts, collect_shard
    from app.collect.lake.tables import DeltaTables
    from app.collect.lake.writer import LakeSettings
    from app.release.destinations import parse_destination
    from app.release.folder_destination import FolderDestination

    where = parse_destination(job.source)
    source = _s3(where, job.source_endpoint, job.region) if hasattr(where, "bucket") else FolderDestination(where)
    location, objects = _lake_objects(job)
    tables = DeltaTables(location.root_uri, storage_options(location, job.lake_endpoint, job.region),
                         job.retention_hours)
    parts = WorkerParts(source, load_identity(Path(job.identity)), TrustedDevices.load(Path(job.trusted)), tables,
                        objects, load_signing_key(Path(job.signing_key)), Path(job.work_dir),
                        LakeSettings(job.batch_mb * 1024 * 1024, job.batch_bundles), job.run_id, job.lease_seconds,
                        job.delete_withdrawn, job.full_listing)
    return collect_shard(parts, shard, report)


def check_lake(job: LakeJob) -> None:
    """Refuse a public lake bucket (or open folder), and a store without conditional writes."""
    from app.collect.lake.access import refuse_open_folder, refuse_public_bucket, refuse_unconditional_store
    from app.core.paths import make_private_dir

    location, objects = _lake_objects(job)
    if location.is_s3:
        refuse_public_bucket(objects, location.bucket)
        refuse_unconditional_store(objects)
    else:
        refuse_open_folder(location.path)
        make_private_dir(location.path)


def run_lake(args, context) -> int:
    from app.collect.progress import Progress
    from app.collect.shard import ALL, parse_shard
    from app.collect.workers import run_workers

    _need_lake_extra()
    if not args.signing_key:
        raise KnownError(translate("Errors", "The lake output signs a run log each run, so it needs the collector's "
                                   "signing key."),
                         translate("Errors", "Create one with `airlock keys collector-key --out DIR` and pass "
                                   "--signing-key FILE."))
    if args.workers < 1:
        raise KnownError(translate("Errors", "--workers must be at least 1."))
    job = LakeJob(
        source=args.source, source_endpoint=args.s3_endpoint, region=args.s3_region, lake=args.to,
        lake_endpoint=args.lake_s3_endpoint or args.s3_endpoint, identity=args.identity,
        trusted=args.trusted_devices, signing_key=args.signing_key,
        work_dir=str(Path(args.work_dir).expanduser() if args.work_dir else DEFAULT_WORK_DIR),
        retention_hours=args.retention_hours, batch_mb=args.batch_mb, batch_bundles=args.batch_bundles,
        lease_seconds=args.lease_seconds, delete_withdrawn=args.delete_withdrawn, full_listing=args.full_listing,
        run_id=f"{time.strftime('%Y%m%dT%H%M%SZ', time.gmtime())}-{secrets.token_hex(4)}")
    check_lake(job)
    shard = parse_shard(args.shard) if args.shard else ALL
    progress = Progress(enabled=None if args.progress else False)
    started = time.monotonic()
    try:
        results = run_workers(worker, job, shard.split(args.workers), progress)
    finally:
        progress.close()
    summary = summarise(results, time.monotonic() - started)
    if args.json:
        print(json.dumps(summary, indent=1, sort_keys=True))
    else:
        print(describe(summary))
    return 1 if summary["counts"].get("rejected") else 0


def summarise(results: list[dict[str, Any]], seconds: float) -> dict[str, Any]:
    counts: dict[str, int] = {}
    rows: dict[str, int] = {}
    for result in results:
        for key, value in result["counts"].items():
            counts[key] = counts.get(key, 0) + value
        for key, value in result["rows_added"].items():
            rows[key] = rows.get(key, 0) + value
    bytes_read = sum(r["bytes_read"] for r in results)
    done = counts.get("unpacked", 0)
    return {
        "run_id": results[0]["run_id"] if results else "", "seconds": round(seconds, 3), "counts": counts,
        "rows_added": rows, "bytes_read": bytes_read,
        "bundles_per_second": round(done / seconds, 3) if seconds else 0.0,
        "mb_per_second": round(bytes_read / 1e6 / seconds, 3) if seconds else 0.0,
        "withdrawals_honoured": sorted(b for r in results for b in r["withdrawals_honoured"]),
        "rejected": [x for r in results for x in r["rejected"]],
        "workers": [{"shard": r["shard"], "peak_rss_mb": round(r["peak_rss_mb"], 1), "seconds": round(r["seconds"], 3),
                     "devices_listed": r["devices_listed"],
                     "bytes_read": r["bytes_read"], "batches": len(r["batches"]), "recovered": r["recovered"],
                     "run_log": r["run_log"]} for r in results],
    }


def describe(summary: dict[str, Any]) -> str:
    """The run in words, in the reader's language (the table names are the lake's own, not translated)."""
    counts = summary["counts"]
    lines = [fill(translate("Collect", "Collected %n bundle(s) into the lake in %1 s (%2 bundles/s, %3 MB/s); %4 "
                            "already there, %5 still arriving, %6 rejected, %7 withdrawn.", None,
                            counts.get("unpacked", 0)),
                  format_decimal(summary["seconds"]), format_decimal(summary["bundles_per_second"]),
                  format_decimal(summary["mb_per_second"]),
                  counts.get("already-present", 0), counts.get("waiting", 0), counts.get("rejected", 0),
                  counts.get("withdrawn", 0)),
             fill(translate("Collect", "Rows added: %1."),
                  ", ".join(f"{k} {format_number(v)}" for k, v in sorted(summary["rows_added"].items())))]
    for rejected in summary["rejected"]:
        lines.append("  " + fill(translate("Collect", "rejected %1: %2"), rejected["bundle_id"], rejected["reason"]))
    for worker in summary["workers"]:
        lines.append("  " + fill(translate("Collect", "worker %1: peak %2 MB, run log %3"), worker["shard"],
                                 f"{worker['peak_rss_mb']:.0f}", worker["run_log"]))
    return "\n".join(lines)
