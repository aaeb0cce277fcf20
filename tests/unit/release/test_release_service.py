"""The release service end to end on a folder: gate, bundle, seal, deliver, receipts, withdrawal."""

from __future__ import annotations

import json

import pytest
from release_seeding import SegmentSpec, jpeg, seed_segments

from app.bundle.drop_box import envelope_name, sealed_name, withdrawal_name
from app.collect.collector import CollectStatus
from app.core.errors import ReleaseError
from app.core.model import FlagCategory
from app.release.destinations import UploadStopped
from app.vault import ledger
from app.vault.operations import decisions


def _seed_three(rig):
    specs = [
        SegmentSpec("editor", "notes.txt — Editor", "hello world", (jpeg((10, 120, 30)),), start=rig.clock.now() - 3000),
        SegmentSpec("browser", "Inbox — Mail", "private words", (jpeg((200, 30, 30)),), start=rig.clock.now() - 2000),
        SegmentSpec("terminal", "bash", "ls -la", (jpeg((30, 30, 200)), jpeg((30, 60, 200))),
                    start=rig.clock.now() - 1000),
    ]
    return seed_segments(rig.handle, specs).ids


def test_only_approved_unflagged_segments_leave_and_the_collector_unpacks_them(rig):
    ids = _seed_three(rig)
    rig.consent()
    decisions.approve(rig.conn, [ids[0], ids[2]], rig.clock.now())
    decisions.approve(rig.conn, [ids[1]], rig.clock.now())
    decisions.set_flag(rig.conn, [ids[1]], FlagCategory.PERSONAL_COMMUNICATION, "", rig.clock.now())

    report = rig.service().run()

    assert len(report.sent) == 1
    receipt = report.sent[0]
    assert [s["id"] for s in receipt["segments"]] == [ids[0], ids[2]]
    assert report.blocked == {"flagged": 1}
    bundle_id = receipt["bundle_id"]
    assert (rig.drop / sealed_name(rig.signer.device_id, bundle_id)).is_file() and (rig.drop / envelope_name(rig.signer.device_id, bundle_id)).is_file()
    assert not list((rig.paths.data_dir / "pending-release").iterdir()), "local copies are removed once confirmed"
    assert [rig.state(i) for i in ids] == ["released", "flagged", "released"]

    outcome = rig.collector().run()
    assert [(o.bundle_id, o.status) for o in outcome.outcomes] == [(bundle_id, CollectStatus.UNPACKED)]
    folder = rig.dataset / bundle_id
    segments = [json.loads(line) for line in (folder / "segments.jsonl").read_text().splitlines()]
    assert [(s["id"], s["title"], s["typed_text"]) for s in segments] == [
        (ids[0], "notes.txt — Editor", "hello world"), (ids[2], "bash", "ls -la")]
    events = [json.loads(line) for line in (folder / "events.jsonl").read_text().splitlines()]
    typed = "".join(e["char"] for e in events if e["kind"] == "key" and e["pressed"] and e["segment"] == ids[0])
    assert typed == "hello world"
    assert {e["segment"] for e in events} == {ids[0], ids[2]}
    images = sorted(p.name for p in (folder / "images").iterdir())
    assert images == [f"{ids[0]}-00001.jpg", f"{ids[2]}-00001.jpg", f"{ids[2]}-00002.jpg"]
    assert (folder / "images" / f"{ids[2]}-00002.jpg").read_bytes() == jpeg((30, 60, 200))
    assert b"private words" not in b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_receipts_are_in_the_ledger_and_the_releases_table(rig):
    ids = _seed_three(rig)
    rig.consent()
    decisions.approve(rig.conn, ids, rig.clock.now())
    receipt = rig.service().run().sent[0]

    kinds = [e.kind for e in ledger.entries(rig.conn)]
    assert kinds[-2:] == ["release", "receipt"]
    release_entry, receipt_entry = ledger.entries(rig.conn)[-2:]
    assert release_entry.body["segments"] == ids and release_entry.body["keys"] == len("hello worldprivate wordsls -la")
    assert receipt_entry.body["sha256"] == receipt["sha256"] and receipt_entry.body["size"] == receipt["size"]
    assert receipt_entry.body["confirmation"]["etag"]
    assert "notes.txt" not in json.dumps([e.body for e in ledger.entries(rig.conn)]), "no titles in the ledger"
    assert ledger.verify(rig.conn).ok
    (row,) = rig.store.releases()
    assert row["bundle_id"] == receipt["bundle_id"] and row["counts"]["frames"] == 4
    assert row["destination"] == rig.destination.description


def test_nothing_leaves_without_consent_to_the_policy_in_force(rig):
    ids = _seed_three(rig)
    decisions.approve(rig.conn, ids, rig.clock.now())
    with pytest.raises(ReleaseError, match="no consent"):
        rig.service().run()
    assert not list(rig.drop.iterdir())


def test_on_battery_with_ac_only_policy_nothing_is_sent(rig):
    import dataclasses

    ids = _seed_three(rig)
    policy = dataclasses.replace(rig.policy, release=dataclasses.replace(rig.policy.release, ac_power_only=True))
    rig.consent(policy)
    decisions.approve(rig.conn, ids, rig.clock.now())
    rig.on_ac = False
    report = rig.service(policy).run()
    assert report.deferred.startswith("on battery") and not report.sent
    assert not list(rig.drop.iterdir())
    rig.on_ac = True
    assert len(rig.service(policy).run().sent) == 1


def test_dry_run_plan_lists_exactly_what_would_leave(rig):
    ids = _seed_three(rig)
    rig.consent()
    decisions.approve(rig.conn, [ids[1]], rig.clock.now())
    plan = rig.service().plan()
    assert [(s.id, s.title) for s in plan.segments] == [(ids[1], "Inbox — Mail")]
    assert plan.blocked == {"not-approved": 2}
    assert not list(rig.drop.iterdir())


class _FlagDuringUpload:
    """A destination that lets the employee flag a segment while the bundle is being written."""

    def __init__(self, inner, rig, segment_id):
        self._inner, self._rig, self._segment = inner, rig, segment_id
        self.description = inner.description

    def put(self, name, stream, size, checkpoint=None):
        decisions.set_flag(self._rig.conn, [self._segment], FlagCategory.HEALTH, "", self._rig.clock.now())
        return self._inner.put(name, stream, size, checkpoint)

    def __getattr__(self, name):
        return getattr(self._inner, name)


def test_a_segment_flagged_mid_upload_stops_the_bundle_before_it_completes(rig):
    ids = _seed_three(rig)
    rig.consent()
    decisions.approve(rig.conn, ids, rig.clock.now())
    report = rig.service(destination=_FlagDuringUpload(rig.destination, rig, ids[1])).run()
    assert len(report.discarded) == 1 and not [r for r in report.sent if ids[1] in [s["id"] for s in r["segments"]]]
    assert not (rig.drop / sealed_name(rig.signer.device_id, report.discarded[0])).exists()
    assert rig.state(ids[1]) == "flagged"


class _CrashAfterFirstObject:
    def __init__(self, inner):
        self._inner = inner
        self.description = inner.description
        self.calls = 0

    def put(self, name, stream, size, checkpoint=None):
        self.calls += 1
        if self.calls == 2:
            raise UploadStopped("simulated power cut")
        return self._inner.put(name, stream, size, checkpoint)

    def __getattr__(self, name):
        return getattr(self._inner, name)


def test_an_interrupted_release_resumes_the_same_bundle_and_leaves_one_copy(rig):
    ids = _seed_three(rig)
    rig.consent()
    decisions.approve(rig.conn, ids, rig.clock.now())
    first = rig.service(destination=_CrashAfterFirstObject(rig.destination)).run()
    assert first.deferred == "simulated power cut" and not first.sent
    pending = rig.store.load_outbox()
    assert pending is not None and rig.state(ids[0]) == "approved"

    second = rig.service().run()
    assert [r["bundle_id"] for r in second.sent] == [pending["bundle_id"]]
    assert sorted(p.name for p in (rig.drop / rig.signer.device_id / "bundles").iterdir()) == sorted(
        [f"{pending['bundle_id']}.age", f"{pending['bundle_id']}.envelope.json"])
    assert rig.store.load_outbox() is None
    outcome = rig.collector().run()
    assert [o.status for o in outcome.outcomes] == [CollectStatus.UNPACKED]


def test_withdrawal_writes_a_signed_notice_and_the_collector_removes_the_bundle(rig):
    ids = _seed_three(rig)
    rig.consent()
    decisions.approve(rig.conn, ids, rig.clock.now())
    bundle_id = rig.service().run().sent[0]["bundle_id"]
    assert rig.collector().run().count(CollectStatus.UNPACKED) == 1
    assert (rig.dataset / bundle_id).is_dir()

    notice = rig.service().withdraw(bundle_id)
    assert notice["bundle_id"] == bundle_id and notice["signature"]
    assert (rig.drop / withdrawal_name(rig.signer.device_id, bundle_id)).is_file()
    assert rig.store.releases()[0]["withdrawn_at"] == rig.clock.now()
    assert ledger.entries(rig.conn)[-1].kind == "withdrawal"

    report = rig.collector().run()
    assert [(o.status, o.reason) for o in report.outcomes] == [(CollectStatus.WITHDRAWN, "removed from the dataset")]
    assert not (rig.dataset / bundle_id).exists()
    again = rig.collector().run()
    assert not (rig.dataset / bundle_id).exists() and again.count(CollectStatus.UNPACKED) == 0


def test_withdrawing_an_unknown_bundle_is_a_known_error(rig):
    from app.core.errors import KnownError

    with pytest.raises(KnownError, match="No bundle nope"):
        rig.service().withdraw("nope")


def test_a_pending_bundle_sealed_to_old_recipients_is_rebuilt_for_the_new_ones(rig):
    import dataclasses

    from pyrage import x25519

    ids = _seed_three(rig)
    rig.consent()
    decisions.approve(rig.conn, ids, rig.clock.now())
    rig.service(destination=_CrashAfterFirstObject(rig.destination)).run()
    old = rig.store.load_outbox()["bundle_id"]
    new_org = x25519.Identity.generate()
    policy = dataclasses.replace(rig.policy, release=dataclasses.replace(
        rig.policy.release, recipients=(str(new_org.to_public()),)))
    rig.consent(policy)
    report = rig.service(policy).run()
    assert report.discarded == [old] and len(report.sent) == 1 and report.sent[0]["bundle_id"] != old
    assert not (rig.drop / sealed_name(rig.signer.device_id, old)).exists()
    import pyrage

    sealed = (rig.drop / sealed_name(rig.signer.device_id, report.sent[0]["bundle_id"])).read_bytes()
    assert pyrage.decrypt(sealed, [new_org])


def test_a_segment_whose_redaction_cannot_be_applied_stays_and_the_others_go(rig):
    from release_seeding import add_redaction, frame_ids

    specs = [SegmentSpec("viewer", "broken", "a", (b"not a jpeg",), start=rig.clock.now() - 3000),
             SegmentSpec("editor", "fine", "b", (jpeg(),), start=rig.clock.now() - 2000)]
    broken, fine = seed_segments(rig.handle, specs).ids
    add_redaction(rig.conn, broken, "frame-rect", {"x": 0, "y": 0, "w": 5, "h": 5}, target_id=frame_ids(rig.conn, broken)[0])
    rig.consent()
    decisions.approve(rig.conn, [broken, fine], rig.clock.now())
    report = rig.service().run()
    assert [[s["id"] for s in r["segments"]] for r in report.sent] == [[fine]]
    assert report.blocked == {"redaction-failed": 1}
    assert rig.state(broken) == "approved"
    assert not list((rig.paths.data_dir / "pending-release").iterdir())


class _FlagWhileBuilding:
    """A source through which the employee flags a segment while its bundle is being built."""

    def __init__(self, rig, segment_id):
        self._rig, self._segment, self._done = rig, segment_id, False

    def frames(self, segment_id):
        if not self._done:
            self._done = True
            decisions.set_flag(self._rig.conn, [self._segment], FlagCategory.HEALTH, "", self._rig.clock.now())
        return self._rig.store.frames(segment_id)

    def __getattr__(self, name):
        return getattr(self._rig.store, name)


def test_a_segment_flagged_while_its_bundle_is_built_abandons_that_bundle(rig):
    from app.release.service import ReleaseService

    ids = _seed_three(rig)
    rig.consent()
    decisions.approve(rig.conn, ids, rig.clock.now())
    service = ReleaseService(_FlagWhileBuilding(rig, ids[2]), rig.policy, rig.signer, rig.destination,
                             rig.paths.data_dir / "pending-release", rig.clock, on_ac_power=lambda: True)
    report = service.run()
    assert len(report.discarded) == 1 and not report.sent
    assert not list(rig.drop.iterdir()) and not list((rig.paths.data_dir / "pending-release").iterdir())
    again = rig.service().run()
    assert [[s["id"] for s in r["segments"]] for r in again.sent] == [[ids[0], ids[1]]]
