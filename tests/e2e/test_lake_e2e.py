"""Who may read the lake, against a real SeaweedFS with the identities docs/deploying.md gives:
nobody anonymously, no device, only the training role (read) and the collector (write); and the
collector refuses, by name, a lake bucket made public."""

from __future__ import annotations

import json

import pytest
from botocore.exceptions import ClientError

from tests.drills.lake_support import LAKE, LakeWorld

pytestmark = pytest.mark.e2e


@pytest.fixture
def world(tmp_path, lake_seaweed, request) -> LakeWorld:
    return LakeWorld(tmp_path, lake_seaweed, request.node.name.replace("_", "-")[:48])


def _collected(world: LakeWorld) -> dict:
    world.release(world.add_devices(2), 1)
    code, out, err = world.collect().wait()
    assert code == 0, err
    return json.loads(out)


def _denied(call) -> str:
    with pytest.raises(ClientError) as raised:
        call()
    return raised.value.response["Error"]["Code"]


def test_only_the_training_role_reads_the_lake_and_only_the_collector_writes_it(world):
    assert _collected(world)["counts"]["unpacked"] == 2
    s3 = world.s3
    key = next(k for k in s3.object_keys(bucket=LAKE) if k.startswith(f"{world.name}/segments/") and k.endswith(".parquet"))
    anonymous = s3.client(None)
    assert _denied(lambda: anonymous.list_objects_v2(Bucket=LAKE)) == "AccessDenied"
    assert _denied(lambda: anonymous.get_object(Bucket=LAKE, Key=key)) == "AccessDenied"
    device = s3.client(s3.writer)
    assert _denied(lambda: device.get_object(Bucket=LAKE, Key=key)) == "AccessDenied"
    assert _denied(lambda: device.put_object(Bucket=LAKE, Key=f"{world.name}/x", Body=b"x")) == "AccessDenied"
    training = s3.client(s3.training)
    assert training.get_object(Bucket=LAKE, Key=key)["Body"].read()[:4] == b"PAR1"
    assert _denied(lambda: training.put_object(Bucket=LAKE, Key=f"{world.name}/x", Body=b"x")) == "AccessDenied"
    assert _denied(lambda: training.delete_object(Bucket=LAKE, Key=key)) == "AccessDenied"
    assert world.delta("segments").to_pyarrow_table().num_rows == 4  # 2 bundles of 2 segments, read as training


def test_the_collector_refuses_a_lake_bucket_made_public_and_names_the_problem(world):
    world.release(world.add_devices(1), 1)
    world.s3.make_public(LAKE)
    try:
        code, out, err = world.collect().wait()
    finally:
        world.s3.make_private(LAKE)
    assert code == 2 and out == ""
    assert f"The lake bucket '{LAKE}' allows anonymous read" in err
    assert "a request without credentials could list its objects" in err
    assert "Nothing was written into it" in err
    assert [k for k in world.s3.object_keys(bucket=LAKE) if k.startswith(f"{world.name}/")] == []
    code, out, err = world.collect().wait()  # private again: it collects
    assert code == 0 and json.loads(out)["counts"]["unpacked"] == 1
