"""CPU seconds per thread, read from /proc/self/task: where a recorder's time goes.

`start()` in a recorder process (bench/experiment.py's `thread-cpu` diagnostic; the floor with
BENCH_THREAD_CPU=1) prints at exit, per Python thread name, the CPU of the whole run and of its
last BENCH_THREAD_CPU_WINDOW seconds (30: a bench phase, as the recorder is stopped at its end).
"""

from __future__ import annotations

import sys
import time


def start() -> None:
    """Diagnostic: CPU seconds per thread (by Python thread name), from /proc/self/task, at exit:
    over the whole run and over its last BENCH_THREAD_CPU_WINDOW seconds (30: a bench phase).

    Sampled every 2 s (a thread that ends keeps its last reading), so the sampler's own cost stays
    far below what it measures; it is listed too ("thread-cpu sampler")."""
    import atexit
    import collections
    import os
    import threading

    window = float(os.environ.get("BENCH_THREAD_CPU_WINDOW") or 30)
    seen: dict[int, tuple[str, int]] = {}  # native id -> (name, ns on a CPU)
    history: collections.deque = collections.deque(maxlen=int(window // 2) + 2)

    def sample() -> None:
        names = {t.native_id: t.name for t in threading.enumerate()}
        for tid in os.listdir("/proc/self/task"):
            try:  # schedstat's first field: ns on a CPU, exact (stat's ticks are 10 ms samples)
                with open(f"/proc/self/task/{tid}/schedstat") as stat:
                    used = int(stat.read().split()[0])
                with open(f"/proc/self/task/{tid}/comm") as comm:
                    command = comm.read().strip()
            except OSError:
                continue
            name = names.get(int(tid)) or seen.get(int(tid), (f"native {command}", 0))[0]
            seen[int(tid)] = (name, used)
        history.append((time.monotonic(), dict(seen)))

    def sampler() -> None:
        while True:
            sample()
            time.sleep(2.0)

    def by_name(readings: dict[int, tuple[str, int]], since: dict[int, tuple[str, int]]) -> dict[str, float]:
        totals: dict[str, float] = {}
        for tid, (name, used) in readings.items():
            totals[name] = totals.get(name, 0.0) + (used - since.get(tid, (name, 0))[1]) / 1e9
        return totals

    def report() -> None:
        sample()
        now, last = history[-1]
        start, first = next(((t, r) for t, r in history if now - t <= window + 1), history[0])
        whole, recent = by_name(last, {}), by_name(last, first)
        lines = [f"{whole[name]:8.3f} s {recent.get(name, 0.0):8.3f} s  {name}"
                 for name in sorted(whole, key=lambda n: -recent.get(n, 0.0))]
        print(f"[experiment] thread CPU: whole run, last {now - start:.0f} s\n" + "\n".join(lines),
              file=sys.stderr, flush=True)

    threading.Thread(target=sampler, name="thread-cpu sampler", daemon=True).start()
    atexit.register(report)
