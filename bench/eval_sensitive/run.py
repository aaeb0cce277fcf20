"""The evaluation, end to end: render the screens on a private Xvfb + openbox desktop, read them in
a worker process pinned to one core, score, and write the report.

    python -m bench.eval_sensitive.run                       # full: 220 screens, three frame forms,
                                                             # docs/eval-sensitive.md + results.json
    python -m bench.eval_sensitive.run --count 20 --quick    # the short form (tests/e2e)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.eval_sensitive import report
from bench.eval_sensitive.score import score

ROOT = Path(__file__).resolve().parents[2]
# The frame forms read: as rendered (what the scan worker reads when frames stay full size until
# read), as a full-size JPEG at the capture's default quality, at the capture's default scale; and
# the same engine given whole frames, to show what region reading (blocks, inversion) is worth.
VARIANTS = {"full size, lossless": [], "full size, JPEG q70": ["--jpeg-quality", "70"],
            "half size, JPEG q70 (capture default)": ["--scale", "0.5", "--jpeg-quality", "70"],
            "full size, lossless, whole frame to Tesseract (no region reading)": ["--whole-frame"]}


def render(out: Path, count: int, seed: int, workdir: Path) -> None:
    from tests.e2e.harness.desktop import Desktop

    (workdir / "desktop").mkdir(parents=True, exist_ok=True)
    with Desktop(workdir / "desktop", size=(1920, 1080)) as desk:
        subprocess.run([sys.executable, "-m", "bench.eval_sensitive.render", str(out), "--count", str(count),
                        "--seed", str(seed)], env={**desk.env, "PYTHONPATH": str(ROOT)}, cwd=ROOT, check=True,
                       timeout=60 + 3 * count)


def read(screens: Path, out: Path, extra: list[str]) -> dict[str, Any]:
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    subprocess.run([sys.executable, "-m", "bench.eval_sensitive.worker", str(screens), str(out), *extra],
                   env={**env, "PYTHONPATH": str(ROOT)}, cwd=ROOT, check=True, timeout=600 + 10 * 300)
    return json.loads(out.read_text())


def evaluate(count: int, seed: int, workdir: Path, quick: bool) -> dict[str, Any]:
    screens = workdir / "screens"
    render(screens, count, seed, workdir)
    truth = json.loads((screens / "truth.json").read_text())
    results = {}
    for name, extra in list(VARIANTS.items())[: 1 if quick else None]:
        results[name] = score(truth, read(screens, workdir / f"read-{len(results)}.json", extra))
    return {"date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), "count": count, "seed": seed,
            "machine": machine(), "variants": results}


def machine() -> str:
    model = "unknown CPU"
    try:
        model = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                     if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{model}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=220)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--quick", action="store_true", help="the lossless frames only")
    parser.add_argument("--workdir", type=Path, default=None, help="keep screens and readings here")
    parser.add_argument("--report", type=Path, default=None, help="write the Markdown report here")
    parser.add_argument("--json", type=Path, default=None, help="write the results here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="airlock-eval-") as scratch:
        workdir = args.workdir or Path(scratch)
        workdir.mkdir(parents=True, exist_ok=True)
        results = evaluate(args.count, args.seed, workdir, args.quick)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n")
    text = report.markdown(results)
    if args.report:
        args.report.write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
