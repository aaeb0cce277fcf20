"""X11 key decoding (keysym tables) and server-time conversion, without a display."""

from __future__ import annotations

import pytest

from app.capture.x11.keys import LEVEL3_MASK, LOCK_MASK, NUM_LOCK_MASK, SHIFT_MASK, describe_key
from app.capture.x11.server_time import X11ServerClock
from tests.helpers.clock import FakeClock

A = [0x61, 0x41]  # a, A
ONE = [0x31, 0x21]  # 1, !
E_LEVEL3 = [0x65, 0x45, 0x65, 0x45, 0x20AC, 0]  # e, E, ..., € with AltGr (keysym 0x20ac is EuroSign)
KP1 = [0xFF9C, 0xFFB1]  # KP_End, KP_1
SHIFT_L, RETURN, SPACE, F5 = [0xFFE1], [0xFF0D], [0x20], [0xFFC2]
EURO_UNICODE = [0x65, 0x45, 0x65, 0x45, 0x10020AC]


@pytest.mark.parametrize("keysyms, state, expected", [
    (A, 0, ("a", "a")),
    (A, SHIFT_MASK, ("a", "A")),
    (A, LOCK_MASK, ("a", "A")),
    (ONE, SHIFT_MASK, ("!", "!")),
    (ONE, LOCK_MASK, ("1", "1")),  # caps lock does not shift digits
    (EURO_UNICODE, LEVEL3_MASK, ("€", "€")),
    (KP1, NUM_LOCK_MASK, ("1", "1")),
    (KP1, 0, ("unknown", None)),
    (SHIFT_L, SHIFT_MASK, ("shift", None)),
    (RETURN, 0, ("enter", None)),
    (SPACE, 0, ("space", None)),
    (F5, 0, ("f5", None)),
    ([], 0, ("unknown", None)),
])
def test_describe_key_matches_pynput_names(keysyms, state, expected):
    assert describe_key(keysyms, state) == expected


def test_server_time_converts_to_wall_time_within_the_delivery_latency():
    clock = FakeClock(1000.0)
    server = X11ServerClock(clock)
    assert server.to_wall(5_000) == 1000.0  # the first event calibrates
    clock.advance(1.003)  # received 3 ms after it happened
    assert server.to_wall(6_000) == pytest.approx(1001.0)
    clock.advance(0.5)
    assert server.to_wall(5_900) == pytest.approx(1000.9)  # an older event arriving late keeps its time


def test_server_time_survives_the_32_bit_wrap():
    clock = FakeClock(1000.0)
    server = X11ServerClock(clock)
    server.to_wall(2**32 - 10)
    clock.advance(0.02)
    assert server.to_wall(10) == pytest.approx(1000.02)
    assert server.to_wall(2**32 - 5) == pytest.approx(1000.005)  # late, from before the wrap


def _record_source(keymap: dict[int, list[int]]):
    from app.capture.event_queue import EventQueue
    from app.capture.x11.record_input import X11RecordInput

    clock = FakeClock(1000.0)
    source = X11RecordInput(clock, X11ServerClock(clock), environ={})
    source._keymap = keymap
    source._events = EventQueue()
    return source


def _core_event(kind: int, detail: int, server_ms: int, x: int = 0, y: int = 0, state: int = 0) -> bytes:
    from app.capture.x11.record_input import EVENT

    return EVENT.pack(kind, detail, 7, server_ms, 0x100, 0x200, 0, x, y, x, y, state, 1)


def _drain(source) -> list:
    items = []
    while (item := source._events.take(0)) is not None:
        items.append(item)
    return items


def test_a_recorded_block_is_read_event_by_event_as_the_server_wrote_it():
    """The RECORD reply's data is parsed by hand (struct layout of a core device event): keys with
    their shift state, a click at negative root coordinates (a monitor left of the primary), a wheel
    step, in order; a block from a byte-swapped client and a category other than FromServer are skipped."""
    from app.capture.x11.record_input import KEY_PRESS, KEY_RELEASE

    source = _record_source({38: A, 50: SHIFT_L})
    block = (_core_event(KEY_PRESS, 50, 10) + _core_event(KEY_PRESS, 38, 20, state=SHIFT_MASK)
             + _core_event(KEY_RELEASE, 38, 30, state=SHIFT_MASK) + _core_event(KEY_RELEASE, 50, 40, state=SHIFT_MASK)
             + _core_event(4, 1, 50, x=-300, y=20) + _core_event(5, 1, 60, x=-300, y=20) + _core_event(4, 5, 70, 5, 6))
    source._on_reply(0, False, block)
    source._on_reply(0, True, _core_event(KEY_PRESS, 38, 80))  # swapped: not read
    source._on_reply(4, False, b"")  # StartOfData
    items = _drain(source)
    keys = [(i.key, i.char, i.pressed) for i in items if hasattr(i, "key")]
    assert keys == [("shift", None, True), ("a", "A", True), ("a", "A", False), ("shift", None, False)]
    clicks = [(i.x, i.y, i.button, i.pressed) for i in items if hasattr(i, "button")]
    assert clicks == [(-300, 20, "left", True), (-300, 20, "left", False)]
    scrolls = [(i.x, i.y, i.dx, i.dy) for i in items if hasattr(i, "dy")]
    assert scrolls == [(5, 6, 0, -1)]
    assert len(items) == 7 and source.callback_errors == 0


class _Connection:
    """What _PointerQuery uses of a python-xlib Display: its socket and the root window's id."""

    def __init__(self, sock) -> None:
        import types

        self.display = types.SimpleNamespace(socket=sock)
        self._root = types.SimpleNamespace(id=0x2A)

    def screen(self):
        import types

        return types.SimpleNamespace(root=self._root)


def test_the_pointer_query_is_written_and_read_by_hand():
    """QueryPointer on the root, its reply read in pieces; a MappingNotify sent to every client is
    skipped; an X error and a closed connection are errors, not positions."""
    import socket
    import struct

    from app.capture.x11.record_input import _PointerQuery

    ours, server = socket.socketpair()
    with ours, server:
        query = _PointerQuery(_Connection(ours))
        reply = struct.pack("=BBHIIIhhhhH6x", 1, 1, 1, 0, 0x2A, 0, -40, 700, 3, 4, 0)
        mapping_notify = bytes([34]) + bytes(31)
        server.sendall(mapping_notify + reply[:10])
        server.sendall(reply[10:])  # the rest arrives later: read until whole
        assert query.position() == (-40, 700)
        assert server.recv(64) == struct.pack("=BxHI", 38, 2, 0x2A)  # opcode 38, 2 words, the root
        server.sendall(bytes([0, 3]) + bytes(30))  # BadWindow
        with pytest.raises(ConnectionError, match="X error 3"):
            query.position()
        server.close()
        with pytest.raises(ConnectionError):
            query.position()


def test_the_record_stream_is_read_reply_by_reply_until_its_end():
    """EnableContext's replies come as one stream: headers and data split anywhere across reads,
    an event between them skipped, the callback called once per reply, the end at EndOfData."""
    import socket
    import struct
    import threading
    import types

    from app.capture.x11.record_input import KEY_PRESS, _enable_context

    def reply(category: int, data: bytes = b"") -> bytes:
        return struct.pack("=BBHIBBxxIII8x", 1, category, 1, len(data) // 4, 0, 0, 0, 0, 0) + data

    key = _core_event(KEY_PRESS, 38, 20)
    stream = reply(4) + bytes([34]) + bytes(31) + reply(0, key + key) + reply(5)
    ours, server = socket.socketpair()
    connection = types.SimpleNamespace(display=types.SimpleNamespace(
        socket=ours, get_extension_major=lambda name: 146))
    seen: list[tuple[int, bool, int]] = []
    reader = threading.Thread(target=_enable_context, args=(
        connection, 0x400001, lambda category, swapped, data: seen.append((category, swapped, len(data)))))
    with ours, server:
        reader.start()
        assert server.recv(64) == struct.pack("=BBHI", 146, 5, 2, 0x400001)
        for start in range(0, len(stream), 13):  # 13-byte pieces: every boundary falls mid-header
            server.sendall(stream[start:start + 13])
        reader.join(10)
    assert not reader.is_alive()
    assert seen == [(4, False, 0), (0, False, 64), (5, False, 0)]
