"""The pynput source without pynput: key naming, modifiers, enqueue-only callbacks, dead listeners."""

from __future__ import annotations

import enum
import threading

import pytest

from app.capture.event_queue import EventQueue
from app.capture.input_source import InputSource, InputUnavailable, KeyEventFactory, key_name_and_char
from app.core.model import ClickEvent, KeyEvent, MoveEvent, ScrollEvent
from tests.helpers.clock import FakeClock

X11 = {"DISPLAY": ":99"}


class Key(enum.Enum):  # pynput's Key: special keys have a .name
    space = 1
    shift = 2
    ctrl_l = 3
    backspace = 4


class KeyCode:  # pynput's KeyCode: .char (None for keys without a character)
    def __init__(self, char=None, vk=None):
        self.char, self.vk = char, vk


class Button(enum.Enum):
    left = 1


@pytest.mark.parametrize("key, expected", [
    (Key.space, ("space", None)),
    (Key.backspace, ("backspace", None)),
    (KeyCode("a"), ("a", "a")),
    (KeyCode("A"), ("a", "A")),
    (KeyCode("!"), ("!", "!")),
    (KeyCode(None, vk=0), ("unknown", None)),  # xdotool's non-ASCII: no raw code is ever stored
    (None, ("unknown", None)),
])
def test_key_name_and_char(key, expected):
    assert key_name_and_char(key) == expected


def test_modifiers_held_apply_to_the_keys_pressed_meanwhile():
    factory = KeyEventFactory(FakeClock())
    events = [factory.build(Key.ctrl_l, True), factory.build(KeyCode("c"), True),
              factory.build(KeyCode("c"), False), factory.build(Key.ctrl_l, False), factory.build(KeyCode("d"), True)]
    assert [e.modifiers for e in events] == [frozenset(), {"ctrl_l"}, {"ctrl_l"}, {"ctrl_l"}, frozenset()]


class FakeListener(threading.Thread):
    """Runs until stopped, like a pynput listener thread."""

    def __init__(self, **callbacks):
        super().__init__(daemon=True)
        self.callbacks = callbacks
        self._stop_event = threading.Event()
        self._ready = False

    def run(self):
        self._ready = True
        self._stop_event.wait()

    def stop(self):
        self._stop_event.set()


def start_source(events: EventQueue):
    made = {}

    def factory(**callbacks):
        made["keyboard"] = FakeListener(**callbacks)
        made["mouse"] = FakeListener(**callbacks)
        return made["keyboard"], made["mouse"]

    source = InputSource(FakeClock(100.0), environ=X11, listener_factory=factory)
    source.start(events)
    return source, made


def test_callbacks_only_enqueue_events():
    events = EventQueue(100)
    source, made = start_source(events)
    callbacks = made["keyboard"].callbacks
    callbacks["on_press"](KeyCode("a"))
    callbacks["on_release"](KeyCode("a"), False)  # pynput 1.8 passes `injected` too
    callbacks["on_click"](10, 20, Button.left, True)
    callbacks["on_scroll"](10, 20, 0, -1)
    callbacks["on_move"](11, 21)
    callbacks["on_move"](12, 22)  # within 1/60 s of the previous one: not even queued
    items = [events.take(0) for _ in range(len(events))]
    assert items == [KeyEvent(100.0, "a", True, "a"), KeyEvent(100.0, "a", False, "a"),
                     ClickEvent(100.0, 10, 20, "left", True), ScrollEvent(100.0, 10, 20, 0, -1),
                     MoveEvent(100.0, 11, 21)]
    assert source.failure() is None
    source.stop()


def test_a_full_queue_drops_and_counts_instead_of_blocking_the_hook():
    events = EventQueue(3)
    source, made = start_source(events)
    for _ in range(10):
        made["keyboard"].callbacks["on_press"](KeyCode("x"))
    assert len(events) == 3 and events.dropped == 7
    source.stop()


def test_a_callback_error_never_reaches_the_listener():
    events = EventQueue(3)
    source, made = start_source(events)
    made["mouse"].callbacks["on_click"]("not a number", 1, Button.left, True)  # int() fails inside
    assert source.callback_errors == 1 and source.failure() is None
    source.stop()


def test_a_dead_listener_is_reported():
    events = EventQueue(10)
    source, made = start_source(events)
    made["keyboard"].stop()
    made["keyboard"].join(2)
    assert source.failure() == "keyboard listener stopped"
    source.stop()


def test_no_display_refuses_before_importing_pynput():
    with pytest.raises(InputUnavailable) as raised:
        InputSource(FakeClock(), environ={}, listener_factory=lambda **_: pytest.fail("must not build")).start(EventQueue())
    assert "DISPLAY" in raised.value.hint
    with pytest.raises(InputUnavailable):
        InputSource(FakeClock(), environ={"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"},
                    listener_factory=lambda **_: pytest.fail("must not build")).start(EventQueue())
