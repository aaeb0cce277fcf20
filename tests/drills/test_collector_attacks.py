"""A hostile or compromised device against the collector (issue 21): each attack, then random mutations.

Two devices released real bundles; device A is the attacker (its credentials, and for the attacks
that need one, its trusted signing key), device B an honest colleague whose bundle must always be
collected. The attacks, each of which succeeded before the collector was hardened:

1. nested JSON (`[[[[…`, 60 KB) as a notice, an envelope, a manifest, a segment or an event line:
   a RecursionError stopped the whole run;
2. B's bundle withdrawn (and deleted) through A's notice and an envelope edited to name A;
3. a 10 KB sealed bundle with a sparse member declaring 4 GB: 4 GB written to staging;
4. a 2 GB object beside a valid envelope: downloaded whole before the size check;
5. an object in one device's folder that another device signed (the S3 side of this attack, with
   real per-device credentials, is tests/e2e/test_drop_box_identities_e2e.py);
7. the dataset world-readable (0755 folders, 0644 files) under the default umask.

Then the fuzz: envelopes, sealed files, tars, manifests, member files and withdrawal notices of a
real bundle, mutated (past the signature checks re-signed by the trusted attacker, as a buggy or
compromised device could), each run beside B's valid bundle, with a ceiling small enough to matter:
0 crashes, nothing outside staging, staging never over the ceiling, B's bundle always collected.
Cases: settings.count(500, 25 000).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import shutil
import stat
import tarfile
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.bundle.drop_box import ListedObject, sealed_name, withdrawal_name
from app.bundle.signing import WITHDRAWAL_DOMAIN
from app.collect.collector import Collector, CollectStatus
from app.collect.folder_writer import FolderDatasetWriter
from app.collect.limits import CollectLimits
from app.core.errors import ReleaseError
from app.release.folder_destination import FolderDestination
from tests.drills.collector_rig import Device, MemoryDrop, Org, trusted
from tests.drills.settings import count, report
from tests.drills.test_fuzz_targets import mutate_bytes, mutate_json, random_json

NESTED = b"[" * 60_000
CEILING = 256 * 1024  # the fuzz's ceiling: ~10x a real bundle here, far below what a header can declare


@pytest.fixture(scope="module")
def world():
    root = Path(tempfile.mkdtemp(prefix="airlock-attack-", dir="/dev/shm"))
    devices: list[Device] = []
    try:
        org = Org()
        for name, title in (("a", "Attacker"), ("b", "Colleague")):
            devices.append(Device(root / name, org, title=title))
        yield org, *devices
    finally:
        for device in devices:
            device.close()
        shutil.rmtree(root, ignore_errors=True)


def collect(org: Org, *devices: Device, objects: dict[str, bytes], root: Path, limits=CollectLimits(),
            delete_withdrawn: bool = False, source=None):
    drop = source or MemoryDrop(objects, staging=root / "dataset")
    result = Collector(drop, org.identity, trusted(*devices), FolderDatasetWriter(root / "dataset"), limits).run(
        delete_withdrawn=delete_withdrawn)
    return result, drop


def outcome_of(result, device: Device, bundle_id: str | None = None):
    found = [o for o in result.outcomes if o.device == device.id and o.bundle_id == (bundle_id or device.bundle_id)
             and o.kind == "bundle"]
    assert len(found) == 1, result.outcomes
    return found[0]


def members_of(root: Path, bundle_id: str) -> dict[str, bytes]:
    folder = root / "dataset" / bundle_id
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def assert_b_collected(result, b: Device, root: Path) -> None:
    assert outcome_of(result, b).status is CollectStatus.UNPACKED, result.outcomes
    assert members_of(root, b.bundle_id) == dict(b.members)


# -- 1. nested JSON ---------------------------------------------------------------------------------------

def _nested_manifest(a: Device) -> dict[str, bytes]:
    manifest = json.loads(dict(a.members)["manifest.json"])
    manifest["consent"] = {"scope": "x"}
    raw = json.dumps(manifest).encode().replace(b'{"scope": "x"}', NESTED[:30_000] + b"]" * 30_000)
    return a.resign(a.members, raw)


def _nested_line(a: Device, name: str) -> dict[str, bytes]:
    members = [(n, data.replace(data.split(b"\n")[0], b"[" * 30_000 + b"]" * 30_000, 1) if n == name else data)
               for n, data in a.members]
    manifest = json.loads(dict(members)["manifest.json"])
    manifest["files"][name] = {"size": len(dict(members)[name]), "sha256": hashlib.sha256(dict(members)[name]).hexdigest()}
    return a.resign(members, json.dumps(manifest).encode())


@pytest.mark.parametrize("where", ["notice", "envelope", "manifest", "segment line", "event line"])
def test_1_nested_json_is_rejected_and_the_bundles_beside_it_are_collected(world, tmp_path, where):
    org, a, b = world
    hostile = {"notice": lambda: {withdrawal_name(a.id, a.bundle_id): NESTED, **a.objects()},
               "envelope": lambda: a.objects(envelope=NESTED),
               "manifest": lambda: _nested_manifest(a),
               "segment line": lambda: _nested_line(a, "segments.jsonl"),
               "event line": lambda: _nested_line(a, "events.jsonl")}[where]()
    result, _ = collect(org, a, b, objects={**hostile, **b.objects()}, root=tmp_path)
    assert_b_collected(result, b, tmp_path)
    mine = sorted((o.status.value, o.reason) for o in result.outcomes if o.device == a.id)
    if where == "notice":  # a notice that is not one withdraws nothing: A's bundle is collected too
        assert mine == [("rejected", "withdrawal notice rejected: the notice nests deeper than 16 levels"),
                        ("unpacked", "")]
    else:
        (status, reason), = mine
        assert status == "rejected" and reason.endswith("nests deeper than 16 levels"), mine


# -- 2. one device withdrawing another's bundle ----------------------------------------------------------

def test_2_a_device_cannot_withdraw_or_delete_another_devices_bundle(world, tmp_path):
    org, a, b = world
    edited = {**b.envelope, "key_id": a.id}  # B's envelope, edited to name A (no valid signature)
    objects = {**b.objects(envelope=json.dumps(edited).encode()),
               **a.notice(bundle_id=b.bundle_id, folder=b.id),  # in B's folder (a misconfigured share)
               **a.notice(bundle_id=b.bundle_id)}  # in A's own folder
    result, drop = collect(org, a, b, objects=objects, root=tmp_path, delete_withdrawn=True)
    assert sealed_name(b.id, b.bundle_id) in drop.objects_by_name, "nothing of B's was deleted"
    assert not (tmp_path / "dataset" / b.bundle_id).exists()  # B's edited envelope does not verify: not collected…
    reasons = sorted(o.reason for o in result.outcomes if o.status is CollectStatus.REJECTED)
    assert reasons == ["its envelope was rejected: its key id does not match its public key",
                       f"withdrawal notice rejected: the notice lies in device {b.id}'s folder but is signed by "
                       f"device {a.id}"], result.outcomes
    # …and once B's real envelope is back, B's bundle is collected; A's notice for it withdraws nothing of B's.
    objects.update(b.objects())
    result, drop = collect(org, a, b, objects=objects, root=tmp_path, delete_withdrawn=True)
    assert_b_collected(result, b, tmp_path)
    result, drop = collect(org, a, b, objects=objects, root=tmp_path, delete_withdrawn=True)
    assert outcome_of(result, b).status is CollectStatus.PRESENT
    assert [o.reason for o in result.outcomes if o.device == a.id] == [
        "withdrawal notice rejected: the notice is not signed by the device that signed the bundle"]
    assert sealed_name(b.id, b.bundle_id) in drop.objects_by_name and (tmp_path / "dataset" / b.bundle_id).is_dir()


def test_2_a_device_withdraws_its_own_bundle(world, tmp_path):
    org, a, b = world
    result, drop = collect(org, a, b, objects={**a.objects(), **a.notice(), **b.objects()}, root=tmp_path,
                           delete_withdrawn=True)
    assert [(o.kind, o.status) for o in result.outcomes if o.device == a.id] == [("notice", CollectStatus.WITHDRAWN)]
    assert sealed_name(a.id, a.bundle_id) not in drop.objects_by_name
    assert_b_collected(result, b, tmp_path)


# -- 3. members that are not plain files, or larger than they can be -------------------------------------

def _sparse_tar(declared: int) -> bytes:
    """An old-GNU sparse member named like a screenshot: 512 bytes stored, `declared` bytes when extracted."""
    header = bytearray(tarfile.TarInfo("images/1-00001.jpg").tobuf(format=tarfile.GNU_FORMAT)[-512:])

    def octal(number: int, width: int) -> bytes:
        return (f"%0{width - 1}o" % number).encode() + b"\0"
    header[156:157] = b"S"
    header[124:136] = octal(512, 12)  # stored size
    header[386:398] = octal(declared - 512, 12)  # sparse[0].offset
    header[398:410] = octal(512, 12)  # sparse[0].numbytes
    header[483:495] = octal(declared, 12)  # realsize
    header[148:156] = b" " * 8
    header[148:156] = (f"{sum(header):06o}\0 ").encode()
    tar = bytes(header) + b"\xff" * 512 + b"\0" * 1024
    return tar + b"\0" * (-len(tar) % 10240)


def _entry(kind: bytes, **extra) -> bytes:
    info = tarfile.TarInfo("images/1-00001.jpg")
    info.type = kind
    for key, value in extra.items():
        setattr(info, key, value)
    return info.tobuf(format=tarfile.USTAR_FORMAT) + b"\0" * 1024


def _regular_header(size: int) -> bytes:
    info = tarfile.TarInfo("events.jsonl")
    info.size = size
    return info.tobuf(format=tarfile.GNU_FORMAT) + b"x" * 4096 + b"\0" * 1024


def _pax_sparse() -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:", format=tarfile.PAX_FORMAT) as archive:
        info = tarfile.TarInfo("images/1-00001.jpg")
        info.pax_headers = {"GNU.sparse.major": "1", "GNU.sparse.minor": "0", "GNU.sparse.realsize": str(4 << 30)}
        archive.addfile(info, io.BytesIO(b""))
    return out.getvalue()


ENTRIES = {
    "a sparse file": lambda: _sparse_tar(4 << 30),
    "a hard link": lambda: _entry(tarfile.LNKTYPE, linkname="/etc/passwd"),
    "a symbolic link": lambda: _entry(tarfile.SYMTYPE, linkname="../../../../etc/cron.d/x"),
    "a device": lambda: _entry(tarfile.CHRTYPE, devmajor=1, devminor=3),
    "a pipe": lambda: _entry(tarfile.FIFOTYPE),
    "a directory": lambda: _entry(tarfile.DIRTYPE),
    "an extended (PAX) header": _pax_sparse,
    "more than the": lambda: _regular_header(4 << 30),  # a plain header declaring 4 GB
}


@pytest.mark.parametrize("kind", list(ENTRIES))
def test_3_members_that_are_not_small_regular_files_are_refused_before_a_byte_is_written(world, tmp_path, kind):
    org, a, b = world
    objects = a.seal_tar(ENTRIES[kind]())
    assert len(objects[sealed_name(a.id, a.bundle_id)]) < 12_000  # a ~10 KB object
    alone, drop = collect(org, a, objects=objects, root=tmp_path / "alone")
    outcome = outcome_of(alone, a)
    assert outcome.status is CollectStatus.REJECTED and kind in outcome.reason, outcome
    assert drop.bytes_read and drop.staging_peak == 0, "refused before a byte of it was written"
    assert list((tmp_path / "alone" / "dataset").iterdir()) == []
    beside, _ = collect(org, a, b, objects={**objects, **b.objects()}, root=tmp_path)
    assert_b_collected(beside, b, tmp_path)


def test_3_many_small_files_stop_at_the_ceiling_counted_as_the_disk_stores_them(world, tmp_path):
    org, a, b = world
    members = [(f"images/1-{n:05d}.jpg", b"x") for n in range(1, 61)]  # 60 bytes in 60 KB of tar, 240 KB on disk
    objects = a.seal_members(members)
    ceiling = 100 * 1024
    assert len(objects[sealed_name(a.id, a.bundle_id)]) < ceiling
    result, drop = collect(org, a, objects=objects, root=tmp_path, limits=CollectLimits(max_bundle_bytes=ceiling))
    outcome = outcome_of(result, a)
    assert outcome.status is CollectStatus.REJECTED and "ceiling of 102400 bytes" in outcome.reason
    assert 0 < drop.staging_peak <= ceiling


# -- 4. an object far larger than its envelope says -------------------------------------------------------

class _CountingFolder(FolderDestination):
    """A folder drop box that counts the bytes read and, like some stores, does not list sizes."""

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        self.read = 0

    def objects(self, prefix: str) -> list[ListedObject]:
        return [ListedObject(o.name) for o in super().objects(prefix)]

    def open(self, name: str, limit: int):
        stream, folder = super().open(name, limit), self

        class Counting(io.RawIOBase):
            def readable(self) -> bool:
                return True

            def readinto(self, buffer) -> int:
                data = stream.read(len(buffer))
                folder.read += len(data)
                buffer[:len(data)] = data
                return len(data)

            def close(self) -> None:
                stream.close()
                super().close()
        return Counting()


@pytest.mark.parametrize("sizes_listed", [True, False])
def test_4_a_download_stops_at_the_size_its_envelope_signed(world, tmp_path, sizes_listed):
    org, a, b = world
    drop = tmp_path / "drop"
    for name, data in {**a.objects(), **b.objects()}.items():
        (drop / name).parent.mkdir(parents=True, exist_ok=True)
        (drop / name).write_bytes(data)
    with open(drop / sealed_name(a.id, a.bundle_id), "r+b") as sealed:
        sealed.truncate(2 << 30)  # the valid sealed bytes, then 2 GB (sparse on disk)
    source = FolderDestination(drop) if sizes_listed else _CountingFolder(drop)
    result, _ = collect(org, a, b, objects={}, root=tmp_path, source=source)
    outcome = outcome_of(result, a)
    assert outcome.status is CollectStatus.REJECTED
    signed = a.envelope["sealed_size"]
    if sizes_listed:  # the listing already shows the object is not what was signed: nothing is read
        assert "does not match the hash its device signed" in outcome.reason
    else:
        assert f"larger than the {signed} bytes its envelope signed" in outcome.reason
        b_bytes = len(b.sealed) + len(json.dumps(b.envelope))
        assert source.read <= signed + 1 + len(json.dumps(a.envelope)) + b_bytes, source.read
    assert_b_collected(result, b, tmp_path)


# -- 5. an object in another device's folder ------------------------------------------------------------

def test_5_an_object_must_lie_in_the_folder_of_the_device_that_signed_it(world, tmp_path):
    org, a, b = world
    result, _ = collect(org, a, b, objects={**a.objects(folder=b.id), **b.objects()}, root=tmp_path)
    moved = [o for o in result.outcomes if o.bundle_id == a.bundle_id]
    assert [(o.device, o.status, o.reason) for o in moved] == [
        (b.id, CollectStatus.REJECTED, f"it lies in device {b.id}'s folder but is signed by device {a.id}")]
    assert_b_collected(result, b, tmp_path)


def test_5_one_object_the_store_cannot_serve_does_not_stop_the_others(world, tmp_path):
    org, a, b = world

    class Flaky(MemoryDrop):
        def open(self, name, limit):
            if name.startswith(a.id):
                raise ReleaseError("The object store did not answer.")
            return super().open(name, limit)
    result, _ = collect(org, a, b, objects={}, root=tmp_path, source=Flaky({**a.objects(), **b.objects()}))
    assert "could not be read or written now (The object store did not answer.)" in outcome_of(result, a).reason
    assert_b_collected(result, b, tmp_path)


def test_5_names_outside_the_layout_are_ignored_and_shown_escaped(world, tmp_path):
    org, a, b = world
    result, _ = collect(org, a, b, objects={"bundles/\x1b]0;pwned\x07.age": b"x", **b.objects()}, root=tmp_path)
    (ignored,) = [o for o in result.outcomes if o.status is CollectStatus.IGNORED]
    assert ignored.bundle_id == "bundles/\\x1b]0;pwned\\x07.age"
    assert_b_collected(result, b, tmp_path)


# -- 7. the dataset is private ----------------------------------------------------------------------------

@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_7_the_dataset_is_private_whatever_the_umask(world, tmp_path, umask):
    org, a, b = world
    old = os.umask(umask)
    try:
        result, _ = collect(org, a, b, objects={**a.objects(), **b.objects()}, root=tmp_path)
    finally:
        os.umask(old)
    assert result.count(CollectStatus.UNPACKED) == 2
    dataset = tmp_path / "dataset"
    for path in [dataset, *dataset.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), (path, oct(mode))


# -- the fuzz ------------------------------------------------------------------------------------------------

LAYERS = ("envelope", "envelope-signed", "sealed", "tar", "manifest", "member", "notice", "notice-signed", "moved")
STATS: dict[str, int] = {}
FUZZ = settings(max_examples=count(500, 25_000), deadline=None, suppress_health_check=list(HealthCheck),
                database=None)


def _mutate_lines(data: bytes, rng: random.Random) -> bytes:
    lines = data.split(b"\n")
    index = rng.randrange(len(lines))
    lines[index] = mutate_json(lines[index], rng) if rng.random() < 0.7 else mutate_bytes(lines[index], rng)
    return b"\n".join(lines)


def hostile(a: Device, b: Device, seed: int) -> tuple[str, dict[str, bytes]]:
    """Device A's objects with one layer changed (and sometimes B's bundle targeted)."""
    rng = random.Random(seed)
    layer = rng.choice(LAYERS)
    envelope = json.dumps(a.envelope).encode()
    if layer == "envelope":
        return layer, a.objects(envelope=mutate_json(envelope, rng) if rng.random() < 0.5 else mutate_bytes(envelope, rng))
    if layer == "envelope-signed":
        fields = json.loads(mutate_json(envelope, rng))
        return layer, a.objects(envelope=a.sign_envelope(fields if isinstance(fields, dict) else {}))
    if layer == "sealed":
        return layer, a.objects(sealed=mutate_bytes(a.sealed, rng))
    if layer == "tar":
        return layer, a.seal_tar(mutate_bytes(a.tar_bytes(), rng))
    if layer in ("notice", "notice-signed"):
        target = rng.choice((a, b))  # A withdrawing its own bundle, or trying B's
        name = withdrawal_name(rng.choice((a.id, target.id)), target.bundle_id)
        notice = next(iter(a.notice(bundle_id=target.bundle_id).values()))
        if layer == "notice":
            notice = mutate_json(notice, rng) if rng.random() < 0.6 else mutate_bytes(notice, rng)
        else:  # signed after the change, as a compromised device would
            body = {k: v for k, v in json.loads(notice).items() if k not in ("key_id", "public_key", "signature")}
            changed = json.loads(mutate_json(json.dumps(body).encode(), rng))
            changed = changed if isinstance(changed, dict) else {"format": random_json(rng)}
            notice = json.dumps(a.signer.signed(WITHDRAWAL_DOMAIN, changed), allow_nan=True).encode()
        return layer, {**a.objects(), name: notice}
    if layer == "moved":  # A's objects under B's folder or under another bundle's name
        return layer, a.objects(folder=b.id) if rng.random() < 0.5 else a.objects(bundle_id=b.bundle_id)
    members = [list(m) for m in a.members]
    names = [name for name, _ in members]
    manifest = json.loads(dict(a.members)["manifest.json"])
    if layer == "member":  # a member changed, the manifest updated to match: the content checks run
        index = rng.choice([i for i, n in enumerate(names) if n not in ("manifest.json", "manifest.sig.json")])
        name, data = members[index]
        members[index][1] = _mutate_lines(data, rng) if name.endswith(".jsonl") else mutate_bytes(data, rng)
        manifest["files"][name] = {"size": len(members[index][1]),
                                   "sha256": hashlib.sha256(members[index][1]).hexdigest()}
        raw = json.dumps(manifest, separators=(",", ":")).encode()
    else:
        original = dict(a.members)["manifest.json"]
        raw = mutate_json(original, rng) if rng.random() < 0.8 else mutate_bytes(original, rng)
    if rng.random() < 0.1:
        rng.shuffle(members)
    return layer, a.resign([tuple(m) for m in members], raw)


@FUZZ
@given(seed=st.integers(0, 2**64))
def test_fuzz_hostile_bundles_and_notices_beside_a_valid_one(world, seed):
    org, a, b = world
    layer, objects = hostile(a, b, seed)
    root = Path(tempfile.mkdtemp(prefix="airlock-fuzz-collect-", dir="/dev/shm"))
    try:
        result, drop = collect(org, a, b, objects={**objects, **b.objects()}, root=root,
                               limits=CollectLimits(max_bundle_bytes=CEILING))
        assert drop.staging_peak <= CEILING
        STATS["largest_staging_bytes"] = max(STATS.get("largest_staging_bytes", 0), drop.staging_peak)
        assert sorted(p.name for p in root.iterdir()) == ["dataset"], "nothing is written outside the dataset"
        left = sorted(p.name for p in (root / "dataset").iterdir())
        assert not [n for n in left if n.startswith(".staging-")]
        assert_b_collected(result, b, root)
        STATS["valid_beside_collected"] = STATS.get("valid_beside_collected", 0) + 1
        for outcome in result.outcomes:
            assert outcome.status is not CollectStatus.REJECTED or outcome.reason
            if outcome.device != b.id or outcome.bundle_id != b.bundle_id or outcome.kind != "bundle":
                key = f"{layer} {outcome.kind} {outcome.status.value}"
                STATS[key] = STATS.get(key, 0) + 1
        if a.bundle_id in left:
            unpacked = members_of(root, a.bundle_id)
            if layer not in ("manifest", "envelope-signed"):  # only the device's own signed words changed
                changed = [n for n, data in a.members if n not in ("manifest.json", "manifest.sig.json")
                           and unpacked.get(n) != data]
                assert not changed, f"content accepted that its device's content hashes do not cover: {changed}"
        for path in (root / "dataset").rglob("*"):
            assert stat.S_IMODE(path.stat().st_mode) == (0o700 if path.is_dir() else 0o600)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def test_fuzz_counts():
    counts = dict(STATS)
    report("collector attacks fuzz", cases=counts.pop("valid_beside_collected", 0), crashes=0,
           written_outside_staging=0, ceiling_bytes=CEILING, largest_staging_bytes=counts.pop("largest_staging_bytes", 0),
           **{k.replace(" ", "_").replace("-", "_"): v for k, v in sorted(counts.items())})
