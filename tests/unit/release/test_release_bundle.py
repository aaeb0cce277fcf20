"""The bundle format: a streamed tar, signed manifest, redactions applied, sealed with age."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import tarfile
import tracemalloc

import pyrage
import pytest
from PIL import Image
from release_seeding import BASE_T, SegmentSpec, add_redaction, frame_ids, jpeg, seed_segments

from app.bundle.layout import segment_content_hash
from app.bundle.sealing import seal_chunks
from app.bundle.signing import MANIFEST_DOMAIN, verify_bytes
from app.bundle.tar_stream import ChunkReader, TarStream
from app.release.bundle_writer import BundleHeader, BundleWriter, ContentChanged


def _header(bundle_id="b-1"):
    return BundleHeader(bundle_id, BASE_T + 10_000, "p" * 64, "employee-pseudonym", {"scope": "s", "accepted": True})


def _tar_members(rig, ids, bundle_id="b-1"):
    writer = BundleWriter(_header(bundle_id), rig.store, rig.signer, ids)
    data = b"".join(writer.chunks())
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        members = {m.name: archive.extractfile(m).read() for m in archive}
        order = archive.getnames()
    return writer.result, members, order, data


def test_layout_manifest_hashes_and_signature(rig):
    ids = seed_segments(rig.handle, [
        SegmentSpec("editor", "a.txt", "abc", (jpeg(), jpeg((1, 2, 3)))),
        SegmentSpec("shell", "bash", "ls", (), start=BASE_T + 100),
    ]).ids
    result, members, order, data = _tar_members(rig, ids)
    assert order == ["events.jsonl", f"images/{ids[0]}-00001.jpg", f"images/{ids[0]}-00002.jpg",
                     "segments.jsonl", "manifest.json", "manifest.sig.json"]
    assert len(data) % tarfile.RECORDSIZE == 0
    manifest = json.loads(members["manifest.json"])
    assert manifest["format"] == "airlock-bundle-v1" and manifest["bundle_id"] == "b-1"
    assert manifest["device_id"] == rig.signer.device_id and manifest["employee"] == "employee-pseudonym"
    assert manifest["policy_hash"] == "p" * 64 and manifest["consent"] == {"scope": "s", "accepted": True}
    for name, info in manifest["files"].items():
        assert info == {"size": len(members[name]), "sha256": hashlib.sha256(members[name]).hexdigest()}
    assert hashlib.sha256(members["manifest.json"]).hexdigest() == result.manifest_sha256
    verify_bytes(members["manifest.json"], json.loads(members["manifest.sig.json"]), MANIFEST_DOMAIN,
                 rig.signer.device_id, rig.trusted())
    assert [(s["id"], s["events"], s["keys"], s["clicks"], s["frames"]) for s in manifest["segments"]] == [
        (ids[0], 8, 3, 1, 2), (ids[1], 6, 2, 1, 0)]
    lines = members["segments.jsonl"].splitlines(keepends=True)
    events = [line for line in members["events.jsonl"].splitlines(keepends=True)
              if json.loads(line)["segment"] == ids[0]]
    images = [hashlib.sha256(members[f["file"]]).hexdigest() for f in json.loads(lines[0])["frames"]]
    assert manifest["segments"][0]["sha256"] == segment_content_hash(
        hashlib.sha256(b"".join(events)).hexdigest(), images, lines[0])


def test_redactions_black_out_rectangles_and_mask_the_redacted_text(rig):
    marked = jpeg((20, 200, 20), marker=(10, 10, 30, 20))
    ids = seed_segments(rig.handle, [SegmentSpec("mail", "Inbox", "my secret pin", (marked, marked))]).ids
    first, second = frame_ids(rig.conn, ids[0])
    add_redaction(rig.conn, ids[0], "frame-rect", {"x": 8, "y": 8, "w": 34, "h": 24}, target_id=first)
    add_redaction(rig.conn, ids[0], "text-span", {"start": 3, "end": 9})
    _, members, _, _ = _tar_members(rig, ids)
    redacted = Image.open(io.BytesIO(members[f"images/{ids[0]}-00001.jpg"])).convert("RGB")
    assert max(redacted.getpixel((x, y))[0] for x in range(10, 40) for y in range(10, 30)) < 40
    untouched = Image.open(io.BytesIO(members[f"images/{ids[0]}-00002.jpg"])).convert("RGB")
    assert untouched.getpixel((20, 20))[0] > 200, "the rectangle targets the first frame only"
    segment = json.loads(members["segments.jsonl"])
    assert segment["typed_text"] == "my •••••• pin" and segment["text_redacted"]
    assert b"secret" not in members["events.jsonl"]
    assert segment["frames"][0]["redacted"] and not segment["frames"][1]["redacted"]


def test_sealed_bundle_opens_with_the_standard_age_tool(rig, org, tmp_path):
    ids = seed_segments(rig.handle, [SegmentSpec("editor", "a.txt", "hello", (jpeg(),))]).ids
    writer = BundleWriter(_header(), rig.store, rig.signer, ids)
    sealed = tmp_path / "b.age"
    result = seal_chunks(writer.chunks(), sealed, (org.recipient,))
    assert result.sha256 == hashlib.sha256(sealed.read_bytes()).hexdigest() and result.size == sealed.stat().st_size
    assert b"hello" not in sealed.read_bytes()
    opened = subprocess.run(["age", "-d", "-i", str(org.identity_file), str(sealed)], capture_output=True, check=True)
    with tarfile.open(fileobj=io.BytesIO(opened.stdout)) as archive:
        assert "manifest.json" in archive.getnames()
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(sealed.read_bytes(), [pyrage.x25519.Identity.generate()])


def test_a_change_between_the_two_event_passes_abandons_the_bundle(rig):
    ids = seed_segments(rig.handle, [SegmentSpec("editor", "a.txt", "hello", ())]).ids
    writer = BundleWriter(_header(), rig.store, rig.signer, ids)
    chunks = writer.chunks()
    next(chunks)  # the events header: the first pass is done
    rig.conn.execute("UPDATE events SET code = 'j', char = NULL WHERE segment_id = ? AND code = 'h'", (ids[0],))
    with pytest.raises(ContentChanged):
        list(chunks)
    assert writer.result is None


def test_a_segment_flagged_during_the_build_stops_it(rig):
    from app.core.model import FlagCategory
    from app.vault.operations import decisions

    ids = seed_segments(rig.handle, [SegmentSpec("a", "t", "x", (jpeg(),)), SegmentSpec("b", "u", "y", (jpeg(),))]).ids
    chunks = BundleWriter(_header(), rig.store, rig.signer, ids).chunks()
    next(chunks)
    decisions.set_flag(rig.conn, [ids[1]], FlagCategory.HEALTH, "", BASE_T)
    with pytest.raises(LookupError):
        list(chunks)


def test_memory_stays_flat_while_a_large_bundle_is_sealed(rig, org, tmp_path):
    import os

    frame = 256 * 1024
    specs = [SegmentSpec("video", f"clip {n}", "x", tuple(os.urandom(frame) for _ in range(40)), start=BASE_T + n)
             for n in range(6)]  # 60 MB of screenshots
    ids = seed_segments(rig.handle, specs).ids
    writer = BundleWriter(_header(), rig.store, rig.signer, ids)
    tracemalloc.start()
    try:
        result = seal_chunks(writer.chunks(), tmp_path / "big.age", (org.recipient,))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.size > 60 * 1024 * 1024
    assert peak < 8 * 1024 * 1024, f"peak Python allocation {peak / 1e6:.1f} MB while sealing 60 MB"


def test_tar_stream_refuses_a_member_whose_length_differs_from_its_header():
    tar = TarStream(mtime=0)
    with pytest.raises(ValueError, match="shorter"):
        list(tar.member("x", 5, (b"abc",)))
    with pytest.raises(ValueError, match="longer"):
        list(tar.member("x", 2, (b"abc",)))


def test_chunk_reader_serves_any_read_size():
    reader = ChunkReader([b"ab", b"", b"cdef", b"g"])
    pieces = list(iter(lambda: reader.read(3), b""))
    assert b"".join(pieces) == b"abcdefg" and all(0 < len(p) <= 3 for p in pieces)
    assert io.BufferedReader(ChunkReader([b"ab", b"cdef"])).read() == b"abcdef"


def test_a_failure_inside_the_stream_reaches_the_sealer_caller_as_itself(tmp_path, org):
    def chunks():
        yield b"start"
        raise ContentChanged("segment 7 changed")

    with pytest.raises(ContentChanged, match="segment 7"):
        seal_chunks(chunks(), tmp_path / "x.age", (org.recipient,))
