"""The lake writer on a local Delta lake: every segment once, crash consistency, withdrawal as
deletion, the refusal of a bundle whose values do not fit the columns."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from deltalake import DeltaTable
from lake_rig import LakeRig

from app.collect.collector import CollectStatus
from app.collect.lake.journal import BATCH, Entry, Journal
from app.collect.lake.objects import FolderObjects
from app.collect.lake.schema import BUNDLES, EVENTS, FRAMES, SEGMENTS
from app.collect.lake.tables import DeltaTables
from tests.helpers.lake_scan import folder_objects, markers_found


@pytest.fixture
def rig(tmp_path) -> LakeRig:
    return LakeRig(tmp_path)


def _table(rig: LakeRig, name: str, version: int | None = None) -> pa.Table:
    return DeltaTable(str(rig.lake / name), version=version).to_pyarrow_table()


def _segment_keys(rig: LakeRig) -> list[tuple[str, int, str]]:
    t = _table(rig, SEGMENTS).to_pydict()
    return sorted(zip(t["bundle_id"], t["segment_id"], t["content_sha256"], strict=True))


def _expected_keys(rig: LakeRig, skip=()) -> list[tuple[str, int, str]]:
    return sorted((b.bundle_id, sid, sha) for b in rig.made() if b.bundle_id not in skip for sid, sha in b.segments)


def test_every_released_segment_lands_once_and_a_second_run_adds_nothing(rig):
    rig.release(per_device=2)
    report, writer = rig.collect()
    assert report.count(CollectStatus.UNPACKED) == 6
    assert _segment_keys(rig) == _expected_keys(rig)
    assert _table(rig, EVENTS).num_rows == sum(b.events for b in rig.made())
    frames = _table(rig, FRAMES).to_pydict()
    assert len(frames["image"]) == sum(b.frames for b in rig.made())
    assert all(m.encode() in img for b in rig.made() for m in [b.marker]
               for img, bid in zip(frames["image"], frames["bundle_id"], strict=True) if bid == b.bundle_id)
    bundles = _table(rig, BUNDLES).to_pydict()
    assert sorted(bundles["bundle_id"]) == sorted(b.bundle_id for b in rig.made())
    assert set(bundles["status"]) == {"collected"}
    assert len(writer.tally.batches) == 2  # batches of 3 bundles
    versions = DeltaTables(str(rig.lake), None, 0).versions()

    again, writer = rig.collect()
    assert again.count(CollectStatus.PRESENT) == 6 and again.count(CollectStatus.UNPACKED) == 0
    assert writer.tally.batches == [] and DeltaTables(str(rig.lake), None, 0).versions() == versions


def test_the_delta_log_holds_no_content(rig):
    rig.release(per_device=1)
    rig.collect()
    log = [(n, d) for n, d in folder_objects(rig.lake) if "/_delta_log/" in f"/{n}"]
    assert log and markers_found(log, [b.marker for b in rig.made()]) == {}


class _Killed(BaseException):
    """Stands for SIGKILL: nothing catches it."""


class _DiesAfter(DeltaTables):
    """Real tables that die after `appends` appends (between two tables' commits)."""

    def __init__(self, root: str, appends: int) -> None:
        super().__init__(root, None, 0)
        self.left = appends

    def append(self, table, batches, batch_id):
        if self.left == 0:
            raise _Killed()
        self.left -= 1
        super().append(table, batches, batch_id)


def test_a_batch_cut_short_between_tables_is_rolled_back_then_collected_whole(rig):
    rig.release(per_device=2)
    # First batch (3 bundles) commits; the second dies after frames and events, before segments.
    dying = rig.writer(_DiesAfter(str(rig.lake), appends=4 + 2), lease_seconds=0.001)
    with pytest.raises(_Killed):
        rig.collect(dying)
    assert _table(rig, BUNDLES).num_rows == 3
    assert _table(rig, EVENTS).num_rows > sum(b.events for b in rig.made()[:3])  # the cut batch's events

    report, writer = rig.collect()
    assert len(writer.tally.recovered) == 1
    assert report.count(CollectStatus.UNPACKED) == 3 and report.count(CollectStatus.PRESENT) == 3
    assert _segment_keys(rig) == _expected_keys(rig)
    events = _table(rig, EVENTS).to_pydict()
    assert len(events["t"]) == sum(b.events for b in rig.made())
    assert len(set(zip(events["bundle_id"], events["seq"], strict=True))) == len(events["t"])


def test_orphan_files_of_a_killed_batch_are_deleted_and_no_other(rig):
    rig.release(per_device=1)
    rig.collect()
    folder = next((rig.lake / EVENTS).glob("day=*"))
    schema = pa.schema([("batch_id", pa.string())])
    pq.write_table(pa.table({"batch_id": ["dead-batch"] * 3}, schema=schema), folder / "part-orphan.parquet")
    pq.write_table(pa.table({"batch_id": ["live-batch"] * 3}, schema=schema), folder / "part-other.parquet")
    day = (DeltaTable(str(rig.lake / EVENTS)).to_pyarrow_table(columns=["day"]).column("day")[0].as_py()
           - __import__("datetime").date(1970, 1, 1)).days
    Journal(FolderObjects(rig.lake)).write(Entry(BATCH, "dead-batch", "0/1", 0.0, days={EVENTS: [day]}))

    _report, writer = rig.collect()
    assert writer.tally.recovered == ["dead-batch"]
    assert not (folder / "part-orphan.parquet").exists()
    assert (folder / "part-other.parquet").exists()
    assert FolderObjects(rig.lake).names("_airlock/journal/") == []


def test_withdrawal_deletes_rows_and_every_file_holding_them_and_keeps_a_tombstone(rig):
    rig.release(per_device=2)
    rig.collect()
    before = DeltaTable(str(rig.lake / SEGMENTS)).version()
    gone = [rig.devices[0].made[0], rig.devices[1].made[1]]
    for bundle in gone:
        device = next(d for d in rig.devices if d.device_id == bundle.device_id)
        device.withdraw(rig.drop, bundle.bundle_id)

    report, writer = rig.collect()
    assert report.count(CollectStatus.WITHDRAWN) == 2
    assert sorted(writer.tally.withdrawn) == sorted(b.bundle_id for b in gone)
    assert _segment_keys(rig) == _expected_keys(rig, skip={b.bundle_id for b in gone})
    bundles = {r["bundle_id"]: r for r in _table(rig, BUNDLES).to_pylist()}
    for bundle in gone:
        tombstone = bundles[bundle.bundle_id]
        assert tombstone["status"] == "withdrawn" and tombstone["withdrawn_at"] is not None
        assert json.loads(tombstone["withdrawal_receipt"])["bundle_id"] == bundle.bundle_id
    found = markers_found(folder_objects(rig.lake), [b.marker for b in rig.made()])
    assert not set(found) & {b.marker for b in gone}, found
    assert set(found) == {b.marker for b in rig.made()} - {b.marker for b in gone}  # the scan does see content
    with pytest.raises(FileNotFoundError):  # time travel cannot bring them back: the old files are gone
        DeltaTable(str(rig.lake / SEGMENTS), version=before).to_pyarrow_table()

    again, writer = rig.collect()  # the notices are still in the drop box: nothing more to do
    assert writer.tally.withdrawn == [] and again.count(CollectStatus.UNPACKED) == 0


def test_a_withdrawal_before_collection_leaves_only_a_tombstone(rig):
    rig.release(per_device=1)
    early = rig.devices[2].made[0]
    rig.devices[2].withdraw(rig.drop, early.bundle_id)
    report, _writer = rig.collect()
    assert report.count(CollectStatus.WITHDRAWN) == 1 and report.count(CollectStatus.UNPACKED) == 2
    assert early.bundle_id not in set(_table(rig, SEGMENTS).column("bundle_id").to_pylist())
    row = next(r for r in _table(rig, BUNDLES).to_pylist() if r["bundle_id"] == early.bundle_id)
    assert row["status"] == "withdrawn" and row["device_id"] == early.device_id


def test_a_bundle_whose_values_do_not_fit_the_columns_is_rejected_whole(rig):
    rig.devices[0].release(rig.drop, rig.scratch)
    bad = rig.devices[1].release(rig.drop, rig.scratch, misshapen=True)
    report, _writer = rig.collect()
    rejected = [o for o in report.outcomes if o.status is CollectStatus.REJECTED]
    assert [o.bundle_id for o in rejected] == [bad.bundle_id]
    assert "width" in rejected[0].reason  # the one verification path refuses it before any writer sees it
    for table in (SEGMENTS, EVENTS, FRAMES, BUNDLES):
        assert bad.bundle_id not in set(_table(rig, table).column("bundle_id").to_pylist())
    assert _table(rig, BUNDLES).num_rows == 1
