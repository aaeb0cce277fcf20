"""Measuring a recorder from the outside: CPU and memory of its whole process tree, and arithmetic.

CPU is read from /proc: a process's utime+stime plus the cutime+cstime of children it has reaped,
summed over the recorder and all its descendants. Summing the reaped children's time keeps the
total continuous when a child exits (its time moves into its parent's cutime), and a child born
during a phase counts from zero. The result is "% of one core" over the phase's wall time.

Everything that reads the system goes through `ProcReader`, so the accounting is tested with fakes.
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
MB = 1_000_000  # disk and memory are reported in MB of 10^6 bytes (the stricter reading of a budget)
HOURS_PER_DAY = 8.0  # "an 8-hour day" of work


@dataclass(frozen=True, slots=True)
class ProcSample:
    """One process as /proc shows it at one instant."""

    pid: int
    ppid: int
    start_ticks: int  # start time since boot: tells a reused pid from the process we followed
    cpu_ticks: int  # utime + stime + cutime + cstime
    rss_bytes: int


class ProcReader(Protocol):
    def processes(self) -> Iterable[ProcSample]:
        """Every process visible now."""

    def peak_rss(self, pid: int) -> int | None:
        """The kernel's high-water mark of `pid`'s resident memory (VmHWM), if readable."""


def parse_stat(text: str) -> ProcSample:
    """A ProcSample from the text of /proc/<pid>/stat (the command name may hold spaces and ')')."""
    head, _, rest = text.rpartition(")")
    pid = int(head.split("(", 1)[0])
    fields = rest.split()
    # fields[0] is field 3 (state): field n of proc(5) is fields[n - 3].
    utime, stime, cutime, cstime = (int(fields[i]) for i in (11, 12, 13, 14))
    return ProcSample(pid=pid, ppid=int(fields[1]), start_ticks=int(fields[19]),
                      cpu_ticks=utime + stime + cutime + cstime, rss_bytes=int(fields[21]) * PAGE_BYTES)


class LinuxProcReader:
    """Reads /proc (or another root, for tests)."""

    def __init__(self, root: Path = Path("/proc")) -> None:
        self.root = root

    def processes(self) -> list[ProcSample]:
        found = []
        for entry in self.root.iterdir():
            if not entry.name.isdigit():
                continue
            try:
                found.append(parse_stat((entry / "stat").read_text()))
            except (OSError, ValueError, IndexError):
                continue  # exited between listing and reading
        return found

    def peak_rss(self, pid: int) -> int | None:
        try:
            for line in (self.root / str(pid) / "status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
        except (OSError, ValueError):
            return None
        return None


def process_tree(samples: Iterable[ProcSample], root_pid: int, root_start: int | None = None) -> list[ProcSample]:
    """`root_pid` and all its descendants (by ppid). Empty when the root is gone or was replaced."""
    by_parent: dict[int, list[ProcSample]] = {}
    root: ProcSample | None = None
    for sample in samples:
        by_parent.setdefault(sample.ppid, []).append(sample)
        if sample.pid == root_pid and (root_start is None or sample.start_ticks == root_start):
            root = sample
    if root is None:
        return []
    tree, todo = [root], [root.pid]
    while todo:
        for child in by_parent.get(todo.pop(), []):
            tree.append(child)
            todo.append(child.pid)
    return tree


@dataclass(frozen=True, slots=True)
class TreeSnapshot:
    """The tree's cumulative CPU and current memory at monotonic time `t`."""

    t: float
    cpu_ticks: int
    rss_bytes: int
    processes: int


def cpu_percent(before: TreeSnapshot, after: TreeSnapshot, ticks_per_second: int = CLOCK_TICKS) -> float:
    """CPU used between two snapshots, in % of one core."""
    wall = after.t - before.t
    if wall <= 0:
        raise ValueError("snapshots out of order")
    return 100.0 * (after.cpu_ticks - before.cpu_ticks) / ticks_per_second / wall


class TreeMeter:
    """Snapshots of one recorder's process tree; a background sampler tracks the peak RSS."""

    def __init__(self, root_pid: int, reader: ProcReader | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.root_pid = root_pid
        self.reader = reader or LinuxProcReader()
        self.clock = clock
        self._root_start: int | None = None
        self.peak_rss_bytes = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def snapshot(self) -> TreeSnapshot:
        samples = list(self.reader.processes())
        t = self.clock()
        if self._root_start is None:
            self._root_start = next((s.start_ticks for s in samples if s.pid == self.root_pid), None)
        tree = process_tree(samples, self.root_pid, self._root_start)
        snap = TreeSnapshot(t, sum(p.cpu_ticks for p in tree), sum(p.rss_bytes for p in tree), len(tree))
        with self._lock:
            self.peak_rss_bytes = max(self.peak_rss_bytes, snap.rss_bytes)
        return snap

    def root_peak_rss(self) -> int | None:
        """The kernel's own high-water mark for the root process (catches peaks between samples)."""
        return self.reader.peak_rss(self.root_pid)

    def start_sampling(self, interval: float = 0.5) -> None:
        def sample() -> None:
            while not self._stop.wait(interval):
                self.snapshot()

        self._thread = threading.Thread(target=sample, name="bench-sampler", daemon=True)
        self._thread.start()

    def stop_sampling(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)


# -- arithmetic on the results ------------------------------------------------------------------

def per_hour(amount: float, seconds: float) -> float:
    """Extrapolate what was measured over `seconds` to one hour."""
    if seconds <= 0:
        raise ValueError("a measurement needs a positive duration")
    return amount * 3600.0 / seconds


def mb_per_hour(nbytes: float, seconds: float) -> float:
    return per_hour(nbytes, seconds) / MB


def mb_per_day(nbytes: float, seconds: float, hours: float = HOURS_PER_DAY) -> float:
    return mb_per_hour(nbytes, seconds) * hours


def completeness(captured: int, sent: int) -> float | None:
    """captured / sent (None when nothing was sent). Above 1 means more was stored than sent."""
    return None if sent <= 0 else captured / sent


def ratio(value: float | None, floor: float | None, minimum_floor: float = 0.0) -> float | None:
    """value / floor, with the floor raised to `minimum_floor` (the measurement's resolution).

    None when either side is missing or the (raised) floor is zero.
    """
    if value is None or floor is None:
        return None
    denominator = max(floor, minimum_floor)
    return None if denominator <= 0 else value / denominator


@dataclass(frozen=True)
class Percentiles:
    """p50/p99/max of a list of durations (seconds in, milliseconds out)."""

    count: int = 0
    p50_ms: float | None = None
    p99_ms: float | None = None
    max_ms: float | None = None

    @classmethod
    def of(cls, durations: list[float]) -> Percentiles:
        if not durations:
            return cls()
        ordered = sorted(durations)

        def at(q: float) -> float:  # nearest rank: the smallest value with at least q of them at or below
            return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))] * 1000

        return cls(len(ordered), at(0.5), at(0.99), ordered[-1] * 1000)
