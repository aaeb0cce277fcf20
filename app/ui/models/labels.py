"""Words for what the review window shows: states and their badges, gap reasons, flag and suggestion
categories, the moments that need a look, times.

Words go through `translate`; times and days through the default QLocale (the employee's).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QDateTime, QLocale

from app.core.model import FlagCategory, GapReason, SegmentState
from app.policy.model import ReleaseMode, ReleasePolicy
from app.policy.release.gate import GateCode, GateHolds, SegmentFacts, eligible_at, may_release
from app.ui.i18n import translate
from app.vault.queries import GapRow, SegmentRow


def state_label(state: SegmentState) -> str:
    return {
        SegmentState.HELD: translate("Labels", "Held"),
        SegmentState.FLAGGED: translate("Labels", "Flagged"),
        SegmentState.APPROVED: translate("Labels", "Approved"),
        SegmentState.RELEASED: translate("Labels", "Released"),
        SegmentState.DELETED: translate("Labels", "Deleted"),
    }[state]


def flag_label(category: FlagCategory) -> str:
    return {
        FlagCategory.HEALTH: translate("Labels", "Health"),
        FlagCategory.FINANCE: translate("Labels", "Finance"),
        FlagCategory.PERSONAL_COMMUNICATION: translate("Labels", "Personal communication"),
        FlagCategory.HR_PERFORMANCE: translate("Labels", "HR / performance"),
        FlagCategory.CREDENTIALS: translate("Labels", "Credentials"),
        FlagCategory.OTHER_PEOPLE: translate("Labels", "Other people's data"),
        FlagCategory.OTHER: translate("Labels", "Other"),
    }[category]


def _gap_words(reason: GapReason) -> str:
    return {
        GapReason.PAUSED: translate("Labels", "Paused"),
        GapReason.EXCLUDED: translate("Labels", "Excluded window"),
        GapReason.SOURCE_FAILED: translate("Labels", "Capture failed"),
        GapReason.SCREEN_LOCKED: translate("Labels", "Screen locked"),
        GapReason.DISPLAY_UNSUPPORTED: translate("Labels", "Display not supported"),
        GapReason.FOCUS_UNKNOWN: translate("Labels", "Focus unknown: keys not stored"),
        GapReason.OUTSIDE_HOURS: translate("Labels", "Outside working hours"),
        GapReason.NO_CONSENT: translate("Labels", "No consent given"),
        GapReason.DISK_FULL: translate("Labels", "Disk full"),
    }[reason]


@dataclass(frozen=True)
class Badge:
    """A state badge: short text for the timeline, a sentence for its tooltip."""

    state: SegmentState
    text: str
    tooltip: str


def _at(t: float) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(t * 1000))


def clock_time(t: float) -> str:
    """"14:05" (or "2:05 PM"): the locale's short time."""
    return QLocale().toString(_at(t).time(), QLocale.FormatType.ShortFormat)


def clock_seconds(t: float) -> str:
    """"14:05:09": the locale's long time without the zone."""
    return QLocale().toString(_at(t).time(), translate("Labels", "HH:mm:ss"))


def moment(t: float) -> str:
    """A day and time with the time zone, e.g. "Di. 25. Nov. 14:05 MEZ"."""
    return QLocale().toString(_at(t), translate("Labels", "ddd d MMM HH:mm t"))


def day_and_time(t: float) -> str:
    """A day and time without the zone, for lists of moments, e.g. "Wed 15 May 14:05"."""
    return QLocale().toString(_at(t), translate("Labels", "ddd d MMM HH:mm"))


def day_text(t: float) -> str:
    """The day alone, in the locale's short form ("25.11.26")."""
    return QLocale().toString(_at(t).date(), translate("Labels", "ddd dd MMM"))


def short_moment(t: float) -> str:
    """A compact day and time for badges, e.g. "25 Nov 14:05"."""
    return QLocale().toString(_at(t), translate("Labels", "d MMM HH:mm"))


def time_span(start: float, end: float | None) -> str:
    return f"{clock_time(start)}–{clock_time(end) if end is not None else translate('Labels', 'now')}"


def duration(start: float, end: float | None) -> str:
    if end is None:
        return translate("Labels", "ongoing")
    seconds = max(0, int(end - start))
    if seconds < 60:
        return translate("Labels", "%1 s").replace("%1", str(seconds))
    if seconds < 3600:
        return translate("Labels", "%1 min").replace("%1", str(seconds // 60))
    return translate("Labels", "%1 h %2 min").replace("%1", str(seconds // 3600)).replace(
        "%2", f"{seconds % 3600 // 60:02d}")


def counts_words(keys: int, clicks: int, frames: int) -> str:
    """"12 keys, 1 click, 3 screenshots" with each noun in its plural form."""
    return ", ".join((translate("Labels", "%n key(s)", None, keys), translate("Labels", "%n click(s)", None, clicks),
                      translate("Labels", "%n screenshot(s)", None, frames)))


def day_title(day: date) -> str:
    """"Wednesday 15 May 2024": day and month names in the employee's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), translate("Labels", "dddd dd MMMM yyyy"))


def short_day(day: date) -> str:
    """"Wed 15 May"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), translate("Labels", "ddd dd MMM"))


def medium_day(day: date) -> str:
    """"Wed 15 May 2024"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), translate("Labels", "ddd dd MMM yyyy"))


def gap_label(gap: GapRow) -> str:
    reason = gap.known_reason
    label = _gap_words(reason) if reason else gap.reason
    return f"{label} ({gap.detail})" if gap.detail else label


def state_badge(row: SegmentRow, policy: ReleasePolicy | None, now: float, holds: GateHolds = GateHolds()) -> Badge:
    """The badge for a segment: its state and, for held and approved ones, what the release gate
    says of it now (asked with the same facts and holds as `airlock release`, so the badge never
    promises a departure the gate would refuse)."""
    state = row.state
    if state is SegmentState.FLAGGED:
        category = flag_label(row.flag_category) if row.flag_category else translate("Labels", "Flagged")
        return Badge(state, translate("Labels", "Flagged · %1").replace("%1", category),
                     translate("Labels", "Flagged as sensitive: flagged segments never leave this computer."))
    if state is SegmentState.RELEASED:
        sent = (translate("Labels", "Sealed and sent on %1.").replace("%1", moment(row.released_at))
                if row.released_at else translate("Labels", "Sealed and sent earlier."))
        return Badge(state, translate("Labels", "Released"), sent)
    if row.open and state in (SegmentState.HELD, SegmentState.APPROVED):
        return Badge(state, translate("Labels", "Being recorded"),
                     translate("Labels", "Still being recorded: it can leave only after it ends and its hold is over."))
    if policy is None:
        return Badge(state, state_label(state), "")
    approved = state is SegmentState.APPROVED
    facts = SegmentFacts(row.id, state, flagged=False, deleted=False, end=row.end, approved=approved,
                         pending_redactions=False, open_suggestions=row.open_suggestions,
                         unread_frames=row.unread_frames, text_unread=row.text_unread)
    code = may_release(facts, policy, now, hold_suggestions=holds.suggestions, hold_unread=holds.unread).code
    if code is GateCode.SUGGESTIONS_OPEN:
        text = (translate("Labels", "Approved · needs a look") if approved else translate("Labels", "Held · needs a look"))
        return Badge(state, text, translate("Labels", "%n suggested sensitive moment(s) in it wait for your answer "
                                                      "under Needs a look; it stays here until you answer.",
                                            None, len(row.open_suggestions)))
    at = eligible_at(facts, policy)
    if code is GateCode.ON_HOLD and at is not None:
        if approved:
            return Badge(state, translate("Labels", "Approved · leaves %1").replace("%1", short_moment(at)),
                         translate("Labels", "Approved. It may leave once its hold ends on %1.").replace("%1", moment(at)))
        tip = (translate("Labels", "Held for review. It becomes eligible to leave on %1 and your approval, unless you "
                                   "delete or flag it.") if policy.mode is ReleaseMode.EXPLICIT else
               translate("Labels", "Held for review. It becomes eligible to leave on %1, unless you delete or flag it."))
        return Badge(state, translate("Labels", "Held · eligible %1").replace("%1", short_moment(at)),
                     tip.replace("%1", moment(at)))
    if code is GateCode.UNREAD:
        text = (translate("Labels", "Approved · not yet read") if approved else translate("Labels", "Held · not yet read"))
        tip = (translate("Labels", "%n screenshot(s) not yet read for sensitive moments. Airlock reads them while you "
                                   "pause for a moment on mains power; it leaves once they are read.",
                         None, row.unread_frames) if row.unread_frames else
               translate("Labels", "Its typed text is not yet read for sensitive moments. Airlock reads it while you "
                                   "pause for a moment on mains power; it leaves once it is read."))
        return Badge(state, text, tip)
    if approved:
        return Badge(state, translate("Labels", "Approved"), translate("Labels", "Approved: it leaves with the next release."))
    if code is GateCode.NOT_APPROVED:
        return Badge(state, translate("Labels", "Held · needs approval"),
                     translate("Labels", "The hold is over; it leaves only if you approve it."))
    return Badge(state, translate("Labels", "Held · leaves next release"),
                 translate("Labels", "The hold is over; it leaves with the next release unless you delete or flag it."))


def _category_labels() -> dict[str, str]:
    return {
        "credentials": translate("Labels", "credentials"),
        "finance": translate("Labels", "finance"),
        "health": translate("Labels", "health"),
        "hr": translate("Labels", "HR"),
        "private-communication": translate("Labels", "private communication"),
        "religion": translate("Labels", "religion"),
        "union-membership": translate("Labels", "union membership"),
        "sexual-orientation": translate("Labels", "sexual orientation"),
        "political-opinion": translate("Labels", "political opinion"),
    }


def category_label(category: str) -> str:
    """A category in words, lower case ("private communication"); an unknown one (the signed policy
    may add its own) as its name with spaces."""
    return _category_labels().get(category, category.replace("-", " ").replace("_", " "))


def moments_text(count: int) -> str:
    """"3 moments need a look", "1 moment needs a look", "Nothing needs a look"."""
    if count == 0:
        return translate("Labels", "Nothing needs a look")
    return translate("Labels", "%n moment(s) need a look", None, count)


def needs_a_look_text(count: int) -> str:
    """"3 moments need a look before the next release" (the tray, the notification)."""
    if count == 0:
        return translate("Labels", "Nothing needs a look before the next release")
    return translate("Labels", "%n moment(s) need a look before the next release", None, count)
