"""Retention: captured data older than the policy's `retention_days` is deleted from the vault.

Age counts from a segment's end, and applies whatever the segment's state (held, approved,
flagged or released): the vault is not an archive. Open segments never expire. The ledger is
kept, because it holds decisions and counts, never captured content. These are pure rules; the
vault's retention job asks `expired_segment_ids` and `next_expiry` (to sleep until the next
expiry instead of polling).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

DAY_S = 86_400.0

SegmentId = TypeVar("SegmentId")


def retention_cutoff(retention_days: int, now: float) -> float:
    """Segments that ended at or before this time have expired."""
    return now - retention_days * DAY_S


def is_expired(end: float | None, retention_days: int, now: float) -> bool:
    """True if a segment that ended at `end` is past retention (open segments never are)."""
    return end is not None and end <= retention_cutoff(retention_days, now)


def expires_at(end: float, retention_days: int) -> float:
    """When a segment that ended at `end` expires."""
    return end + retention_days * DAY_S


def expired_segment_ids(segments: Iterable[tuple[SegmentId, float | None]], retention_days: int,
                        now: float) -> list[SegmentId]:
    """The ids, among (id, end) pairs, whose data must be deleted now."""
    return [segment_id for segment_id, end in segments if is_expired(end, retention_days, now)]


def next_expiry(ends: Iterable[float | None], retention_days: int, now: float) -> float | None:
    """The earliest future expiry among these segment ends, or None if nothing will expire."""
    upcoming = [expires_at(end, retention_days) for end in ends
                if end is not None and not is_expired(end, retention_days, now)]
    return min(upcoming, default=None)


def hold_outlasts_retention(hold_hours: float, retention_days: int) -> bool:
    """True if segments would be deleted before their hold ends (so nothing could ever leave)."""
    return hold_hours * 3600.0 >= retention_days * DAY_S
