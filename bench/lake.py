"""`make bench-lake` / `python -m bench.lake`: the collector's lake output, measured.

On a private SeaweedFS (127.0.0.1), simulated devices release real sealed bundles into the drop
box; `airlock collect --to s3://…` (the real command, as the collector role) collects them into a
fresh lake with 1 and then 2 workers. Reported: bundles/s and MB/s (sealed bytes read), each
worker's peak RSS, and, on the result, DuckDB's `SELECT count(*)` and a filtered query (also
through Polars). A last run collects one large bundle alone, to show a worker's memory does not
grow with the bundle (it is streamed to disk, never held whole).

Writes bench/lake_results.json and bench/lake.md, and puts bench/lake.md into
docs/performance.md (bench/run.py keeps it when it regenerates the page).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.report import machine_info
from tests.drills.lake_support import LakeWorld, start_seaweed

ROOT = Path(__file__).resolve().parents[1]
BEGIN, END = "<!-- lake:begin -->", "<!-- lake:end -->"


def _run(world: LakeWorld, *args: str) -> dict:
    code, out, err = world.collect(*args).wait(timeout=7200)
    if code != 0:
        raise SystemExit(f"collect failed ({code}):\n{err[-4000:]}")
    return json.loads(out)


def _timed(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _queries(world: LakeWorld, device: str) -> dict:
    import polars as pl

    duck = world.duckdb()
    events = f"delta_scan('{world.lake_url}/events')"
    count_sql = f"SELECT count(*) FROM {events}"
    filtered_sql = (f"SELECT count(*), epoch(min(t)), epoch(max(t)) FROM {events} WHERE device_id = '{device}' AND kind = 'key' "
                    "AND pressed")
    rows = duck.execute(count_sql).fetchone()[0]
    scan = pl.scan_delta(f"{world.lake_url}/events", storage_options=world.storage_options())
    return {
        "events_rows": rows,
        "duckdb_count_s": _timed(lambda: duck.execute(count_sql).fetchone()),
        "duckdb_filtered_s": _timed(lambda: duck.execute(filtered_sql).fetchone()),
        "polars_count_s": _timed(lambda: scan.select(pl.len()).collect()),
        "polars_filtered_s": _timed(lambda: scan.filter((pl.col("device_id") == device) & (pl.col("kind") == "key")
                                                        & pl.col("pressed")).select(pl.len()).collect()),
    }


def measure(devices: int, per_device: int, frames: int, frame_kb: int, big_mb: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="airlock-bench-lake-") as tmp:
        root = Path(tmp)
        server = start_seaweed(root / "seaweed")
        try:
            (root / "world").mkdir()
            world = LakeWorld(root / "world", server, "bench")
            started = time.monotonic()
            world.release(world.add_devices(devices), per_device, segments=3, events=300, frames=frames,
                          frame_bytes=frame_kb * 1024)
            made_s = time.monotonic() - started
            runs = {}
            for workers in (1, 2):
                world.lake_url = f"s3://airlock-lake/bench-{workers}-workers"
                summary = _run(world, "--workers", str(workers), "--work-dir", str(root / f"work-{workers}"))
                runs[workers] = {
                    "bundles": summary["counts"]["unpacked"], "seconds": summary["seconds"],
                    "bundles_per_second": summary["bundles_per_second"], "mb_per_second": summary["mb_per_second"],
                    "mb_read": round(summary["bytes_read"] / 1e6, 1),
                    "peak_rss_mb": [w["peak_rss_mb"] for w in summary["workers"]],
                    "rows": summary["rows_added"],
                }
            runs["queries"] = _queries(world, world.devices[0].device_id)

            (root / "big").mkdir()
            big = LakeWorld(root / "big", server, "bench-big")
            big.release(big.add_devices(1), 1, segments=4, events=2000, frames=big_mb * 1024 // 4 // 256 or 1,
                        frame_bytes=256 * 1024)
            summary = _run(big, "--work-dir", str(root / "work-big"))
            runs["big_bundle"] = {"mb_read": round(summary["bytes_read"] / 1e6, 1),
                                  "peak_rss_mb": summary["workers"][0]["peak_rss_mb"]}
            runs["workload"] = {"devices": devices, "bundles": devices * per_device, "frames_per_segment": frames,
                                "frame_kb": frame_kb, "seconds_to_release": round(made_s, 1)}
            return runs
        finally:
            server.stop()


def markdown(results: dict) -> str:
    w = results["workload"]
    one, two, q, big = results[1], results[2], results["queries"], results["big_bundle"]
    lines = [
        BEGIN,
        "## Collector: the lake output (`make bench-lake`)",
        "",
        f"Measured {results['date']} on {results['machine']}. `airlock collect --to s3://…` (the real command) "
        f"from a SeaweedFS drop box into a SeaweedFS lake on 127.0.0.1: {w['bundles']} bundles from "
        f"{w['devices']} simulated devices (3 segments × 300 events × {w['frames_per_segment']} screenshots of "
        f"{w['frame_kb']} KB each), sealed and signed by the release code. MB are sealed bytes read from the "
        "drop box; peak RSS is each worker process's.",
        "",
        "| workers | bundles | seconds | bundles/s | MB/s | peak RSS per worker (MB) |",
        "|---|---|---|---|---|---|",
    ]
    for n, run in ((1, one), (2, two)):
        lines.append(f"| {n} | {run['bundles']} | {run['seconds']:.1f} | {run['bundles_per_second']:.1f} | "
                     f"{run['mb_per_second']:.1f} | {', '.join(f'{m:.0f}' for m in run['peak_rss_mb'])} |")
    lines += [
        "",
        f"One bundle of {big['mb_read']:.0f} MB alone: peak RSS {big['peak_rss_mb']:.0f} MB (the bundle is "
        "streamed to a private staging folder and into the tables batch by batch, never held whole).",
        "",
        f"Queries on the result ({q['events_rows']:,} event rows; median of 5, warm):",
        "",
        "| query | DuckDB (`delta_scan`) | Polars (`scan_delta`) |",
        "|---|---|---|",
        f"| `SELECT count(*) FROM events` | {q['duckdb_count_s'] * 1000:.0f} ms | {q['polars_count_s'] * 1000:.0f} ms |",
        f"| key presses of one device (filter on `device_id`, `kind`, `pressed`) | "
        f"{q['duckdb_filtered_s'] * 1000:.0f} ms | {q['polars_filtered_s'] * 1000:.0f} ms |",
        "",
        END,
    ]
    return "\n".join(lines)


def place_in_page(page: Path, section: str) -> None:
    text = page.read_text() if page.exists() else "# Performance\n"
    pattern = re.compile(re.escape(BEGIN) + ".*?" + re.escape(END), re.S)
    text = pattern.sub(lambda _m: section, text) if pattern.search(text) else text.rstrip() + "\n\n" + section + "\n"
    page.write_text(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devices", type=int, default=40)
    parser.add_argument("--per-device", type=int, default=5)
    parser.add_argument("--frames", type=int, default=4, help="screenshots per segment")
    parser.add_argument("--frame-kb", type=int, default=100)
    parser.add_argument("--big-mb", type=int, default=300, help="size of the single large bundle")
    parser.add_argument("--no-doc", action="store_true", help="print only; do not touch docs/")
    args = parser.parse_args(argv)
    results = measure(args.devices, args.per_device, args.frames, args.frame_kb, args.big_mb)
    info = machine_info()
    results["date"] = datetime.now(UTC).strftime("%Y-%m-%d")
    results["machine"] = (f"{info['cores']} cores ({info['cpu']}), Python {info['python']}, "
                          f"load at start {info['load_at_start']}")
    section = markdown(results)
    print(section)
    if not args.no_doc:
        (ROOT / "bench" / "lake_results.json").write_text(json.dumps(results, indent=2, default=str) + "\n")
        (ROOT / "bench" / "lake.md").write_text(section + "\n")
        place_in_page(ROOT / "docs" / "performance.md", section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
