"""Two windows on one desktop: how many of each window's words the region reader still finds.

The evaluation's screens are one window filling the screen; real desktops show several, side by
side or overlapping, with the desktop between them. This composes pairs of the evaluation's
rendered screens as two framed windows on a black desktop in four placements (the second on top)
and counts, per placement, the words each window yields alone on the desktop (minus those the
other window covers) that are read again, same text within 3 px, in the composed frame; and the
words read there that neither window alone yields.

    python -m bench.eval_sensitive.layouts SCREENS_DIR [--pairs 40] [--seed 16]

SCREENS_DIR is the `screens` folder of `python -m bench.eval_sensitive.run --workdir DIR`.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from PIL import Image, ImageDraw

from app.scan.engine import OcrWord, default_engine
from app.scan.regions import RegionReader

SIZE = (1920, 1080)
Box = tuple[int, int, int, int]
# The first window's box, then the second's (drawn on top).
PLACEMENTS: dict[str, tuple[Box, Box]] = {
    "side by side, tops not level": ((40, 40, 900, 640), (960, 200, 1880, 800)),
    "a wide window below and left of another": ((20, 420, 1240, 1060), (1290, 20, 1900, 380)),
    "the second over the first's lower right corner": ((40, 40, 1100, 700), (800, 450, 1860, 1050)),
    "the second over the first's right half": ((40, 40, 1200, 900), (700, 150, 1880, 1000)),
}


def window(screen: Image.Image, box: Box) -> Image.Image:
    """The screen's top left as a window of `box`'s size: a 1 px frame and a title bar."""
    width, height = box[2] - box[0], box[3] - box[1]
    framed = Image.new("RGB", (width, height), (110, 130, 170))
    framed.paste(screen.crop((0, 0, width - 2, height - 24)), (1, 23))
    ImageDraw.Draw(framed).rectangle((0, 0, width - 1, height - 1), outline=(90, 90, 90))
    return framed


def on_desktop(*windows: tuple[Image.Image, Box]) -> Image.Image:
    desktop = Image.new("RGB", SIZE, "black")
    for image, box in windows:
        desktop.paste(image, box[:2])
    return desktop


def _overlaps(word: OcrWord, box: Box) -> bool:
    return not (word.x + word.w <= box[0] or word.x >= box[2] or word.y + word.h <= box[1] or word.y >= box[3])


def _matched(word: tuple[str, int, int], among: set[tuple[str, int, int]]) -> bool:
    return any(text == word[0] and abs(x - word[1]) <= 3 and abs(y - word[2]) <= 3 for text, x, y in among)


def measure(screens: Path, pairs: int, seed: int) -> dict[str, dict[str, float]]:
    names = [screen["name"] for screen in json.loads((screens / "truth.json").read_text())["screens"]]
    engine = default_engine()

    def read(frame: Image.Image) -> list[OcrWord]:
        return RegionReader(engine).read_frame(frame)  # cold: nothing cached from the other frames

    rng = random.Random(seed)
    results = {placement: {"expected": 0.0, "found": 0.0, "extra": 0.0, "cpu_ms": 0.0} for placement in PLACEMENTS}
    for _ in range(pairs):
        first, second = (Image.open(screens / f"{name}.png").convert("RGB") for name in rng.sample(names, 2))
        for placement, (first_box, second_box) in PLACEMENTS.items():
            a, b = (window(first, first_box), first_box), (window(second, second_box), second_box)
            alone_a, alone_b = read(on_desktop(a)), read(on_desktop(b))
            expected = {(w.text, w.x, w.y) for w in alone_a if not _overlaps(w, second_box)} | \
                       {(w.text, w.x, w.y) for w in alone_b}
            known = expected | {(w.text, w.x, w.y) for w in alone_a}
            started = time.process_time()
            got = {(w.text, w.x, w.y) for w in read(on_desktop(a, b))}
            result = results[placement]
            result["cpu_ms"] += (time.process_time() - started) * 1000 / pairs
            result["expected"] += len(expected)
            result["found"] += sum(1 for word in expected if _matched(word, got))
            result["extra"] += sum(1 for word in got if not _matched(word, known))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("screens", type=Path)
    parser.add_argument("--pairs", type=int, default=40)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args(argv)
    results = measure(args.screens, args.pairs, args.seed)
    print("| placement | words found | words neither window alone yields | CPU per composed frame (mean) |")
    print("|---|---:|---:|---:|")
    for placement, r in results.items():
        print(f"| {placement} | {r['found'] / max(1, r['expected']):.1%} of {int(r['expected']):,} "
              f"| {int(r['extra'])} | {r['cpu_ms']:.0f} ms |")
    total, found = sum(r["expected"] for r in results.values()), sum(r["found"] for r in results.values())
    print(f"| all | {found / max(1, total):.1%} of {int(total):,} | {int(sum(r['extra'] for r in results.values()))} | |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
