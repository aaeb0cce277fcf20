"""Small parts: the token bucket, AC power, organisation keys, device key, destinations by URL."""

from __future__ import annotations

import io
import os
import stat

import pyrage
import pytest
from pyrage import x25519

from app.bundle.drop_box import ListedObject
from app.bundle.sealing import load_identity, parse_recipients
from app.bundle.signing import DEVICE_KEY_NAME, ENVELOPE_DOMAIN, DeviceSigner, SignatureRejected, verify_signed
from app.core.errors import KnownError, ReleaseError
from app.release import power
from app.release.destinations import S3Location, parse_destination
from app.release.folder_destination import FolderDestination
from app.release.org_keys import init_org
from app.release.throttle import ThrottledReader, TokenBucket, kbps_to_bytes_per_second
from tests.helpers.keystore import MemoryKeyStore


class FakeTime:
    def __init__(self):
        self.now = 0.0
        self.slept = 0.0

    def clock(self):
        return self.now

    def sleep(self, seconds):
        self.slept += seconds
        self.now += seconds


def test_the_token_bucket_holds_the_average_rate():
    fake = FakeTime()
    bucket = TokenBucket(1000, burst=100, clock=fake.clock, sleep=fake.sleep)
    for _ in range(50):
        bucket.take(100)
    assert fake.now == pytest.approx(4.9, abs=0.01)  # 5000 bytes at 1000 B/s, the first 100 from the burst


def test_a_throttled_reader_reads_its_window_in_burst_sized_chunks():
    fake = FakeTime()
    bucket = TokenBucket(1000, burst=64, clock=fake.clock, sleep=fake.sleep)
    reader = ThrottledReader(io.BytesIO(bytes(range(256)) * 4), offset=100, length=300, bucket=bucket)
    data = io.BufferedReader(reader).read()
    assert data == (bytes(range(256)) * 4)[100:400] and reader.bytes_read == 300
    assert reader.seek(0) == 0 and len(reader) == 300
    assert kbps_to_bytes_per_second(512) == 512 * 1024


def test_power_from_sysfs(tmp_path, monkeypatch):
    monkeypatch.setitem(__import__("sys").modules, "psutil", None)  # as on a machine without psutil
    (tmp_path / "AC").mkdir()
    (tmp_path / "AC" / "type").write_text("Mains\n")
    (tmp_path / "AC" / "online").write_text("0\n")
    (tmp_path / "BAT0").mkdir()
    (tmp_path / "BAT0" / "type").write_text("Battery\n")
    assert power.on_ac_power(tmp_path) is False
    (tmp_path / "AC" / "online").write_text("1\n")
    assert power.on_ac_power(tmp_path) is True
    assert power.on_ac_power(tmp_path / "missing") is True, "no information: treated as AC"


def test_init_org_writes_private_parts_0600_and_refuses_to_overwrite(tmp_path):
    keys = init_org(tmp_path / "org")
    assert stat.S_IMODE(os.stat(keys.identity).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(keys.signing_key).st_mode) == 0o600
    assert f'recipients = ["{keys.recipient}"]' in keys.instructions()
    identity = load_identity(keys.identity)
    (recipient,) = parse_recipients([keys.recipient])
    assert pyrage.decrypt(pyrage.encrypt(b"hi", [recipient]), [identity]) == b"hi"
    with pytest.raises(KnownError, match="already exists"):
        init_org(tmp_path / "org")


def test_bad_recipients_and_identities_are_known_errors(tmp_path):
    with pytest.raises(ReleaseError, match="names no recipients"):
        parse_recipients([])
    with pytest.raises(ReleaseError, match="Recipient 2"):
        parse_recipients([str(x25519.Identity.generate().to_public()), "age1nonsense"])
    bad = tmp_path / "id.txt"
    bad.write_text("# nothing here\n")
    with pytest.raises(KnownError, match="no age X25519 identity"):
        load_identity(bad)


def test_the_device_key_lives_in_the_key_store_and_is_stable():
    store = MemoryKeyStore()
    first = DeviceSigner.load_or_create(store)
    assert len(store.get(DEVICE_KEY_NAME)) == 32
    assert DeviceSigner.load_or_create(store).device_id == first.device_id


def test_signed_documents_name_their_signer_and_break_on_any_change(tmp_path):
    signer = DeviceSigner.load_or_create(MemoryKeyStore())
    folder = tmp_path / "trusted"
    folder.mkdir()
    (folder / "d.pub").write_bytes(signer.public_pem())
    from app.bundle.signing import TrustedDevices

    trusted = TrustedDevices.load(folder)
    document = signer.signed(ENVELOPE_DOMAIN, {"bundle_id": "b", "size": 1})
    assert verify_signed(document, ENVELOPE_DOMAIN, trusted) == signer.device_id
    with pytest.raises(SignatureRejected, match="changed after it was signed"):
        verify_signed({**document, "size": 2}, ENVELOPE_DOMAIN, trusted)
    with pytest.raises(SignatureRejected):
        verify_signed(document, b"another-domain\n", trusted)
    with pytest.raises(SignatureRejected, match="no device signature"):
        verify_signed({"bundle_id": "b"}, ENVELOPE_DOMAIN, trusted)


def test_destinations_by_url(tmp_path):
    assert parse_destination(tmp_path.as_uri()) == tmp_path
    assert parse_destination("s3://drop/airlock/x") == S3Location("drop", "airlock/x/")
    assert parse_destination("s3://drop") == S3Location("drop", "")
    for bad in ("", "ftp://x/y", "file://server/share", "s3:///nobucket"):
        with pytest.raises(ReleaseError):
            parse_destination(bad)


def test_a_folder_write_is_atomic_and_leaves_no_partial_file(tmp_path):
    destination = FolderDestination(tmp_path)
    confirmation = destination.put("bundles/a.age", io.BytesIO(b"sealed"), 6)
    assert (tmp_path / "bundles" / "a.age").read_bytes() == b"sealed" and confirmation.size == 6

    def stop():
        raise RuntimeError("killed")

    with pytest.raises(RuntimeError):
        destination.put("bundles/b.age", io.BytesIO(b"sealed"), 6, checkpoint=stop)
    assert sorted(p.name for p in (tmp_path / "bundles").iterdir()) == ["a.age"]
    assert destination.objects("bundles/") == [ListedObject("bundles/a.age", 6)] and destination.exists("bundles/a.age")
    again = destination.put("bundles/a.age", io.BytesIO(b"other!"), 6)  # an object once written is never replaced
    assert (tmp_path / "bundles" / "a.age").read_bytes() == b"sealed" and again.size == 6
    assert sorted(p.name for p in (tmp_path / "bundles").iterdir()) == ["a.age"]
    with pytest.raises(ValueError):
        destination.put("../escape", io.BytesIO(b"x"), 1)


def test_partial_files_a_killed_release_left_are_removed_by_the_next_write_into_their_folder(tmp_path):
    """SIGKILL mid-write skips `put`'s cleanup (the kill-loop drill counts such files in the drop
    box): the next write into the folder removes those older than an hour, not one being written."""
    import os
    import time

    from app.release.folder_destination import STALE_PARTIAL_S

    folder = tmp_path / "device-1"
    folder.mkdir()
    stale, fresh = folder / ".partial-0a1b2c-old.age", folder / ".partial-3d4e5f-now.age"
    stale.write_bytes(b"half")
    fresh.write_bytes(b"half")
    hour_ago = time.time() - STALE_PARTIAL_S - 60
    os.utime(stale, (hour_ago, hour_ago))
    other = tmp_path / "device-2"
    other.mkdir()
    (other / ".partial-9f9f9f-x.age").write_bytes(b"half")
    os.utime(other / ".partial-9f9f9f-x.age", (hour_ago, hour_ago))

    FolderDestination(tmp_path).put("device-1/b.age", io.BytesIO(b"sealed"), 6)
    assert sorted(p.name for p in folder.iterdir()) == [fresh.name, "b.age"]
    assert (other / ".partial-9f9f9f-x.age").exists()  # only the folder written into is swept

