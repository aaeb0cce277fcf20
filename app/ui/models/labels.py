"""Words for what the review window shows: states and their badges, gap reasons, flag and suggestion
categories, the moments that need a look, times."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.control.operations import plural
from app.core.model import FlagCategory, GapReason, SegmentState
from app.policy.model import ReleaseMode, ReleasePolicy
from app.policy.release.gate import SegmentFacts, eligible_at
from app.vault.queries import GapRow, SegmentRow

STATE_LABELS = {
    SegmentState.HELD: "Held",
    SegmentState.FLAGGED: "Flagged",
    SegmentState.APPROVED: "Approved",
    SegmentState.RELEASED: "Released",
    SegmentState.DELETED: "Deleted",
}

FLAG_LABELS = {
    FlagCategory.HEALTH: "Health",
    FlagCategory.FINANCE: "Finance",
    FlagCategory.PERSONAL_COMMUNICATION: "Personal communication",
    FlagCategory.HR_PERFORMANCE: "HR / performance",
    FlagCategory.CREDENTIALS: "Credentials",
    FlagCategory.OTHER_PEOPLE: "Other people's data",
    FlagCategory.OTHER: "Other",
}

GAP_LABELS = {
    GapReason.PAUSED: "Paused",
    GapReason.EXCLUDED: "Excluded window",
    GapReason.SOURCE_FAILED: "Capture failed",
    GapReason.SCREEN_LOCKED: "Screen locked",
    GapReason.DISPLAY_UNSUPPORTED: "Display not supported",
    GapReason.FOCUS_UNKNOWN: "Focus unknown: keys not stored",
    GapReason.OUTSIDE_HOURS: "Outside working hours",
    GapReason.NO_CONSENT: "No consent given",
    GapReason.DISK_FULL: "Disk full",
}


@dataclass(frozen=True)
class Badge:
    """A state badge: short text for the timeline, a sentence for its tooltip."""

    state: SegmentState
    text: str
    tooltip: str


def clock_time(t: float) -> str:
    return datetime.fromtimestamp(t).strftime("%H:%M")


def moment(t: float) -> str:
    """A day and time, e.g. "Tue 25 Nov 14:05"."""
    return datetime.fromtimestamp(t).strftime("%a %d %b %H:%M")


def short_moment(t: float) -> str:
    """A compact day and time for badges, e.g. "25 Nov 14:05"."""
    return datetime.fromtimestamp(t).strftime("%d %b %H:%M")


def time_span(start: float, end: float | None) -> str:
    return f"{clock_time(start)}–{clock_time(end) if end is not None else 'now'}"


def duration(start: float, end: float | None) -> str:
    if end is None:
        return "ongoing"
    seconds = max(0, int(end - start))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


def day_title(day: date) -> str:
    return day.strftime("%A %d %B %Y")


def gap_label(gap: GapRow) -> str:
    reason = gap.known_reason
    label = GAP_LABELS.get(reason, gap.reason) if reason else gap.reason
    return f"{label} ({gap.detail})" if gap.detail else label


def state_badge(row: SegmentRow, policy: ReleasePolicy | None, now: float) -> Badge:
    """The badge for a segment: its state and, for held and approved ones, when it may leave."""
    state = row.state
    if state is SegmentState.FLAGGED:
        category = FLAG_LABELS.get(row.flag_category, "Flagged") if row.flag_category else "Flagged"
        return Badge(state, f"Flagged · {category}", "Flagged as sensitive: flagged segments never leave this computer.")
    if state is SegmentState.RELEASED:
        when = moment(row.released_at) if row.released_at else "earlier"
        return Badge(state, "Released", f"Sealed and sent on {when}.")
    if policy is None:
        return Badge(state, STATE_LABELS[state], "")
    facts = SegmentFacts(row.id, state, flagged=False, deleted=False, end=row.end,
                         approved=state is SegmentState.APPROVED, pending_redactions=False)
    at = eligible_at(facts, policy)
    explicit = policy.mode is ReleaseMode.EXPLICIT
    if state is SegmentState.APPROVED:
        if at is not None and at > now:
            return Badge(state, f"Approved · leaves {short_moment(at)}",
                         f"Approved. It may leave once its hold ends on {moment(at)}.")
        return Badge(state, "Approved", "Approved: it leaves with the next release.")
    if at is not None and at > now:
        needs = " and your approval" if explicit else ""
        return Badge(state, f"Held · eligible {short_moment(at)}",
                     f"Held for review. It becomes eligible to leave on {moment(at)}{needs}, unless you delete or flag it.")
    if explicit:
        return Badge(state, "Held · needs approval", "The hold is over; it leaves only if you approve it.")
    return Badge(state, "Held · leaves next release", "The hold is over; it leaves with the next release unless you delete or flag it.")


CATEGORY_LABELS = {
    "credentials": "credentials",
    "finance": "finance",
    "health": "health",
    "hr": "HR",
    "private-communication": "private communication",
    "religion": "religion",
    "union-membership": "union membership",
    "sexual-orientation": "sexual orientation",
    "political-opinion": "political opinion",
}


def category_label(category: str) -> str:
    """A category in words, lower case ("private communication"); an unknown one (the signed policy
    may add its own) as its name with spaces."""
    return CATEGORY_LABELS.get(category, category.replace("-", " ").replace("_", " "))


def moments_text(count: int) -> str:
    """"3 moments need a look", "1 moment needs a look", "Nothing needs a look"."""
    if count == 0:
        return "Nothing needs a look"
    return f"{plural(count, 'moment')} {'needs' if count == 1 else 'need'} a look"


def needs_a_look_text(count: int) -> str:
    """"3 moments need a look before the next release" (the tray, the notification)."""
    return f"{moments_text(count)} before the next release"
