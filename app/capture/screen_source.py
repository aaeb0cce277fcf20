"""Screenshots through mss: the only module that imports mss.

The mss instance is created lazily on first use and used only by the thread that made it (the
capture thread): mss's X11 and GDI handles are thread-bound. A grab returns raw BGRA pixels in
memory; nothing is written anywhere (encoding happens in frame_encoder, also in memory).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from app.core.display import detect_display
from app.core.errors import KnownError
from app.core.i18n import translate

log = logging.getLogger("airlock.capture.screen")


class ScreenUnavailable(KnownError):
    """Screenshots cannot be taken in this session (or the last grab failed)."""


@dataclass(frozen=True, slots=True)
class Monitor:
    left: int
    top: int
    width: int
    height: int

    def contains(self, x: int, y: int) -> bool:
        return self.left <= x < self.left + self.width and self.top <= y < self.top + self.height


@dataclass(frozen=True, slots=True)
class RawShot:
    """Pixels of one monitor: BGRA (mss's layout), row-major, in memory only."""

    t: float
    monitor: Monitor
    width: int
    height: int
    bgra: bytes | bytearray


def monitor_for(monitors: Sequence[Monitor], bounds: tuple[int, int, int, int] | None) -> Monitor:
    """The monitor holding the centre of `bounds` (the active window); the first one otherwise."""
    if bounds is not None:
        x, y, width, height = bounds
        cx, cy = x + width // 2, y + height // 2
        for monitor in monitors:
            if monitor.contains(cx, cy):
                return monitor
    return monitors[0]


class Shot(Protocol):
    """What mss returns from grab(): the size and the BGRA bytes."""

    @property
    def size(self) -> tuple[int, int]: ...

    @property
    def raw(self) -> bytes | bytearray: ...


class Grabber(Protocol):
    """The part of an `mss.mss()` instance used here (a fake in tests)."""

    @property
    def monitors(self) -> list[dict[str, int]]: ...

    def grab(self, monitor: dict[str, int], /) -> Shot: ...

    def close(self) -> None: ...


class ScreenSource:
    """Grabs monitors. Build anywhere; call `grab`/`monitors` from one thread only."""

    name = "screen"

    def __init__(self, environ: Mapping[str, str] | None = None,
                 mss_factory: Callable[[], Grabber] | None = None) -> None:
        self._environ = environ if environ is not None else os.environ
        self._mss_factory = mss_factory or _real_mss
        self._mss: Grabber | None = None
        self._owner: int | None = None
        self._monitors: list[Monitor] = []
        self._error: str | None = None

    def _instance(self) -> Grabber:
        if self._mss is None:
            display = detect_display(self._environ)
            if not display.capture_supported:
                raise ScreenUnavailable(translate("Errors", "Screenshots cannot be taken."), display.explanation)
            grabber = self._mss = self._mss_factory()
            self._owner = threading.get_ident()
            # mss lists the union of all monitors first; the physical ones follow.
            self._monitors = [Monitor(int(m["left"]), int(m["top"]), int(m["width"]), int(m["height"]))
                              for m in grabber.monitors[1:]] or \
                             [Monitor(**{k: int(grabber.monitors[0][k]) for k in ("left", "top", "width", "height")})]
            return grabber
        elif self._owner != threading.get_ident():
            raise RuntimeError("the screen source is used from a thread that did not create it")
        return self._mss

    def monitors(self) -> list[Monitor]:
        self._instance()
        return list(self._monitors)

    def grab(self, monitor: Monitor, t: float) -> RawShot:
        """The pixels of `monitor` now. ScreenUnavailable if the display refuses (reported as a gap)."""
        sct = self._instance()
        try:
            shot = sct.grab({"left": monitor.left, "top": monitor.top,
                             "width": monitor.width, "height": monitor.height})
        except Exception as exc:  # noqa: BLE001 - mss raises ScreenShotError; a lost display raises others
            self._error = f"screen grab failed ({type(exc).__name__})"
            raise ScreenUnavailable(translate("Errors", "A screenshot could not be taken."), self._error) from None
        self._error = None
        width, height = shot.size
        return RawShot(t, monitor, int(width), int(height), shot.raw)  # no copy: mss hands us a fresh buffer

    def failure(self) -> str | None:
        return self._error

    def close(self) -> None:
        if self._mss is not None:
            try:
                self._mss.close()
            finally:
                self._mss = None


def _real_mss() -> Grabber:
    import mss  # lazily: importing app modules opens no display

    return mss.mss()  # mypy checks that mss's class has the Grabber shape
