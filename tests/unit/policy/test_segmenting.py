"""Segment boundaries: first event, focus change, idle gap, maximum length, explicit close."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.model import SegmentEndReason, WindowInfo
from app.policy.rules.segmenting import Segmenter, SegmentPlacement

EDITOR = WindowInfo("gedit", "notes.txt", pid=1)
BROWSER = WindowInfo("firefox", "Example", pid=2)
WINDOW, IDLE, LENGTH = SegmentEndReason.WINDOW_CHANGED, SegmentEndReason.IDLE, SegmentEndReason.MAX_LENGTH


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        ([(0.0, EDITOR)], [(1, True, None)]),
        ([(0.0, EDITOR), (1.0, EDITOR)], [(1, True, None), (1, False, None)]),
        ([(0.0, EDITOR), (1.0, BROWSER)], [(1, True, None), (2, True, 1, WINDOW)]),  # focus change
        ([(0.0, EDITOR), (1.0, WindowInfo("gedit", "notes.txt *", pid=1))], [(1, True, None), (2, True, 1, WINDOW)]),
        ([(0.0, EDITOR), (1.0, WindowInfo("gedit", "notes.txt", pid=9))], [(1, True, None), (1, False, None)]),
        ([(0.0, EDITOR), (59.9, EDITOR)], [(1, True, None), (1, False, None)]),
        ([(0.0, EDITOR), (60.0, EDITOR)], [(1, True, None), (2, True, 1, IDLE)]),  # idle gap reached
        ([(0.0, EDITOR), (50.0, EDITOR), (109.0, EDITOR)], [(1, True, None), (1, False, None), (1, False, None)]),
        ([(0.0, EDITOR), (300.0, EDITOR)], [(1, True, None), (2, True, 1, IDLE)]),  # gap, and at max length
        (
            [(0.0, EDITOR), (50.0, EDITOR), (100.0, EDITOR), (150.0, EDITOR), (200.0, EDITOR), (250.0, EDITOR), (300.0, EDITOR), (300.1, EDITOR)],
            [(1, True, None)] + [(1, False, None)] * 6 + [(2, True, 1, LENGTH)],  # max length exceeded
        ),
        ([(10.0, EDITOR), (9.0, EDITOR), (69.5, EDITOR)], [(1, True, None), (1, False, None), (1, False, None)]),  # late event
    ],
)
def test_place(steps, expected):
    segmenter = Segmenter(idle_gap=60.0, max_length=300.0)
    got = [segmenter.place(t, window) for t, window in steps]
    assert got == [SegmentPlacement(*row) for row in expected]


def test_close_ends_the_segment_and_the_next_event_opens_a_new_one():
    segmenter = Segmenter()
    assert segmenter.close() is None
    assert segmenter.current_token is None
    segmenter.place(0.0, EDITOR)
    assert segmenter.current_token == 1
    assert segmenter.close() == 1
    assert segmenter.current_token is None
    assert segmenter.close() is None
    assert segmenter.place(1.0, EDITOR) == SegmentPlacement(2, True, None)  # already closed: nothing to close


@pytest.mark.parametrize(("idle_gap", "max_length"), [(0, 1), (1, 0), (-1, 5)])
def test_rejects_non_positive_limits(idle_gap, max_length):
    with pytest.raises(ValueError):
        Segmenter(idle_gap, max_length)


_windows = st.sampled_from([EDITOR, BROWSER, WindowInfo("xterm", "bash")])


@given(st.lists(st.tuples(st.floats(min_value=0.0, max_value=200.0), _windows), min_size=1, max_size=50))
def test_segments_respect_their_limits(steps):
    segmenter = Segmenter(idle_gap=30.0, max_length=100.0)
    t, segments = 0.0, {}  # token -> (window key, first t, list of t)
    previous_token = 0
    for step, window in steps:
        t += step
        placement = segmenter.place(t, window)
        assert placement.token == segmenter.current_token
        if placement.is_new:
            assert placement.token == previous_token + 1  # 1, 2, 3, ...
            assert placement.closed_token == (previous_token or None)
            segments[placement.token] = (window.key, [t])
            previous_token = placement.token
        else:
            key, times = segments[placement.token]
            assert key == window.key
            assert t - times[-1] < 30.0
            times.append(t)
            assert times[-1] - times[0] <= 100.0
