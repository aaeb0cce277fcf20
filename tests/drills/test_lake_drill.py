"""The lake at scale, against a real SeaweedFS: many devices and two collectors at once, SIGKILL
at random points, withdrawals then a scan of every object in the lake bucket.

Quick setting (every `make test`): 10 devices / 40 bundles, 3 kills, 4 withdrawals. Full
(`make drills`): 200 devices / 2,000 bundles, 50 kills, 20 withdrawals.
"""

from __future__ import annotations

import json
import random
import time

import polars as pl
import pytest
from cryptography.hazmat.primitives import serialization

from app.collect.lake.run_log import verify_run_log
from tests.drills.lake_support import LAKE, LakeWorld
from tests.drills.settings import count, report
from tests.helpers.lake_scan import markers_found

pytestmark = pytest.mark.e2e


@pytest.fixture
def world(tmp_path, lake_seaweed, request) -> LakeWorld:
    return LakeWorld(tmp_path, lake_seaweed, request.node.name.replace("_", "-")[:48])


def _finished(collection) -> dict:
    code, out, err = collection.wait()
    assert code == 0, f"collect failed ({code}):\n{err[-3000:]}"
    return json.loads(out)


def _expected(world: LakeWorld, skip=frozenset()) -> list[tuple[str, int, str]]:
    return sorted((b.bundle_id, sid, sha) for b in world.made() if b.bundle_id not in skip for sid, sha in b.segments)


def _segments(world: LakeWorld) -> list[tuple[str, int, str]]:
    t = world.delta("segments").to_pyarrow_table(columns=["bundle_id", "segment_id", "content_sha256"]).to_pydict()
    return sorted(zip(t["bundle_id"], t["segment_id"], t["content_sha256"], strict=True))


def _assert_whole_and_once(world: LakeWorld, skip=frozenset()) -> None:
    assert _segments(world) == _expected(world, skip)
    made = [b for b in world.made() if b.bundle_id not in skip]
    events = world.delta("events").to_pyarrow_table(columns=["bundle_id", "seq"]).to_pydict()
    assert len(events["seq"]) == sum(b.events for b in made)
    assert len(set(zip(events["bundle_id"], events["seq"], strict=True))) == len(events["seq"])
    frames = world.delta("frames").to_pyarrow_table(columns=["bundle_id", "segment_id", "frame_no"]).to_pydict()
    keys = list(zip(frames["bundle_id"], frames["segment_id"], frames["frame_no"], strict=True))
    assert len(keys) == sum(b.frames for b in made) == len(set(keys))


def test_two_collectors_at_once_put_every_segment_in_the_lake_exactly_once(world):
    devices, per_device = count(10, 200), count(4, 10)
    started = time.monotonic()
    world.release(world.add_devices(devices), per_device)
    made_in = time.monotonic() - started
    started = time.monotonic()
    first, second = world.collect("--shard", "0/2"), world.collect("--shard", "1/2", work="work-b")
    results = [_finished(first), _finished(second)]
    collected_in = time.monotonic() - started
    assert sum(r["counts"]["unpacked"] for r in results) == devices * per_device
    assert all(r["counts"]["unpacked"] > 0 for r in results)  # both collectors did their share
    assert sum(r["counts"]["rejected"] for r in results) == 0

    _assert_whole_and_once(world)
    expected = _expected(world)
    # The same table through Polars and DuckDB (offline engines, the training role's credentials).
    polars = pl.scan_delta(f"{world.lake_url}/segments", storage_options=world.storage_options())
    assert polars.select(pl.len()).collect().item() == len(expected)
    assert sorted(polars.select("content_sha256").collect().to_series().to_list()) == sorted(e[2] for e in expected)
    duck = world.duckdb()
    assert duck.execute(f"SELECT count(*) FROM delta_scan('{world.lake_url}/segments')").fetchone()[0] == len(expected)
    assert duck.execute(f"SELECT count(DISTINCT bundle_id) FROM delta_scan('{world.lake_url}/bundles') "
                        "WHERE status = 'collected'").fetchone()[0] == devices * per_device
    events = duck.execute(f"SELECT count(*) FROM delta_scan('{world.lake_url}/events')").fetchone()[0]
    assert events == sum(b.events for b in world.made())

    # Again: the cursors say there is nothing new, so nothing is even looked at (one listing per device).
    again = [_finished(world.collect("--shard", "0/2")), _finished(world.collect("--shard", "1/2"))]
    assert sum(r["counts"]["unpacked"] + r["counts"]["already-present"] for r in again) == 0
    assert sum(w["devices_listed"] for r in again for w in r["workers"]) == devices
    # Looking at everything again (--full-listing) finds every bundle already there, and adds nothing.
    full = _finished(world.collect("--full-listing", "--workers", "2"))
    assert full["counts"]["already-present"] == devices * per_device and full["counts"]["unpacked"] == 0
    _assert_whole_and_once(world)

    # Every run left a run log signed by the collector's key.
    public = serialization.load_pem_public_key(world.signing_public.read_bytes())
    client = world.s3.client(world.s3.training)
    logs = [k for k in world.s3.object_keys(client, bucket=LAKE) if k.startswith(f"{world.name}/_airlock/runs/")]
    assert len(logs) == 6  # 2 + 2 runs of one worker, one run of two
    for key in logs:
        verify_run_log(client.get_object(Bucket=LAKE, Key=key)["Body"].read(), public)
    report("lake two collectors", devices=devices, bundles=devices * per_device, segments=len(expected),
           events=events, seconds_to_release=round(made_in, 1), seconds_to_collect=round(collected_in, 1))


def test_sigkill_at_random_points_then_a_clean_run_leaves_the_lake_complete_without_duplicates(world):
    kills = count(3, 50)
    rng = random.Random(1717)
    devices = world.add_devices(8)
    world.release(devices, 2)
    # One uninterrupted run of the same shape tells how long a run takes; kills land inside it.
    started = time.monotonic()
    _finished(world.collect("--batch-bundles", "2"))
    span = time.monotonic() - started
    mid_run = in_flight = 0
    for _ in range(kills):
        world.release(rng.sample(devices, 4), 1)  # always something new to collect
        running = world.collect("--batch-bundles", "2", "--workers", str(rng.choice((1, 2))))
        time.sleep(rng.uniform(0.3, 1.0) * span)  # the kill instant is the random variable here, not a wait
        mid_run += running.kill()
        in_flight += any("/_airlock/journal/" in n for n, _ in world.lake_objects())
    final = _finished(world.collect())
    _assert_whole_and_once(world)
    bundles = world.delta("bundles").to_pyarrow_table(columns=["bundle_id"]).column("bundle_id").to_pylist()
    assert sorted(bundles) == sorted(b.bundle_id for b in world.made())
    left = [n for n, _ in world.lake_objects() if "/_airlock/journal/" in n or "/_airlock/leases/" in n]
    assert left == []
    assert mid_run >= kills // 2  # most kills hit a running collector
    report("lake kill loop", kills=kills, killed_while_running=mid_run, killed_with_a_batch_in_flight=in_flight,
           batches_rolled_back_by_the_clean_run=len(final["workers"][0]["recovered"]),
           bundles=len(world.made()), run_seconds=round(span, 1))


def test_withdrawn_bundles_leave_no_trace_in_any_object_of_the_lake_bucket(world):
    withdrawals = count(4, 20)
    world.release(world.add_devices(count(6, 20)), 3)
    _finished(world.collect("--workers", "2"))
    gone = random.Random(7).sample(world.made(), withdrawals)
    for bundle in gone:
        world.withdraw(bundle)
    result = _finished(world.collect("--workers", "2"))
    assert sorted(result["withdrawals_honoured"]) == sorted(b.bundle_id for b in gone)
    skip = {b.bundle_id for b in gone}
    _assert_whole_and_once(world, skip)
    tombstones = world.delta("bundles").to_pyarrow_table().to_pylist()
    assert {r["bundle_id"] for r in tombstones if r["status"] == "withdrawn"} == skip
    assert all(json.loads(r["withdrawal_receipt"])["signature"] for r in tombstones if r["status"] == "withdrawn")

    objects = list(world.lake_objects())
    found = markers_found(objects, [b.marker for b in world.made()])
    assert not set(found) & {b.marker for b in gone}, {m: found[m] for m in set(found) & {b.marker for b in gone}}
    assert set(found) == {b.marker for b in world.made()} - {b.marker for b in gone}  # the scan does see content
    report("lake withdrawals", withdrawn=withdrawals, objects_scanned=len(objects),
           parquet_files=sum(1 for n, _ in objects if n.endswith(".parquet")))
