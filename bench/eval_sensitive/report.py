"""The evaluation's results as Markdown (docs/eval-sensitive.md)."""

from __future__ import annotations

from typing import Any

from app.policy.detectors import CATEGORIES

GOALS = {"recall": 0.95, "neutral": 0.05, "cer": 0.03, "day_minutes": 15.0, "rss_mb": 400.0}


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f} %"


def _ok(good: bool) -> str:
    return "met" if good else "**not met**"


def markdown(results: dict[str, Any]) -> str:
    variants = results["variants"]
    name, main = next(iter(variants.items()))
    lines = [
        "# Sensitive-moment detection: evaluation",
        "",
        "Written by `make eval-sensitive` (`bench/eval_sensitive/`); do not edit by hand.",
        "",
        f"{results['count']} screens at 1920×1080 (seed {results['seed']}), each a real Qt window on Xvfb + openbox, "
        "grabbed from the X server with mss: chats, webmail, bank statements, payslips, patient portals, HR reviews, "
        "terminals with an AWS key and a private key, login forms with the password shown, pages revealing religion, "
        "union membership, sexual orientation or political opinion (three in five), and neutral work: code editors, "
        "spreadsheets, documents, dashboards (two in five). Fonts: DejaVu Sans/Serif/Mono, Nimbus Sans/Roman/Mono, "
        "URW Gothic, P052, Noto Sans Mono at 9–16 pt; a third in dark themes. English and German.",
        "",
        f"Measured {results['date']} on {results['machine']}; engine {main['engine']} "
        "(models deu+eng), read through `app.scan.regions.RegionReader`, detectors `app.policy.detectors` with the "
        "shipped word lists over screen words, window title and application name.",
        "",
        f"## Goals ({name})",
        "",
        "| measure | goal | measured | |",
        "|---|---|---|---|",
        f"| sensitive screens found (recall) | ≥ 95 % | {_pct(main['sensitive_recall'])} | {_ok(main['sensitive_recall'] >= GOALS['recall'])} |",
        f"| — from the screen's text alone (no title, no app name) | | {_pct(main['sensitive_recall_screen_only'])} | |",
        f"| neutral screens flagged | ≤ 5 % | {_pct(main['neutral_flagged'])} | {_ok(main['neutral_flagged'] <= GOALS['neutral'])} |",
        f"| character error rate, text ≥ 11 pt ({main['chars_large']:,} characters) | ≤ 3 % | {_pct(main['cer_large'])} | {_ok(main['cer_large'] <= GOALS['cer'])} |",
        f"| character error rate, text < 11 pt ({main['chars_small']:,} characters) | | {_pct(main['cer_small'])} | |",
        f"| CPU per frame, read cold (median / p95 / mean) | | {main['cpu_ms_median']:.0f} / {main['cpu_ms_p95']:.0f} / {main['cpu_ms_mean']:.0f} ms | |",
        f"| wall time per frame, pinned to one core of a shared machine (median / p95) | | {main['ms_median']:.0f} / {main['ms_p95']:.0f} ms | |",
        f"| CPU for a window's next frame, one line changed ({main['next_frames']} frames; median / mean) | | "
        f"{main['next_cpu_ms_median']:.0f} / {main['next_cpu_ms_mean']:.0f} ms ({main['next_blocks_mean']:.1f} blocks read) | |"
        if main["next_frames"] else "| next frame | | – | |",
        f"| an 8-hour day: 1,000 kept frames, each read cold | ≤ 15 min of one core | {main['day_minutes_cold']:.1f} min | {_ok(main['day_minutes_cold'] <= GOALS['day_minutes'])} |",
        f"| worker peak RSS (engine, models, reader, detectors) | ≤ 400 MB | {main['peak_rss_mb']:.0f} MB | {_ok(main['peak_rss_mb'] <= GOALS['rss_mb'])} |",
        "",
        "The day's estimate assumes about 1,000 kept frames in 8 hours (one every ~30 s of activity) and reads "
        "each one cold, as if nothing of it had been seen before: an upper bound. Consecutive frames of one window "
        "mostly repeat blocks already read (see the next-frame row), so a real day costs less.",
        "",
        "## Per category",
        "",
        "| category | screens | recall | precision | false positives |",
        "|---|---|---|---|---|",
    ]
    for category in CATEGORIES:
        row = main["categories"][category]
        lines.append(f"| {category} | {row['screens']} | {_pct(row['recall'])} | {_pct(row['precision'])} | {row['false_positives']} |")
    if len(variants) > 1:
        lines += ["", "## Frame forms", "",
                  "| frames read | recall | neutral flagged | CER ≥ 11 pt | CER < 11 pt | CPU/frame median | p95 |",
                  "|---|---|---|---|---|---|---|"]
        for variant, row in variants.items():
            lines.append(f"| {variant} | {_pct(row['sensitive_recall'])} | {_pct(row['neutral_flagged'])} | "
                         f"{_pct(row['cer_large'])} | {_pct(row['cer_small'])} | {row['cpu_ms_median']:.0f} ms | {row['cpu_ms_p95']:.0f} ms |")
    lines += ["", "## Misses and false flags", ""]
    lines += [f"- missed: {miss}" for miss in main["misses"]] or ["- no sensitive screen missed"]
    lines += [f"- flagged neutral: {flag}" for flag in main["false_flags"]] or ["- no neutral screen flagged"]
    lines += ["", "## Limits", "",
              "- The screens are synthetic: Qt widgets laid out like the real pages, not the pages themselves "
              "(no browser rendering, no images with text, no sub-pixel anti-aliasing).",
              "- Random strings (keys, tokens) are read with more errors than words; the key and token detectors "
              "match on their fixed prefixes and headers, which survive.",
              "- Labels are per screen (the categories a reviewer would expect); precision counts a category found "
              "on a screen not labelled with it, even where it is arguably right (a church tax line on a payslip "
              "is labelled religion too).", ""]
    return "\n".join(lines)
