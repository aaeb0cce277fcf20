"""Keys and buttons through the X RECORD extension, pointer position by polling (X11 only).

pynput's mouse listener records MotionNotify too and decodes every motion event in Python (about
100 µs each): a 1000 Hz mouse costs ~10 % of a core. This source asks the server for key and button
events only, and reads the pointer with QueryPointer: 30 times a second while it moves, a few times
a second while it is still. Events carry the X server's time, converted to wall time by the
X11ServerClock shared with the focus probe, so keys and focus changes are ordered exactly.

Threads: the RECORD data connection's thread sends EnableContext and reads the reply stream off the
socket itself (`_enable_context`: python-xlib's reply machinery cost more than everything else done
per key); a second connection (used only by `stop()`) disables the context; the pointer poller has a
third. Callbacks only build small events and `offer()` them.
"""

from __future__ import annotations

import logging
import os
import struct
import sys
import threading
from collections.abc import Callable, Mapping
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
FROM_SERVER, START_OF_DATA, END_OF_DATA = 0, 4, 5  # RECORD reply categories
# A core device event: type, detail, sequence, time, root, event, child, root x/y, event x/y, state,
# same-screen, pad. python-xlib speaks the machine's own byte order ("="); swapped clients are skipped.
EVENT = struct.Struct("=BBHIIIIhhhhHBx")
EVENT_SIZE = EVENT.size
REPLY_HEADER = 32  # EnableContext reply: category at 1, client-swapped at 9, then the recorded data
ENABLE_CONTEXT = struct.Struct("=BBHI")  # major opcode, minor opcode 5, length in 4-byte words, context
RECV_SIZE = 65536
QUERY_POINTER = struct.Struct("=BxHI")  # opcode 38, pad, length in 4-byte words, window
ROOT_POSITION = struct.Struct("=hh")  # root x, y at offset 16 of the reply


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
            self._pointer = xdisplay.Display(name)  # the keymap refresh (python-xlib requests)
            self._pointer_query = _PointerQuery(xdisplay.Display(name))  # QueryPointer only, by hand
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
        query = getattr(self, "_pointer_query", None)
        for connection in (getattr(self, "_control", None), getattr(self, "_data", None),
                           getattr(self, "_pointer", None), query.connection if query else None):
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
            _enable_context(self._data, self._context, self._on_reply)  # blocks until disabled
        except Exception as exc:  # noqa: BLE001 - lost connection: reported by failure()
            if not self._stopping.is_set():
                self._error = f"X RECORD listener stopped ({type(exc).__name__})"
                log.error("the X RECORD listener stopped: %s", safe(type(exc).__name__))

    def _on_reply(self, category: int, client_swapped: bool, data: bytes) -> None:
        if category != FROM_SERVER or client_swapped or not data:
            return
        # Only core key and button events are asked for: 32 bytes each, read with one unpack (python-xlib's
        # generic event parser cost about as much again as everything else done per key).
        for offset in range(0, len(data) - len(data) % EVENT_SIZE, EVENT_SIZE):
            kind, detail, _, server_time, _, _, _, root_x, root_y, _, _, state, _ = EVENT.unpack_from(data, offset)
            try:
                self._on_event(kind & 0x7F, detail, server_time, root_x, root_y, state)
            except Exception:  # noqa: BLE001 - one bad event must not stop the listener
                self.callback_errors += 1

    def _on_event(self, kind: int, detail: int, server_time: int, root_x: int, root_y: int, state: int) -> None:
        events = self._events
        assert events is not None, "the RECORD thread starts after events are set"
        t = self._server_clock.to_wall(server_time)
        if kind in (KEY_PRESS, KEY_RELEASE):
            name, char = describe_key(self._keymap.get(detail, ()), state)
            events.offer(self._modifiers.event(t, name, char, kind == KEY_PRESS))
        elif kind == BUTTON_PRESS and detail in SCROLL_BUTTONS:
            dx, dy = SCROLL_BUTTONS[detail]
            events.offer(ScrollEvent(t, root_x, root_y, dx, dy))
        elif kind in (BUTTON_PRESS, BUTTON_RELEASE) and detail not in SCROLL_BUTTONS:
            button = BUTTON_NAMES.get(detail, f"button{detail}")
            events.offer(ClickEvent(t, root_x, root_y, button, kind == BUTTON_PRESS))

    @staticmethod
    def _read_keymap(connection: Any) -> dict[int, list[int]]:
        first = connection.display.info.min_keycode
        count = connection.display.info.max_keycode - first + 1
        return {first + i: list(syms) for i, syms in enumerate(connection.get_keyboard_mapping(first, count))}

    def _poll_pointer(self) -> None:
        events = self._events
        assert events is not None, "the pointer thread starts after events are set"
        last: tuple[int, int] | None = None
        moved_at = float("-inf")
        keymap_read_at = self._clock.now()
        try:
            while not self._stopping.is_set():
                position = self._pointer_query.position()
                now = self._clock.now()
                if now - keymap_read_at >= KEYMAP_REFRESH_S:
                    self._keymap = self._read_keymap(self._pointer)  # swapped whole: the record thread reads it
                    keymap_read_at = now
                if position != last:
                    if last is not None:
                        events.offer(MoveEvent(now, *position))
                        moved_at = now
                    last = position
                self._stopping.wait(MOVING_POLL_S if now - moved_at < STILL_AFTER_S else STILL_POLL_S)
        except Exception as exc:  # noqa: BLE001 - a lost display: reported by failure()
            if not self._stopping.is_set():
                self._error = f"pointer polling stopped ({type(exc).__name__})"


class _PointerQuery:
    """QueryPointer on a connection of its own, written and read by hand: python-xlib's request and
    reply machinery cost ~400 µs a call (measured cold, as the poller calls it, four times a second
    while the pointer is still), the socket round trip a fraction of it."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection
        self._sock = connection.display.socket
        self._request = QUERY_POINTER.pack(38, QUERY_POINTER.size // 4, connection.screen().root.id)

    def position(self) -> tuple[int, int]:
        """The pointer's root coordinates. ConnectionError if the server is gone or refuses."""
        self._sock.sendall(self._request)
        while True:
            packet = self._read(32)
            if packet[0] == 1:
                x, y = ROOT_POSITION.unpack_from(packet, 16)
                return x, y
            if packet[0] == 0:
                raise ConnectionError(f"X error {packet[1]} for QueryPointer")
            # else an event sent to every client (MappingNotify): 32 bytes, skipped

    def _read(self, size: int) -> bytes:
        data = b""
        while len(data) < size:
            chunk = self._sock.recv(size - len(data))
            if not chunk:
                raise ConnectionError("the X server closed the pointer connection")
            data += chunk
        return data


def _enable_context(connection: Any, context: int, on_reply: Callable[[int, bool, bytes], None]) -> None:
    """RECORD's EnableContext on `connection`, a connection used for nothing else, its replies read
    straight from the socket until the context is disabled (EndOfData) or the server goes away.

    python-xlib's reply machinery (select, locks, its request queue, a generic parser building a
    dictionary per reply) cost several times what the key itself costs, on every key; the stream is
    simple enough to read by hand: 32-byte reply headers, each followed by `length` 4-byte words."""
    from Xlib.ext import record

    opcode = connection.display.get_extension_major(record.extname)
    sock = connection.display.socket
    sock.sendall(ENABLE_CONTEXT.pack(opcode, 5, ENABLE_CONTEXT.size // 4, context))
    pending = bytearray()
    while True:
        chunk = sock.recv(RECV_SIZE)  # blocks, without the GIL, until the server writes
        if not chunk:
            raise ConnectionError("the X server closed the RECORD connection")
        pending += chunk
        while len(pending) >= REPLY_HEADER:
            if pending[0] == 0:  # an X error: the context could not be enabled
                raise ConnectionError(f"X error {pending[1]} for RECORD EnableContext")
            size = REPLY_HEADER + 4 * int.from_bytes(pending[4:8], sys.byteorder) if pending[0] == 1 else 32
            if len(pending) < size:
                break
            reply, pending = bytes(pending[:size]), pending[size:]
            if reply[0] != 1:
                continue  # an event: none is selected on this connection
            category = reply[1]
            on_reply(category, bool(reply[9]), reply[REPLY_HEADER:])
            if category == END_OF_DATA:
                return


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
