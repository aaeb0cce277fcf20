"""The sensitive-moment evaluation's scoring (bench/eval_sensitive/score.py) on a hand-made truth
and reading: what counts as found, as a false flag, and how the character error rate is taken."""

from __future__ import annotations

import pytest

from bench.eval_sensitive.report import markdown
from bench.eval_sensitive.score import edit_distance, read_in, score


def word(text: str, x: int, y: int, w: int = 40, h: int = 12) -> list:
    return [text, x, y, w, h, 90.0]


@pytest.mark.parametrize(("a", "b", "distance"), [("", "", 0), ("abc", "abc", 0), ("abc", "", 3), ("", "ab", 2),
                                                 ("kitten", "sitting", 3), ("Marz", "März", 1)])
def test_edit_distance(a, b, distance):
    assert edit_distance(a, b) == distance


def test_the_words_inside_a_box_are_read_line_by_line_left_to_right():
    words = [word("world", 60, 10), word("second", 10, 30), word("hello", 10, 11), word("outside", 500, 10)]
    assert read_in([0, 0, 200, 50], words) == "hello world second"


def test_scores_count_found_missed_and_flagged_screens_and_the_error_rate_by_size():
    truth = {"screens": [
        {"name": "a", "labels": ["health"], "title": "", "app": "",
         "items": [{"text": "Patient portal", "box": [0, 0, 300, 20], "points": 12}]},
        {"name": "b", "labels": ["finance"], "title": "", "app": "",
         "items": [{"text": "nothing here", "box": [0, 0, 300, 20], "points": 9}]},
        {"name": "c", "labels": [], "title": "", "app": "",
         "items": [{"text": "Gross pay", "box": [0, 0, 300, 20], "points": 14}]},
        {"name": "d", "labels": [], "title": "notes", "app": "editor", "items": []},
    ]}
    read = {"engine": "tesseract", "version": "5", "peak_rss_mb": 100.0, "screens": [
        {"name": "a", "ms": 100, "cpu_ms": 90, "words": [word("Patient", 0, 2), word("portal", 50, 2)]},
        {"name": "b", "ms": 200, "cpu_ms": 190, "words": [word("nothing", 0, 2), word("hare", 50, 2)]},
        {"name": "c", "ms": 300, "cpu_ms": 290, "words": [word("Gross", 0, 2), word("pay", 50, 2)],
         "next_ms": 20, "next_cpu_ms": 10, "next_blocks": 1},
        {"name": "d", "ms": 400, "cpu_ms": 390, "words": []},
    ]}
    result = score(truth, read)
    assert result["sensitive_recall"] == 0.5 and result["misses"] == ["b"]
    assert result["neutral_flagged"] == 0.5 and result["false_flags"][0].startswith("c: finance")
    assert result["categories"]["health"] == {"screens": 1, "recall": 1.0, "precision": 1.0, "false_positives": 0}
    assert result["categories"]["finance"]["precision"] == 0.0 and result["categories"]["finance"]["false_positives"] == 1
    assert result["cer_large"] == 0 and result["chars_large"] == len("Patient portal") + len("Gross pay")
    assert result["cer_small"] == pytest.approx(1 / len("nothing here"))
    assert result["cpu_ms_median"] == 240 and result["next_frames"] == 1 and result["next_cpu_ms_median"] == 10
    assert result["day_minutes_cold"] == pytest.approx(1000 * 240 / 1000 / 60)

    report = markdown({"date": "today", "count": 4, "seed": 1, "machine": "here", "variants": {"lossless": result}})
    assert "| sensitive screens found (recall) | ≥ 95 % | 50.0 % | **not met** |" in report
    assert "- missed: b" in report


def test_words_of_one_line_stay_together_though_quotes_sit_higher_than_letters():
    words = [word("resource", 10, 14, 60, 9), word('"x"', 80, 8, 20, 6), word("{", 110, 9, 8, 18),
             word("next", 10, 40, 30, 9)]
    assert read_in([0, 0, 300, 60], words) == 'resource "x" { next'
