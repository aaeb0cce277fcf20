"""Scores the evaluation: detectors over what the worker read, against each screen's labels and
text items. Pure Python over the JSON the renderer and the worker wrote.

* per category: recall (labelled screens where it was found) and precision (screens where it was
  found that carry the label);
* sensitive recall: sensitive screens where at least one of their categories was found;
* neutral flagged: neutral screens with any finding;
* character error rate: each text item's OCR (the words whose centre lies in its box, in reading
  order) against its text, edit distance over reference length, for items of 11 pt and more
  (and, reported apart, smaller ones);
* per frame: milliseconds (median, p95, mean) on one core; the day's estimate from the mean.
"""

from __future__ import annotations

import statistics
from collections import Counter
from typing import Any

from app.policy.detectors import CATEGORIES, TextWord, find_sensitive, load_rules

DAY_FRAMES = 1000


def edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]


def read_in(box: list[int], words: list[list[Any]]) -> str:
    """The words whose centre lies inside `box` (left, top, width, height), in reading order."""
    left, top, width, height = box
    inside = [w for w in words if left - 3 <= w[1] + w[3] / 2 <= left + width + 3 and top - 3 <= w[2] + w[4] / 2 <= top + height + 3]
    inside.sort(key=lambda w: (w[2], w[1]))
    # A word joins a line when their heights overlap by half the smaller one: quotes and braces sit
    # higher than lower-case letters, so centres alone would split one line into several.
    lines: list[tuple[int, int, list[list[Any]]]] = []
    for word in inside:
        top_w, bottom_w = word[2], word[2] + word[4]
        for index, (top_l, bottom_l, members) in enumerate(lines):
            if min(bottom_l, bottom_w) - max(top_l, top_w) >= min(word[4], bottom_l - top_l) / 2:
                members.append(word)
                lines[index] = (min(top_l, top_w), max(bottom_l, bottom_w), members)
                break
        else:
            lines.append((top_w, bottom_w, [word]))
    lines.sort(key=lambda line: line[0])
    return " ".join(" ".join(w[0] for w in sorted(members, key=lambda w: w[1])) for _, _, members in lines)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] if ordered else 0.0


def score(truth: dict[str, Any], read: dict[str, Any]) -> dict[str, Any]:
    rules = load_rules()
    by_name = {screen["name"]: screen for screen in read["screens"]}
    per: dict[str, Counter[str]] = {name: Counter() for name in CATEGORIES}
    sensitive = found_sensitive = neutral = flagged_neutral = screen_only_found = 0
    errors = {"large": [0, 0], "small": [0, 0]}
    misses, false_flags = [], []
    for screen in truth["screens"]:
        words = by_name[screen["name"]]["words"]
        seen = [TextWord(w[0], (w[1], w[2], w[3], w[4])) for w in words]
        findings = find_sensitive(rules, screen=seen, title=screen["title"], app=screen["app"])
        predicted = {f.category for f in findings}
        on_screen = {f.category for f in findings if f.source == "screen"}
        labels = set(screen["labels"])
        for name in CATEGORIES:
            per[name]["tp"] += name in labels and name in predicted
            per[name]["fn"] += name in labels and name not in predicted
            per[name]["fp"] += name not in labels and name in predicted
        if labels:
            sensitive += 1
            found_sensitive += bool(labels & predicted)
            screen_only_found += bool(labels & on_screen)
            if not labels & predicted:
                misses.append(screen["name"])
        else:
            neutral += 1
            flagged_neutral += bool(predicted)
            if predicted:
                false_flags.append(f"{screen['name']}: " + "; ".join(f"{f.category} ({f.reason})" for f in findings))
        for item in screen["items"]:
            reference = " ".join(item["text"].split())
            hypothesis = read_in(item["box"], words)
            bucket = errors["large" if item["points"] >= 11 else "small"]
            bucket[0] += edit_distance(reference, hypothesis)
            bucket[1] += len(reference)
    times = [screen["ms"] for screen in read["screens"]]
    categories = {}
    for name, counts in per.items():
        labelled, predicted_count = counts["tp"] + counts["fn"], counts["tp"] + counts["fp"]
        categories[name] = {"screens": labelled, "recall": counts["tp"] / labelled if labelled else None,
                            "precision": counts["tp"] / predicted_count if predicted_count else None,
                            "false_positives": counts["fp"]}
    mean_ms = statistics.fmean(times)
    cpu_times = [screen["cpu_ms"] for screen in read["screens"]]
    next_cpu = [screen["next_cpu_ms"] for screen in read["screens"] if "next_cpu_ms" in screen]
    next_blocks = [screen["next_blocks"] for screen in read["screens"] if "next_blocks" in screen]
    return {
        "screens": len(truth["screens"]), "sensitive": sensitive, "neutral": neutral,
        "sensitive_recall": found_sensitive / sensitive if sensitive else None,
        "sensitive_recall_screen_only": screen_only_found / sensitive if sensitive else None,
        "neutral_flagged": flagged_neutral / neutral if neutral else None,
        "cer_large": errors["large"][0] / max(1, errors["large"][1]), "chars_large": errors["large"][1],
        "cer_small": errors["small"][0] / max(1, errors["small"][1]), "chars_small": errors["small"][1],
        "ms_median": statistics.median(times), "ms_p95": percentile(times, 0.95), "ms_mean": mean_ms,
        "cpu_ms_median": statistics.median(cpu_times), "cpu_ms_p95": percentile(cpu_times, 0.95),
        "cpu_ms_mean": statistics.fmean(cpu_times),
        "next_cpu_ms_median": statistics.median(next_cpu) if next_cpu else None,
        "next_cpu_ms_mean": statistics.fmean(next_cpu) if next_cpu else None,
        "next_blocks_mean": statistics.fmean(next_blocks) if next_blocks else None, "next_frames": len(next_cpu),
        "day_minutes_cold": DAY_FRAMES * statistics.fmean(cpu_times) / 1000 / 60,
        "day_minutes_wall": DAY_FRAMES * mean_ms / 1000 / 60, "peak_rss_mb": read["peak_rss_mb"],
        "variant": {"jpeg_quality": read.get("jpeg_quality", 0), "scale": read.get("scale", 1.0)},
        "engine": f"{read['engine']} {read['version']}", "categories": categories,
        "misses": misses, "false_flags": false_flags,
    }
