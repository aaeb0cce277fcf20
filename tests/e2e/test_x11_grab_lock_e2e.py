"""The X11 window probe's keyboard-grab lock on a real Xvfb + openbox desktop: it ends with the grab,
though the window that saw the grab begin is gone before it ends, and it locks once and unlocks once
(a lock flickering on and off would end a segment for nothing)."""

from __future__ import annotations

import time

import pytest

from app.capture.event_queue import EventQueue
from app.capture.x11.window import X11WindowProbe
from app.core.clock import SystemClock
from app.core.model import FocusEvent, ScreenLockEvent
from tests.e2e.harness.desktop import Desktop

pytestmark = pytest.mark.e2e

WAIT_S = 30.0


class Watching:
    """A running probe and everything it queued, in order."""

    def __init__(self, desk: Desktop) -> None:
        self.events = EventQueue()
        self.probe = X11WindowProbe(SystemClock(), desk.env)
        self.seen: list[object] = []

    def __enter__(self) -> Watching:
        self.probe.start(self.events)
        return self

    def __exit__(self, *exc: object) -> None:
        self.probe.stop()

    def locks(self) -> list[bool]:
        return [item.locked for item in self.seen if isinstance(item, ScreenLockEvent)]

    def until(self, wanted, what: str) -> None:
        deadline = time.monotonic() + WAIT_S
        while not any(wanted(item) for item in self.seen):
            assert time.monotonic() < deadline, f"no {what} within {WAIT_S} s; saw {self.seen}"
            item = self.events.take(0.2)
            if item is not None:
                self.seen.append(item)


@pytest.mark.parametrize("closed", ["the-last-window", "a-window-over-another"])
def test_alt_f4_locks_once_and_unlocks_once(tmp_path, closed):
    with Desktop(tmp_path) as desk:
        if closed != "the-last-window":
            desk.focus(desk.open_window("Behind", "BehindApp", geometry="700x500+50+50"))
        doomed = desk.open_window("Doomed", "DoomedApp", geometry="400x300+900+100")
        desk.focus(doomed)
        with Watching(desk) as watching:
            desk.key("alt+F4")
            desk.wait_closed(doomed)
            watching.until(lambda item: isinstance(item, ScreenLockEvent) and not item.locked, "unlock")
            # Any later lock or unlock from this grab would be queued before this rename is seen.
            after = desk.open_window("After", "AfterApp", geometry="400x300+900+100")
            desk.focus(after)
            desk.xdotool("set_window", "--name", "After renamed", str(after))
            watching.until(lambda item: isinstance(item, FocusEvent) and item.window.title == "After renamed",
                           "the rename")
            assert watching.locks() == [True, False]
