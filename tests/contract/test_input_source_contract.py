"""The keyboard-and-mouse contract (a capture `Source` of KeyEvent, ClickEvent and ScrollEvent):

- X11: the real RECORD source on a real Xvfb desktop, typed into and clicked with xdotool;
- Windows and macOS: InputSource (pynput) with pynput's listener replaced by one that calls
  Airlock's callbacks from its own thread with keys shaped as pynput's win32 and darwin backends
  make them (a KeyCode with the layout's character and the platform's virtual-key code, a Key
  member for space and the modifiers, a Button for the mouse). pynput's own Win32 hook and Quartz
  event tap below that API cannot run here; the installer workflow's smoke run is their first
  real test.

The same typing, clicking and scrolling must give the same events everywhere.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterator
from types import SimpleNamespace
from typing import Protocol

import pytest

from app.capture.event_queue import EventQueue, Source
from app.capture.input_source import InputSource
from app.capture.x11.record_input import X11RecordInput
from app.capture.x11.server_time import X11ServerClock
from app.core.clock import SystemClock
from app.core.model import ClickEvent, KeyEvent, ScrollEvent
from tests.e2e.harness.desktop import Desktop

WAIT_S = 10.0
# Virtual-key codes of the letters the tests type: Windows (VK_A = 0x41...) and macOS (kVK_ANSI_*).
WINDOWS_VK = {char: ord(char.upper()) for char in "abcdefghijklmnopqrstuvwxyz"}
MAC_VK = {"a": 0x00, "b": 0x0B, "c": 0x08, "x": 0x07}


class InputWorld(Protocol):
    def source(self) -> Source: ...
    def type_text(self, text: str) -> None: ...
    def click(self, x: int, y: int) -> None: ...
    def scroll_down(self, x: int, y: int) -> None: ...


class X11InputWorld:
    def __init__(self, desk: Desktop) -> None:
        self.desk = desk
        window = desk.open_window("Input contract", wm_class="Typist")
        desk.focus(window)
        self.window = window

    def source(self) -> Source:
        clock = SystemClock()
        return X11RecordInput(clock, X11ServerClock(clock), self.desk.env, record_moves=False)

    def type_text(self, text: str) -> None:
        self.desk.type_text(text)

    def click(self, x: int, y: int) -> None:
        self.desk.click(x, y)

    def scroll_down(self, x: int, y: int) -> None:
        self.desk.scroll(x, y, clicks=1, down=True)


class FakePynput:
    """pynput's (keyboard, mouse) listeners for one platform: threads that call the callbacks."""

    def __init__(self, vk: dict[str, int]) -> None:
        self.vk = vk
        self.calls: queue.Queue[Callable[[], None] | None] = queue.Queue()
        self.listeners: list[_FakeListener] = []
        self.callbacks: dict[str, Callable[..., None]] = {}

    def factory(self, *, on_press, on_release, on_click, on_scroll, on_move):
        self.callbacks = {"press": on_press, "release": on_release, "click": on_click, "scroll": on_scroll}
        self.listeners = [_FakeListener(self.calls, "keyboard"), _FakeListener(queue.Queue(), "mouse")]
        return tuple(self.listeners)

    def _send(self, name: str, *args: object) -> None:
        self.calls.put(lambda: self.callbacks[name](*args))

    def type_text(self, text: str) -> None:
        shift = SimpleNamespace(name="shift")
        for char in text:
            if char == " ":
                space = SimpleNamespace(name="space")  # Key.space: a name, no char
                self._send("press", space)
                self._send("release", space)
                continue
            key = SimpleNamespace(char=char, vk=self.vk[char.lower()])  # KeyCode: char and vk, no name
            if char.isupper():
                self._send("press", shift)
            self._send("press", key)
            self._send("release", key)
            if char.isupper():
                self._send("release", shift)

    def click(self, x: int, y: int) -> None:
        left = SimpleNamespace(name="left")
        self._send("click", x, y, left, True)
        self._send("click", x, y, left, False)

    def scroll_down(self, x: int, y: int) -> None:
        self._send("scroll", x, y, 0, -1)

    def kill_keyboard(self) -> None:
        self.calls.put(None)


class _FakeListener(threading.Thread):
    def __init__(self, calls: queue.Queue[Callable[[], None] | None], name: str) -> None:
        super().__init__(name=f"fake-pynput-{name}", daemon=True)
        self._calls = calls
        self._stop_flag = threading.Event()

    def run(self) -> None:
        while not self._stop_flag.is_set():
            try:
                call = self._calls.get(timeout=0.05)
            except queue.Empty:
                continue
            if call is None:
                return  # the listener died (as pynput's does when its hook is removed)
            call()

    def stop(self) -> None:
        self._stop_flag.set()


class PynputWorld:
    def __init__(self, vk: dict[str, int]) -> None:
        self.pynput = FakePynput(vk)

    def source(self) -> Source:
        return InputSource(SystemClock(), environ={"DISPLAY": ":0"}, listener_factory=self.pynput.factory,
                           record_moves=False)

    def type_text(self, text: str) -> None:
        self.pynput.type_text(text)

    def click(self, x: int, y: int) -> None:
        self.pynput.click(x, y)

    def scroll_down(self, x: int, y: int) -> None:
        self.pynput.scroll_down(x, y)


@pytest.fixture(params=[pytest.param("x11", marks=pytest.mark.e2e), "windows", "macos"])
def world(request) -> Iterator[InputWorld]:
    if request.param == "x11":
        made = X11InputWorld(request.getfixturevalue("x11_desktop"))
        yield made
        made.desk.close_window(made.window)
        return
    yield PynputWorld(WINDOWS_VK if request.param == "windows" else MAC_VK)


def collect(events: EventQueue, done: Callable[[list], bool]) -> list:
    seen: list = []
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline and not done(seen):
        item = events.take(0.1)
        if item is not None:
            seen.append(item)
    assert done(seen), f"incomplete after {WAIT_S} s: {seen}"
    return seen


def started(world: InputWorld) -> tuple[Source, EventQueue]:
    source = world.source()
    events = EventQueue()
    source.start(events)
    return source, events


def test_typing_gives_key_names_characters_and_held_modifiers_in_order(world):
    source, events = started(world)
    try:
        world.type_text("aB c")
        keys = collect(events, lambda seen: sum(isinstance(e, KeyEvent) and e.key == "c" and not e.pressed
                                                for e in seen) == 1)
    finally:
        source.stop()
    presses = [(e.key, e.char) for e in keys if isinstance(e, KeyEvent) and e.pressed and "shift" not in e.key]
    assert presses == [("a", "a"), ("b", "B"), ("space", None), ("c", "c")]
    b = next(e for e in keys if isinstance(e, KeyEvent) and e.pressed and e.key == "b")
    assert any(modifier.startswith("shift") for modifier in b.modifiers)
    assert [e.t for e in keys] == sorted(e.t for e in keys)
    assert all(isinstance(e, KeyEvent) for e in keys)


def test_a_click_and_a_wheel_step_down(world):
    source, events = started(world)
    try:
        world.click(200, 150)
        world.scroll_down(210, 160)
        items = collect(events, lambda seen: any(isinstance(e, ScrollEvent) for e in seen))
    finally:
        source.stop()
    clicks = [(e.x, e.y, e.button, e.pressed) for e in items if isinstance(e, ClickEvent)]
    assert clicks[:2] == [(200, 150, "left", True), (200, 150, "left", False)]
    scroll = next(e for e in items if isinstance(e, ScrollEvent))
    assert (scroll.x, scroll.y, scroll.dx, scroll.dy) == (210, 160, 0, -1)


def test_running_then_stopped_in_bounded_time(world):
    source, _ = started(world)
    assert source.failure() is None
    began = time.monotonic()
    source.stop()
    source.stop()  # idempotent
    assert time.monotonic() - began < 5.0


@pytest.mark.parametrize("vk", [WINDOWS_VK, MAC_VK], ids=["windows", "macos"])
def test_a_listener_that_dies_is_reported(vk):
    world = PynputWorld(vk)
    source, _ = started(world)
    try:
        world.pynput.kill_keyboard()
        deadline = time.monotonic() + WAIT_S
        while source.failure() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert source.failure() == "keyboard listener stopped"
    finally:
        source.stop()
