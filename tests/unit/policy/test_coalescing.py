"""Mouse-move coalescing: rate limit by event time, latest position wins, flush keeps the last one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.model import MoveEvent
from app.policy.rules.coalescing import MoveCoalescer


def moves(*times: float) -> list[MoveEvent]:
    return [MoveEvent(t, int(t * 1000), int(t * 100)) for t in times]


@pytest.mark.parametrize(
    ("times", "stored", "flushed"),
    [
        ((), [], None),
        ((0.0,), [0.0], None),
        ((0.0, 0.01, 0.02), [0.0], 0.02),  # latest held position wins
        ((0.0, 0.1, 0.2), [0.0, 0.1, 0.2], None),  # slow moves all pass
        ((0.0, 0.01, 0.04), [0.0, 0.04], None),  # the interval (1/30 s) has passed
        ((0.0, 0.01, 0.02, 0.034, 0.05), [0.0, 0.034], 0.05),
    ],
)
def test_offer_and_flush(times, stored, flushed):
    coalescer = MoveCoalescer(max_hz=30.0)
    out = [m for m in (coalescer.offer(move) for move in moves(*times)) if m is not None]
    assert [m.t for m in out] == stored
    last = coalescer.flush()
    assert (last.t if last else None) == flushed
    assert coalescer.flush() is None  # handed out once


def test_flush_keeps_the_final_position_before_a_click():
    coalescer = MoveCoalescer(max_hz=10.0)
    first, *_, final = moves(0.0, 0.01, 0.02, 0.03)
    assert coalescer.offer(first) == first
    for move in moves(0.01, 0.02, 0.03):
        assert coalescer.offer(move) is None
    assert coalescer.pending == final
    assert coalescer.flush() == final
    assert coalescer.offer(MoveEvent(0.11, 1, 1)) is None  # the flushed move (0.03) counts for the rate
    assert coalescer.offer(MoveEvent(0.13, 2, 2)) == MoveEvent(0.13, 2, 2)


def test_rejects_non_positive_rate():
    with pytest.raises(ValueError):
        MoveCoalescer(max_hz=0)


@given(
    st.lists(st.floats(min_value=0.0, max_value=0.2), min_size=1, max_size=300),
    st.sampled_from([10.0, 30.0, 60.0]),
)
def test_stored_rate_is_bounded_and_the_final_position_survives(gaps, max_hz):
    coalescer = MoveCoalescer(max_hz=max_hz)
    t, offered, stored = 0.0, [], []
    for index, gap in enumerate(gaps):
        t += gap
        move = MoveEvent(t, index, -index)
        offered.append(move)
        if (kept := coalescer.offer(move)) is not None:
            stored.append(kept)
    assert all(b.t - a.t >= 1.0 / max_hz for a, b in zip(stored, stored[1:], strict=False))
    if (last := coalescer.flush()) is not None:
        stored.append(last)
    assert stored[-1] == offered[-1]  # the pointer's final position is never lost
    assert all(m in offered for m in stored)
    assert [m.t for m in stored] == sorted(m.t for m in stored)
