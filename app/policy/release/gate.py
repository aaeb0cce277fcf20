"""The release gate: the one predicate that decides whether a segment may leave the machine.

Everything outbound (bundling, `airlock release`, the background release, the dry run) asks
`may_release`. A segment may leave only if it is not deleted, not flagged, not already released,
closed, has no redaction waiting to be applied, its hold is over, it was approved where the policy
asks for approval, no suggested moment waits for an answer (unless the policy allows it), its
screenshots and typed text were read for sensitive moments (while this computer reads them), and
the policy names recipients to seal it to.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

from app.core.i18n import translate
from app.core.model import SegmentState
from app.policy.model import Policy, ReleaseMode, ReleasePolicy

HOUR_S = 3600.0


@dataclass(frozen=True)
class SegmentFacts:
    """What the gate needs to know about one segment (read from the vault by the caller).

    `end` is None while the segment is still being recorded.
    """

    id: int | str
    state: SegmentState
    flagged: bool
    deleted: bool
    end: float | None
    approved: bool
    pending_redactions: bool
    open_suggestions: tuple[str, ...] = ()  # the category of each suggestion not answered yet
    unread_frames: int = 0  # screenshots not yet read for sensitive moments (OCR)
    text_unread: bool = False  # its typed text, title and application not yet checked


@dataclass(frozen=True)
class GateHolds:
    """The gate's holds that depend on this computer (the composition's answer, see `may_release`):
    unanswered suggestions (`scan.hold_suggestions`), and screenshots not yet read (`scan.enabled`
    and `scan.hold_unread`, and an OCR engine present)."""

    suggestions: bool = True
    unread: bool = False

    @classmethod
    def under(cls, policy: Policy, reads_screenshots: bool) -> GateHolds:
        """The holds in force under `policy` (IT's, or IT's as the employee tightened it);
        `reads_screenshots`: an OCR engine is present here (else nothing would ever be read)."""
        return cls(suggestions=policy.scan.hold_suggestions,
                   unread=reads_screenshots and policy.scan.enabled and policy.scan.hold_unread)


class GateCode(str, enum.Enum):
    """Why a segment may or may not leave, for code; `GateDecision.reason` says it in words."""

    ALLOWED = "allowed"
    DELETED = "deleted"
    RELEASED = "released"
    FLAGGED = "flagged"
    OPEN = "open"
    REDACTIONS_PENDING = "redactions-pending"
    SUGGESTIONS_OPEN = "suggestions-open"
    UNREAD = "unread"
    ON_HOLD = "on-hold"
    NOT_APPROVED = "not-approved"
    NO_RECIPIENTS = "no-recipients"


@dataclass(frozen=True)
class GateDecision:
    allowed: bool
    reason: str
    code: GateCode = GateCode.ALLOWED


def _blocked(code: GateCode, reason: str) -> GateDecision:
    return GateDecision(False, reason, code)


def hold_ends_at(end: float, policy: ReleasePolicy) -> float:
    """When a segment that ended at `end` has served its hold."""
    return end + policy.hold_hours * HOUR_S


def suggestions_words(categories: tuple[str, ...]) -> str:
    """"held: 2 suggestions wait (health, finance)"."""
    count, kinds = len(categories), ", ".join(dict.fromkeys(categories))
    return f"held: {count} suggestion{'s' * (count != 1)} wait{'s' * (count == 1)} ({kinds})"


def unread_words(facts: SegmentFacts) -> str:
    """"held: 3 screenshots not yet read" (or its typed text, when every screenshot was read)."""
    if facts.unread_frames:
        return translate("Gate", "held: %n screenshot(s) not yet read", None, facts.unread_frames)
    return translate("Gate", "held: its typed text not yet read")


def may_release(facts: SegmentFacts, policy: ReleasePolicy, now: float, *,
                hold_suggestions: bool = True, hold_unread: bool = False) -> GateDecision:
    """The release gate. Checks run from the most to the least final reason.

    `hold_suggestions` (the policy's `scan.hold_suggestions`, tightened by the employee): a segment
    with a suggested moment the employee has not answered stays.
    `hold_unread` (the composition's answer: `scan.enabled` and `scan.hold_unread` as tightened,
    and an OCR engine on this computer): a segment not yet read for sensitive moments stays, so a
    suggestion is never skipped because the reader was behind. It is asked after the hold: during
    the hold the reader catches up by itself, so it is named only when it is what stops a segment."""
    if facts.deleted or facts.state is SegmentState.DELETED:
        return _blocked(GateCode.DELETED, "deleted")
    if facts.state is SegmentState.RELEASED:
        return _blocked(GateCode.RELEASED, "already released")
    if facts.flagged or facts.state is SegmentState.FLAGGED:
        return _blocked(GateCode.FLAGGED, "flagged: flagged segments never leave")
    if facts.end is None:
        return _blocked(GateCode.OPEN, "still being recorded")
    if hold_suggestions and facts.open_suggestions:
        return _blocked(GateCode.SUGGESTIONS_OPEN, suggestions_words(facts.open_suggestions))
    if facts.pending_redactions:
        return _blocked(GateCode.REDACTIONS_PENDING, "a redaction has not been applied yet")
    if not now >= hold_ends_at(facts.end, policy):  # `not >=` also refuses a NaN clock
        hours = (hold_ends_at(facts.end, policy) - now) / HOUR_S
        if math.isnan(hours):
            return _blocked(GateCode.ON_HOLD, "on hold: the time is not known")
        return _blocked(GateCode.ON_HOLD, f"on hold for another {max(0.0, hours):.1f} h")
    if hold_unread and (facts.unread_frames or facts.text_unread):
        return _blocked(GateCode.UNREAD, unread_words(facts))
    approved = facts.approved or facts.state is SegmentState.APPROVED
    if policy.mode is ReleaseMode.EXPLICIT and not approved:
        return _blocked(GateCode.NOT_APPROVED, "waiting for your approval")
    if not policy.recipients:
        return _blocked(GateCode.NO_RECIPIENTS, "the policy names no recipients to seal data to")
    return GateDecision(True, "may be released")


def eligible_at(facts: SegmentFacts, policy: ReleasePolicy) -> float | None:
    """When the hold of this segment ends (for the "becomes eligible" badge).

    None when the segment cannot leave as it stands: deleted, flagged, released or still open.
    Approval (in explicit mode) and pending redactions are still needed on top of this time.
    """
    if facts.deleted or facts.flagged or facts.end is None:
        return None
    if facts.state in (SegmentState.DELETED, SegmentState.FLAGGED, SegmentState.RELEASED):
        return None
    return hold_ends_at(facts.end, policy)
