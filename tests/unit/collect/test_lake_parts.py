"""Shards, leases, the signed run log, the access refusals and the progress line."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given
from hypothesis import strategies as st

from app.bundle.signing import DeviceSigner, SignatureRejected
from app.collect.lake.access import refuse_open_folder, refuse_public_bucket, refuse_unconditional_store
from app.collect.lake.lease import LeaseLost, ShardLease
from app.collect.lake.objects import FolderObjects, PreconditionFailed
from app.collect.lake.run_log import load_signing_key, verify_run_log, write_run_log
from app.collect.progress import Progress
from app.collect.shard import Shard, parse_shard
from app.core.errors import KnownError
from app.release.org_keys import init_collector_key


@given(st.integers(1, 6), st.integers(1, 5), st.text(alphabet="0123456789abcdef", min_size=16, max_size=16))
def test_a_split_shard_gives_each_of_its_devices_to_exactly_one_worker(count, workers, device):
    for shard in (Shard(i, count) for i in range(count)):
        holders = [s for s in shard.split(workers) if s.holds(device)]
        assert len(holders) == (1 if shard.holds(device) else 0)
        assert all(s.overlaps(shard) for s in shard.split(workers))


def test_shards_of_different_layouts_overlap_only_where_they_share_devices():
    assert Shard(0, 2).overlaps(Shard(2, 4)) and not Shard(0, 2).overlaps(Shard(1, 4))
    assert not Shard(0, 4).overlaps(Shard(2, 4))
    assert parse_shard("1/3") == Shard(1, 3)
    for bad in ("3/3", "x", "1/0", ""):
        with pytest.raises(KnownError):
            parse_shard(bad)


def test_folder_objects_conditional_writes(tmp_path):
    objects = FolderObjects(tmp_path)
    tag = objects.put("_airlock/a.json", b"1", if_absent=True)
    with pytest.raises(PreconditionFailed):
        objects.put("_airlock/a.json", b"2", if_absent=True)
    with pytest.raises(PreconditionFailed):
        objects.put("_airlock/a.json", b"2", if_match="stale")
    objects.put("_airlock/a.json", b"3", if_match=tag)
    assert objects.get("_airlock/a.json")[0] == b"3" and objects.names("_airlock/") == ["_airlock/a.json"]
    with pytest.raises(ValueError):
        objects.put("../outside", b"x")


def test_a_live_lease_is_refused_with_its_holder_and_a_dead_one_is_taken_over(tmp_path):
    objects = FolderObjects(tmp_path)
    first = ShardLease(objects, Shard(0, 2), "run-a")
    first.acquire()
    with pytest.raises(KnownError, match="being collected by another collector"):
        ShardLease(objects, Shard(0, 2), "run-b").acquire()
    with pytest.raises(KnownError, match="another shard layout"):
        ShardLease(objects, Shard(2, 4), "run-c").acquire()
    ShardLease(objects, Shard(1, 4), "run-d").acquire()  # no device in common with 0/2

    # A holder killed on this host (its process is gone) is taken over at once.
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    data = json.loads(objects.get(first.name)[0])
    objects.put(first.name, json.dumps({**data, "pid": int(dead.stdout)}).encode())
    second = ShardLease(objects, Shard(0, 2), "run-b")
    second.acquire()
    with pytest.raises(LeaseLost):
        first.renew()
    second.renew()
    second.release()
    assert objects.get(second.name) is None


def test_an_expired_lease_is_taken_over(tmp_path):
    objects = FolderObjects(tmp_path)
    now = [1000.0]
    ShardLease(objects, Shard(0, 1), "old", seconds=10, clock=lambda: now[0]).acquire()
    now[0] += 11
    ShardLease(objects, Shard(0, 1), "new", seconds=10, clock=lambda: now[0]).acquire()
    assert json.loads(objects.get("_airlock/leases/0-of-1.json")[0])["run_id"] == "new"


def test_the_run_log_is_signed_by_the_collector_key_and_tampering_shows(tmp_path):
    private, public = init_collector_key(tmp_path / "keys")
    assert oct(private.stat().st_mode & 0o777) == "0o600"
    signer = load_signing_key(private)
    objects = FolderObjects(tmp_path / "lake")
    name = write_run_log(objects, signer, {"run_id": "r1", "finished": 0.0, "rows_added": {"events": 5}})
    data = objects.get(name)[0]
    from cryptography.hazmat.primitives import serialization
    key = serialization.load_pem_public_key(public.read_bytes())
    assert verify_run_log(data, key)["rows_added"] == {"events": 5}
    with pytest.raises(SignatureRejected):
        verify_run_log(data.replace(b'"events": 5', b'"events": 6'), key)
    other = DeviceSigner(Ed25519PrivateKey.generate())
    with pytest.raises(SignatureRejected):
        verify_run_log(json.dumps(other.signed(b"x", {"run_id": "r1"})).encode(), key)
    with pytest.raises(KnownError, match="not a PEM"):
        load_signing_key(public)


class _Bucket:
    description = "s3://lake/airlock"

    def __init__(self, findings, conditional=True):
        self.findings, self.conditional = findings, conditional

    def public_read_findings(self, probe):
        return self.findings

    def honours_conditional_writes(self, name):
        return self.conditional


def test_a_public_lake_bucket_is_refused_by_name_and_a_private_one_is_not():
    with pytest.raises(KnownError, match="'lake' allows anonymous read: a request without credentials could list"):
        refuse_public_bucket(_Bucket(["a request without credentials could list its objects"]), "lake")
    refuse_public_bucket(_Bucket([]), "lake")
    with pytest.raises(KnownError, match="ignores conditional writes"):
        refuse_unconditional_store(_Bucket([], conditional=False))


def test_a_lake_folder_open_to_others_is_refused(tmp_path):
    (tmp_path / "lake").mkdir(mode=0o755)
    os.chmod(tmp_path / "lake", 0o755)
    with pytest.raises(KnownError, match="can be read by every account"):
        refuse_open_folder(tmp_path / "lake")
    os.chmod(tmp_path / "lake", 0o700)
    refuse_open_folder(tmp_path / "lake")


def test_the_progress_line_counts_bundles_and_bytes():
    stream = io.StringIO()
    progress = Progress(stream=stream, enabled=True)
    progress.update(listed=4)
    progress.update(done=1, bytes_read=2_000_000)
    line = progress.line()
    assert "1/4 bundles" in line and "2.0 MB" in line and line.startswith("[#######")
    silent = Progress(stream=io.StringIO())  # not a terminal: no bar
    silent.update(listed=1)
    silent.close()
    assert silent.stream.getvalue() == ""
