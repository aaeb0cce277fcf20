"""The release gate: one predicate, and nothing flagged, deleted, held or unapproved gets through."""

from __future__ import annotations

import dataclasses
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.model import SegmentState
from app.policy.model import ReleaseMode, ReleasePolicy
from app.policy.release.gate import GateCode, SegmentFacts, eligible_at, may_release

RECIPIENT = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"
EXPLICIT = ReleasePolicy(mode=ReleaseMode.EXPLICIT, hold_hours=72, destination="file:///d", recipients=(RECIPIENT,))
AFTER_HOLD = dataclasses.replace(EXPLICIT, mode=ReleaseMode.AFTER_HOLD)
END = 1_000_000.0
HOLD_OVER = END + 72 * 3600
READY = SegmentFacts(id=1, state=SegmentState.APPROVED, flagged=False, deleted=False, end=END, approved=True,
                     pending_redactions=False)


def _facts(**changes) -> SegmentFacts:
    return dataclasses.replace(READY, **changes)


def test_an_approved_segment_past_its_hold_may_leave():
    decision = may_release(READY, EXPLICIT, HOLD_OVER)
    assert decision.allowed and decision.code is GateCode.ALLOWED and decision.reason == "may be released"


@pytest.mark.parametrize(("facts", "policy", "now", "code", "reason"), [
    (_facts(deleted=True), EXPLICIT, HOLD_OVER, GateCode.DELETED, "deleted"),
    (_facts(state=SegmentState.DELETED), EXPLICIT, HOLD_OVER, GateCode.DELETED, "deleted"),
    (_facts(state=SegmentState.RELEASED), EXPLICIT, HOLD_OVER, GateCode.RELEASED, "already released"),
    (_facts(flagged=True), EXPLICIT, HOLD_OVER, GateCode.FLAGGED, "flagged: flagged segments never leave"),
    (_facts(state=SegmentState.FLAGGED, approved=False), AFTER_HOLD, HOLD_OVER, GateCode.FLAGGED,
     "flagged: flagged segments never leave"),
    (_facts(end=None), EXPLICIT, HOLD_OVER, GateCode.OPEN, "still being recorded"),
    (_facts(pending_redactions=True), EXPLICIT, HOLD_OVER, GateCode.REDACTIONS_PENDING,
     "a redaction has not been applied yet"),
    (READY, EXPLICIT, HOLD_OVER - 1, GateCode.ON_HOLD, "on hold for another 0.0 h"),
    (READY, EXPLICIT, END, GateCode.ON_HOLD, "on hold for another 72.0 h"),
    (READY, EXPLICIT, math.nan, GateCode.ON_HOLD, "on hold: the time is not known"),
    (_facts(state=SegmentState.HELD, approved=False), EXPLICIT, HOLD_OVER, GateCode.NOT_APPROVED,
     "waiting for your approval"),
    (READY, dataclasses.replace(EXPLICIT, recipients=()), HOLD_OVER, GateCode.NO_RECIPIENTS,
     "the policy names no recipients to seal data to"),
])
def test_each_reason_to_hold_back(facts, policy, now, code, reason):
    decision = may_release(facts, policy, now)
    assert (decision.allowed, decision.code, decision.reason) == (False, code, reason)


def test_after_hold_releases_held_segments_once_the_hold_is_over():
    held = _facts(state=SegmentState.HELD, approved=False)
    assert may_release(held, AFTER_HOLD, HOLD_OVER).allowed
    assert not may_release(held, AFTER_HOLD, HOLD_OVER - 0.001).allowed


def test_the_approved_state_counts_as_approval():
    assert may_release(_facts(approved=False, state=SegmentState.APPROVED), EXPLICIT, HOLD_OVER).allowed


def test_a_zero_hold_releases_at_the_segment_end():
    assert may_release(READY, dataclasses.replace(EXPLICIT, hold_hours=0), END).allowed


def test_eligible_at_is_the_end_of_the_hold():
    assert eligible_at(READY, EXPLICIT) == HOLD_OVER
    assert eligible_at(_facts(state=SegmentState.HELD, approved=False), EXPLICIT) == HOLD_OVER
    for blocked in (_facts(deleted=True), _facts(flagged=True), _facts(end=None), _facts(state=SegmentState.RELEASED)):
        assert eligible_at(blocked, EXPLICIT) is None


_facts_strategy = st.builds(
    SegmentFacts,
    id=st.integers(1, 10**6),
    state=st.sampled_from(list(SegmentState)),
    flagged=st.booleans(),
    deleted=st.booleans(),
    end=st.none() | st.floats(allow_nan=True, allow_infinity=True),
    approved=st.booleans(),
    pending_redactions=st.booleans(),
)
_policy_strategy = st.builds(
    ReleasePolicy,
    mode=st.sampled_from(list(ReleaseMode)),
    hold_hours=st.floats(min_value=0, max_value=24 * 365),
    destination=st.just("file:///d"),
    recipients=st.sampled_from([(), (RECIPIENT,)]),
)


@settings(max_examples=1500, deadline=None)
@given(facts=_facts_strategy, policy=_policy_strategy, now=st.floats(allow_nan=True, allow_infinity=True))
def test_nothing_flagged_deleted_unapproved_or_held_ever_passes(facts, policy, now):
    decision = may_release(facts, policy, now)
    if not decision.allowed:
        assert decision.code is not GateCode.ALLOWED and decision.reason
        return
    assert not facts.flagged and facts.state is not SegmentState.FLAGGED
    assert not facts.deleted and facts.state is not SegmentState.DELETED
    assert facts.state is not SegmentState.RELEASED
    assert not facts.pending_redactions
    assert policy.recipients
    assert facts.end is not None and facts.end + policy.hold_hours * 3600 <= now
    if policy.mode is ReleaseMode.EXPLICIT:
        assert facts.approved or facts.state is SegmentState.APPROVED
    assert eligible_at(facts, policy) is not None and eligible_at(facts, policy) <= now


def test_an_open_suggestion_holds_the_segment_and_says_which_categories_wait():
    decision = may_release(_facts(open_suggestions=("health",)), EXPLICIT, HOLD_OVER)
    assert not decision.allowed and decision.code is GateCode.SUGGESTIONS_OPEN
    assert decision.reason == "held: 1 suggestion waits (health)"
    two = may_release(_facts(open_suggestions=("health", "finance", "health")), AFTER_HOLD, HOLD_OVER)
    assert two.reason == "held: 3 suggestions wait (health, finance)"


def test_the_policy_may_let_segments_with_open_suggestions_go():
    assert may_release(_facts(open_suggestions=("health",)), EXPLICIT, HOLD_OVER, hold_suggestions=False).allowed


def test_the_employee_can_only_tighten_the_suggestion_hold():
    from app.core.model import KeystrokeMode
    from app.policy.model import CapturePolicy, Policy, ScanPolicy
    from app.policy.personal import PersonalSettings, effective_policy

    base = Policy("Org", capture=CapturePolicy(), keystroke_default=KeystrokeMode.FULL, keystroke_per_app={},
                  exclusions=(), retention_days=30, release=EXPLICIT)
    loose = dataclasses.replace(base, scan=ScanPolicy(hold_suggestions=False))
    tightened, refused = effective_policy(loose, PersonalSettings(hold_suggestions=True))
    assert tightened.scan.hold_suggestions and refused == []
    kept, refused = effective_policy(base, PersonalSettings(hold_suggestions=False))
    assert kept.scan.hold_suggestions and "cannot let them go unanswered" in refused[0]


# -- screenshots not yet read (issue 16: the gate respects what reading would find) ---------------

@pytest.mark.parametrize(("facts", "now", "hold_unread", "code", "reason"), [
    (_facts(unread_frames=3), HOLD_OVER, True, GateCode.UNREAD, "held: 3 screenshots not yet read"),
    (_facts(unread_frames=1), HOLD_OVER, True, GateCode.UNREAD, "held: 1 screenshot not yet read"),
    (_facts(text_unread=True), HOLD_OVER, True, GateCode.UNREAD, "held: its typed text not yet read"),
    (_facts(unread_frames=2, text_unread=True), HOLD_OVER, True, GateCode.UNREAD, "held: 2 screenshots not yet read"),
    # Reading off (policy, employee or no engine): nothing changes.
    (_facts(unread_frames=3, text_unread=True), HOLD_OVER, False, GateCode.ALLOWED, "may be released"),
    # A suggestion already found is named first: answering it is what the employee can do.
    (_facts(unread_frames=3, open_suggestions=("health",)), HOLD_OVER, True, GateCode.SUGGESTIONS_OPEN,
     "held: 1 suggestion waits (health)"),
    # During the hold the reader catches up by itself: the hold is what stops it.
    (_facts(unread_frames=3), HOLD_OVER - 3600, True, GateCode.ON_HOLD, "on hold for another 1.0 h"),
    # More final reasons win.
    (_facts(unread_frames=3, flagged=True), HOLD_OVER, True, GateCode.FLAGGED, "flagged: flagged segments never leave"),
    (_facts(unread_frames=3, end=None), HOLD_OVER, True, GateCode.OPEN, "still being recorded"),
    # Unread is named before the approval it would still need.
    (_facts(unread_frames=3, state=SegmentState.HELD, approved=False), HOLD_OVER, True, GateCode.UNREAD,
     "held: 3 screenshots not yet read"),
    (_facts(unread_frames=0, text_unread=False), HOLD_OVER, True, GateCode.ALLOWED, "may be released"),
])
def test_segments_not_yet_read_are_held_while_screenshots_are_read(facts, now, hold_unread, code, reason):
    decision = may_release(facts, EXPLICIT, now, hold_unread=hold_unread)
    assert (decision.allowed, decision.code, decision.reason) == (code is GateCode.ALLOWED, code, reason)


def test_the_unread_hold_is_off_unless_the_caller_says_screenshots_are_read():
    assert may_release(_facts(unread_frames=5), EXPLICIT, HOLD_OVER).allowed


def test_the_unread_reason_is_in_the_employees_language():
    from app.core import i18n

    i18n.set_language("de")
    try:
        assert may_release(_facts(unread_frames=3), EXPLICIT, HOLD_OVER, hold_unread=True).reason == \
            "zurückgehalten: 3 Bildschirmfotos noch nicht gelesen"
        assert may_release(_facts(unread_frames=1), EXPLICIT, HOLD_OVER, hold_unread=True).reason == \
            "zurückgehalten: 1 Bildschirmfoto noch nicht gelesen"
    finally:
        i18n.set_language("en")


def test_the_employee_can_only_tighten_the_unread_hold():
    from app.core.model import KeystrokeMode
    from app.policy.model import CapturePolicy, Policy, ScanPolicy
    from app.policy.personal import PersonalSettings, effective_policy, personal_from_mapping, personal_to_mapping

    base = Policy("Org", capture=CapturePolicy(), keystroke_default=KeystrokeMode.FULL, keystroke_per_app={},
                  exclusions=(), retention_days=30, release=EXPLICIT)
    loose = dataclasses.replace(base, scan=ScanPolicy(hold_unread=False))
    tightened, refused = effective_policy(loose, PersonalSettings(hold_unread=True))
    assert tightened.scan.hold_unread and refused == []
    kept, refused = effective_policy(base, PersonalSettings(hold_unread=False))
    assert kept.scan.hold_unread and "cannot let them go unread" in refused[0]
    assert personal_from_mapping(personal_to_mapping(PersonalSettings(hold_unread=True))).hold_unread is True
