"""The window-probe contract (app/capture/window_probe.py `WindowProbe`), held against every platform:

- X11: the real probe on a real Xvfb + openbox desktop, windows opened and focused with xdotool;
- Windows: the real probe over user32/kernel32 faked at the ctypes level (tests/helpers/fake_win32.py);
- macOS: the real probe over AppKit/Quartz/HIServices faked at the pyobjc level (tests/helpers/fake_pyobjc.py).

Each "world" opens, focuses, renames and closes windows in its own way and says what the probe must
report for them; the tests are the same for all three.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from typing import Protocol

import pytest

from app.capture.event_queue import EventQueue, SourceFailure
from app.capture.macos.window import mac_window_probe
from app.capture.own_windows import OwnWindows
from app.capture.window_probe import WindowProbe, make_window_probe
from app.capture.window_watch import Bounds
from app.capture.windows.window import windows_window_probe
from app.capture.x11.window import process_name
from app.core.clock import SystemClock
from app.core.model import UNKNOWN_WINDOW, FocusEvent, WindowInfo
from tests.e2e.harness.desktop import Desktop
from tests.helpers.fake_pyobjc import FakeMacDesktop
from tests.helpers.fake_win32 import FakeWindowsDesktop

WAIT_S = 10.0


class World(Protocol):
    """One platform's desktop as the contract drives it."""

    def probe(self) -> WindowProbe: ...
    def open(self, title: str, app: str) -> int: ...  # a new window of a new process, focused
    def focus(self, handle: int) -> None: ...
    def rename(self, handle: int, title: str) -> None: ...
    def close(self, handle: int) -> None: ...
    def expected(self, handle: int) -> WindowInfo: ...
    def bounds(self, handle: int) -> Bounds: ...
    def owner(self, handle: int) -> int: ...  # the pid of the process that opened the window


class X11World:
    def __init__(self, desk: Desktop) -> None:
        self.desk = desk
        self.titles: dict[int, str] = {}
        self.classes: dict[int, str] = {}

    def probe(self) -> WindowProbe:
        return make_window_probe(SystemClock(), "linux", self.desk.env)

    def open(self, title: str, app: str) -> int:
        window = self.desk.open_window(title, wm_class=app)
        self.desk.focus(window)
        self.titles[window] = title
        self.classes[window] = app  # window_app sets WM_CLASS (app.lower(), app)
        return window

    def focus(self, handle: int) -> None:
        self.desk.focus(handle)

    def rename(self, handle: int, title: str) -> None:
        self.desk.xdotool("set_window", "--name", title, str(handle))
        self.titles[handle] = title

    def close(self, handle: int) -> None:
        self.desk.close_window(handle)

    def expected(self, handle: int) -> WindowInfo:
        process = self.desk._windows[handle]
        return WindowInfo(app=process_name(process.pid), title=self.titles[handle], pid=process.pid,
                          wm_class=self.classes[handle], window_id=handle)

    def bounds(self, handle: int) -> Bounds:
        return self.desk.window_geometry(handle)

    def owner(self, handle: int) -> int:
        return self.desk._windows[handle].pid


class FakeWorld:
    """A faked desktop drives itself: open, focus, rename and close are its own."""

    desk: FakeWindowsDesktop | FakeMacDesktop

    def open(self, title: str, app: str) -> int:
        return self.desk.open(title, app)

    def focus(self, handle: int) -> None:
        self.desk.focus(handle)

    def rename(self, handle: int, title: str) -> None:
        self.desk.rename(handle, title)

    def close(self, handle: int) -> None:
        self.desk.close(handle)


class WindowsWorld(FakeWorld):
    def __init__(self) -> None:
        self.desk = FakeWindowsDesktop()

    def probe(self) -> WindowProbe:
        # A long safety-net interval: every change below must arrive through the WinEvent hook.
        return windows_window_probe(SystemClock(), self.desk.win32(), interval_s=60.0)

    def expected(self, handle: int) -> WindowInfo:
        window = self.desk.windows[handle]
        return WindowInfo(app=f"{window.cls}.exe", title=window.title, pid=window.pid, wm_class=window.cls,
                          window_id=handle)

    def bounds(self, handle: int) -> Bounds:
        left, top, right, bottom = self.desk.windows[handle].rect
        return left, top, right - left, bottom - top

    def owner(self, handle: int) -> int:
        return self.desk.windows[handle].pid


class MacWorld(FakeWorld):
    def __init__(self) -> None:
        self.desk = FakeMacDesktop()

    def probe(self) -> WindowProbe:
        return mac_window_probe(SystemClock(), self.desk.frameworks(), interval_s=0.02)

    def expected(self, handle: int) -> WindowInfo:
        window = self.desk._window(handle)
        app = self.desk.apps[window.pid]
        return WindowInfo(app=app.localizedName(), title=window.title, pid=window.pid, wm_class=app.bundleIdentifier(),
                          window_id=handle)

    def bounds(self, handle: int) -> Bounds:
        return self.desk._window(handle).bounds

    def owner(self, handle: int) -> int:
        return self.desk._window(handle).pid


@pytest.fixture(params=[pytest.param("x11", marks=pytest.mark.e2e), "windows", "macos"])
def world(request) -> Iterator[World]:
    if request.param == "x11":
        desk = request.getfixturevalue("x11_desktop")
        made = X11World(desk)
        yield made
        for window in list(made.titles):
            desk.close_window(window)
        return
    yield WindowsWorld() if request.param == "windows" else MacWorld()


class Running:
    """A started probe and the FocusEvents it queued."""

    def __init__(self, probe: WindowProbe) -> None:
        self.probe = probe
        self.events = EventQueue()
        self.seen: list[FocusEvent] = []
        self.other: list[object] = []

    def __enter__(self) -> Running:
        self.probe.start(self.events)
        return self

    def __exit__(self, *exc: object) -> None:
        self.probe.stop()

    def queued_now(self) -> list[FocusEvent]:
        """What start() queued before returning (nothing is waited for)."""
        self._drain(0)
        return list(self.seen)

    def next_matching(self, wanted: WindowInfo) -> FocusEvent:
        """Wait for a FocusEvent equal to `wanted`; every FocusEvent on the way is kept in `seen`."""
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline:
            self._drain(min(0.2, max(0.0, deadline - time.monotonic())))
            for event in self.seen:
                if event.window == wanted:
                    return event
        raise AssertionError(f"no FocusEvent for {wanted} within {WAIT_S} s; saw {[e.window for e in self.seen]}")

    def _drain(self, timeout: float) -> None:
        item = self.events.take(timeout)
        while item is not None:
            (self.seen if isinstance(item, FocusEvent) else self.other).append(item)
            item = self.events.take(0)


def test_start_queues_the_window_focused_now_before_returning(world):
    first = world.open("Quarterly report", "Reporter")
    with Running(world.probe()) as running:
        assert running.queued_now()[:1] and running.queued_now()[0].window == world.expected(first)
        assert running.probe.failure() is None


def test_a_focus_change_is_reported_with_the_new_window(world):
    first = world.open("Inbox", "Mailer")
    with Running(world.probe()) as running:
        running.next_matching(world.expected(first))
        second = world.open("Notes", "Editor")
        before = time.time()
        event = running.next_matching(world.expected(second))
        assert event.t <= time.time() and event.t >= before - 5  # stamped by the clock, around the change
        world.focus(first)
        running.next_matching(world.expected(first))


def test_a_title_change_of_the_focused_window_is_reported(world):
    window = world.open("Draft 1", "Writer")
    with Running(world.probe()) as running:
        running.next_matching(world.expected(window))
        world.rename(window, "Draft 2 - renamed")
        event = running.next_matching(world.expected(window))
        assert event.window.title == "Draft 2 - renamed"


def test_nothing_focused_is_the_unknown_window(world):
    window = world.open("Lonely", "Solo")
    with Running(world.probe()) as running:
        running.next_matching(world.expected(window))
        world.close(window)
        running.next_matching(UNKNOWN_WINDOW)


def test_each_window_names_the_process_that_owns_it_so_airlock_knows_its_own(world):
    """The pipeline knows Airlock's own windows by the pid the probe reports (capture/own_windows.py):
    two windows alike in title and class, of two processes, are told apart by their owner alone."""
    airlock = world.open("Review captures — Airlock", "Airlock")
    lookalike = world.open("Review captures — Airlock", "Airlock")
    own = OwnWindows(own_pid=world.owner(airlock))
    with Running(world.probe()) as running:
        event = running.next_matching(world.expected(lookalike))
        assert event.window.pid == world.owner(lookalike) and not own.owns(event.window)
        world.focus(airlock)
        event = running.next_matching(world.expected(airlock))
        assert event.window.pid == world.owner(airlock) and own.owns(event.window)


def test_a_window_opened_after_the_focused_one_closed_is_followed(world):
    """X11 gives a closed client's ids to the next client: the new window may have the id of the
    one that was followed, and must still have its title followed."""
    first = world.open("Scratch", "Scratcher")
    with Running(world.probe()) as running:
        running.next_matching(world.expected(first))
        world.close(first)
        running.next_matching(UNKNOWN_WINDOW)
        second = world.open("Letter 1", "Writer")
        running.next_matching(world.expected(second))
        world.rename(second, "Letter 2")
        assert running.next_matching(world.expected(second)).window.title == "Letter 2"


def test_bounds_of_the_focused_window_are_known(world):
    window = world.open("Spreadsheet", "Calc")
    with Running(world.probe()) as running:
        event = running.next_matching(world.expected(window))
        assert running.probe.bounds_of(event.window.window_id) == world.bounds(window)
        assert running.probe.bounds_of(None) is None


def test_only_the_most_recently_focused_windows_bounds_are_kept(world):
    # A working day focuses thousands of windows; the probe keeps where the 32 most recent were.
    # (All stay open until the end: X11 reuses a closed client's window ids.)
    focused: list[tuple[int | None, Bounds]] = []
    windows = []
    try:
        with Running(world.probe()) as running:
            for n in range(34):
                windows.append(world.open(f"Save as ({n})", "Dialogs"))
                event = running.next_matching(world.expected(windows[-1]))
                focused.append((event.window.window_id, world.bounds(windows[-1])))
            assert len({w for w, _ in focused}) == 34
            assert [running.probe.bounds_of(w) for w, _ in focused[-32:]] == [b for _, b in focused[-32:]]
            assert [running.probe.bounds_of(w) for w, _ in focused[:2]] == [None, None]
    finally:
        for window in windows:
            world.close(window)


def test_stop_is_bounded_and_idempotent(world):
    world.open("Anything", "Thing")
    probe = world.probe()
    running = Running(probe)
    with running:
        assert probe.failure() is None
    started = time.monotonic()
    probe.stop()  # a second stop: nothing left to do
    assert time.monotonic() - started < 3.0
    assert not [item for item in running.other if isinstance(item, SourceFailure)]


def test_latency_is_declared_and_event_driven_probes_declare_none(world):
    probe = world.probe()
    if isinstance(world, MacWorld):
        assert probe.latency_s == 0.02  # polled: the interval, which the exclusion margin covers
    else:
        assert probe.latency_s == 0.0


def test_the_x11_world_is_a_real_display():
    """The X11 row above is no fake: it needs the real Xvfb the e2e harness starts (no skip)."""
    assert os.path.exists("/usr/bin/Xvfb"), "install Xvfb (tools/system-deps.sh test)"
