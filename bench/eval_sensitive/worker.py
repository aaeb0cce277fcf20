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


def peak_rss_kb() -> int:
    """This process's own peak RSS. Not getrusage's ru_maxrss: Linux carries that over fork and exec,
    so a worker started by a big parent (pytest after the whole suite: 620 MB) reports the parent's
    peak. VmHWM belongs to the address space, which exec replaces."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("screens", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--cpu", type=int, default=None, help="pin to this core (default: the last one)")
    parser.add_argument("--jpeg-quality", type=int, default=0, help="re-encode frames as JPEG first (0: read the PNG)")
    parser.add_argument("--scale", type=float, default=1.0, help="scale frames first (the capture's `scale`)")
    parser.add_argument("--whole-frame", action="store_true", help="the engine on the whole frame, no region reading")
    args = parser.parse_args(argv)
    os.environ["OMP_THREAD_LIMIT"] = "1"  # before Tesseract loads: one core, as the worker runs
    cpu = args.cpu if args.cpu is not None else max(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})

    from PIL import Image

    from app.scan.engine import default_engine
    from app.scan.regions import RegionReader

    engine = default_engine()
    truth = json.loads((args.screens / "truth.json").read_text())

    def load(name: str) -> Image.Image:
        image = Image.open(args.screens / f"{name}.png").convert("RGB")
        if args.scale != 1.0:
            image = image.resize((round(image.width * args.scale), round(image.height * args.scale)), Image.Resampling.LANCZOS)
        if args.jpeg_quality:
            buffer = io.BytesIO()
            image.save(buffer, "JPEG", quality=args.jpeg_quality)
            image = Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")
        return image

    def timed(reader: RegionReader, image: Image.Image, previous: Image.Image | None = None) -> tuple[list, float, float]:
        started, cpu_started = time.perf_counter(), time.process_time()
        words = engine.read(image) if args.whole_frame else reader.read_frame(image, previous)
        return words, (time.perf_counter() - started) * 1000, (time.process_time() - cpu_started) * 1000

    back = 1 / args.scale  # word boxes back in the rendered frame's pixels, where the truth is
    results = []
    for screen in truth["screens"]:
        image = load(screen["name"])
        reader = RegionReader(engine)
        words, ms, cpu_ms = timed(reader, image)
        result = {"name": screen["name"], "ms": ms, "cpu_ms": cpu_ms, "blocks": reader.blocks_read,
                  "words": [[w.text, round(w.x * back), round(w.y * back), round(w.w * back), round(w.h * back),
                             round(w.confidence, 1)] for w in words]}
        if screen.get("next") and not args.whole_frame:
            read_before = reader.blocks_read
            _, result["next_ms"], result["next_cpu_ms"] = timed(reader, load(screen["next"]), image)
            result["next_blocks"] = reader.blocks_read - read_before
        results.append(result)
    peak_kb = peak_rss_kb()
    args.out.write_text(json.dumps({"engine": engine.name, "version": engine.version, "cpu": cpu,
                                    "jpeg_quality": args.jpeg_quality, "scale": args.scale, "whole_frame": args.whole_frame, "peak_rss_mb": peak_kb / 1024,
                                    "screens": results}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
