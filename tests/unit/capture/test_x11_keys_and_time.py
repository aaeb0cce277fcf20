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
