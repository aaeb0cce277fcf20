"""Keyboard and mouse through pynput: the only module that imports pynput.

The listener callbacks run on pynput's threads and only build a small frozen event and `offer()` it
to the bounded queue. They never raise (an exception silently stops a pynput listener), and a dead
listener is reported by `failure()`, which the capture thread checks on every tick.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Mapping
from typing import Protocol

from app.capture.event_queue import EventQueue
from app.capture.key_events import UNKNOWN_KEY, HeldModifiers
from app.core.clock import Clock
from app.core.display import detect_display
from app.core.errors import KnownError
from app.core.i18n import translate
from app.core.log_guard import safe
from app.core.model import ClickEvent, InputEvent, KeyEvent, MoveEvent, ScrollEvent

log = logging.getLogger("airlock.capture.input")

MOVE_PRETHROTTLE_S = 1 / 60  # moves closer than this are not even queued (stored at ≤ 30 Hz later)
READY_TIMEOUT_S = 5.0
STOP_GRACE_S = 0.15


class InputUnavailable(KnownError):
    """The keyboard/mouse hooks cannot run in this session."""


class Listener(Protocol):
    """A pynput listener as InputSource uses it: a thread that is started, stopped and joined."""

    def start(self) -> None: ...

    def stop(self) -> None: ...

    def join(self, timeout: float | None = None) -> None: ...

    def is_alive(self) -> bool: ...


KeyCallback = Callable[[object], None]  # pynput passes a Key or KeyCode (plus `injected` on newer versions)


class ListenerFactory(Protocol):
    """Builds (keyboard, mouse) listeners for the callbacks: pynput's, or a fake in tests."""

    def __call__(self, *, on_press: Callable[..., None], on_release: Callable[..., None],
                 on_click: Callable[..., None], on_scroll: Callable[..., None],
                 on_move: Callable[..., None] | None) -> tuple[Listener, Listener]: ...


def key_name_and_char(key: object) -> tuple[str, str | None]:
    """(name, produced character) of a pynput key: `Key.space` -> ("space", None), 'A' -> ("a", "A").

    Works on anything with pynput's shape (`.name` for special keys; `.char` for key codes), so it
    is tested without a display.
    """
    name = getattr(key, "name", None)
    if isinstance(name, str) and name:
        return name, None
    char = getattr(key, "char", None)
    if isinstance(char, str) and char:
        return (char.lower() if len(char) == 1 else char), char
    return UNKNOWN_KEY, None


class KeyEventFactory:
    """Builds KeyEvents from pynput keys, tracking held modifiers (one listener thread calls it)."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._modifiers = HeldModifiers()

    def build(self, key: object, pressed: bool) -> KeyEvent:
        name, char = key_name_and_char(key)
        return self._modifiers.event(self._clock.now(), name, char, pressed)


class InputSource:
    """pynput keyboard + mouse listeners feeding an EventQueue.

    `listener_factory` (tests) replaces pynput: it gets the callbacks and returns started-able
    thread-like listeners. `preflight` (macOS: the privacy permissions) raises InputUnavailable
    before any hook is installed when the OS will not deliver input.
    """

    name = "input"

    def __init__(self, clock: Clock, *, record_moves: bool = True,
                 environ: Mapping[str, str] | None = None,
                 listener_factory: ListenerFactory | None = None,
                 preflight: Callable[[], None] | None = None) -> None:
        self._clock = clock
        self._record_moves = record_moves
        self._environ = environ if environ is not None else os.environ
        self._listener_factory: ListenerFactory = listener_factory or _pynput_listeners
        self._preflight = preflight
        self._listeners: tuple[Listener, ...] = ()
        self._events: EventQueue | None = None
        self._keys = KeyEventFactory(clock)
        self._last_move = 0.0
        self._callback_errors = 0
        self._stopping = False

    # -- lifecycle ---------------------------------------------------------------------------------

    def start(self, events: EventQueue) -> None:
        display = detect_display(self._environ)
        if not display.capture_supported:
            raise InputUnavailable(translate("Errors", "Keyboard and mouse cannot be captured."), display.explanation)
        if self._preflight is not None:
            self._preflight()
        self._events = events
        try:
            keyboard, mouse = self._listener_factory(
                on_press=self._on_press, on_release=self._on_release, on_click=self._on_click,
                on_scroll=self._on_scroll, on_move=self._on_move if self._record_moves else None)
        except ImportError as error:  # pynput raises ImportError when its backend cannot connect
            raise InputUnavailable(translate("Errors", "Keyboard and mouse hooks could not be installed."),
                                   "pynput: " + str(error).splitlines()[0]) from None
        self._listeners = (keyboard, mouse)
        for listener in self._listeners:
            listener.start()
        self._wait_ready()

    def _wait_ready(self) -> None:
        # pynput's own wait() blocks forever if its thread dies before it is ready.
        deadline = time.monotonic() + READY_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.failure():
                self.stop()
                raise InputUnavailable(translate("Errors", "Keyboard and mouse hooks stopped while starting."),
                                       translate("Errors", "Check that the display allows input monitoring (X RECORD "
                                                           "extension)."))
            if all(getattr(listener, "_ready", True) for listener in self._listeners):
                return
            time.sleep(0.01)
        self.stop()
        raise InputUnavailable(translate("Errors", "Keyboard and mouse hooks did not start in time."),
                               translate("Errors", "Try again; see the log."))

    def stop(self, grace_s: float = STOP_GRACE_S) -> None:
        """Stop both listeners, after letting events already on their way arrive (the last key
        typed before Ctrl-C is still in the X server's RECORD stream when the signal lands)."""
        if self._stopping:
            return
        self._stopping = True
        if grace_s > 0 and self._listeners and self.failure() is None:
            time.sleep(grace_s)
        for listener in self._listeners:
            try:
                listener.stop()
            except Exception as exc:  # noqa: BLE001 - stopping a half-dead listener must not mask the rest
                log.warning("stopping an input listener failed: %s", safe(type(exc).__name__))
        for listener in self._listeners:
            if listener is not threading.current_thread():
                listener.join(2.0)

    def failure(self) -> str | None:
        """Why input is not being delivered, or None while both listeners run."""
        if not self._listeners:
            return "not started"
        for label, listener in zip(("keyboard", "mouse"), self._listeners, strict=False):
            if not listener.is_alive():
                return f"{label} listener stopped"
        return None

    @property
    def callback_errors(self) -> int:
        return self._callback_errors

    # -- callbacks (pynput threads): build, offer, never raise --------------------------------------

    def _offer(self, build: Callable[[], InputEvent]) -> None:
        events = self._events
        try:
            if events is None:
                raise RuntimeError("a callback before start()")
            events.offer(build())
        except Exception:  # noqa: BLE001 - an exception would silently stop the listener
            self._callback_errors += 1

    def _on_press(self, key: object, injected: bool = False) -> None:
        self._offer(lambda: self._keys.build(key, True))

    def _on_release(self, key: object, injected: bool = False) -> None:
        self._offer(lambda: self._keys.build(key, False))

    def _on_click(self, x: int, y: int, button: object, pressed: bool, injected: bool = False) -> None:
        self._offer(lambda: ClickEvent(self._clock.now(), int(x), int(y), getattr(button, "name", str(button)), pressed))

    def _on_scroll(self, x: int, y: int, dx: int, dy: int, injected: bool = False) -> None:
        self._offer(lambda: ScrollEvent(self._clock.now(), int(x), int(y), int(dx), int(dy)))

    def _on_move(self, x: int, y: int, injected: bool = False) -> None:
        now = time.monotonic()
        if now - self._last_move < MOVE_PRETHROTTLE_S:
            return
        self._last_move = now
        self._offer(lambda: MoveEvent(self._clock.now(), int(x), int(y)))


def _pynput_listeners(*, on_press: Callable[..., None], on_release: Callable[..., None],
                      on_click: Callable[..., None], on_scroll: Callable[..., None],
                      on_move: Callable[..., None] | None) -> tuple[Listener, Listener]:
    """The real listeners. pynput is imported here, after the display check (its import needs one)."""
    from pynput import keyboard, mouse

    return (keyboard.Listener(on_press=on_press, on_release=on_release),
            mouse.Listener(on_click=on_click, on_scroll=on_scroll, on_move=on_move))


def pynput_keyboard_listener(on_press: KeyCallback, on_release: KeyCallback) -> Listener:
    """A bare pynput keyboard listener (the macOS pause shortcut watches chords with it)."""
    from pynput import keyboard

    return keyboard.Listener(on_press=on_press, on_release=on_release)
