"""Where a long-running recorder's memory goes: `airlock record --headless` under tracemalloc.

`python bench/memtrace.py [record options]` (run by path, so it works with another checkout's app
on PYTHONPATH; the soak uses it when AIRLOCK_SOAK_MEMTRACE=1) takes a baseline snapshot after
`AIRLOCK_MEMTRACE_WARMUP_S` (120 s) and then, every `AIRLOCK_MEMTRACE_EVERY_S` (120 s), prints to
stderr (the bench's recorder log) the allocation sites that grew most since the baseline. Lines
are "file:line +KiB +blocks": where memory was allocated, never what it holds.

tracemalloc itself costs memory and CPU: a traced run's RSS is not the figure to report.
"""

from __future__ import annotations

import os
import sys
import threading
import tracemalloc

FRAMES = 8  # traceback depth kept per allocation: enough to see which of our callers allocated
TOP = 15


def _report(baseline: tracemalloc.Snapshot, stop: threading.Event, every_s: float) -> None:
    round_no = 0
    while not stop.wait(every_s):
        round_no += 1
        snapshot = tracemalloc.take_snapshot().filter_traces((
            tracemalloc.Filter(False, tracemalloc.__file__),
            tracemalloc.Filter(False, "<frozen importlib._bootstrap*>"),
        ))
        traced, _peak = tracemalloc.get_traced_memory()
        lines = [f"[memtrace] round {round_no}: traced {traced / 1e6:.2f} MB; top growth since baseline"]
        grown = sorted((s for s in snapshot.compare_to(baseline, "traceback") if s.size_diff > 0),
                       key=lambda s: s.size_diff, reverse=True)
        for stat in grown[:TOP]:
            innermost = reversed(stat.traceback[-4:])  # a traceback lists the oldest frame first
            frames = " <- ".join(f"{os.path.basename(f.filename)}:{f.lineno}" for f in innermost)
            lines.append(f"[memtrace]   +{stat.size_diff / 1024:.1f} KiB +{stat.count_diff} blocks  {frames}")
        print("\n".join(lines), file=sys.stderr, flush=True)


def start(warmup_s: float, every_s: float) -> threading.Event:
    """Trace from now; the reporter thread starts comparing once the warm-up is over."""
    tracemalloc.start(FRAMES)
    stop = threading.Event()

    def run() -> None:
        if stop.wait(warmup_s):
            return
        baseline = tracemalloc.take_snapshot()
        print(f"[memtrace] baseline taken ({tracemalloc.get_traced_memory()[0] / 1e6:.2f} MB traced)",
              file=sys.stderr, flush=True)
        _report(baseline, stop, every_s)

    threading.Thread(target=run, name="memtrace", daemon=True).start()
    return stop


def main(argv: list[str]) -> int:
    if sys.path and os.path.abspath(sys.path[0]) == os.path.dirname(os.path.abspath(__file__)):
        del sys.path[0]  # run by path: bench's own modules must not shadow anything
    stop = start(float(os.environ.get("AIRLOCK_MEMTRACE_WARMUP_S", "120")),
                 float(os.environ.get("AIRLOCK_MEMTRACE_EVERY_S", "120")))
    from app.main import main as airlock_main

    try:
        return airlock_main(["record", "--headless", *argv])
    finally:
        stop.set()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
