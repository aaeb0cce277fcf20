"""The collector's checks: every way a bundle can be wrong is rejected with a clear reason."""

from __future__ import annotations

import io
import json
import tarfile

from pyrage import x25519
from release_seeding import SegmentSpec, jpeg, seed_segments

from app.bundle.drop_box import envelope_name, sealed_name, withdrawal_name
from app.bundle.layout import ENVELOPE_FORMAT, WITHDRAWAL_FORMAT
from app.bundle.sealing import seal_chunks
from app.bundle.signing import ENVELOPE_DOMAIN, WITHDRAWAL_DOMAIN, DeviceSigner
from app.collect.collector import Collector, CollectStatus
from app.collect.folder_writer import FolderDatasetWriter
from app.release.folder_destination import FolderDestination
from app.vault.operations import decisions
from tests.helpers.keystore import MemoryKeyStore


def _released(rig) -> str:
    ids = seed_segments(rig.handle, [SegmentSpec("editor", "a.txt", "hello", (jpeg(),))]).ids
    rig.consent()
    decisions.approve(rig.conn, ids, rig.clock.now())
    return rig.service().run().sent[0]["bundle_id"]


def _only(report):
    (outcome,) = report.outcomes
    return outcome


def test_a_flipped_byte_in_the_sealed_file_is_rejected_with_the_reason(rig):
    bundle_id = _released(rig)
    path = rig.drop / sealed_name(rig.signer.device_id, bundle_id)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x40
    path.write_bytes(bytes(data))
    outcome = _only(rig.collector().run())
    assert outcome.status is CollectStatus.REJECTED
    assert "does not match the hash its device signed" in outcome.reason
    assert not list(rig.dataset.iterdir()), "nothing (not even staging) is left behind"


def test_a_bundle_signed_by_an_unknown_device_key_is_rejected(rig):
    bundle_id = _released(rig)
    stranger = DeviceSigner.load_or_create(MemoryKeyStore())
    outcome = _only(rig.collector(rig.trusted(stranger)).run())
    assert (outcome.bundle_id, outcome.status) == (bundle_id, CollectStatus.REJECTED)
    assert f"signed by device key {rig.signer.device_id}, which is not a trusted device key" in outcome.reason


def test_an_edited_envelope_is_rejected(rig):
    bundle_id = _released(rig)
    path = rig.drop / envelope_name(rig.signer.device_id, bundle_id)
    envelope = json.loads(path.read_text())
    envelope["sealed_size"] += 1
    path.write_text(json.dumps(envelope))
    outcome = _only(rig.collector().run())
    assert outcome.status is CollectStatus.REJECTED and "changed after it was signed" in outcome.reason


def test_a_bundle_without_its_envelope_is_still_in_transit(rig):
    bundle_id = _released(rig)
    (rig.drop / envelope_name(rig.signer.device_id, bundle_id)).unlink()
    assert _only(rig.collector().run()).status is CollectStatus.WAITING


def test_a_bundle_sealed_to_another_organisation_is_rejected(rig):
    bundle_id = _released(rig)
    other = Collector(FolderDestination(rig.drop), x25519.Identity.generate(), rig.trusted(), FolderDatasetWriter(rig.dataset))
    outcome = _only(other.run())
    assert outcome.status is CollectStatus.REJECTED and "not sealed to the organisation's key" in outcome.reason
    assert not (rig.dataset / bundle_id).exists()


def _forge(rig, bundle_id: str, members: dict[str, bytes], manifest_sha256: str = "0" * 64) -> None:
    """A correctly sealed and enveloped bundle whose inside is wrong."""
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    (rig.drop / rig.signer.device_id / "bundles").mkdir(parents=True, exist_ok=True)
    sealed = rig.drop / sealed_name(rig.signer.device_id, bundle_id)
    result = seal_chunks([out.getvalue()], sealed, (rig.org.recipient,))
    envelope = rig.signer.signed(ENVELOPE_DOMAIN, {
        "format": ENVELOPE_FORMAT, "bundle_id": bundle_id, "device_id": rig.signer.device_id, "created_at": 0,
        "sealed_sha256": result.sha256, "sealed_size": result.size, "manifest_sha256": manifest_sha256})
    (rig.drop / envelope_name(rig.signer.device_id, bundle_id)).write_text(json.dumps(envelope))


def test_a_bundle_with_an_unexpected_path_is_rejected_before_anything_is_written_outside(rig, tmp_path):
    _forge(rig, "evil", {"../escape.txt": b"x", "manifest.json": b"{}"})
    outcome = _only(rig.collector().run())
    assert outcome.status is CollectStatus.REJECTED and "unexpected entry" in outcome.reason
    assert not (rig.dataset.parent / "escape.txt").exists()


def test_a_manifest_that_does_not_match_the_envelope_is_rejected(rig):
    _forge(rig, "mismatch", {"events.jsonl": b"", "segments.jsonl": b"", "manifest.json": b"{}",
                             "manifest.sig.json": b"{}"})
    outcome = _only(rig.collector().run())
    assert outcome.status is CollectStatus.REJECTED and "manifest hash in the signed envelope" in outcome.reason


def test_a_withdrawal_signed_by_another_device_is_refused(rig):
    bundle_id = _released(rig)
    assert _only(rig.collector().run()).status is CollectStatus.UNPACKED
    other = DeviceSigner.load_or_create(MemoryKeyStore())
    notice = json.dumps(other.signed(WITHDRAWAL_DOMAIN, {"format": WITHDRAWAL_FORMAT, "bundle_id": bundle_id,
                                                         "device_id": other.device_id, "withdrawn_at": 0}))
    for folder in (rig.signer.device_id, other.device_id):  # put in the bundle's device's folder, or its own
        path = rig.drop / withdrawal_name(folder, bundle_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(notice)
    report = rig.collector(rig.trusted(rig.signer, other)).run()
    reasons = {o.reason for o in report.outcomes if o.status is CollectStatus.REJECTED}
    assert reasons == {
        f"withdrawal notice rejected: the notice lies in device {rig.signer.device_id}'s folder but is signed by "
        f"device {other.device_id}",
        "withdrawal notice rejected: the notice is not signed by the device that signed the bundle"}
    assert (rig.dataset / bundle_id).is_dir()


def test_collecting_twice_leaves_one_copy(rig):
    bundle_id = _released(rig)
    assert _only(rig.collector().run()).status is CollectStatus.UNPACKED
    assert _only(rig.collector().run()).status is CollectStatus.PRESENT
    assert [p.name for p in rig.dataset.iterdir()] == [bundle_id]


def test_delete_withdrawn_removes_the_objects_at_the_source(rig):
    bundle_id = _released(rig)
    rig.service().withdraw(bundle_id)
    report = rig.collector().run(delete_withdrawn=True)
    assert _only(report).status is CollectStatus.WITHDRAWN
    assert not (rig.drop / sealed_name(rig.signer.device_id, bundle_id)).exists() and not (rig.drop / envelope_name(rig.signer.device_id, bundle_id)).exists()
    assert report.as_dict()["counts"]["withdrawn"] == 1
