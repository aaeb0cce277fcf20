"""The scan worker's two helpers over the detect side's parts: reading a frame (the OCR engine
through the changed-region reader) and judging what was read (the policy's detectors)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from app.core.screen_text import MatchedWord, ScreenWord, SuggestedMoment
from app.policy.detectors import Finding, TextWord, find_sensitive
from app.scan.engine import OcrEngine
from app.scan.regions import RegionReader


class OcrFrameReader:
    """`FrameReader` over an OCR engine: only the regions that changed since the previous frame of
    the same window are read (app/scan/regions.py); boxes are in the frame's own pixels."""

    def __init__(self, engine: OcrEngine) -> None:
        self.engine = f"{engine.name} {engine.version}"
        self._ocr = engine
        self._regions = RegionReader(engine)

    def close(self) -> None:
        close = getattr(self._ocr, "close", None)
        if close is not None:
            close()

    def read(self, image: Any, previous: Any | None) -> list[ScreenWord]:
        return [ScreenWord(w.text, (int(w.x), int(w.y), int(w.w), int(w.h)), float(w.confidence))
                for w in self._regions.read_frame(image, previous=previous) if w.text.strip()]


class RulesDetector:
    """`Detector` over the loaded rules (built-in lists, the policy's additions, personal words)."""

    def __init__(self, rules: Any) -> None:
        self._rules = rules

    def on_screen(self, words: Sequence[ScreenWord], title: str, app: str) -> list[SuggestedMoment]:
        screen = tuple(TextWord(w.text, w.box) for w in words)
        return moments(find_sensitive(self._rules, screen=screen, title=title, app=app))

    def in_text(self, typed: str, title: str, app: str) -> list[SuggestedMoment]:
        return moments(find_sensitive(self._rules, typed=typed, title=title, app=app))


def moments(findings: Iterable[Finding]) -> list[SuggestedMoment]:
    """One suggestion per category (and place: on screen, or in the text), its reasons joined."""
    grouped: dict[tuple[str, bool], tuple[list[str], list[MatchedWord]]] = {}
    for finding in findings:
        words = [MatchedWord(word.text, _box(word.box), finding.source) for word in finding.matched]
        on_screen = any(w.box is not None for w in words)
        reasons, matched = grouped.setdefault((finding.category, on_screen), ([], []))
        if finding.reason not in reasons:
            reasons.append(finding.reason)
        matched += [w for w in words if w not in matched]
    return [SuggestedMoment(category, "; ".join(reasons), tuple(matched))
            for (category, _on_screen), (reasons, matched) in grouped.items()]


def _box(box: Any) -> tuple[int, int, int, int] | None:
    if box is None:
        return None
    x, y, w, h = box
    return (int(x), int(y), int(w), int(h))
