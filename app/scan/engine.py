"""The OCR engine: Tesseract through tesserocr, with the trained models found on disk.

Tesseract was chosen over RapidOCR (ONNX models): issue 16 measured rapidocr-onnxruntime at 5-21 s
of CPU per whole frame on this machine kind, while Tesseract through the region reader costs about
0.2 s per cold 1080p frame (docs/eval-sensitive.md), installs as a ~15 MB wheel plus ~6 MB of
models instead of hundreds of MB, and Debian ships the models (tesseract-ocr-eng, -deu). Nothing
is ever downloaded: a missing model is an `OcrUnavailable` that says which package to install.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PIL import Image

from app.core.i18n import fill, translate


@dataclass(frozen=True, slots=True)
class OcrWord:
    """One word read, its box in pixels of the image that was given, and Tesseract's 0-100 confidence."""

    text: str
    x: int
    y: int
    w: int
    h: int
    confidence: float


def _tesserocr_missing() -> OcrUnavailable:
    return OcrUnavailable(fill(translate("Errors", "the Python package tesserocr is missing: pip install tesserocr, "
                                                   "and "
                                         "install the Debian packages %1"), _INSTALL_PACKAGES))


class OcrUnavailable(Exception):
    """The engine cannot run here; the message says what is missing and how to install it."""


class OcrEngine(Protocol):
    name: str
    version: str

    def read(self, image: Image.Image) -> list[OcrWord]: ...


# Where the trained models may be: the bundle first, then the distributions' locations.
_TESSDATA_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/opt/homebrew/share/tessdata",
    "/usr/local/share/tesseract-ocr/tessdata",
)
_INSTALL_PACKAGES = "tesseract-ocr tesseract-ocr-eng tesseract-ocr-deu"
# Tesseract's word confidence is a poor filter for letters and digits (whole correct words come back
# at 0), so it only decides for words without any: a lone "|" or "—" read off a border or an icon.
MIN_SYMBOL_CONFIDENCE = 60.0


def tessdata_candidates() -> Iterator[Path]:
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        yield Path(bundled) / "tessdata"
    prefix = os.environ.get("TESSDATA_PREFIX")
    if prefix:
        yield Path(prefix)
        yield Path(prefix) / "tessdata"
    yield from (Path(directory) for directory in _TESSDATA_DIRS)


def find_tessdata(languages: str) -> Path:
    wanted = [f"{language}.traineddata" for language in languages.split("+")]
    for directory in tessdata_candidates():
        if all((directory / name).is_file() for name in wanted):
            return directory
    raise OcrUnavailable(fill(translate("Errors", "no Tesseract models for %1 found: install the Debian packages %2"),
                              repr(languages), _INSTALL_PACKAGES))


class TesseractEngine:
    """One Tesseract instance (not thread-safe, so calls are serialised). Words without a
    letter or digit are dropped unless Tesseract is sure of them."""

    name = "tesseract"

    def __init__(self, languages: str = "deu+eng", page_mode: str = "SPARSE_TEXT") -> None:
        # One thread: the wheel's libtesseract has no OpenMP, but one built against Debian's does and
        # would take every core; the worker must stay on one, at low priority.
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")
        try:
            import tesserocr
        except ImportError:
            raise _tesserocr_missing() from None
        self._tesserocr: Any = tesserocr
        self.tessdata = find_tessdata(languages)
        self.languages = languages
        self.version = str(tesserocr.tesseract_version()).split()[1]
        self._lock = threading.Lock()
        self._api = tesserocr.PyTessBaseAPI(path=str(self.tessdata) + os.sep, lang=languages,
                                            psm=getattr(tesserocr.PSM, page_mode), oem=tesserocr.OEM.LSTM_ONLY)

    def read(self, image: Image.Image, page_mode: str | None = None) -> list[OcrWord]:
        level = self._tesserocr.RIL.WORD
        words: list[OcrWord] = []
        with self._lock:
            api = self._api
            if page_mode is not None:
                api.SetPageSegMode(getattr(self._tesserocr.PSM, page_mode))
            api.SetImage(image)
            api.Recognize()
            iterator = api.GetIterator()
            if iterator is not None:
                for word in self._tesserocr.iterate_level(iterator, level):
                    try:
                        text = word.GetUTF8Text(level)
                    except RuntimeError:  # "No text returned": an empty word (a rule, a speck)
                        continue
                    box = word.BoundingBox(level)
                    confidence = word.Confidence(level)
                    text = text.strip() if text else ""
                    if text and box and (confidence >= MIN_SYMBOL_CONFIDENCE or any(char.isalnum() for char in text)):
                        left, top, right, bottom = box
                        word = OcrWord(text, left, top, right - left, bottom - top, float(confidence))
                        if not (words and _same(words[-1], word)):  # sparse mode sometimes reports a word twice
                            words.append(word)
            if page_mode is not None:
                api.SetPageSegMode(self._tesserocr.PSM.SPARSE_TEXT)
            api.Clear()
        return words

    def close(self) -> None:
        with self._lock:
            self._api.End()


def _same(a: OcrWord, b: OcrWord) -> bool:
    overlap = max(0, min(a.x + a.w, b.x + b.w) - max(a.x, b.x)) * max(0, min(a.y + a.h, b.y + b.h) - max(a.y, b.y))
    return a.text == b.text and overlap * 2 > min(a.w * a.h, b.w * b.h)


def default_engine(languages: str = "deu+eng") -> OcrEngine:
    """The engine Airlock reads with: Tesseract with the German and English models (German first:
    with English first, umlauts were read as plain vowels, "März" as "Marz")."""
    return TesseractEngine(languages)


def engine_version(languages: str = "deu+eng") -> str:
    """"tesseract 5.5.4" if `default_engine` would start here, without starting it (its models take
    ~90 MB, which the recorder should not carry while nothing waits to be read); else OcrUnavailable."""
    try:
        import tesserocr
    except ImportError:
        raise _tesserocr_missing() from None
    find_tessdata(languages)
    return f"{TesseractEngine.name} {str(tesserocr.tesseract_version()).split()[1]}"


def engine_present(languages: str = "deu+eng") -> None:
    """OcrUnavailable unless the engine's package and models are here, without importing it: the
    recorder asks this (its scan child loads the engine), and libtesseract mapped into the
    recorder would cost it memory for nothing."""
    import importlib.util

    if importlib.util.find_spec("tesserocr") is None:
        raise _tesserocr_missing()
    find_tessdata(languages)
