"""The employee's controls, timed: pause, delete the last 15 minutes, open the review and search.

- Pause: Airlock's real recorder runs while xdotool types; the bench connects to its control
  channel (the same channel `airlock pause` and the tray use), notes the time, sends `pause`, and
  keeps typing. Afterwards the vault says when the last event before the pause was stamped and
  whether anything typed during the pause was stored. The "click" is the instant the request is
  sent: the CLI's own Python start-up is not the recorder's latency.
- Delete the last 15 minutes: `delete_last 900` on the running recorder (what the tray menu
  does), timed to its reply; then the vault must hold no event of that span.
- Review window and search: a separate 30-day vault from `airlock dev seed --days 30`, measured by
  tools/measure_review.py.

A control that is not available yet is reported as such, with the reason, never guessed.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

from bench.recorders import ROOT, AirlockProcess, RecorderError

PAUSE_AFTER_S = 3.0  # typing before the click
PAUSED_FOR_S = 4.0  # typing while paused
DELETE_SPAN_S = 900.0


def _connect(recorder: AirlockProcess, timeout: float = 15.0):
    """A control client connected to the running recorder (ControlClient), or raise why not."""
    from app.control.client import ControlClient, NotRunning
    from app.core.paths import resolve_paths

    paths = resolve_paths(recorder.data_dir)
    deadline = time.monotonic() + timeout
    while True:
        try:
            return ControlClient.connect(paths)
        except NotRunning:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)  # the server may start a moment after "recording" is printed


def measure_pause(recorder: AirlockProcess, workload, log) -> dict:
    try:
        from app.control.client import NotRunning  # noqa: F401 - the channel exists in this version
    except ImportError as error:
        return {"available": False, "why": f"no control client in this version ({error})"}
    workload.prepare("typing")
    recorder.start()
    try:
        try:
            client = _connect(recorder)
        except Exception as error:
            return {"available": False,
                    "why": f"`airlock record --headless` does not serve the control channel ({type(error).__name__}: "
                           f"{str(error)[:120]})"}
        with client:
            typist, _keys = workload.start_typing(2 * (PAUSE_AFTER_S + PAUSED_FOR_S) + 4.0)
            time.sleep(PAUSE_AFTER_S)  # the workload: typing goes on
            click = time.time()
            client.pause()
            ack = time.time()
            time.sleep(PAUSED_FOR_S)  # still typing, now paused
            resume_click = time.time()
            client.resume()
        # The same through the command line, as a script or a terminal user would do it.
        time.sleep(PAUSE_AFTER_S)
        cli_start = time.time()
        cli = recorder.run_app("pause", timeout=60)
        cli_done = time.time()
        time.sleep(PAUSED_FOR_S)
        cli_resume = time.time()
        recorder.run_app("resume", timeout=60)
        typist.wait(60)
    finally:
        recorder.stop()
    stats = _events_between(recorder, click - PAUSE_AFTER_S, time.time())
    last = max((t for t in stats if t <= resume_click), default=None)
    during = [t for t in stats if ack < t <= resume_click]
    resumed = [t for t in stats if resume_click < t <= cli_start]
    cli_last = max((t for t in stats if resume_click < t <= cli_resume), default=None)
    cli_during = [t for t in stats if cli_done < t <= cli_resume]
    result = {
        "available": True,
        "how": "control channel `pause` (the tray's path) while xdotool types at 8 keys/s; event times from the vault",
        "ack_ms": round((ack - click) * 1000, 1),
        "last_event_after_click_ms": None if last is None else round(max(0.0, last - click) * 1000, 1),
        "last_event_relative_ms": None if last is None else round((last - click) * 1000, 1),
        "events_after_click": sum(1 for t in stats if click < t <= resume_click),
        "events_after_ack": len(during),
        "events_after_resume": len(resumed),
        "typed_on_s": PAUSED_FOR_S,
        "cli_ok": cli.returncode == 0,
        "cli_command_s": round(cli_done - cli_start, 3),
        "cli_last_event_after_start_ms": None if cli_last is None else round((cli_last - cli_start) * 1000, 1),
        "cli_events_after_return": len(cli_during),
    }
    if not resumed:
        result["note"] = "nothing was stored after resume: the check of 'nothing during the pause' proves little"
    log(f"  pause: ack {result['ack_ms']} ms, last event {result['last_event_relative_ms']} ms from the click, "
        f"{len(during)} events during the pause, {len(resumed)} after resume; `airlock pause` took "
        f"{result['cli_command_s']} s, last event {result['cli_last_event_after_start_ms']} ms after it started, "
        f"{len(cli_during)} after it returned")
    return result


def _events_between(recorder: AirlockProcess, start: float, end: float) -> list[float]:
    """Event timestamps in the vault between start and end (read in a child with the keyring env)."""
    code = ("import json, sys\n"
            "from app.core.paths import resolve_paths\n"
            "from app.vault.keystore import KeyringKeyStore\n"
            "from app.vault.vault import open_vault\n"
            "paths = resolve_paths(sys.argv[1])\n"
            "conn = open_vault(paths, KeyringKeyStore(paths.data_dir), create=False).connect()\n"
            "rows = conn.execute('SELECT t FROM timed_events WHERE t >= ? AND t <= ? ORDER BY t',"
            " (float(sys.argv[2]), float(sys.argv[3]))).fetchall()\n"
            "print(json.dumps([r[0] for r in rows]))\n")
    result = subprocess.run([sys.executable, "-c", code, str(recorder.data_dir), repr(start), repr(end)],
                            cwd=ROOT, env=recorder.env, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise RecorderError(f"reading the vault failed: {result.stderr.strip()[-400:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure_delete(recorder: AirlockProcess, workload, log) -> dict:
    workload.prepare("typing")
    recorder.start()
    try:
        try:
            client = _connect(recorder)
        except Exception as error:
            return {"available": False, "why": f"the control channel is not served ({type(error).__name__})"}
        with client:
            typist, _keys = workload.start_typing(3.0)
            typist.wait(30)
            time.sleep(1.0)  # the last batch is committed (≤ 1 s)
            started = time.time()
            counts = client.delete_last(DELETE_SPAN_S)
            seconds = time.time() - started
    finally:
        recorder.stop()
    left = _events_between(recorder, started - DELETE_SPAN_S, started)
    result = {"available": True, "seconds": round(seconds, 3),
              "how": f"control channel `delete_last {DELETE_SPAN_S:.0f}` on the running recorder "
                     f"(its vault holds this run's phases)",
              "deleted_events": getattr(counts, "events", None), "deleted_frames": getattr(counts, "frames", None),
              "events_left_in_span": len(left)}
    log(f"  delete last 15 min: {seconds:.3f} s, {result['deleted_events']} events and "
        f"{result['deleted_frames']} screenshots deleted, {len(left)} left in the span")
    return result


def measure_review(recorder: AirlockProcess, workdir: Path, log) -> dict:
    tool = ROOT / "tools" / "measure_review.py"
    if not tool.exists():
        return {"available": False, "why": "tools/measure_review.py is not in this checkout"}
    seeded = AirlockProcess(workdir / "seeded", recorder.env)
    seeded.workdir.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    seed = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(seeded.data_dir), "dev", "seed", "--days", "30"],
                          cwd=ROOT, env=seeded.env, capture_output=True, text=True, timeout=3600)
    if seed.returncode != 0:
        return {"available": False, "why": f"`airlock dev seed --days 30` failed: {seed.stderr.strip()[-300:]}"}
    log(f"  seeded a 30-day vault in {time.monotonic() - started:.0f} s: {seed.stdout.strip()[-200:]}")
    # On the bench's Xvfb: a real X11 window, as the employee would open it.
    measured = subprocess.run([sys.executable, str(tool), "--data-dir", str(seeded.data_dir)],
                              cwd=ROOT, env=seeded.env, capture_output=True, text=True, timeout=1800)
    data = parse_review_output(measured.stdout)
    if data is None:
        return {"available": False, "why": f"tools/measure_review.py gave no timings (exit {measured.returncode}): "
                                           f"{(measured.stderr or measured.stdout).strip()[-300:]}"}
    log(f"  review: opens in {data['open_first_ms']:.0f} ms (first), {data['open_median_ms']:.0f} ms median; "
        f"search median {data['search_median_ms']:.0f} ms, max {data['search_ms']:.0f} ms")
    return {"available": True, "seed": seed.stdout.strip().splitlines()[-1] if seed.stdout.strip() else "",
            "how": "tools/measure_review.py on `airlock dev seed --days 30` (window on the bench's Xvfb): "
                   "worst of 5 opens, worst of 9 searches",
            "open_s": round(data["open_max_ms"] / 1000, 3), **data}


_OPEN = re.compile(r"window open -> timeline painted: median (?P<median>[\d.]+) ms, max (?P<max>[\d.]+) ms"
                   r".*?first: (?P<first>[\d.]+) ms")
_SEARCH = re.compile(r"search: Enter -> results painted: median (?P<median>[\d.]+) ms, max (?P<max>[\d.]+) ms")


def parse_review_output(text: str) -> dict | None:
    """The timings tools/measure_review.py prints, or None if they are not there."""
    opened, searched = _OPEN.search(text), _SEARCH.search(text)
    if opened is None or searched is None:
        return None
    return {"open_first_ms": float(opened["first"]), "open_median_ms": float(opened["median"]),
            "open_max_ms": float(opened["max"]), "search_median_ms": float(searched["median"]),
            "search_ms": float(searched["max"])}


def measure_all(recorder: AirlockProcess, workload, workdir: Path, log) -> dict:
    """Every control; one that fails is reported with its reason and the others still run."""
    results = {}
    for name, measure in (("pause", lambda: measure_pause(recorder, workload, log)),
                          ("delete", lambda: measure_delete(recorder, workload, log)),
                          ("review", lambda: measure_review(recorder, workdir, log))):
        try:
            results[name] = measure()
        except Exception as error:
            results[name] = {"available": False, "why": f"{type(error).__name__}: {str(error)[:300]}"}
            log(f"  {name} failed: {error}")
    return results
