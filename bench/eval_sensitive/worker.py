"""Reads the evaluation's screens the way the scan worker does, in a process of its own (no Qt, so
its RSS is the worker's): one engine, a region reader, pinned to one core with OpenMP limited to
one thread. Each frame is read cold (a fresh block cache), the case without help from the
previous frame of the same window.

    python -m bench.eval_sensitive.worker SCREENS_DIR OUT_JSON [--cpu 0] [--jpeg-quality Q]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("screens", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--cpu", type=int, default=None, help="pin to this core (default: the last one)")
    parser.add_argument("--jpeg-quality", type=int, default=0, help="re-encode frames as JPEG first (0: read the PNG)")
    args = parser.parse_args(argv)
    os.environ["OMP_THREAD_LIMIT"] = "1"  # before Tesseract loads: one core, as the worker runs
    cpu = args.cpu if args.cpu is not None else max(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})

    from PIL import Image

    from app.scan.engine import default_engine
    from app.scan.regions import RegionReader

    engine = default_engine()
    truth = json.loads((args.screens / "truth.json").read_text())
    results = []
    for screen in truth["screens"]:
        image = Image.open(args.screens / f"{screen['name']}.png").convert("RGB")
        if args.jpeg_quality:
            buffer = io.BytesIO()
            image.save(buffer, "JPEG", quality=args.jpeg_quality)
            image = Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")
        reader = RegionReader(engine)
        started, cpu_started = time.perf_counter(), time.process_time()
        words = reader.read_frame(image)
        elapsed, cpu_used = time.perf_counter() - started, time.process_time() - cpu_started
        results.append({"name": screen["name"], "ms": elapsed * 1000, "cpu_ms": cpu_used * 1000,
                        "blocks": reader.blocks_read,
                        "words": [[w.text, w.x, w.y, w.w, w.h, round(w.confidence, 1)] for w in words]})
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    args.out.write_text(json.dumps({"engine": engine.name, "version": engine.version, "cpu": cpu,
                                    "jpeg_quality": args.jpeg_quality, "peak_rss_mb": peak_kb / 1024,
                                    "screens": results}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
