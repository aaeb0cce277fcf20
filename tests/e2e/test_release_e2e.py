"""Release against a real S3 server (SeaweedFS) with the real keyring and the real CLI.

Each test drives an Airlock profile through `python -m app …` subprocesses whose secrets (vault
key, device key, write-only S3 credentials) live in a private gnome-keyring; the data team's side
runs `airlock collect` with the admin identity. Segments are written through the real vault writer
(by a subprocess holding the keyring), with marker text and screenshots we can look for.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyrage
import pytest
from pyrage import x25519

from app.bundle.signing import DeviceSigner
from tests.e2e.harness.keyring import keyring_session
from tests.e2e.harness.seaweed import SeaweedS3
from tests.e2e.harness.waiting import wait_until
from tests.helpers.keystore import MemoryKeyStore

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
MARKER_TEXT = "AIRLOCK-MARKER-TEXT-7f3a"
MARKER_TITLE = "Marker Title 9c1e"
JPEG_SIGNATURES = (b"JFIF\x00", b"Exif\x00")

# Writes segments through the real vault writer, with the vault key from the (session's) keyring.
SEED_DRIVER = """
import json, os, sys, time
sys.path.insert(0, os.path.join(os.environ["AIRLOCK_REPO"], "tests", "unit", "release"))
from app.core.paths import resolve_paths
from app.vault.keystore import KeyringKeyStore
from app.vault.vault import open_vault
from release_seeding import SegmentSpec, jpeg, mark_read, seed_segments
plan = json.load(sys.stdin)
paths = resolve_paths(plan["data_dir"])
handle = open_vault(paths, KeyringKeyStore(paths.data_dir))
start = time.time() - 3600
specs = []
for n, s in enumerate(plan["segments"]):
    frames = tuple(os.urandom(s["random_frame_bytes"]) if s.get("random_frame_bytes") else jpeg(tuple(s["colour"]))
                   for _ in range(s["frames"]))
    specs.append(SegmentSpec(s["app"], s["title"], s["text"], frames, start=start + 60 * n))
ids = seed_segments(handle, specs).ids
mark_read(handle)  # as the scan worker leaves them: these tests are about the release, not reading
print(json.dumps(ids))
"""


def _popen_args(*args: str) -> list[str]:
    return [sys.executable, "-m", "app", *args]


@pytest.fixture(scope="module")
def s3(tmp_path_factory):
    server = SeaweedS3(tmp_path_factory.mktemp("seaweed")).start()
    yield server
    server.stop()


class Device:
    """One employee's Airlock profile plus the organisation's keys, driven through the CLI."""

    def __init__(self, tmp: Path, env: dict[str, str], s3: SeaweedS3, prefix: str) -> None:
        self.tmp, self.s3, self.prefix = tmp, s3, prefix
        self.data = tmp / "data"
        self.env = {**env, "AIRLOCK_REPO": str(ROOT), "PYTHONPATH": str(ROOT)}
        self.env.pop("DISPLAY", None)
        self.env.pop("AWS_ACCESS_KEY_ID", None)
        self.env.pop("AWS_SECRET_ACCESS_KEY", None)
        self.org = tmp / "org"
        created = self.airlock("keys", "init-org", "--out", str(self.org))
        assert "recipients = [" in created.stdout
        self.recipient = (self.org / "org-recipient.txt").read_text().strip()
        self.policy = self.write_policy("policy.toml")
        self.trusted = tmp / "trusted"
        self.trusted.mkdir()
        self.dataset = tmp / "dataset"

    @property
    def destination(self) -> str:
        return f"s3://{self.s3.bucket}/{self.prefix}"

    def write_policy(self, name: str, bandwidth_kbps: int | None = None) -> Path:
        cap = f"bandwidth_kbps = {bandwidth_kbps}\n" if bandwidth_kbps else ""
        path = self.tmp / name
        path.write_text(
            'organisation = "E2E Org"\n[release]\n'
            f'destination = "{self.destination}"\nmode = "explicit"\nhold_hours = 0\n'
            f'recipients = ["{self.recipient}"]\ns3_endpoint = "{self.s3.endpoint}"\n{cap}')
        return path

    def airlock(self, *args: str, policy: Path | None = None, stdin: str | None = None, env_extra=None,
                check: bool = True) -> subprocess.CompletedProcess:
        base = ["--data-dir", str(self.data)] + (["--policy", str(policy or self.policy)] if args[0] != "keys" or
                                                   args[1] != "init-org" else [])
        result = subprocess.run(_popen_args(*base, *args), env={**self.env, **(env_extra or {})}, input=stdin,
                                capture_output=True, text=True, timeout=180, cwd=ROOT)
        if check:
            assert result.returncode == 0, f"airlock {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
        return result

    def seed(self, segments: list[dict]) -> list[int]:
        result = subprocess.run([sys.executable, "-c", SEED_DRIVER], env=self.env, cwd=ROOT, capture_output=True,
                                text=True, timeout=180,
                                input=json.dumps({"data_dir": str(self.data), "segments": segments}))
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    def enrol(self) -> None:
        """Consent, write-only credentials into the keyring, and the device key to the data team."""
        self.airlock("consent", "--accept")
        self.airlock("keys", "s3-credentials", "--access-key-id", self.s3.writer.access_key, "--secret-stdin",
                     stdin=self.s3.writer.secret_key + "\n")
        device = self.airlock("keys", "device")
        (self.trusted / "device.pub").write_text(device.stdout)
        self.device_id = re.search(r"Device id ([0-9a-f]{16})", device.stderr).group(1)

    @property
    def folder(self) -> str:
        """Where this device's objects are: `<prefix>/<device id>` (after `enrol`)."""
        return f"{self.prefix}/{self.device_id}"

    def collect(self, trusted: Path | None = None, check: bool = True) -> dict:
        result = self.airlock(
            "collect", "--from", self.destination, "--s3-endpoint", self.s3.endpoint, "--identity",
            str(self.org / "org-identity.txt"), "--trusted-devices", str(trusted or self.trusted), "--dataset",
            str(self.dataset), "--json", check=False,
            env_extra={"AWS_ACCESS_KEY_ID": self.s3.admin.access_key,
                       "AWS_SECRET_ACCESS_KEY": self.s3.admin.secret_key})
        if check:
            assert result.returncode in (0, 1), result.stderr
        return json.loads(result.stdout)


@pytest.fixture
def device(tmp_path, s3, request):
    with keyring_session(tmp_path / "keyring") as session:
        yield Device(tmp_path, session.env, s3, prefix=request.node.name.replace("_", "-")[:40])


def _segments() -> list[dict]:
    return [
        {"app": "editor", "title": MARKER_TITLE, "text": f"note {MARKER_TEXT}", "frames": 2, "colour": [250, 10, 10]},
        {"app": "browser", "title": "Docs", "text": "plain words", "frames": 1, "colour": [10, 10, 250]},
    ]


def _bundle_objects(s3: SeaweedS3, prefix: str) -> list[str]:
    return [k for k in s3.object_keys() if k.startswith(f"{prefix}/") and "/bundles/" in k]


def test_capture_approve_release_collect_and_withdraw(device, s3):
    ids = device.seed(_segments())
    device.enrol()
    device.airlock("approve", "--segment", str(ids[0]))

    dry = device.airlock("release", "--dry-run")
    assert f"#{ids[0]}" in dry.stdout and MARKER_TITLE in dry.stdout and f"#{ids[1]}" not in dry.stdout
    assert "1 segment waiting for your approval" in dry.stdout
    assert not _bundle_objects(s3, device.prefix), "a dry run sends nothing"

    sent = device.airlock("release")
    assert "Sent bundle" in sent.stdout
    (row,) = json.loads(device.airlock("releases", "--json").stdout)
    bundle_id = row["bundle_id"]
    assert [s["id"] for s in row["segments"]] == [ids[0]] and row["confirmation"]["etag"]
    assert _bundle_objects(s3, device.prefix) == [f"{device.folder}/bundles/{bundle_id}.age",
                                                   f"{device.folder}/bundles/{bundle_id}.envelope.json"]
    log_text = "".join(p.read_text(errors="replace") for p in (device.data / "logs").glob("*.log*"))
    assert MARKER_TITLE not in log_text and MARKER_TEXT not in log_text, "titles and text never reach the log"

    with pytest.raises(Exception, match="AccessDenied|Forbidden|403"):  # the device cannot read back
        s3.client(s3.writer).get_object(Bucket=s3.bucket, Key=f"{device.folder}/bundles/{bundle_id}.age")

    report = device.collect()
    assert report["counts"]["unpacked"] == 1, report
    folder = device.dataset / bundle_id
    (segment,) = [json.loads(line) for line in (folder / "segments.jsonl").read_text().splitlines()]
    assert (segment["id"], segment["title"], segment["typed_text"]) == (ids[0], MARKER_TITLE, f"note {MARKER_TEXT}")
    events = [json.loads(line) for line in (folder / "events.jsonl").read_text().splitlines()]
    assert "".join(e["char"] for e in events if e["kind"] == "key" and e["pressed"]) == f"note {MARKER_TEXT}"
    assert len(list((folder / "images").iterdir())) == 2

    device.airlock("withdraw", bundle_id)
    assert json.loads(device.airlock("releases", "--json").stdout)[0]["withdrawn_at"]
    assert f"{device.folder}/withdrawals/{bundle_id}.json" in s3.object_keys()
    after = device.collect()
    assert [(b["bundle_id"], b["status"]) for b in after["bundles"]] == [(bundle_id, "withdrawn")]
    assert not folder.exists()


def test_leak_drill_a_public_bucket_exposes_nothing_readable(device, s3):
    device.seed(_segments())
    device.enrol()
    device.airlock("approve", "--last", "2h")
    device.airlock("release")
    s3.make_public()
    anonymous = s3.client(None)
    keys = [k for k in s3.object_keys(anonymous) if k.startswith(f"{device.prefix}/")]
    assert any(k.endswith(".age") for k in keys) and any(k.endswith(".envelope.json") for k in keys)
    stranger = x25519.Identity.generate()
    wrong_identity = device.tmp / "wrong-identity.txt"
    wrong_identity.write_text(f"{stranger}\n")
    for key in keys:
        blob = anonymous.get_object(Bucket=s3.bucket, Key=key)["Body"].read()  # the leak: anyone can read
        for secret in (MARKER_TEXT.encode(), MARKER_TITLE.encode(), b"plain words", b"editor", *JPEG_SIGNATURES):
            assert secret not in blob, f"{secret!r} readable in {key}"
        if key.endswith(".age"):
            with pytest.raises(pyrage.DecryptError):
                pyrage.decrypt(blob, [stranger])
            sealed = device.tmp / "leaked.age"
            sealed.write_bytes(blob)
            wrong = subprocess.run(["age", "-d", "-i", str(wrong_identity), str(sealed)], capture_output=True)
            assert wrong.returncode != 0 and not wrong.stdout
            right = subprocess.run(["age", "-d", "-i", str(device.org / "org-identity.txt"), str(sealed)],
                                   capture_output=True)
            assert right.returncode == 0 and MARKER_TEXT.encode() in right.stdout  # the org key does open it


def test_the_collector_rejects_a_flipped_byte_and_an_unknown_device_key(device, s3):
    device.seed(_segments())
    device.enrol()
    device.airlock("approve", "--last", "2h")
    device.airlock("release")
    (bundle_id,) = [r["bundle_id"] for r in json.loads(device.airlock("releases", "--json").stdout)]

    strangers = device.tmp / "strangers"  # trusts a different, valid device key only
    strangers.mkdir()
    (strangers / "other.pub").write_bytes(DeviceSigner.load_or_create(MemoryKeyStore()).public_pem())
    unknown = device.collect(trusted=strangers)
    (outcome,) = unknown["bundles"]
    assert outcome["status"] == "rejected" and "not a trusted device key" in outcome["reason"]
    assert not (device.dataset / bundle_id).exists()

    admin = s3.client(s3.admin)
    key = f"{device.folder}/bundles/{bundle_id}.age"
    blob = bytearray(admin.get_object(Bucket=s3.bucket, Key=key)["Body"].read())
    blob[len(blob) // 2] ^= 0x01
    admin.put_object(Bucket=s3.bucket, Key=key, Body=bytes(blob))
    flipped = device.collect()
    (outcome,) = flipped["bundles"]
    assert outcome["status"] == "rejected"
    assert "does not match the hash its device signed" in outcome["reason"]
    assert not (device.dataset / bundle_id).exists()
    assert not [p for p in device.dataset.iterdir()], "a rejected bundle leaves nothing behind"


def test_a_release_killed_mid_upload_resumes_and_the_collector_sees_one_copy(device, s3):
    segments = [{"app": "video", "title": f"Large {n}", "text": "x", "frames": 25, "random_frame_bytes": 200_000}
                for n in range(4)]  # ≈ 20 MB of incompressible screenshots: three 8 MiB parts
    ids = device.seed(segments)
    device.enrol()
    device.airlock("approve", "--last", "2h")
    capped = device.write_policy("capped.toml", bandwidth_kbps=4096)

    process = subprocess.Popen(_popen_args("--data-dir", str(device.data), "--policy", str(capped), "-v", "release"),
                               env=device.env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(process.stderr.readline, "")), daemon=True)
    reader.start()
    try:
        wait_until(lambda: any("uploaded part 1 of" in line for line in lines) or process.poll() is not None,
                   timeout=120, message="the first part to be uploaded")
        assert process.poll() is None, "".join(lines)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(30)
        reader.join(10)
        process.stdout.close()
        process.stderr.close()
    assert not any("uploaded part 3 of" in line for line in lines)
    admin = s3.client(s3.admin)
    unfinished = admin.list_multipart_uploads(Bucket=s3.bucket, Prefix=f"{device.prefix}/").get("Uploads", [])
    assert len(unfinished) == 1
    assert not [k for k in _bundle_objects(s3, device.prefix) if k.endswith(".age")]

    resumed = device.airlock("-v", "release")
    assert "uploaded part 1 of" not in resumed.stderr and "uploaded part 3 of 3" in resumed.stderr
    (row,) = json.loads(device.airlock("releases", "--json").stdout)
    assert sorted(s["id"] for s in row["segments"]) == sorted(ids)
    objects = _bundle_objects(s3, device.prefix)
    assert objects == [f"{device.folder}/bundles/{row['bundle_id']}.age",
                       f"{device.folder}/bundles/{row['bundle_id']}.envelope.json"]
    assert not admin.list_multipart_uploads(Bucket=s3.bucket, Prefix=f"{device.prefix}/").get("Uploads", [])
    assert not list((device.data / "pending-release").iterdir())
    report = device.collect()
    assert report["counts"]["unpacked"] == 1 and report["bundles"][0]["segments"] == len(ids)
    assert len(list((device.dataset / row["bundle_id"] / "images").iterdir())) == 100


def test_uploads_are_capped_read_once_and_idempotent(s3, tmp_path, monkeypatch):
    from app.release.destinations import MemoryJournal, S3Location
    from app.release.s3_destination import MIN_PART_SIZE, S3Credentials, S3Destination
    from app.release.throttle import TokenBucket

    taken: list[int] = []
    original = TokenBucket.take
    monkeypatch.setattr(TokenBucket, "take", lambda self, amount: (taken.append(amount), original(self, amount)))
    payload = os.urandom(2 * MIN_PART_SIZE + 12345)
    source = tmp_path / "payload"
    source.write_bytes(payload)
    journal = MemoryJournal()
    destination = S3Destination(S3Location(s3.bucket, "capped/"), journal, endpoint=s3.endpoint,
                                credentials=S3Credentials(s3.writer.access_key, s3.writer.secret_key),
                                bytes_per_second=64 * 1024 * 1024, part_size=MIN_PART_SIZE)
    started = time.monotonic()
    with open(source, "rb") as stream:
        first = destination.put("bundles/x.age", stream, len(payload))
    assert sum(taken) == len(payload), "every byte passes the bucket exactly once"
    assert time.monotonic() - started >= (len(payload) - destination._bucket.burst) / (64 * 1024 * 1024)
    assert first.etag and journal.load("bundles/x.age")["completed"]
    with open(source, "rb") as stream:  # a repeat (same journal) sends nothing and confirms the same object
        assert destination.put("bundles/x.age", stream, len(payload)).etag == first.etag
    assert s3.object_keys().count("capped/bundles/x.age") == 1
    body = s3.client(s3.admin).get_object(Bucket=s3.bucket, Key="capped/bundles/x.age")["Body"].read()
    assert body == payload
