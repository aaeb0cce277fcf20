"""Scripted capture for tests and demos: replays input/focus events and serves made-up screens.

`ScriptedSource` offers a list of queue items (all at once, or paced in real time on a thread for
demos). `ScriptedScreen` stands in for mss behind a real ScreenSource, drawing each grab with a
function of time, so frame decisions are exercised without a display.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from app.capture.event_queue import EventQueue, QueueItem
from app.capture.screen_source import ScreenSource


class ScriptedSource:
    """A Source that replays `items`. `paced=True` waits between items by their time stamps."""

    name = "scripted"

    def __init__(self, items: Iterable[QueueItem], *, paced: bool = False, name: str = "scripted") -> None:
        self.items = list(items)
        self.paced = paced
        self.name = name
        self._why: str | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    def start(self, events: EventQueue) -> None:
        if not self.paced:
            for item in self.items:
                events.offer(item)
            return
        self._thread = threading.Thread(target=self._replay, args=(events,), name="airlock-scripted", daemon=True)
        self._thread.start()

    def _replay(self, events: EventQueue) -> None:
        first = self.items[0].t if self.items else 0.0
        began = time.monotonic()
        for item in self.items:
            if self._stop.wait(max(0.0, (item.t - first) - (time.monotonic() - began))):
                return
            events.offer(item)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(2.0)

    def fail(self, why: str) -> None:
        """Make `failure()` report `why` (a dead hook, for health tests)."""
        self._why = why

    def failure(self) -> str | None:
        return self._why


@dataclass
class _Shot:
    size: tuple[int, int]
    raw: bytearray


class ScriptedScreen:
    """An mss stand-in: one monitor per entry of `monitors`; pixels from `paint(t) -> (r, g, b)`."""

    def __init__(self, paint: Callable[[], tuple[int, int, int]] = lambda: (255, 255, 255),
                 monitors: Iterable[tuple[int, int, int, int]] = ((0, 0, 320, 180),)) -> None:
        self.paint = paint
        self.grabs = 0
        self.fail_with: Exception | None = None
        boxes = [dict(left=m[0], top=m[1], width=m[2], height=m[3]) for m in monitors]
        union = dict(left=min(b["left"] for b in boxes), top=min(b["top"] for b in boxes),
                     width=max(b["left"] + b["width"] for b in boxes) - min(b["left"] for b in boxes),
                     height=max(b["top"] + b["height"] for b in boxes) - min(b["top"] for b in boxes))
        self.monitors = [union, *boxes]

    def grab(self, region: dict) -> _Shot:
        if self.fail_with is not None:
            raise self.fail_with
        self.grabs += 1
        r, g, b = self.paint()
        pixel = bytes((b, g, r, 255))
        return _Shot((region["width"], region["height"]), bytearray(pixel * (region["width"] * region["height"])))

    def close(self) -> None:
        pass


def scripted_screen_source(screen: ScriptedScreen) -> ScreenSource:
    """A real ScreenSource (monitor choice, errors) over a ScriptedScreen."""
    return ScreenSource(environ={"DISPLAY": ":scripted"}, mss_factory=lambda: screen)
