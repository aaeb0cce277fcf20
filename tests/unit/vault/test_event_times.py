"""Event times are stored as whole milliseconds after their segment's t0, rounded down
(event_store.to_ms): never later than the event, and never a millisecond early for float noise."""

from __future__ import annotations

import random

from app.vault import event_store

BASE = 1_731_000_000.123  # epoch seconds: floats about 2.4e-7 s apart here


def test_whole_millisecond_stamps_are_kept_exactly():
    # X11 server times are whole milliseconds; `t - t0` can come out a hair short of them, and
    # rounding that down would store about half of all events 1 ms early.
    rng = random.Random(15)
    for _ in range(20_000):
        t0 = BASE + rng.randrange(10**7) / 1000
        ms = rng.randrange(10**6)
        assert event_store.to_ms(t0 + ms / 1000, t0) == ms


def test_a_stored_time_is_never_later_than_the_event_and_less_than_a_millisecond_earlier():
    rng = random.Random(16)
    for _ in range(20_000):
        t0 = BASE + rng.randrange(10**9) / 1_000_000
        t = t0 + rng.randrange(10**9) / 1_000_000
        read_back = event_store.decode(t0, event_store.to_ms(t, t0), event_store.KIND_MOVE,
                                       None, None, None, None, 1, 2, None, None).t
        assert t - 0.001 < read_back <= t + 1e-6  # 1e-6: the float noise of the sum itself
