"""Keys and buttons through the X RECORD extension, pointer position by polling (X11 only).

pynput's mouse listener records MotionNotify too and decodes every motion event in Python (about
100 µs each): a 1000 Hz mouse costs ~10 % of a core. This source asks the server for key and button
events only, and reads the pointer with QueryPointer: 30 times a second while it moves, a few times
a second while it is still. Events carry the X server's time, converted to wall time by the
X11ServerClock shared with the focus probe, so keys and focus changes are ordered exactly.

Threads: the RECORD data connection blocks in `record_enable_context` on its own thread; a second
connection (used only by `stop()`) disables the context; the pointer poller has a third. Callbacks
only build small events and `offer()` them.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Mapping
from typing import Any

from app.capture.event_queue import EventQueue
from app.capture.input_source import STOP_GRACE_S, InputUnavailable
from app.capture.key_events import HeldModifiers
from app.capture.x11.keys import describe_key
from app.capture.x11.server_time import X11ServerClock
from app.core.clock import Clock
from app.core.display import detect_display
from app.core.i18n import translate
from app.core.log_guard import safe
from app.core.model import ClickEvent, MoveEvent, ScrollEvent

log = logging.getLogger("airlock.capture.input")

KEY_PRESS, KEY_RELEASE, BUTTON_PRESS, BUTTON_RELEASE = 2, 3, 4, 5
BUTTON_NAMES = {1: "left", 2: "middle", 3: "right", 8: "x1", 9: "x2"}
SCROLL_BUTTONS = {4: (0, 1), 5: (0, -1), 6: (-1, 0), 7: (1, 0)}  # pynput's convention
MOVING_POLL_S = 1 / 30  # while the pointer moves: at most 30 samples/s (what is stored anyway)
STILL_POLL_S = 0.25  # while it is still
STILL_AFTER_S = 1.0
KEYMAP_REFRESH_S = 10.0  # a keyboard layout switch is picked up within this (one round trip)


class X11RecordInput:
    """A Source for keyboard and mouse on X11 without decoding motion events."""

    name = "input"

    def __init__(self, clock: Clock, server_clock: X11ServerClock, environ: Mapping[str, str] | None = None,
                 record_moves: bool = True) -> None:
        self._clock = clock
        self._server_clock = server_clock
        self._environ = environ if environ is not None else os.environ
        self._record_moves = record_moves
        self._events: EventQueue | None = None
        self._modifiers = HeldModifiers()
        self._threads: list[threading.Thread] = []
        self._stopping = threading.Event()
        self._error: str | None = None
        self.callback_errors = 0

    def start(self, events: EventQueue) -> None:
        session = detect_display(self._environ)
        if not session.capture_supported:
            raise InputUnavailable(translate("Errors", "Keyboard and mouse cannot be captured."), session.explanation)
        from Xlib import display as xdisplay
        from Xlib import error
        from Xlib.ext import record

        name = self._environ.get("DISPLAY")
        try:
            self._control = xdisplay.Display(name)
            self._data = xdisplay.Display(name)
        except (error.DisplayError, error.DisplayConnectionError, OSError):
            raise InputUnavailable(translate("Errors", "Could not connect to the X display for keyboard and mouse."),
                                   translate("Errors", "Check DISPLAY.")) from None
        if not self._control.has_extension("RECORD"):
            self._close()
            raise InputUnavailable(translate("Errors", "The X server has no RECORD extension."),
                                   translate("Errors", "Falling back to pynput."))
        self._keymap = self._read_keymap(self._control)
        self._context = self._control.record_create_context(0, [record.AllClients], [{
            "core_requests": (0, 0), "core_replies": (0, 0), "ext_requests": (0, 0, 0, 0),
            "ext_replies": (0, 0, 0, 0), "delivered_events": (0, 0),
            "device_events": (KEY_PRESS, BUTTON_RELEASE),  # keys and buttons: no MotionNotify
            "errors": (0, 0), "client_started": False, "client_died": False,
        }])
        self._control.sync()
        self._events = events
        self._threads = [threading.Thread(target=self._record, name="airlock-x11-record", daemon=True)]
        if self._record_moves:
            self._pointer = xdisplay.Display(name)
            self._threads.append(threading.Thread(target=self._poll_pointer, name="airlock-x11-pointer", daemon=True))
        for thread in self._threads:
            thread.start()

    def stop(self, grace_s: float = STOP_GRACE_S) -> None:
        """Stop, after letting events already in the RECORD stream arrive (the last key before Ctrl-C)."""
        if self._stopping.is_set() or not self._threads:
            return
        if grace_s > 0 and self.failure() is None:
            self._stopping.wait(grace_s)
        self._stopping.set()
        try:
            self._control.record_disable_context(self._context)
            self._control.flush()
        except Exception:  # noqa: BLE001 - the server may be gone; the thread ends either way
            pass
        for thread in self._threads:
            thread.join(2.0)
        try:
            self._control.record_free_context(self._context)
        except Exception:  # noqa: BLE001 - the server may be gone; the connections close next
            pass
        self._close()

    def _close(self) -> None:
        for attribute in ("_control", "_data", "_pointer"):
            connection = getattr(self, attribute, None)
            if connection is not None:
                try:
                    connection.close()
                except Exception:  # noqa: BLE001 - closing a dead connection must not stop the others
                    pass

    def failure(self) -> str | None:
        if self._error:
            return self._error
        if not self._threads:
            return "not started"
        if not self._stopping.is_set() and not all(thread.is_alive() for thread in self._threads):
            return "X RECORD listener stopped"
        return None

    # -- threads -----------------------------------------------------------------------------------

    def _record(self) -> None:
        try:
            self._data.record_enable_context(self._context, self._on_reply)  # blocks until disabled
        except Exception as exc:  # noqa: BLE001 - lost connection: reported by failure()
            if not self._stopping.is_set():
                self._error = f"X RECORD listener stopped ({type(exc).__name__})"
                log.error("the X RECORD listener stopped: %s", safe(type(exc).__name__))

    def _on_reply(self, reply: Any) -> None:
        from Xlib.ext import record
        from Xlib.protocol import rq

        if reply.category != record.FromServer or reply.client_swapped or not reply.data:
            return
        data = reply.data
        parser = rq.EventField("event")  # the name labels the field only; parsing ignores it
        while data:
            try:
                event, data = parser.parse_binary_value(data, self._data.display, None, None)
                self._on_event(event)
            except Exception:  # noqa: BLE001 - one bad event must not stop the listener
                self.callback_errors += 1
                return

    def _on_event(self, event: Any) -> None:
        events = self._events
        assert events is not None, "the RECORD thread starts after events are set"
        kind = event.type
        t = self._server_clock.to_wall(event.time)
        if kind in (KEY_PRESS, KEY_RELEASE):
            name, char = describe_key(self._keymap.get(event.detail, ()), event.state)
            events.offer(self._modifiers.event(t, name, char, kind == KEY_PRESS))
        elif kind == BUTTON_PRESS and event.detail in SCROLL_BUTTONS:
            dx, dy = SCROLL_BUTTONS[event.detail]
            events.offer(ScrollEvent(t, event.root_x, event.root_y, dx, dy))
        elif kind in (BUTTON_PRESS, BUTTON_RELEASE) and event.detail not in SCROLL_BUTTONS:
            button = BUTTON_NAMES.get(event.detail, f"button{event.detail}")
            events.offer(ClickEvent(t, event.root_x, event.root_y, button, kind == BUTTON_PRESS))

    @staticmethod
    def _read_keymap(connection: Any) -> dict[int, list[int]]:
        first = connection.display.info.min_keycode
        count = connection.display.info.max_keycode - first + 1
        return {first + i: list(syms) for i, syms in enumerate(connection.get_keyboard_mapping(first, count))}

    def _poll_pointer(self) -> None:
        events = self._events
        assert events is not None, "the pointer thread starts after events are set"
        root = self._pointer.screen().root
        last: tuple[int, int] | None = None
        moved_at = float("-inf")
        keymap_read_at = self._clock.now()
        try:
            while not self._stopping.is_set():
                reply = root.query_pointer()
                now = self._clock.now()
                if now - keymap_read_at >= KEYMAP_REFRESH_S:
                    self._keymap = self._read_keymap(self._pointer)  # swapped whole: the record thread reads it
                    keymap_read_at = now
                position = (reply.root_x, reply.root_y)
                if position != last:
                    if last is not None:
                        events.offer(MoveEvent(now, *position))
                        moved_at = now
                    last = position
                self._stopping.wait(MOVING_POLL_S if now - moved_at < STILL_AFTER_S else STILL_POLL_S)
        except Exception as exc:  # noqa: BLE001 - a lost display: reported by failure()
            if not self._stopping.is_set():
                self._error = f"pointer polling stopped ({type(exc).__name__})"


def record_available(environ: Mapping[str, str]) -> bool:
    """Whether the X server offers RECORD (checked once, on a short-lived connection)."""
    from Xlib import display as xdisplay
    from Xlib import error

    try:
        connection = xdisplay.Display(environ.get("DISPLAY"))
    except (error.DisplayError, error.DisplayConnectionError, OSError):
        return False
    try:
        return bool(connection.has_extension("RECORD"))
    finally:
        connection.close()
