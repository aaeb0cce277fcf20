"""Pause state: which event times are dropped, timed pauses, persistence snapshots."""

from __future__ import annotations

import threading

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.policy.rules.pause import PAST_PAUSE_RETENTION_SECONDS, PauseSnapshot, PauseState


def _state(*steps: tuple[str, float, float | None]) -> PauseState:
    state = PauseState()
    for action, at, until in steps:
        if action == "pause":
            state.pause(at, until)
        elif action == "resume":
            state.resume(at)
        else:
            state.expire_if_due(at)
    return state


@pytest.mark.parametrize(
    ("steps", "t", "paused"),
    [
        ((), 5.0, False),
        ((("pause", 10.0, None),), 9.999, False),
        ((("pause", 10.0, None),), 10.0, True),  # stamped at the pause instant: dropped
        ((("pause", 10.0, None),), 1e9, True),
        ((("pause", 10.0, 20.0),), 19.999, True),
        ((("pause", 10.0, 20.0),), 20.0, False),  # a timed pause ends at `until`
        ((("pause", 10.0, None), ("resume", 12.0, None)), 11.0, True),  # still queued after resume
        ((("pause", 10.0, None), ("resume", 12.0, None)), 12.0, False),
        ((("pause", 10.0, None), ("resume", 12.0, None)), 9.0, False),
        ((("pause", 10.0, 15.0), ("expire", 16.0, None)), 14.0, True),  # expired, still remembered
        ((("pause", 10.0, 15.0), ("expire", 16.0, None)), 15.5, False),
        ((("pause", 10.0, 15.0), ("resume", 30.0, None)), 20.0, False),  # resumed after expiry
        ((("pause", 10.0, None), ("pause", 11.0, 30.0)), 10.5, True),  # re-pause keeps the start
        ((("pause", 10.0, None), ("pause", 11.0, 30.0)), 30.0, False),
        ((("pause", 1.0, None), ("resume", 2.0, None), ("pause", 5.0, None), ("resume", 6.0, None)), 1.5, True),
        ((("pause", 1.0, None), ("resume", 2.0, None), ("pause", 5.0, None), ("resume", 6.0, None)), 3.0, False),
    ],
)
def test_is_paused_at(steps, t, paused):
    assert _state(*steps).is_paused_at(t) is paused


def test_old_past_intervals_are_pruned_but_recent_ones_kept():
    state = _state(("pause", 0.0, None), ("resume", 1.0, None))
    state.pause(100.0)
    state.resume(101.0)
    assert state.is_paused_at(0.5)
    later = 1.0 + PAST_PAUSE_RETENTION_SECONDS + 50.0
    state.pause(later)
    state.resume(later + 1.0)
    assert not state.is_paused_at(0.5)  # older than 10 minutes relative to the newest
    assert state.is_paused_at(100.5)
    assert state.is_paused_at(later + 0.5)


def test_current_reports_active_pause_and_none_after_a_timed_pause_ran_out():
    state = PauseState()
    assert state.current(0.0) is None
    state.pause(10.0, until=20.0)
    assert state.current(15.0) == PauseSnapshot(10.0, 20.0)
    assert state.current(20.0) is None


def test_expire_if_due_reports_once():
    state = PauseState()
    state.pause(10.0, until=20.0)
    assert state.expire_if_due(19.0) is False
    assert state.expire_if_due(20.0) is True
    assert state.expire_if_due(21.0) is False
    assert state.current(21.0) is None


def test_indefinite_pause_never_expires():
    state = PauseState()
    state.pause(10.0)
    assert state.expire_if_due(1e12) is False
    assert state.current(1e12) == PauseSnapshot(10.0, None)


def test_resume_without_pause_is_a_no_op():
    state = PauseState()
    assert state.resume(5.0) is False
    assert not state.is_paused_at(5.0)


def test_restore_adopts_a_pause_loaded_from_disk():
    state = PauseState()
    state.restore(PauseSnapshot.from_json(PauseSnapshot(100.0, 400.0).to_json()))
    assert state.is_paused_at(150.0)
    assert state.current(150.0) == PauseSnapshot(100.0, 400.0)
    assert state.expire_if_due(500.0) is True
    assert not state.is_paused_at(450.0)


@given(
    paused_at=st.floats(min_value=0, max_value=4e9, allow_nan=False),
    duration=st.none() | st.floats(min_value=0, max_value=1e6, allow_nan=False),
)
def test_snapshot_json_round_trip(paused_at, duration):
    snapshot = PauseSnapshot(paused_at, None if duration is None else paused_at + duration)
    assert PauseSnapshot.from_json(snapshot.to_json()) == snapshot


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[]",
        '{"paused_at": 1}',
        '{"paused_at": "1", "until": null}',
        '{"paused_at": true, "until": null}',
        '{"paused_at": 5, "until": 4}',
        '{"paused_at": 1, "until": null, "extra": 2}',
        '{"paused_at": NaN, "until": null}',
    ],
)
def test_snapshot_from_json_rejects_malformed_input(text):
    with pytest.raises(ValueError):
        PauseSnapshot.from_json(text)


# A random history of pause/resume/expire at increasing times, compared with a plain model.
_actions = st.lists(
    st.tuples(
        st.sampled_from(["pause", "timed", "resume", "expire"]),
        st.floats(min_value=0.001, max_value=30.0),
        st.floats(min_value=0.001, max_value=30.0),
    ),
    max_size=12,
)


@given(_actions, st.lists(st.floats(min_value=0.0, max_value=400.0), min_size=1, max_size=20))
def test_matches_a_model_of_pause_intervals(actions, probes):
    state, intervals = PauseState(), []  # model: closed intervals [start, end)
    now, active = 0.0, None  # active: (start, until | None)

    def archive_if_expired(at):
        nonlocal active
        if active is not None and active[1] is not None and at >= active[1]:
            intervals.append(active)
            active = None

    for action, step, length in actions:
        now += step
        archive_if_expired(now)
        if action in ("pause", "timed"):
            until = now + length if action == "timed" else None
            state.pause(now, until)
            start = active[0] if active else now
            active = (start, None if until is None else max(until, start))
        elif action == "resume":
            state.resume(now)
            if active is not None:
                intervals.append((active[0], now if active[1] is None else min(now, active[1])))
                active = None
        else:
            state.expire_if_due(now)
    for t in probes:
        expected = any(s <= t < e for s, e in intervals) or (
            active is not None and active[0] <= t and (active[1] is None or t < active[1])
        )
        assert state.is_paused_at(t) is expected, (t, intervals, active)


def test_concurrent_pause_resume_and_queries_stay_consistent():
    state = PauseState()
    errors: list[BaseException] = []

    def toggler() -> None:
        try:
            for i in range(2000):
                state.pause(float(2 * i))
                state.resume(float(2 * i + 1))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    thread = threading.Thread(target=toggler)
    thread.start()
    while thread.is_alive():
        state.is_paused_at(1.5)
        state.current(3.0)
    thread.join()
    assert errors == []
    assert state.is_paused_at(3998.5) and not state.is_paused_at(3999.0)
