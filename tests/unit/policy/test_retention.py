"""Retention: data older than the policy's retention is deleted, whatever its state."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.policy.release.retention import (
    DAY_S,
    expired_segment_ids,
    expires_at,
    hold_outlasts_retention,
    is_expired,
    next_expiry,
    retention_cutoff,
)

NOW = 2_000_000_000.0


def test_the_cutoff_is_retention_days_before_now():
    assert retention_cutoff(30, NOW) == NOW - 30 * DAY_S


def test_a_segment_expires_exactly_at_retention():
    assert is_expired(NOW - 30 * DAY_S, 30, NOW)
    assert not is_expired(NOW - 30 * DAY_S + 1, 30, NOW)
    assert not is_expired(None, 30, NOW)  # still being recorded


def test_expired_ids_are_picked_from_id_end_pairs():
    segments = [(1, NOW - 40 * DAY_S), (2, NOW - 29 * DAY_S), (3, None), (4, NOW - 30 * DAY_S)]
    assert expired_segment_ids(segments, 30, NOW) == [1, 4]


def test_the_next_expiry_lets_the_job_sleep_until_then():
    ends = [NOW - 40 * DAY_S, NOW - 29 * DAY_S, NOW - DAY_S, None]
    assert next_expiry(ends, 30, NOW) == NOW + DAY_S
    assert next_expiry([None], 30, NOW) is None
    assert expires_at(NOW, 1) == NOW + DAY_S


def test_a_hold_as_long_as_retention_is_noticed():
    assert hold_outlasts_retention(24, 1)
    assert not hold_outlasts_retention(72, 30)


@given(ends=st.lists(st.none() | st.floats(min_value=0, max_value=4e9)), days=st.integers(1, 3650),
       now=st.floats(min_value=0, max_value=4e9))
def test_expired_and_kept_partition_the_segments(ends, days, now):
    segments = list(enumerate(ends))
    expired = set(expired_segment_ids(segments, days, now))
    cutoff = retention_cutoff(days, now)
    for index, end in segments:
        assert (index in expired) is (end is not None and end <= cutoff)
    upcoming = next_expiry(ends, days, now)
    assert upcoming is None or upcoming > now - 1e-3
