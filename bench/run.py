"""`make bench` / `python -m bench.run`: measure Airlock's recorder against the floor, phase by phase.

Starts its own Xvfb (1920x1080) + openbox desktop with two real X windows and a private unlocked
keyring, then for each phase runs Airlock's `airlock record --headless` and the floor recorder back
to back (alternating which goes first), each started fresh, settled, and measured over the same
scripted workload. Then the privacy-control latencies and the input-callback timing. Writes
bench/results.json and docs/performance.md and prints the Markdown.

`--quick` is the CI regression check: short phases, no latency runs, nothing written to docs; it
fails (exit 1) when Airlock costs more than `--max-cpu-ratio` times the floor in any phase or its
RSS passes the budget times `--rss-factor`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path

from bench import report
from bench.measure import MB, TreeMeter, completeness, mb_per_day, mb_per_hour, ratio
from bench.recorders import ROOT, AirlockProcess, FloorProcess, RecorderError, RecorderProcess
from bench.workload import PHASE_NAMES, PHASES, PhaseSpec, Workload

CPU_RESOLUTION_PERCENT = 0.5  # floors below this are raised to it before dividing (idle, tick noise)
STORE_GRACE_S = 2.0  # events stamped just after the workload ended still belong to the phase


def commit_id(root: Path = ROOT) -> str:
    """The checked-out commit, read from .git without running git (a worktree's .git names its dir)."""
    try:
        git = common = root / ".git"
        if git.is_file():
            git = Path(git.read_text().split("gitdir:", 1)[1].strip())
            common = (git / (git / "commondir").read_text().strip()).resolve()
        head = (git / "HEAD").read_text().strip()
        if not head.startswith("ref: "):
            return head[:12]
        ref = head[5:]
        path = common / ref
        if path.exists():
            return path.read_text().strip()[:12]
        for line in (common / "packed-refs").read_text().splitlines():
            if line.endswith(" " + ref):
                return line.split()[0][:12]
    except OSError:
        pass
    return "unknown"


def measure_phase(recorder: RecorderProcess, workload: Workload, spec: PhaseSpec, seconds: float,
                  used_before: int) -> tuple[dict, dict, int]:
    """Run one phase under `recorder`: (its measurements, what was sent, store bytes used after)."""
    workload.prepare(spec.name)
    recorder.start()
    try:
        time.sleep(spec.settle_s)  # part of the workload: the recorder's start-up is not the phase
        meter = TreeMeter(recorder.pid)
        meter.start_sampling(0.5)
        first, wall_start = meter.snapshot(), time.time()
        sent = workload.run(spec.name, seconds)
        last, wall_end = meter.snapshot(), time.time()
        meter.stop_sampling()
        alive = recorder.process is not None and recorder.process.poll() is None
        hwm = meter.root_peak_rss() or 0
    finally:
        code = recorder.stop()
    stored = recorder.report([(wall_start, wall_end + STORE_GRACE_S)])
    window = stored["windows"][0] or {}
    duration = last.t - first.t
    content = window.get("event_bytes", 0) + window.get("frame_bytes", 0)
    result = {
        "seconds": round(duration, 2),
        "cpu_percent": round(100.0 * (last.cpu_ticks - first.cpu_ticks) / os.sysconf("SC_CLK_TCK") / duration, 3),
        "rss_end_mb": round(last.rss_bytes / MB, 1),
        "rss_peak_mb": round(max(meter.peak_rss_bytes, hwm) / MB, 1),
        "rss_start_mb": round(first.rss_bytes / MB, 1),
        "processes": last.processes,
        "alive_at_end": alive,
        "exit_code": code,
        **({"input_backend": recorder.input_backend} if getattr(recorder, "input_backend", "") else {}),
        **window,
        "store_mb_per_hour": round(mb_per_hour(content, duration), 2),
        "growth_mb_per_hour": round(mb_per_hour(stored["used_bytes"] - used_before, duration), 2),
        "events_mb_per_day": round(mb_per_day(window.get("event_bytes", 0), duration), 2),
        "keys_captured": _share(completeness(window.get("keys", 0), sent.keys)),
        "clicks_captured": _share(completeness(window.get("clicks", 0), sent.clicks)),
    }
    return result, sent.as_dict(), stored["used_bytes"]


def _share(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def run_phases(recorders: list[RecorderProcess], workload: Workload, phases: list[PhaseSpec], seconds: float,
               log) -> dict:
    used = {r.name: r.report([])["used_bytes"] if isinstance(r, AirlockProcess) else 0 for r in recorders}
    results: dict = {}
    for index, spec in enumerate(phases):
        entry: dict = {"description": spec.description}
        order = recorders if index % 2 == 0 else list(reversed(recorders))
        for recorder in order:
            log(f"phase {spec.name}: {recorder.name} ({seconds:g} s + {spec.settle_s:g} s settle)")
            try:
                measured, sent, used[recorder.name] = measure_phase(recorder, workload, spec, seconds, used[recorder.name])
            except (RecorderError, OSError) as error:
                measured, sent = {"error": str(error)}, None
                log(f"  {recorder.name} failed: {error}")
            entry[recorder.name] = measured
            if sent is not None:
                entry.setdefault("sents", {})[recorder.name] = sent
            log(f"  cpu {measured.get('cpu_percent')} %  rss {measured.get('rss_peak_mb')} MB  "
                f"events {measured.get('events')}  frames {measured.get('frames')}")
        sents = entry.pop("sents", {})
        entry["sent"] = sents.get("airlock") or sents.get("floor") or {}
        entry["sent_per_recorder"] = sents
        a, f = entry.get("airlock", {}), entry.get("floor", {})
        entry["ratio"] = {
            "cpu": _round(ratio(a.get("cpu_percent"), f.get("cpu_percent"), CPU_RESOLUTION_PERCENT)),
            "rss": _round(ratio(a.get("rss_peak_mb"), f.get("rss_peak_mb"))),
            "store": _round(ratio(a.get("store_mb_per_hour"), f.get("store_mb_per_hour"))),
        }
        for name, measured in entry.items():
            if name.startswith("airlock") and name != "airlock" and isinstance(measured, dict):
                entry["ratio"][f"cpu_{name}"] = _round(ratio(measured.get("cpu_percent"), f.get("cpu_percent"),
                                                             CPU_RESOLUTION_PERCENT))
        results[spec.name] = entry
    return results


def median_rounds(rounds: list[dict]) -> dict:
    """Per phase, the round whose Airlock/floor CPU ratio is the median (its numbers stay together),
    with every round's ratio kept beside it (`ratio.cpu_rounds`)."""
    if len(rounds) == 1:
        return rounds[0]
    combined = {}
    for name in rounds[0]:
        entries = [r[name] for r in rounds if name in r]
        ratios = [e.get("ratio", {}).get("cpu") for e in entries]
        known = sorted((value, index) for index, value in enumerate(ratios) if value is not None)
        chosen = entries[known[(len(known) - 1) // 2][1]] if known else entries[0]
        chosen = {**chosen, "ratio": {**chosen.get("ratio", {}), "cpu_rounds": ratios}}
        combined[name] = chosen
    return combined


def recorder_named(name: str, workdir: Path, env: dict[str, str]) -> AirlockProcess:
    """"airlock-pynput", "airlock+all", "airlock-pynput+convert-once": the variant it names;
    "airlock@/path/to/checkout": the recorder of another checkout (a before/after on this machine)."""
    name, _, other_root = name.partition("@")
    base, _, patches = name.partition("+")
    backend = base.split("-", 1)[1] if "-" in base else "auto"
    if other_root:
        return AirlockProcess(workdir, env, backend, patches, root=Path(other_root))
    return AirlockProcess(workdir, env, backend, patches)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def run_notes(results: dict) -> list[str]:
    """What a reader needs to read the tables right."""
    backends: dict[str, set[str]] = {}
    for phase in results.get("phases", {}).values():
        for name, measured in phase.items():
            if name.startswith("airlock") and isinstance(measured, dict) and measured.get("input_backend"):
                backends.setdefault(name, set()).add(measured["input_backend"])
    notes = [f"{name} took its input through {', '.join(sorted(found))}." for name, found in backends.items()]
    notes.append("A client selects pointer motion on the root window during every phase (as browsers and "
                 "editors do): without one, Xvfb hands RECORD data over in 1 KB blocks and pynput would be "
                 "woken 32 times less often than on a real desktop.")
    notes.append("Store sizes are the pages the phase's rows occupy (rows copied into an in-memory SQLite and "
                 "measured with dbstat; SQLCipher's 80 reserved bytes per page added back); growth per hour "
                 "extrapolates the phase, so the few screenshots of a 60 s phase make it coarse.")
    return notes


def quick_check(results: dict, max_ratio: float, rss_factor: float, baseline: dict | None = None,
                baseline_factor: float = 1.75) -> list[str]:
    """The CI regression bounds; returns the failures (empty: pass).

    Per phase: Airlock/floor CPU above `max_ratio`, or — where `baseline` (the committed
    bench/results.json) has a ratio for an active phase — above `baseline_factor` times that ratio,
    so a doubled cost is caught even in phases where Airlock is far below the floor (1000 Hz mouse).
    Idle is held only to `max_ratio`: a 10 s idle phase is a few clock ticks.
    """
    failures = []
    rss_limit = report.BUDGET_RSS_MB * rss_factor
    for name, phase in results["phases"].items():
        a = phase.get("airlock", {})
        if "error" in a or "error" in phase.get("floor", {}):
            failures.append(f"{name}: a recorder failed: {a.get('error') or phase['floor'].get('error')}")
            continue
        cpu_ratio = phase["ratio"]["cpu"]
        limit, why = max_ratio, f"{max_ratio:g}×"
        before = _get_ratio(baseline, name)
        if (before is not None and phase["floor"].get("cpu_percent", 0) >= CPU_RESOLUTION_PERCENT
                and baseline_factor * before < limit):
            limit, why = baseline_factor * before, f"{baseline_factor:g} × the committed {before:.2f}×"
        if cpu_ratio is not None and cpu_ratio > limit:
            failures.append(f"{name}: Airlock/floor CPU {cpu_ratio:.2f}× > {why} "
                            f"({a['cpu_percent']:.2f} % vs {phase['floor']['cpu_percent']:.2f} %)")
        if a.get("rss_peak_mb", 0) > rss_limit:
            failures.append(f"{name}: Airlock RSS {a['rss_peak_mb']:.0f} MB > {rss_limit:.0f} MB")
        for what in ("keys", "clicks"):
            share, sent = a.get(f"{what}_captured"), phase.get("sent", {}).get(what, 0)
            lost = sent - a.get(what, 0)
            # A 10 s phase sends one click: one event lost at a boundary (a click that lands while the
            # focus moves is not stored, by design) is not a 95 % measurement; two lost events are.
            if share is not None and share < 0.95 and lost > 1:
                failures.append(f"{name}: Airlock stored only {100 * share:.0f} % of the {what} sent "
                                f"({lost} of {sent} lost)")
    return failures


def _get_ratio(baseline: dict | None, phase: str) -> float | None:
    try:
        value = baseline["phases"][phase]["ratio"]["cpu"]  # type: ignore[index]
    except (KeyError, TypeError):
        return None
    return value if isinstance(value, (int, float)) and value > 0 else None


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    parser.add_argument("--phase-seconds", type=float,
                        default=float(os.environ.get("BENCH_PHASE_SECONDS") or 60), help="seconds per phase (60)")
    parser.add_argument("--phases", default=",".join(PHASE_NAMES), help=f"comma list of {', '.join(PHASE_NAMES)}")
    parser.add_argument("--recorders", help="comma list of airlock (what users get), airlock-pynput (forced "
                        "pynput input, to show the X11 path's effect) and floor; default all three, quick: "
                        "airlock,floor")
    parser.add_argument("--quick", action="store_true", help="CI regression check: ratios and bounds only")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run every phase this many times and report, per phase, the run with the median "
                             "Airlock/floor CPU ratio (the machines are noisy: DESIGN.md asks for the median of three)")
    parser.add_argument("--max-cpu-ratio", type=float, default=3.0, help="--quick fails above this Airlock/floor")
    parser.add_argument("--rss-factor", type=float, default=1.5, help="--quick fails above RSS budget × this")
    parser.add_argument("--baseline", type=Path, default=ROOT / "bench" / "results.json",
                        help="--quick also fails above --baseline-factor × this run's per-phase ratios")
    parser.add_argument("--baseline-factor", type=float, default=1.75)
    parser.add_argument("--no-latency", action="store_true", help="skip the privacy-control latencies")
    parser.add_argument("--no-callbacks", action="store_true", help="skip the input-callback timing")
    parser.add_argument("--results", type=Path, help="JSON output (default bench/results.json; quick: bench/out/)")
    parser.add_argument("--doc", type=Path, help="Markdown output (default docs/performance.md; quick: bench/out/)")
    parser.add_argument("--keep", action="store_true", help="keep the work dir (logs, stores) for inspection")
    parser.add_argument("--soak-minutes", type=float, default=float(os.environ.get("BENCH_SOAK_MINUTES") or 10),
                        help="the memory soak's length (bench/soak.py) after the phases; 0 skips it (quick: skipped)")
    parser.add_argument("--soak-only", action="store_true",
                        help="run only the memory soak; its figures replace the soak's in the results JSON and "
                             "the Markdown is re-rendered")
    parser.add_argument("--soak-as", default="current", choices=("current", "drill"),
                        help="with --soak-only: file the soak as `current` (the bench's 10 minutes) or as the "
                             "`drill` (two hours, what the memory budget is judged on)")
    parser.add_argument("--render-only", action="store_true",
                        help="measure nothing: re-render the Markdown from the results JSON (after editing "
                             "bench/findings.md)")
    args = parser.parse_args(argv)
    out = ROOT / "bench" / "out"
    args.recorders = args.recorders or ("airlock,floor" if args.quick else "airlock,airlock-pynput,floor")
    args.results = args.results or (out / "quick-results.json" if args.quick else ROOT / "bench" / "results.json")
    args.doc = args.doc or (out / "quick-performance.md" if args.quick else ROOT / "docs" / "performance.md")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.render_only:
        results = json.loads(args.results.read_text())
        print(_write(args, results))
        return 0
    if args.soak_only:
        return run_soak_only(args)
    from app import __version__
    from tests.e2e.harness.desktop import Desktop
    from tests.e2e.harness.keyring import keyring_session

    def log(text: str) -> None:
        print(f"[bench {time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)

    wanted = [p.strip() for p in args.phases.split(",") if p.strip()]
    unknown = set(wanted) - set(PHASE_NAMES)
    if unknown:
        print(f"unknown phase(s): {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    phases = [p for p in PHASES if p.name in wanted]
    names = [r.strip() for r in args.recorders.split(",") if r.strip()]
    workdir = Path(tempfile.mkdtemp(prefix="airlock-bench-"))
    results: dict = {
        "version": __version__, "commit": commit_id(),
        "date": datetime.now(UTC).astimezone().isoformat(timespec="seconds"),
        "machine": report.machine_info(),
        "settings": {"phase_seconds": args.phase_seconds, "phases": wanted, "screen": "1920x1080",
                     "quick": args.quick},
        "notes": [],
    }
    # Soaks are long and labelled by commit (`before`, `drill`, ...): a full run keeps them and
    # replaces only `current`, and only when it runs a soak itself.
    earlier_soaks = earlier_soak_runs(args.results)
    if earlier_soaks and not args.quick:
        results["soak"] = earlier_soaks
    log(f"work dir {workdir}")
    (workdir / "desktop").mkdir()
    try:
        with Desktop(workdir / "desktop", size=(1920, 1080)) as desk, keyring_session(workdir / "keyring") as ring:
            env = dict(ring.env)
            env.update(DISPLAY=desk.display, XDG_SESSION_TYPE="x11")
            workload = Workload(desk)
            recorders: list[RecorderProcess] = []
            airlock = AirlockProcess(workdir, env) if "airlock" in names else None
            for name in names:
                if name == "floor":
                    recorders.append(FloorProcess(workdir, env))
                elif name.startswith("airlock"):
                    recorder = airlock if name == "airlock" else recorder_named(name, workdir, env)
                    recorder.consent()
                    recorders.append(recorder)
                else:
                    raise SystemExit(f"unknown recorder {name!r}")
            try:
                rounds = []
                for number in range(1, max(1, args.repeat) + 1):
                    if args.repeat > 1:
                        log(f"round {number} of {args.repeat}")
                    rounds.append(run_phases(recorders, workload, phases, args.phase_seconds, log))
                results["phases"] = median_rounds(rounds)
                results["settings"]["repeat"] = len(rounds)
                if airlock is not None and not args.quick and not args.no_latency:
                    from bench import latency

                    log("privacy-control latencies")
                    results["latency"] = latency.measure_all(airlock, workload, workdir, log)
                if airlock is not None and not args.quick and not args.no_callbacks:
                    from bench import callbacks

                    log("input-callback timing")
                    results["callbacks"] = callbacks.measure(airlock, workload, log)
            finally:
                workload.close()
        if not args.quick and args.soak_minutes > 0:
            log(f"memory soak ({args.soak_minutes:g} min)")
            results.setdefault("soak", {})["current"] = soak_figures(args.soak_minutes, log)
    except Exception:
        log("the bench failed:\n" + traceback.format_exc())
        results.setdefault("notes", []).append("the run did not complete: see the bench's output")
        _write(args, results)
        return 1
    finally:
        if args.keep:
            log(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)  # the floor's store holds the workload's text
    results["notes"] += run_notes(results)
    results["budgets"] = [v.as_dict() for v in report.verdicts(results)]
    failures = []
    if args.quick:
        baseline = json.loads(args.baseline.read_text()) if args.baseline and args.baseline.exists() else None
        failures = quick_check(results, args.max_cpu_ratio, args.rss_factor, baseline, args.baseline_factor)
        results["quick_check"] = {"max_cpu_ratio": args.max_cpu_ratio, "rss_factor": args.rss_factor,
                                  "baseline": str(args.baseline) if baseline else None,
                                  "baseline_factor": args.baseline_factor, "failures": failures}
    markdown = _write(args, results)
    print(markdown)
    if failures:
        print("bench-quick FAILED:\n  " + "\n  ".join(failures), file=sys.stderr)
        return 1
    return 0


def earlier_soak_runs(path: Path) -> dict:
    """The soak runs recorded in an earlier results file, or {} (none, or a file that does not parse)."""
    try:
        soaks = json.loads(path.read_text()).get("soak")
    except (OSError, ValueError, AttributeError):
        return {}
    return soaks if isinstance(soaks, dict) else {}


def soak_figures(minutes: float, log) -> dict:
    """The memory soak on this checkout, labelled with its commit (the series stays in the JSON)."""
    from bench import soak

    return {"commit": commit_id(), **soak.run(minutes, log=log)}


def run_soak_only(args: argparse.Namespace) -> int:
    """`--soak-only`: the soak alone, merged into the existing results (a `before` run is kept)."""
    def log(text: str) -> None:
        print(f"[bench {time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)

    results = json.loads(args.results.read_text()) if args.results.exists() else {"notes": []}
    results.setdefault("soak", {})[args.soak_as] = soak_figures(args.soak_minutes, log)
    results["budgets"] = [v.as_dict() for v in report.verdicts(results)]
    print(_write(args, results))
    return 0


def _write(args: argparse.Namespace, results: dict) -> str:
    findings = ROOT / "bench" / "findings.md"
    markdown = report.render_markdown(results, findings.read_text() if findings.exists() and not args.quick else "")
    lake = ROOT / "bench" / "lake.md"  # the collector's section (`make bench-lake`), kept as it was measured
    if lake.exists() and not args.quick:
        markdown = markdown.rstrip() + "\n\n" + lake.read_text()
    for path, text in ((args.results, json.dumps(results, indent=2) + "\n"), (args.doc, markdown)):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return markdown


if __name__ == "__main__":
    sys.exit(main())
