"""The benchmark's measuring code, with fakes: CPU accounting over a process tree, extrapolation,
store sizing, and the ratio table and budget verdicts it renders."""

from __future__ import annotations

import json
import sqlite3

import pytest

from bench import report
from bench.floor_recorder import SCHEMA
from bench.latency import parse_review_output
from bench.measure import (
    LinuxProcReader,
    Percentiles,
    ProcSample,
    TreeMeter,
    TreeSnapshot,
    completeness,
    cpu_percent,
    mb_per_day,
    mb_per_hour,
    parse_stat,
    per_hour,
    process_tree,
    ratio,
)
from bench.run import quick_check, recorder_named
from bench.store_stats import page_bytes, window_stats


def proc(pid: int, ppid: int, ticks: int, rss_mb: float = 10.0, start: int = 1000) -> ProcSample:
    return ProcSample(pid=pid, ppid=ppid, start_ticks=start, cpu_ticks=ticks, rss_bytes=int(rss_mb * 1_000_000))


class FakeProc:
    """A process table that the test changes between snapshots, and a clock it advances."""

    def __init__(self, table: list[ProcSample]) -> None:
        self.table = table
        self.now = 100.0
        self.hwm: dict[int, int] = {}

    def processes(self) -> list[ProcSample]:
        return list(self.table)

    def peak_rss(self, pid: int) -> int | None:
        return self.hwm.get(pid)

    def clock(self) -> float:
        return self.now


# -- /proc parsing -------------------------------------------------------------------------------

def stat_line(pid: int, comm: str, ppid: int, utime: int, stime: int, cutime: int, cstime: int,
              start: int, rss_pages: int) -> str:
    # Fields 3.. of proc(5): state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt
    # utime stime cutime cstime priority nice threads itrealvalue starttime vsize rss ...
    rest = ["S", ppid, 1, 1, 0, -1, 0, 0, 0, 0, 0, utime, stime, cutime, cstime, 20, 0, 3, 0, start, 123456, rss_pages]
    return f"{pid} ({comm}) " + " ".join(str(v) for v in rest) + " 0 0 0\n"


def test_parse_stat_reads_times_parent_start_and_rss_even_with_a_tricky_command_name():
    sample = parse_stat(stat_line(42, "python -m app) (x", 7, 100, 50, 30, 20, 5555, 256))
    assert sample.pid == 42 and sample.ppid == 7
    assert sample.cpu_ticks == 200  # utime + stime + cutime + cstime
    assert sample.start_ticks == 5555
    assert sample.rss_bytes == 256 * 4096 or sample.rss_bytes % 256 == 0


def test_linux_reader_reads_a_proc_tree_and_the_high_water_mark(tmp_path):
    for pid, ppid in ((1, 0), (10, 1), (11, 10)):
        (tmp_path / str(pid)).mkdir()
        (tmp_path / str(pid) / "stat").write_text(stat_line(pid, "p", ppid, pid, 0, 0, 0, 100 + pid, 10))
    (tmp_path / "10" / "status").write_text("Name:\tp\nVmHWM:\t  123456 kB\nVmRSS:\t 1000 kB\n")
    (tmp_path / "self").mkdir()  # not a pid: ignored
    (tmp_path / "12").mkdir()  # exited between listing and reading: ignored
    reader = LinuxProcReader(tmp_path)
    assert sorted(p.pid for p in reader.processes()) == [1, 10, 11]
    assert reader.peak_rss(10) == 123456 * 1024
    assert reader.peak_rss(11) is None


# -- the process tree ----------------------------------------------------------------------------

def test_tree_holds_the_root_and_every_descendant_and_nothing_else():
    table = [proc(1, 0, 5), proc(100, 1, 10), proc(101, 100, 20), proc(102, 101, 30), proc(200, 1, 999),
             proc(103, 100, 40)]
    assert sorted(p.pid for p in process_tree(table, 100)) == [100, 101, 102, 103]


def test_tree_is_empty_when_the_root_pid_now_belongs_to_another_process():
    table = [proc(100, 1, 10, start=2000)]
    assert process_tree(table, 100, root_start=1000) == []
    assert len(process_tree(table, 100, root_start=2000)) == 1


def test_cpu_of_the_tree_counts_children_born_during_the_phase_and_keeps_reaped_childrens_time():
    fake = FakeProc([proc(1, 0, 0), proc(100, 1, 1000), proc(101, 100, 500), proc(300, 1, 7000)])
    meter = TreeMeter(100, fake, clock=fake.clock)
    before = meter.snapshot()
    assert before.cpu_ticks == 1500 and before.processes == 2

    fake.now += 10.0
    # 101 used 50 more ticks and exited; its parent reaped it, so its 550 ticks moved to cutime.
    # A new child 102 was born and used 30 ticks. The unrelated process 300 used a lot: not ours.
    fake.table = [proc(1, 0, 0), proc(100, 1, 1000 + 20 + 550), proc(102, 100, 30), proc(300, 1, 9000)]
    after = meter.snapshot()
    assert after.cpu_ticks - before.cpu_ticks == 20 + 50 + 30
    assert cpu_percent(before, after, ticks_per_second=100) == pytest.approx(100.0 * 100 / 100 / 10.0)


def test_cpu_percent_is_of_one_core_and_refuses_reversed_snapshots():
    a, b = TreeSnapshot(0.0, 0, 0, 1), TreeSnapshot(60.0, 30, 0, 1)  # 30 ticks = 0.3 s in 60 s
    assert cpu_percent(a, b, ticks_per_second=100) == pytest.approx(0.5)
    with pytest.raises(ValueError):
        cpu_percent(b, a)


def test_peak_rss_is_the_largest_tree_sum_seen_and_the_kernel_high_water_mark_is_reported():
    fake = FakeProc([proc(100, 1, 0, rss_mb=50), proc(101, 100, 0, rss_mb=20)])
    meter = TreeMeter(100, fake, clock=fake.clock)
    meter.snapshot()
    fake.table = [proc(100, 1, 0, rss_mb=90)]
    meter.snapshot()
    fake.table = [proc(100, 1, 0, rss_mb=60)]
    last = meter.snapshot()
    assert meter.peak_rss_bytes == 90_000_000
    assert last.rss_bytes == 60_000_000
    fake.hwm[100] = 95_000_000
    assert meter.root_peak_rss() == 95_000_000


def test_background_sampling_stops():
    fake = FakeProc([proc(100, 1, 0)])
    meter = TreeMeter(100, fake, clock=fake.clock)
    meter.start_sampling(0.01)
    meter.stop_sampling()
    assert not meter._thread.is_alive()


# -- arithmetic ----------------------------------------------------------------------------------

def test_extrapolation_to_an_hour_and_an_eight_hour_day():
    assert per_hour(10, 60) == 600
    assert mb_per_hour(1_000_000, 60) == pytest.approx(60.0)
    assert mb_per_day(1_000_000, 60) == pytest.approx(480.0)
    assert mb_per_day(1_000_000, 3600, hours=8) == pytest.approx(8.0)
    with pytest.raises(ValueError):
        mb_per_hour(1, 0)


def test_completeness_and_ratio():
    assert completeness(79, 80) == pytest.approx(0.9875)
    assert completeness(0, 0) is None
    assert ratio(1.3, 1.0) == pytest.approx(1.3)
    assert ratio(0.2, 0.0) is None
    assert ratio(0.2, 0.0, minimum_floor=0.5) == pytest.approx(0.4)  # idle: the floor is raised
    assert ratio(None, 1.0) is None


def test_percentiles():
    stats = Percentiles.of([0.001 * i for i in range(1, 101)])
    assert stats.count == 100
    assert stats.p50_ms == pytest.approx(50.0, abs=1.0)
    assert stats.p99_ms == pytest.approx(99.0, abs=1.0)
    assert stats.max_ms == pytest.approx(100.0)
    assert Percentiles.of([]).p99_ms is None


# -- what a store holds --------------------------------------------------------------------------

def test_window_stats_count_presses_not_releases_and_size_the_rows():
    conn = sqlite3.connect(":memory:")
    try:
        conn.executescript(SCHEMA)
        conn.execute("INSERT INTO segments VALUES (1, 10, 20, 'Notes', 'x', 1)")
        rows = [(1, 10.5, "key", json.dumps({"k": "a", "p": 1})), (1, 10.6, "key", json.dumps({"k": "a", "p": 0})),
                (1, 11.0, "click", json.dumps({"x": 1, "y": 2, "b": "left", "p": 1})),
                (1, 11.1, "click", json.dumps({"x": 1, "y": 2, "b": "left", "p": 0})),
                (1, 12.0, "move", json.dumps({"x": 3, "y": 4})), (1, 30.0, "key", json.dumps({"k": "b", "p": 1}))]
        conn.executemany("INSERT INTO events (segment_id, t, kind, data) VALUES (?, ?, ?, ?)", rows)
        conn.execute("INSERT INTO frames (segment_id, t, width, height, mime, image) VALUES (1, 12, 960, 540, "
                     "'image/jpeg', ?)", (b"\xff" * 50_000,))
        stats = window_stats(conn, 10.0, 20.0)
    finally:
        conn.close()
    assert (stats.events, stats.keys, stats.clicks, stats.moves, stats.frames, stats.segments) == (5, 1, 1, 1, 1, 1)
    assert stats.image_bytes == 50_000
    assert 50_000 <= stats.frame_bytes < 60_000
    assert 0 < stats.event_bytes < 5 * 200  # a few dozen bytes a row, not a whole page
    assert set(stats.event_bytes_by_kind) == {"key", "click", "move"}
    assert sum(stats.event_bytes_by_kind.values()) == pytest.approx(stats.event_bytes, rel=0.1)


def test_page_bytes_grow_with_the_rows_not_in_whole_pages():
    ddl = ("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)",)
    one = page_bytes(ddl, "t", [(1, "x" * 40)])
    ten = page_bytes(ddl, "t", [(i, "x" * 40) for i in range(10)])
    assert 40 < one < 100
    assert ten == pytest.approx(10 * one, rel=0.05)
    assert page_bytes(ddl, "t", []) == 0
    assert page_bytes(ddl, "t", [(1, "x" * 40)], factor=2.0) == pytest.approx(2 * one, abs=1)


# -- the report ----------------------------------------------------------------------------------

def results_fixture() -> dict:
    def phase(a_cpu, f_cpu, a_rss=90.0, keys=(80, 80)):
        return {"description": "d", "sent": {"keys": keys[1], "clicks": 2, "move_rate_hz": None},
                "airlock": {"cpu_percent": a_cpu, "rss_peak_mb": a_rss, "rss_start_mb": 75.0, "rss_end_mb": 80.0,
                            "store_mb_per_hour": 24.0,
                            "events_mb_per_day": 12.0, "events": 160, "frames": 3, "keys": keys[0], "clicks": 2,
                            "keys_captured": keys[0] / keys[1] if keys[1] else None, "clicks_captured": 1.0},
                "floor": {"cpu_percent": f_cpu, "rss_peak_mb": 58.0, "store_mb_per_hour": 20.0,
                          "events_mb_per_day": 11.0, "events": 160, "frames": 3, "keys": 80, "clicks": 2},
                "ratio": {"cpu": ratio(a_cpu, f_cpu, 0.5)}}

    return {"version": "0.1.0", "commit": "abc", "date": "2026-01-01", "machine": {"cpu": "test", "cores": 2},
            "settings": {"phase_seconds": 60}, "notes": ["a note"],
            "phases": {"idle": phase(0.1, 0.0), "mixed": phase(2.0, 1.0, a_rss=130.0)},
            "latency": {"pause": {"available": False, "why": "not served\nyet | really"}}}


def test_verdicts_say_met_missed_and_not_measured():
    verdicts = {v.what: v for v in report.verdicts(results_fixture())}
    assert verdicts["CPU, idle (static screen)"].met is True
    assert verdicts["CPU, mixed office work"].met is True
    assert verdicts["CPU, mixed, Airlock / floor"].met is False  # 2.0 / 1.0 = 2× > 1.3×
    assert verdicts["CPU, mixed, Airlock / floor"].measured == "2.00×"
    assert verdicts["Memory, headless recorder (peak RSS, any phase)"].met is False  # 130 MB
    assert verdicts["Pause"].met is None


def test_markdown_has_the_ratio_table_and_keeps_every_cell_on_one_line():
    page = report.render_markdown(results_fixture(), findings="## Findings\n\nwhy it costs what it costs")
    assert "| mixed | 2.00 % | 1.00 % | 2.00× | 75 → 80 (130) MB | 58 MB | 80 keys, 2 clicks |" in page
    assert "| idle | 0.10 % | 0.00 % | 0.20× |" in page  # idle floor raised to 0.5 % before dividing
    assert "**missed**" in page and "a note" in page
    assert "not served yet \\| really" in page
    assert page.rstrip().endswith("why it costs what it costs")
    tables: list[list[str]] = [[]]
    for line in page.splitlines():
        if line.startswith("|"):
            assert line.endswith("|"), line
            tables[-1].append(line)
        elif tables[-1]:
            tables.append([])
    for table in filter(None, tables):  # every row of a table has as many columns as its header
        assert len({line.replace("\\|", "").count("|") for line in table}) == 1, table


def test_variants_get_their_own_columns_and_ratios():
    results = results_fixture()
    mixed = results["phases"]["mixed"]
    mixed["airlock-pynput"] = {"cpu_percent": 4.0}
    mixed["ratio"]["cpu_airlock-pynput"] = 4.0
    assert report.variants(results) == ["airlock-pynput"]
    page = report.render_markdown(results)
    assert "| airlock-pynput | airlock-pynput / floor |" in page
    assert "| 4.00 % | 4.00× |" in page
    assert "| n/a | n/a |" in page  # idle has no pynput run


def test_quick_check_fails_a_doubled_cost_a_fat_recorder_and_lost_keys():
    results = results_fixture()
    assert quick_check(results, max_ratio=3.0, rss_factor=1.5) == []
    results["phases"]["mixed"]["ratio"]["cpu"] = 3.5
    results["phases"]["mixed"]["airlock"]["rss_peak_mb"] = 200.0
    results["phases"]["mixed"]["airlock"].update(keys=40, keys_captured=0.5)
    failures = quick_check(results, max_ratio=3.0, rss_factor=1.5)
    assert len(failures) == 3, failures
    assert any("3.50× > 3×" in f for f in failures)
    assert any("200 MB > 180 MB" in f for f in failures)
    assert any("50 % of the keys sent (40 of 80 lost)" in f for f in failures)


def test_quick_check_lets_one_boundary_event_go_but_not_two():
    results = results_fixture()
    mixed = results["phases"]["mixed"]
    mixed["sent"]["clicks"] = 1
    mixed["airlock"].update(clicks=0, clicks_captured=0.0)
    assert quick_check(results, max_ratio=3.0, rss_factor=1.5) == []
    mixed["sent"]["clicks"] = 2
    failures = quick_check(results, max_ratio=3.0, rss_factor=1.5)
    assert failures == ["mixed: Airlock stored only 0 % of the clicks sent (2 of 2 lost)"], failures


def test_recorder_names_select_backend_and_patches(tmp_path):
    plain = recorder_named("airlock-pynput", tmp_path, {})
    assert (plain.backend, plain.patches, plain.name) == ("pynput", "", "airlock-pynput")
    # --no-scan: the benchmark measures capture alone, not the OCR worker (eval-sensitive measures that)
    assert plain.argv()[-5:] == ["record", "--headless", "--no-scan", "--input-backend", "pynput"]
    patched = recorder_named("airlock+convert-once+text-30s", tmp_path, {})
    assert (patched.backend, patched.patches) == ("auto", "convert-once+text-30s")
    assert patched.argv()[1:4] == ["-m", "bench.experiment", "convert-once+text-30s"]
    assert patched.data_dir != plain.data_dir and "+" not in patched.data_dir.name
    other = recorder_named(f"airlock@{tmp_path}", tmp_path, {})  # another checkout: one without app/scan
    assert other.root == tmp_path and other.name == f"airlock@{tmp_path}" and other.data_dir.parent == tmp_path
    assert other.argv()[-2:] == ["record", "--headless"]


def test_review_timings_are_read_from_the_tools_output():
    text = ("vault: /x (1,234 MB)\n"
            "window open -> timeline painted: median 474 ms, max 681 ms over 5   (first: 681 ms; first segment's "
            "screenshot shown: 700 ms median)\n"
            "search: Enter -> results painted: median 90 ms, max 140 ms over 9\n")
    assert parse_review_output(text) == {"open_first_ms": 681.0, "open_median_ms": 474.0, "open_max_ms": 681.0,
                                         "search_median_ms": 90.0, "search_ms": 140.0}
    assert parse_review_output("Traceback: no display") is None


def test_quick_check_against_the_committed_baseline_catches_a_doubling_below_the_absolute_bound():
    results = results_fixture()
    baseline = {"phases": {"mixed": {"ratio": {"cpu": 1.0}}, "idle": {"ratio": {"cpu": 0.1}}}}
    # mixed: 2.0 % vs floor 1.0 % = 2.0× now, 1.0× committed: doubled, though under the absolute 3×.
    failures = quick_check(results, max_ratio=3.0, rss_factor=2.0, baseline=baseline, baseline_factor=1.75)
    assert failures == ["mixed: Airlock/floor CPU 2.00× > 1.75 × the committed 1.00× (2.00 % vs 1.00 %)"]
    # idle's floor is below the resolution: only the absolute bound applies (0.2× now vs 0.1× before).
    baseline["phases"]["mixed"]["ratio"]["cpu"] = 1.5
    assert quick_check(results, max_ratio=3.0, rss_factor=2.0, baseline=baseline) == []


def test_rounds_are_combined_by_the_median_cpu_ratio_per_phase():
    from bench.run import median_rounds

    rounds = [{"mixed": {"airlock": {"cpu_percent": c}, "ratio": {"cpu": r}}} for c, r in
              ((1.5, 1.5), (1.1, 1.1), (1.3, 1.3))]
    combined = median_rounds(rounds)["mixed"]
    assert combined["airlock"]["cpu_percent"] == 1.3 and combined["ratio"]["cpu"] == 1.3
    assert combined["ratio"]["cpu_rounds"] == [1.5, 1.1, 1.3]
