"""The soak's arithmetic (bench/soak.py): the warm-up left out, the RSS slope per hour, its figures,
and how the page shows them beside an earlier commit's."""

from __future__ import annotations

import pytest

from bench import report, soak
from bench.measure import MB


def test_the_slope_is_a_least_squares_fit_per_hour():
    flat = [(t, 80.0) for t in range(0, 600, 5)]
    assert soak.slope_per_hour(flat) == 0.0
    growing = [(t, 80.0 + 0.01 * t) for t in range(0, 600, 5)]  # 0.01 MB a second
    assert soak.slope_per_hour(growing) == pytest.approx(36.0)
    noisy = [(t, 80.0 + (0.5 if (t // 5) % 2 else -0.5)) for t in range(0, 3600, 5)]  # jitter, no trend
    assert abs(soak.slope_per_hour(noisy)) < 0.01
    assert soak.slope_per_hour([(0, 1.0), (5, 2.0)]) is None  # too few points to call a trend
    assert soak.slope_per_hour([(5, 1.0)] * 4) is None


def test_the_warm_up_is_ten_percent_of_the_run_and_at_least_the_minimum():
    assert soak.warmup_seconds(600, 2) == 120  # 10 minutes: 2 minutes
    assert soak.warmup_seconds(7200, 10) == 720  # 2 hours: 12 minutes
    assert soak.warmup_seconds(7200, 20) == 1200


def test_the_figures_leave_the_warm_up_out_of_the_slope():
    # Start-up growth (imports, caches filling) for 2 minutes, then flat: no growth with time.
    points = [(t, int((60 + min(t, 120) * 0.2) * MB)) for t in range(0, 600, 5)]
    figures = soak.summarize(points, skip_s=120)
    assert figures["slope_mb_per_hour"] == 0.0
    assert (figures["rss_start_mb"], figures["rss_after_warmup_mb"], figures["rss_end_mb"], figures["rss_peak_mb"]) \
        == (60.0, 84.0, 84.0, 84.0)
    assert figures["samples"] == 120 and figures["fitted_samples"] == 96
    assert figures["slope_second_half_mb_per_hour"] == 0.0
    assert soak.summarize(points, skip_s=0)["slope_mb_per_hour"] > 50  # the warm-up would read as growth


def _soak(slope: float, commit: str) -> dict:
    return {"commit": commit, "minutes": 10, "skipped_s": 120.0, "rss_start_mb": 55.0, "rss_after_warmup_mb": 90.0,
            "rss_end_mb": 91.0, "rss_peak_mb": 91.5, "slope_mb_per_hour": slope, "keys_captured": 1.0,
            "slope_second_half_mb_per_hour": slope / 2,
            "sent": {"keys": 9000, "switches": 190}}


def test_the_page_shows_the_soak_before_and_after_and_judges_the_slope():
    results = {"soak": {"before": _soak(36.0, "b63de37"), "current": _soak(0.4, "abc1234")}}
    page = report.render_markdown(results)
    assert "## Memory over time" in page
    before = page.index("| before the issue-15 fixes (b63de37) | 10 min, fit after 2 min | 55.0 MB | 90.0 MB |")
    assert before < page.index("| this commit (abc1234) |") and "**0.40 MB/h**" in page
    verdict = {v.what: v for v in report.verdicts(results)}["Memory over time (soak: RSS slope after warm-up)"]
    assert verdict.met is True and verdict.measured == "0.40 MB/h"
    results["soak"]["current"]["slope_mb_per_hour"] = 1.5
    assert {v.what: v for v in report.verdicts(results)}["Memory over time (soak: RSS slope after warm-up)"].met is False
    assert "## Memory over time" not in report.render_markdown({})


def test_the_kept_series_is_one_sample_a_minute():
    points = [(t, int((80 + t / 60) * MB)) for t in range(0, 185, 5)]
    assert soak.per_minute(points) == [[0, 80.0], [1, 81.0], [2, 82.0], [3, 83.0]]


def test_the_commit_is_read_in_a_checkout_and_in_a_worktree(tmp_path):
    from bench.run import commit_id

    main = tmp_path / "main"
    (main / ".git" / "refs" / "heads").mkdir(parents=True)
    (main / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (main / ".git" / "refs" / "heads" / "main").write_text("a" * 40 + "\n")
    (main / ".git" / "packed-refs").write_text("b" * 40 + " refs/heads/feature\n")
    gitdir = main / ".git" / "worktrees" / "feature"
    gitdir.mkdir(parents=True)
    (gitdir / "commondir").write_text("../..\n")
    (gitdir / "HEAD").write_text("ref: refs/heads/feature\n")
    tree = tmp_path / "feature"
    tree.mkdir()
    (tree / ".git").write_text(f"gitdir: {gitdir}\n")
    assert (commit_id(main), commit_id(tree), commit_id(tmp_path)) == ("a" * 12, "b" * 12, "unknown")


def test_the_two_hour_drill_is_what_the_budget_is_judged_on_when_recorded():
    """The 10-minute soak still holds the end of the warm-up; the drill (fit after minute 10 of two
    hours) is the budget's measure, so the verdict reads it whenever results carry one."""
    drill = {**_soak(0.27, "bd04fb3"), "minutes": 120, "skipped_s": 720.0, "date": "2026-12-05T03:00:00Z"}
    results = {"soak": {"current": _soak(8.9, "abc1234"), "drill": drill}}
    verdict = {v.what: v for v in report.verdicts(results)}["Memory over time (soak: RSS slope after warm-up)"]
    assert (verdict.met, verdict.measured) == (True, "0.27 MB/h")
    assert "two-hour drill, 2026-12-05, commit bd04fb3" in verdict.note
    page = report.render_markdown(results)
    assert "| the two-hour drill (`make drills`), after the fixes (bd04fb3) | 120 min, fit after 12 min |" in page
    results["soak"]["drill"]["slope_mb_per_hour"] = 1.2
    assert {v.what: v for v in report.verdicts(results)}["Memory over time (soak: RSS slope after warm-up)"].met is False


def test_a_full_run_keeps_the_soaks_recorded_before_it(tmp_path):
    """A bench run without a soak (or with one, which replaces only `current`) must not drop the
    two-hour drill and the `before` runs the page compares against."""
    from bench.run import earlier_soak_runs

    results = tmp_path / "results.json"
    assert earlier_soak_runs(results) == {}
    results.write_text('{"soak": {"drill": {"slope_mb_per_hour": 0.27}}}')
    assert earlier_soak_runs(results) == {"drill": {"slope_mb_per_hour": 0.27}}
    results.write_text("{not json")
    assert earlier_soak_runs(results) == {}
