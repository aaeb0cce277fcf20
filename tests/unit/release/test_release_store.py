"""The vault side of release (app/vault/release_store.py): facts for the gate, guarded content reads."""

from __future__ import annotations

import pytest
from release_seeding import BASE_T, SegmentSpec, add_redaction, give_consent, jpeg, seed_segments

from app.core.model import FlagCategory, SegmentState
from app.policy.release.gate import GateCode, may_release
from app.vault.operations import decisions, deletion
from app.vault.release_store import ReleaseStore, SegmentGone, parse_redaction


def _two(rig):
    return seed_segments(rig.handle, [SegmentSpec("a", "one", "x", (jpeg(),)),
                                      SegmentSpec("b", "two", "y", (jpeg(),), start=BASE_T + 50)])


def test_a_segment_is_open_while_its_end_is_not_recorded_whatever_the_clock_says(rig):
    seeded = _two(rig)
    store = ReleaseStore(rig.conn)
    rig.conn.execute("UPDATE segments SET end_reason = NULL WHERE id = ?", (seeded.ids[1],))  # still recording
    for now in (seeded.end + 10, seeded.end + 365 * 86400):
        facts = store.facts_for(seeded.ids, now)
        assert facts[seeded.ids[1]].end is None and facts[seeded.ids[0]].end is not None
        assert may_release(facts[seeded.ids[1]], rig.policy.release, now).code is GateCode.OPEN
    rig.conn.execute("UPDATE segments SET end_reason = 'stopped' WHERE id = ?", (seeded.ids[1],))
    assert store.facts_for(seeded.ids, seeded.end + 1)[seeded.ids[1]].end == pytest.approx(seeded.end)


def test_facts_reflect_flags_approval_deletion_and_unreadable_redactions(rig):
    ids = _two(rig).ids
    now = rig.clock.now()
    decisions.approve(rig.conn, ids, now)
    decisions.set_flag(rig.conn, [ids[0]], FlagCategory.FINANCE, "bank", now)
    add_redaction(rig.conn, ids[1], "frame-rect", {"x": 1, "y": 2, "w": 0, "h": 3})
    facts = rig.store.facts_for(ids, now)
    assert facts[ids[0]].flagged and facts[ids[0]].state is SegmentState.FLAGGED
    assert facts[ids[1]].approved and facts[ids[1]].pending_redactions
    assert may_release(facts[ids[1]], rig.policy.release, now).code is GateCode.REDACTIONS_PENDING
    deletion.delete_segments(rig.conn, [ids[1]], now)
    assert list(rig.store.facts_for(ids, now)) == [ids[0]], "a deleted segment has no facts"


def test_content_of_a_flagged_or_released_segment_is_never_handed_out(rig):
    ids = _two(rig).ids
    decisions.set_flag(rig.conn, [ids[0]], FlagCategory.HEALTH, "", rig.clock.now())
    for read in (rig.store.segment, lambda i: list(rig.store.events(i)), lambda i: list(rig.store.frames(i))):
        with pytest.raises(SegmentGone):
            read(ids[0])
    assert rig.store.segment(ids[1]).title == "two"


def test_the_fingerprint_changes_with_content_and_review_state(rig):
    ids = _two(rig).ids
    before = rig.store.fingerprint(ids[0])
    assert rig.store.fingerprint(ids[0]) == before
    add_redaction(rig.conn, ids[0], "text-span", {"start": 0, "end": 1})
    after_redaction = rig.store.fingerprint(ids[0])
    assert after_redaction != before
    decisions.approve(rig.conn, [ids[0]], rig.clock.now())
    assert rig.store.fingerprint(ids[0]) != after_redaction


def test_the_employee_pseudonym_is_random_and_stable_and_consent_is_the_latest(rig):
    first = rig.store.context()
    assert len(first.employee) == 32 and first.consent is None
    rig.consent()
    second = rig.store.context()
    assert second.employee == first.employee and second.consent["accepted"] is True
    other = ReleaseStore(rig.handle.connect())
    try:
        assert other.context().employee == first.employee
    finally:
        other._conn.close()


@pytest.mark.parametrize("kind,target,spec,expected", [
    ("frame-rect", 7, '{"x": 1, "y": 2, "w": 3, "h": 4}', "RectRedaction(frame_id=7, x=1, y=2, w=3, h=4)"),
    ("frame-rect", None, '{"x": 1, "y": 2, "w": 3}', "None"),
    ("frame-rect", None, '{"x": true, "y": 2, "w": 3, "h": 4}', "None"),
    ("text-span", None, '{"start": 2, "end": 5}', "SpanRedaction(start=2, end=5)"),
    ("text-span", None, '{"start": 5, "end": 2}', "None"),
    ("text-span", None, "not json", "None"),
    ("something-else", None, "{}", "None"),
])
def test_redaction_specs(kind, target, spec, expected):
    assert repr(parse_redaction(kind, target, spec)) == expected


def test_outbox_and_upload_journal_are_cleared_with_the_receipt(rig):
    ids = _two(rig).ids
    rig.store.save_outbox({"bundle_id": "b"})
    rig.store.save("bundles/b.age", {"upload_id": "u"})
    assert rig.store.load("bundles/b.age") == {"upload_id": "u"}
    segments = [{"id": ids[0], "start": 1.0, "end": 2.0, "events": 3, "keys": 1, "clicks": 1, "frames": 1,
                 "sha256": "s"}]
    rig.store.record_release({"bundle_id": "b", "destination": "d", "size": 10, "sha256": "h",
                              "manifest_sha256": "m", "policy_hash": "p", "confirmation": {"etag": "e"},
                              "envelope": {}, "segments": segments}, BASE_T)
    assert rig.store.load_outbox() is None and rig.store.load("bundles/b.age") is None
    assert rig.state(ids[0]) == "released" and rig.state(ids[1]) == "held"
    give_consent(rig.conn, rig.policy)
    assert rig.store.candidate_facts(rig.clock.now())[0].id == ids[1]
