"""The short form of the sensitive-moment evaluation (`make eval-sensitive` runs 220 screens): 20
screens rendered by real Qt windows on Xvfb + openbox, grabbed from the X server, read by the
region reader with Tesseract in a worker process on one core, judged by the detectors. The goals
are asserted loosely (a set of 20 moves a rate by 5-8 points per screen); the full form's figures
are in docs/eval-sensitive.md."""

from __future__ import annotations

import json

import pytest
from PIL import Image

from bench.eval_sensitive import report
from bench.eval_sensitive.run import evaluate

pytestmark = pytest.mark.e2e


def test_twenty_rendered_screens_are_read_and_judged_close_to_the_goals(tmp_path):
    results = evaluate(count=20, seed=16, workdir=tmp_path, quick=True)
    result = results["variants"]["full size, lossless"]

    truth = json.loads((tmp_path / "screens" / "truth.json").read_text())
    assert truth["count"] == 20 and result["sensitive"] == 12 and result["neutral"] == 8
    first = Image.open(tmp_path / "screens" / f"{truth['screens'][0]['name']}.png")
    colours = first.getcolors(1 << 16)  # None: more than that many
    assert first.size == (1920, 1080) and (colours is None or len(colours) > 10)  # a real picture, not a blank

    assert result["sensitive_recall"] >= 0.9, result["misses"]  # goal 95 %: one miss in 12 tolerated
    assert result["neutral_flagged"] <= 1 / 8, result["false_flags"]  # goal 5 %: one of 8 tolerated
    assert result["cer_large"] <= 0.05, result["cer_large"]  # goal 3 %
    assert result["chars_large"] > 3000
    assert result["peak_rss_mb"] <= 400
    assert result["next_frames"] >= 4 and result["next_blocks_mean"] <= 3  # a next frame reads only what changed

    text = report.markdown(results)
    assert "| sensitive screens found (recall) | ≥ 95 % |" in text
    assert "| credentials | 2 |" in text
