"""`python -m bench.scan_cost`: what the background scan costs the recorder itself.

The same scripted session (the bench's mixed work, then idle, when the scan child reads) under
`airlock record --headless` with scanning on and with `--no-scan`, alternating, each recorder fresh
on a fresh profile. CPU is the recorder process's own utime + stime from /proc (not its children:
the scan child is measured apart, so niceness or SCHED_IDLE of the child cannot hide anything in
the recorder's figure); memory is each process's VmHWM. Prints one JSON object with the load of
the machine before and after (this machine is shared: read the figures with the load beside them).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench.recorders import AirlockProcess

TICKS = os.sysconf("SC_CLK_TCK")


class ScanningAirlock(AirlockProcess):
    """The recorder as users get it: the scan child reads in the background."""

    def __init__(self, workdir: Path, env: dict[str, str]) -> None:
        super().__init__(workdir, env)
        self.name = "airlock-scan"
        self.data_dir = workdir / "airlock-scan-data"
        self.env["AIRLOCK_DATA_DIR"] = str(self.data_dir)

    def argv(self) -> list[str]:
        return [sys.executable, "-m", "app", "record", "--headless"]


def own_cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime: this process alone


def peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def scan_child(pid: int) -> int | None:
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                status = (proc / "status").read_text()
                argv = (proc / "cmdline").read_bytes()
            except OSError:
                continue
            if f"\nPPid:\t{pid}\n" in status and b"scan-worker" in argv:
                return int(proc.name)
    return None


def session(recorder: AirlockProcess, workload, mixed_s: float, idle_s: float) -> dict:
    workload.prepare("mixed")
    recorder.start()
    try:
        time.sleep(5.0)  # start-up is not the session
        pid = recorder.pid
        t0, c0 = time.monotonic(), own_cpu_s(pid)
        workload.run("mixed", mixed_s)
        t1, c1 = time.monotonic(), own_cpu_s(pid)
        workload.run("idle", idle_s)  # the scan child reads now (it waits 5 s after the last input)
        t2, c2 = time.monotonic(), own_cpu_s(pid)
        child = scan_child(pid)
        result = {
            "recorder_cpu_percent_mixed": round(100 * (c1 - c0) / (t1 - t0), 2),
            "recorder_cpu_percent_idle": round(100 * (c2 - c1) / (t2 - t1), 2),
            "recorder_cpu_s": round(c2 - c0, 2),
            "recorder_peak_rss_mb": peak_mb(pid),
        }
        if child is not None:
            result.update(child_cpu_s=round(own_cpu_s(child), 2), child_peak_rss_mb=peak_mb(child))
        status = recorder.run_app("status", "--json", timeout=60)
        if status.returncode == 0:
            result["scan_progress"] = json.loads(status.stdout).get("scan_progress", "")
    finally:
        recorder.stop()
    return result


def main(argv: list[str] | None = None) -> int:
    from bench.workload import Workload
    from tests.e2e.harness.desktop import Desktop
    from tests.e2e.harness.keyring import keyring_session

    parser = argparse.ArgumentParser(prog="python -m bench.scan_cost", description=__doc__.splitlines()[0])
    parser.add_argument("--mixed-seconds", type=float, default=40.0)
    parser.add_argument("--idle-seconds", type=float, default=40.0)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="airlock-scan-cost-"))
    (workdir / "desktop").mkdir()
    out: dict = {"cores": os.cpu_count(), "load_before": os.getloadavg(), "rounds": []}
    try:
        with Desktop(workdir / "desktop", size=(1920, 1080)) as desk, keyring_session(workdir / "keyring") as ring:
            env = {**ring.env, "DISPLAY": desk.display, "XDG_SESSION_TYPE": "x11"}
            workload = Workload(desk)
            on, off = ScanningAirlock(workdir, env), AirlockProcess(workdir, env)
            for recorder in (on, off):
                recorder.consent()
            try:
                for number in range(args.rounds):
                    for recorder in ((on, off) if number % 2 == 0 else (off, on)):
                        measured = session(recorder, workload, args.mixed_seconds, args.idle_seconds)
                        measured["scan"] = recorder is on
                        measured["load_1min"] = os.getloadavg()[0]
                        out["rounds"].append(measured)
                        print(json.dumps(measured), file=sys.stderr, flush=True)
            finally:
                workload.close()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)  # the stores hold the workload's text
    out["load_after"] = os.getloadavg()
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
