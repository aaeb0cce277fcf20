"""Turning a run's results into the budget verdicts and the Markdown page (docs/performance.md).

Pure functions over the results dict that bench/run.py writes to bench/results.json, so the
rendering is tested without running anything.
"""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass
from pathlib import Path

# DESIGN.md's budgets, in the units the results use.
BUDGET_IDLE_CPU = 0.2  # % of one core (issue 15 tightened DESIGN.md's 0.5)
BUDGET_MIXED_CPU = 3.0
BUDGET_MIXED_RATIO = 1.2  # Airlock / floor, typing and mixed (median of three runs)
BUDGET_RSS_MB = 120.0
BUDGET_RSS_SLOPE_MB_H = 1.0  # issue 15: RSS growth after the first ten minutes of the soak
BUDGET_DISK_MB_H = 60.0
BUDGET_EVENTS_MB_DAY = 12.0
BUDGET_PAUSE_MS = 100.0
BUDGET_REVIEW_OPEN_S = 1.0
BUDGET_SEARCH_MS = 200.0
BUDGET_CALLBACK_P99_MS = 1.0


@dataclass(frozen=True)
class Verdict:
    """One budget line: what, the budget, what was measured, and whether it is met (None: not measured)."""

    what: str
    budget: str
    measured: str
    met: bool | None
    note: str = ""

    def as_dict(self) -> dict:
        return {"what": self.what, "budget": self.budget, "measured": self.measured, "met": self.met,
                "note": self.note}


def cell(text: object) -> str:
    """Text safe inside a Markdown table cell: one line, no column breaks."""
    return " ".join(str(text).split()).replace("|", "\\|")


def fmt(value: float | None, digits: int = 1, suffix: str = "") -> str:
    """A number for a table cell; "n/a" when missing."""
    if value is None:
        return "n/a"
    return f"{value:,.{digits}f}{suffix}"


def fmt_ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}×"


def fmt_share(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.0f} %"


def _get(d: dict | None, *keys: str):
    for key in keys:
        if not isinstance(d, dict):
            return None
        d = d.get(key)
    return d


def _check(value: float | None, limit: float) -> bool | None:
    return None if value is None else value <= limit


def verdicts(results: dict) -> list[Verdict]:
    """Every DESIGN.md budget against what this run measured."""
    phases = results.get("phases", {})
    idle, mixed = phases.get("idle", {}), phases.get("mixed", {})
    out: list[Verdict] = []
    idle_cpu = _get(idle, "airlock", "cpu_percent")
    out.append(Verdict("CPU, idle (static screen)", f"≤ {BUDGET_IDLE_CPU} % of a core", fmt(idle_cpu, 2, " %"),
                       _check(idle_cpu, BUDGET_IDLE_CPU)))
    mixed_cpu = _get(mixed, "airlock", "cpu_percent")
    out.append(Verdict("CPU, mixed office work", f"≤ {BUDGET_MIXED_CPU} % of a core", fmt(mixed_cpu, 2, " %"),
                       _check(mixed_cpu, BUDGET_MIXED_CPU)))
    for label, phase in (("typing", phases.get("typing", {})), ("mixed", mixed)):
        ratio_now = _get(phase, "ratio", "cpu")
        rounds = _get(phase, "ratio", "cpu_rounds")
        note = f"median of {', '.join(fmt_ratio(r) for r in rounds)}" if rounds else ""
        out.append(Verdict(f"CPU, {label}, Airlock / floor", f"≤ {BUDGET_MIXED_RATIO}×", fmt_ratio(ratio_now),
                           _check(ratio_now, BUDGET_MIXED_RATIO), note))
    peaks = [_get(p, "airlock", "rss_peak_mb") for p in phases.values()]
    peaks = [p for p in peaks if p is not None]
    peak = max(peaks) if peaks else None
    out.append(Verdict("Memory, headless recorder (peak RSS, any phase)", f"≤ {BUDGET_RSS_MB:.0f} MB",
                       fmt(peak, 1, " MB"), _check(peak, BUDGET_RSS_MB)))
    # The budget's own measure is the two-hour drill (slope after minute 10); the bench's 10-minute
    # soak still holds the end of the warm-up in its fit, so it stands in only when no drill is recorded.
    drill = _get(results, "soak", "drill")
    soak = drill or _get(results, "soak", "current") or {}
    slope = soak.get("slope_mb_per_hour")
    made_by = str(soak.get("commit", "?"))  # a commit id, or where it was run when that was not kept
    if all(c in "0123456789abcdef" for c in made_by):
        made_by = f"commit {made_by}"
    note = (f"two-hour drill, {soak.get('date', '')[:10]}, {made_by}" if drill else
            f"{soak['minutes']:g}-minute soak; `make drills` holds the 2-hour one to it" if soak else
            "no soak in this run")
    out.append(Verdict("Memory over time (soak: RSS slope after warm-up)", f"≤ {BUDGET_RSS_SLOPE_MB_H:g} MB/h",
                       fmt(slope, 2, " MB/h"), _check(slope, BUDGET_RSS_SLOPE_MB_H), note))
    disk = _get(mixed, "airlock", "store_mb_per_hour")
    out.append(Verdict("Disk, mixed work at 1080p", f"≤ {BUDGET_DISK_MB_H:.0f} MB/h", fmt(disk, 1, " MB/h"),
                       _check(disk, BUDGET_DISK_MB_H)))
    events_day = _get(mixed, "airlock", "events_mb_per_day")
    out.append(Verdict("Disk, events of an 8-hour day (mixed)", f"≤ {BUDGET_EVENTS_MB_DAY:.0f} MB",
                       fmt(events_day, 1, " MB"), _check(events_day, BUDGET_EVENTS_MB_DAY)))
    latency = results.get("latency") or {}
    pause = latency.get("pause") or {}
    if pause.get("available"):
        ms, after = pause.get("last_event_after_click_ms"), pause.get("events_after_ack")
        met = None if ms is None or after is None else (ms <= BUDGET_PAUSE_MS and after == 0)
        out.append(Verdict("Pause: last persisted event after the click; events after it",
                           f"≤ {BUDGET_PAUSE_MS:.0f} ms; 0", f"{fmt(ms, 0, ' ms')}; {after}", met))
    else:
        out.append(Verdict("Pause", f"≤ {BUDGET_PAUSE_MS:.0f} ms; 0 events after", "not measured", None,
                           pause.get("why", "")))
    review = latency.get("review") or {}
    open_s = review.get("open_s")
    out.append(Verdict("Review window opens (30-day vault)", f"≤ {BUDGET_REVIEW_OPEN_S:.0f} s", fmt(open_s, 2, " s"),
                       _check(open_s, BUDGET_REVIEW_OPEN_S), "" if review.get("available") else review.get("why", "")))
    search_ms = review.get("search_ms")
    out.append(Verdict("Search (30-day vault)", f"≤ {BUDGET_SEARCH_MS:.0f} ms", fmt(search_ms, 0, " ms"),
                       _check(search_ms, BUDGET_SEARCH_MS), "" if review.get("available") else review.get("why", "")))
    callbacks = results.get("callbacks") or {}
    p99 = callbacks.get("p99_ms")
    out.append(Verdict("Input callbacks (time inside the hook), p99", f"≤ {BUDGET_CALLBACK_P99_MS:.0f} ms",
                       fmt(p99, 3, " ms"), _check(p99, BUDGET_CALLBACK_P99_MS),
                       "" if callbacks.get("available") else callbacks.get("why", "")))
    return out


def machine_info() -> dict:
    """What the numbers were measured on."""
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {"cpu": cpu or platform.processor(), "cores": os.cpu_count(), "system": platform.platform(),
            "python": platform.python_version(), "load_at_start": [round(v, 2) for v in load] if load else None}


def variants(results: dict) -> list[str]:
    """The Airlock variants measured besides the default one ("airlock-pynput", "airlock+all", …)."""
    found: list[str] = []
    for phase in results.get("phases", {}).values():
        for name in phase:
            if name.startswith("airlock") and name != "airlock" and name not in found:
                found.append(name)
    return found


def _phase_rows(results: dict) -> list[str]:
    phases = results.get("phases", {})
    others = variants(results)
    head = "| phase | Airlock CPU | floor CPU | Airlock / floor |"
    rule = "|---|---:|---:|---:|"
    for name in others:
        head += f" {name} | {name} / floor |"
        rule += "---:|---:|"
    rows = [head + " Airlock RSS start → end (peak) | floor RSS peak | input sent |", rule + "---:|---:|---|"]
    for name, phase in phases.items():
        a, f = phase.get("airlock") or {}, phase.get("floor") or {}
        row = (f"| {name} | {fmt(a.get('cpu_percent'), 2, ' %')} | {fmt(f.get('cpu_percent'), 2, ' %')} | "
               f"{fmt_ratio(_get(phase, 'ratio', 'cpu'))} |")
        for other in others:
            row += (f" {fmt(_get(phase, other, 'cpu_percent'), 2, ' %')} | "
                    f"{fmt_ratio(_get(phase, 'ratio', f'cpu_{other}'))} |")
        row += (f" {fmt(a.get('rss_start_mb'), 0)} → {fmt(a.get('rss_end_mb'), 0)} ({fmt(a.get('rss_peak_mb'), 0)}) MB | "
                f"{fmt(f.get('rss_peak_mb'), 0, ' MB')} | {_sent_text(phase.get('sent') or {})} |")
        rows.append(row)
    return rows


def _sent_text(sent: dict) -> str:
    parts = []
    if sent.get("keys"):
        rate = sent.get("keys_per_s_while_typing")
        parts.append(f"{sent['keys']} keys" + (f" ({rate:.1f}/s)" if rate else ""))
    if sent.get("clicks"):
        parts.append(f"{sent['clicks']} clicks")
    if sent.get("switches"):
        parts.append(f"{sent['switches']} window switches")
    if sent.get("move_rate_hz"):
        parts.append(f"motion {sent['move_rate_hz']:.0f} Hz")
    return ", ".join(parts) or "nothing"


def _store_rows(results: dict) -> list[str]:
    rows = ["| phase | store growth A / F (MB/h) | events A / F (MB per 8 h) | events stored A / F | "
            "screenshots A / F | keys A / F / sent | clicks A / F / sent |",
            "|---|---:|---:|---:|---:|---:|---:|"]
    for name, phase in results.get("phases", {}).items():
        a, f, sent = phase.get("airlock") or {}, phase.get("floor") or {}, phase.get("sent") or {}
        rows.append(
            f"| {name} | {fmt(a.get('store_mb_per_hour'))} / {fmt(f.get('store_mb_per_hour'))} | "
            f"{fmt(a.get('events_mb_per_day'))} / {fmt(f.get('events_mb_per_day'))} | "
            f"{a.get('events', 'n/a')} / {f.get('events', 'n/a')} | {a.get('frames', 'n/a')} / {f.get('frames', 'n/a')} | "
            f"{a.get('keys', 'n/a')} / {f.get('keys', 'n/a')} / {sent.get('keys', 0)} | "
            f"{a.get('clicks', 'n/a')} / {f.get('clicks', 'n/a')} / {sent.get('clicks', 0)} |")
    return rows


def _latency_rows(results: dict) -> list[str]:
    latency = results.get("latency") or {}
    rows = ["| control | measured | how |", "|---|---:|---|"]
    pause = latency.get("pause") or {}
    if pause.get("available"):
        relative = pause.get("last_event_relative_ms")
        when = "" if relative is None else (f" (the last one {abs(relative):.0f} ms before the click)" if relative <= 0
                                            else "")
        rows.append(f"| pause: last persisted event after the click | "
                    f"{fmt(pause.get('last_event_after_click_ms'), 0, ' ms')}{when} | {pause.get('how', '')} |")
        rows.append(f"| pause: command acknowledged | {fmt(pause.get('ack_ms'), 0, ' ms')} | round trip on the control channel |")
        rows.append(f"| pause: events stored after the acknowledgement | {pause.get('events_after_ack')} | "
                    f"typing continued {fmt(pause.get('typed_on_s'), 0, ' s')} during the pause; "
                    f"{pause.get('events_after_resume')} events stored after resume |")
        if "cli_command_s" in pause:
            rows.append(f"| `airlock pause` from a shell: command runs / last event after its start / events after "
                        f"it returned | {fmt(pause.get('cli_command_s'), 2, ' s')} / "
                        f"{fmt(pause.get('cli_last_event_after_start_ms'), 0, ' ms')} / {pause.get('cli_events_after_return')} | "
                        "includes Python start-up of the command |")
    else:
        rows.append(f"| pause | not measured | {cell(pause.get('why', ''))} |")
    delete = latency.get("delete") or {}
    if delete.get("available"):
        rows.append(f"| delete the last 15 minutes | {fmt(delete.get('seconds'), 2, ' s')} | {delete.get('how', '')} |")
    else:
        rows.append(f"| delete the last 15 minutes | not measured | {cell(delete.get('why', ''))} |")
    review = latency.get("review") or {}
    if review.get("available"):
        rows.append(f"| review window opens (30-day vault) | {fmt(review.get('open_s'), 2, ' s')} | {review.get('how', '')} |")
        rows.append(f"| search (30-day vault) | {fmt(review.get('search_ms'), 0, ' ms')} | {review.get('how', '')} |")
    else:
        rows.append(f"| review window and search | not measured | {cell(review.get('why', ''))} |")
    callbacks = results.get("callbacks") or {}
    if callbacks.get("available"):
        rows.append(f"| input callbacks p50 / p99 / max | {fmt(callbacks.get('p50_ms'), 3)} / "
                    f"{fmt(callbacks.get('p99_ms'), 3)} / {fmt(callbacks.get('max_ms'), 2)} ms | "
                    f"{callbacks.get('how', '')} |")
    else:
        rows.append(f"| input callbacks | not measured | {cell(callbacks.get('why', ''))} |")
    return rows


SOAK_RUNS = (("before", "before the issue-15 fixes"), ("current", "this commit"),
             ("before_long", "before the issue-15 fixes"), ("current_long", "after the fixes"),
             ("drill", "the two-hour drill (`make drills`), after the fixes"))


def _soak_rows(results: dict) -> list[str]:
    soak = results.get("soak") or {}
    rows = ["| code | soak | RSS at start | after warm-up | at end | peak | slope after warm-up | slope, second "
            "half | keys sent (stored) | switches |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for key, label in SOAK_RUNS:
        run = soak.get(key)
        if not run:
            continue
        sent = run.get("sent") or {}
        commit = f" ({run['commit']})" if run.get("commit") else ""
        rows.append(f"| {label}{commit} | {run['minutes']:g} min, fit after {run['skipped_s'] / 60:.0f} min | "
                    f"{fmt(run.get('rss_start_mb'), 1, ' MB')} | {fmt(run.get('rss_after_warmup_mb'), 1, ' MB')} | "
                    f"{fmt(run.get('rss_end_mb'), 1, ' MB')} | {fmt(run.get('rss_peak_mb'), 1, ' MB')} | "
                    f"**{fmt(run.get('slope_mb_per_hour'), 2, ' MB/h')}** | "
                    f"{fmt(run.get('slope_second_half_mb_per_hour'), 2, ' MB/h')} | {sent.get('keys', 0)} "
                    f"({fmt_share(run.get('keys_captured'))}) | {sent.get('switches', 0)} |")
    return rows if len(rows) > 2 else []


def _verdict_rows(results: dict) -> list[str]:
    mark = {True: "met", False: "**missed**", None: "not measured"}
    rows = ["| budget (DESIGN.md) | limit | measured | verdict |", "|---|---|---:|---|"]
    for v in verdicts(results):
        note = f" ({cell(v.note)})" if v.note else ""
        rows.append(f"| {v.what} | {v.budget} | {v.measured} | {mark[v.met]}{note} |")
    return rows


def render_markdown(results: dict, findings: str = "") -> str:
    """The page: machine, date and version, then the tables, then `findings` (hand-written
    analysis kept in bench/findings.md, so a regenerated page keeps it)."""
    machine = results.get("machine", {})
    settings = results.get("settings", {})
    lines = [
        "# Performance",
        "",
        "Generated by `make bench` (bench/run.py); do not edit by hand. Raw numbers: bench/results.json. "
        "Run it yourself: `make bench` (60 s a phase; `BENCH_PHASE_SECONDS=…`), or `make bench-quick` for the "
        "short CI regression check.",
        "",
        f"- Airlock {results.get('version', '?')} ({results.get('commit', 'unknown commit')}), measured "
        f"{results.get('date', '?')}",
        f"- Machine: {machine.get('cpu', '?')}, {machine.get('cores', '?')} cores, {machine.get('system', '?')}, "
        f"Python {machine.get('python', '?')}; load average at start {machine.get('load_at_start')}",
        f"- Display: Xvfb {settings.get('screen', '1920x1080')} with openbox; {settings.get('phase_seconds', '?')} s "
        "a phase; Airlock and the floor run each phase back to back (never at the same time), "
        "each started fresh and settled before the phase.",
        "- CPU is % of one core for the recorder's whole process tree (/proc utime+stime, children "
        "included). MB are 10^6 bytes. \"Floor\" is bench/floor_recorder.py: the same job with pynput, mss, "
        "Pillow JPEG and stdlib sqlite3 only (no encryption, no pipeline).",
        "",
        "## Budgets",
        "",
        *_verdict_rows(results),
        "",
        "## CPU and memory per phase",
        "",
        *_phase_rows(results),
        "",
        "## What was stored per phase",
        "",
        "Growth per hour is the store's used pages before and after the phase, extrapolated; events per "
        "8-hour day counts only the events table and its index.",
        "",
        *_store_rows(results),
        "",
        *(["## Memory over time", "",
            "`python -m bench.soak` (bench/soak.py; part of `make bench`, `make bench-soak` alone): the real "
            "headless recorder on a private Xvfb desktop with three windows, driven by xdotool at about 16 "
            "keys a second with a window switch every ~3 s (half clicks, half `windowactivate`) and some "
            "scrolling. RSS of its process tree every 5 s; the slope is a least-squares fit after the warm-up "
            "(the first 10 % of the run, at least 2 minutes). `make drills` runs it for two hours and holds the "
            f"slope after the first ten minutes to {BUDGET_RSS_SLOPE_MB_H:g} MB/h; `make bench-soak-drill` runs the "
            "same two hours and files them here as the drill.", "",
            *_soak_rows(results), ""] if _soak_rows(results) else []),
        "## Privacy controls and input hooks",
        "",
        *_latency_rows(results),
        "",
    ]
    notes = results.get("notes") or []
    if notes:
        lines += ["## Notes", "", *[f"- {n}" for n in notes], ""]
    if findings:
        lines += [findings.strip(), ""]
    return "\n".join(lines)
