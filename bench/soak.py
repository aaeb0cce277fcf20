"""The soak: does the headless recorder's memory grow with time?

`python -m bench.soak --minutes 10` starts its own Xvfb + openbox desktop with three real X windows
and a private unlocked keyring, runs Airlock's real `airlock record --headless`, and drives it from
outside with xdotool for the whole run: typing about 16 keys a second, a window switch every few
seconds (half clicks, half `windowactivate`), some scrolling. The recorder's RSS is sampled every
few seconds; the slope after the warm-up (the first 10 % of the run, at least `--skip-minutes`) is
a least-squares fit, reported in MB per hour.

`--app-root` runs another checkout's recorder (e.g. main's, for a before/after figure) with this
bench. AIRLOCK_SOAK_MEMTRACE=1 runs the recorder under tracemalloc (bench/memtrace.py): the top
growing allocation sites land in the recorder's log (kept with --keep; RSS is then not the figure).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.measure import MB, TreeMeter, completeness
from bench.recorders import ROOT, AirlockProcess
from bench.workload import MotionSink, office_text

KEYS_PER_SECOND = 16.0
XDOTOOL_TYPE_DELAY_MS = round(2000 / KEYS_PER_SECOND)  # xdotool 3 spends delay/2 per character
CHARS_PER_WINDOW = 48  # ~3 s of typing before the next switch
SAMPLE_SECONDS = 5.0
WINDOWS = (
    ("Notes - editor", "AirlockSoakNotes", "620x700+20+60"),
    ("Mail - inbox", "AirlockSoakMail", "620x700+650+60"),
    ("Quarterly report - viewer", "AirlockSoakViewer", "620x700+1280+60"),
)
MEMTRACE_ENV = "AIRLOCK_SOAK_MEMTRACE"


class MemtraceRecorder(AirlockProcess):
    """The recorder under tracemalloc (bench/memtrace.py, run by path so `--app-root` still applies)."""

    def argv(self) -> list[str]:
        return [sys.executable, str(ROOT / "bench" / "memtrace.py")]


@dataclass
class Sent:
    keys: int = 0
    clicks: int = 0
    scrolls: int = 0
    switches: int = 0


@dataclass
class Samples:
    """(seconds since start, RSS bytes) of the recorder's process tree."""

    points: list[tuple[float, int]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, t: float, rss: int) -> None:
        with self.lock:
            self.points.append((t, rss))

    def copy(self) -> list[tuple[float, int]]:
        with self.lock:
            return list(self.points)


def slope_per_hour(points: list[tuple[float, float]]) -> float | None:
    """Least-squares slope of (seconds, value) points, per hour; None with fewer than 3 points."""
    if len(points) < 3:
        return None
    n = len(points)
    mean_t = sum(t for t, _ in points) / n
    mean_v = sum(v for _, v in points) / n
    spread = sum((t - mean_t) ** 2 for t, _ in points)
    if spread <= 0:
        return None
    return 3600.0 * sum((t - mean_t) * (v - mean_v) for t, v in points) / spread


def warmup_seconds(duration_s: float, skip_minutes: float) -> float:
    """What is left out of the fit: the first 10 % of the run, and at least `skip_minutes`."""
    return max(0.1 * duration_s, 60.0 * skip_minutes)


def summarize(points: list[tuple[float, int]], skip_s: float) -> dict:
    """The figures of one soak from its RSS samples (MB of 10^6 bytes)."""
    fitted = [(t, rss / MB) for t, rss in points if t >= skip_s]
    slope = slope_per_hour(fitted)
    first = fitted[0] if fitted else None
    # A short soak's fit still holds the end of the warm-up; its second half shows where it settled.
    half = points[-1][0] / 2 if points else 0.0
    late = slope_per_hour([(t, rss / MB) for t, rss in points if t >= half])
    return {
        "samples": len(points),
        "fitted_samples": len(fitted),
        "skipped_s": round(skip_s, 1),
        "rss_start_mb": round(points[0][1] / MB, 1) if points else None,
        "rss_after_warmup_mb": round(first[1], 1) if first else None,
        "rss_end_mb": round(points[-1][1] / MB, 1) if points else None,
        "rss_peak_mb": round(max(rss for _, rss in points) / MB, 1) if points else None,
        "slope_mb_per_hour": None if slope is None else round(slope, 2),
        "slope_second_half_mb_per_hour": None if late is None else round(late, 2),
    }


class SoakWorkload:
    """Three windows; rounds of typing into one, a scroll now and then, then a switch to the next."""

    def __init__(self, desk) -> None:
        self.desk = desk
        self.windows = [desk.open_window(title, wm_class, geometry) for title, wm_class, geometry in WINDOWS]
        self._sink = MotionSink(desk.display)  # hover listeners, as on a real desktop (bench/workload.py)
        self.sent = Sent()
        self._round = 0

    def close(self) -> None:
        self._sink.close()

    def run_until(self, deadline: float) -> None:
        current = 0
        self.desk.focus(self.windows[current])
        while time.monotonic() < deadline:
            text = office_text(CHARS_PER_WINDOW, self._round * 7)
            self.desk.type_text(text, delay_ms=XDOTOOL_TYPE_DELAY_MS)
            self.sent.keys += len(text)
            if self._round % 3 == 0:
                self.desk.xdotool("key", "Return")
                self.desk.xdotool("click", "--repeat", "2", "--delay", "80", "5")
                self.sent.keys += 1
                self.sent.scrolls += 2
            current = (current + 1) % len(self.windows)
            target = self.windows[current]
            if self._round % 2 == 0:
                x, y = self.desk.window_center(target)
                self.desk.click(x + (self._round % 5) * 20 - 40, y + (self._round % 3) * 30 - 30)
                self.sent.clicks += 1
            else:
                self.desk.xdotool("windowactivate", "--sync", str(target))
            self.sent.switches += 1
            self._round += 1


def run(minutes: float, skip_minutes: float = 2.0, app_root: Path = ROOT, memtrace: bool = False,
        sample_s: float = SAMPLE_SECONDS, keep: bool = False, log=print) -> dict:
    """One soak of `minutes` on a private desktop; returns its figures (see `summarize`)."""
    from tests.e2e.harness.desktop import Desktop
    from tests.e2e.harness.keyring import keyring_session

    workdir = Path(tempfile.mkdtemp(prefix="airlock-soak-"))
    (workdir / "desktop").mkdir()
    duration = 60.0 * minutes
    skip = warmup_seconds(duration, skip_minutes)
    log(f"work dir {workdir}; {minutes:g} min, slope fitted after {skip / 60:.1f} min; code from {app_root}")
    try:
        with Desktop(workdir / "desktop", size=(1920, 1080)) as desk, keyring_session(workdir / "keyring") as ring:
            env = {**ring.env, "DISPLAY": desk.display, "XDG_SESSION_TYPE": "x11"}
            kind = MemtraceRecorder if memtrace else AirlockProcess
            recorder = kind(workdir, env, root=app_root)
            recorder.consent()
            workload = SoakWorkload(desk)
            samples = Samples()
            stop = threading.Event()
            recorder.start()
            try:
                meter = TreeMeter(recorder.pid)
                started = time.monotonic()
                wall_start = time.time()

                def sample() -> None:
                    while True:
                        snap = meter.snapshot()
                        samples.add(snap.t - started, snap.rss_bytes)
                        if stop.wait(sample_s):
                            return

                sampler = threading.Thread(target=sample, name="soak-sampler", daemon=True)
                sampler.start()
                deadline = started + duration
                while time.monotonic() < deadline:  # progress lines every ~minute
                    workload.run_until(min(deadline, time.monotonic() + 60.0))
                    points = samples.copy()
                    log(f"  {points[-1][0] / 60:5.1f} min  rss {points[-1][1] / MB:.1f} MB  "
                        f"keys sent {workload.sent.keys}")
                stop.set()
                sampler.join(10)
                alive = recorder.process is not None and recorder.process.poll() is None
                wall_end = time.time()
            finally:
                stop.set()
                code = recorder.stop()
                workload.close()
            stored = recorder.report([(wall_start, wall_end + 2.0)])["windows"][0] or {}
    finally:
        if keep:
            log(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    points = samples.copy()
    result = {
        "minutes": minutes,
        "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "memtrace": memtrace,
        **summarize(points, skip),
        "alive_at_end": alive,
        "exit_code": code,
        "sent": workload.sent.__dict__,
        "keys_captured": _share(completeness(stored.get("keys", 0), workload.sent.keys)),
        "clicks_captured": _share(completeness(stored.get("clicks", 0), workload.sent.clicks)),
        "rss_per_minute_mb": per_minute(points),
    }
    return result


def per_minute(points: list[tuple[float, int]]) -> list[list[float]]:
    """The series to keep with the figures: the first sample of every minute, [minute, MB]."""
    kept: dict[int, float] = {}
    for t, rss in points:
        kept.setdefault(int(t // 60), round(rss / MB, 2))
    return [[minute, mb] for minute, mb in sorted(kept.items())]


def _share(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.soak", description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="length of the soak (10)")
    parser.add_argument("--skip-minutes", type=float, default=2.0,
                        help="warm-up left out of the slope, at least (the first 10 %% always is)")
    parser.add_argument("--app-root", type=Path, default=ROOT, help="checkout whose recorder runs (this one)")
    parser.add_argument("--max-slope", type=float, help="exit 1 when the slope is above this many MB/h")
    parser.add_argument("--results", type=Path, help="write the figures as JSON here")
    parser.add_argument("--keep", action="store_true", help="keep the work dir (recorder log, vault)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)

    def log(text: str) -> None:
        print(f"[soak {time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)

    memtrace = os.environ.get(MEMTRACE_ENV, "") not in ("", "0")
    result = run(args.minutes, args.skip_minutes, args.app_root.resolve(), memtrace, keep=args.keep or memtrace,
                 log=log)
    if args.results:
        args.results.parent.mkdir(parents=True, exist_ok=True)
        args.results.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    slope = result["slope_mb_per_hour"]
    if args.max_slope is not None and (slope is None or slope > args.max_slope):
        print(f"soak FAILED: RSS slope {slope} MB/h > {args.max_slope:g} MB/h", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
