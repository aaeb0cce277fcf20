"""The worker's view of the drop box: its shard's devices, from each device's cursor on."""

from __future__ import annotations

from lake_rig import LakeRig

from app.collect.collector import CollectStatus
from app.collect.drop_view import ShardView, read_cursors, write_cursors
from app.collect.lake.objects import FolderObjects
from app.collect.shard import ALL, Shard


class _CountingDrop:
    """The real folder drop box, counting how many objects each listing returned."""

    def __init__(self, drop) -> None:
        self._drop = drop
        self.description = drop.description
        self.listed = 0

    def folders(self, prefix=""):
        return self._drop.folders(prefix)

    def objects(self, prefix, start_after=None):
        found = self._drop.objects(prefix, start_after=start_after)
        self.listed += len(found)
        return found

    def open(self, name, limit):
        return self._drop.open(name, limit)

    def delete(self, name):
        self._drop.delete(name)


def _run(rig: LakeRig, cursors, shard=ALL):
    from app.collect.collector import Collector

    writer = rig.writer(shard=shard)
    writer.open()
    drop = _CountingDrop(rig.drop)
    view = ShardView(drop, shard, cursors, settled=writer.withdrawn)
    report = Collector(view, rig.identity, rig.trusted(), writer).run()
    return report, view.advance(report.outcomes), drop


def test_a_second_run_lists_only_what_came_after_each_devices_cursor(tmp_path):
    rig = LakeRig(tmp_path)
    rig.release(per_device=2)
    report, cursors, drop = _run(rig, {})
    assert report.count(CollectStatus.UNPACKED) == 6 and drop.listed == 12
    assert cursors == {d.device_id: d.made[-1].bundle_id for d in rig.devices}

    rig.devices[0].release(rig.drop, rig.scratch)
    report, cursors, drop = _run(rig, cursors)
    assert report.count(CollectStatus.UNPACKED) == 1 and report.count(CollectStatus.PRESENT) == 0
    assert drop.listed == 2  # the new bundle's sealed file and envelope, nothing older
    assert cursors[rig.devices[0].device_id] == rig.devices[0].made[-1].bundle_id


def test_the_cursor_stops_before_a_bundle_still_arriving_and_notices_are_always_seen(tmp_path):
    rig = LakeRig(tmp_path, devices=1)
    device = rig.devices[0]
    rig.release(per_device=2)
    first, _second = device.made
    envelope = next(tmp_path.glob(f"drop/{device.device_id}/bundles/{first.bundle_id}.envelope.json"))
    held = envelope.read_bytes()
    envelope.unlink()  # the first is still arriving
    report, cursors, _drop = _run(rig, {})
    assert report.count(CollectStatus.WAITING) == 1 and report.count(CollectStatus.UNPACKED) == 1
    assert cursors == {}  # nothing before the waiting bundle is settled... and it is the first
    envelope.write_bytes(held)
    report, cursors, _drop = _run(rig, cursors)
    assert report.count(CollectStatus.UNPACKED) == 1 and cursors == {device.device_id: device.made[-1].bundle_id}

    device.withdraw(rig.drop, first.bundle_id)  # an old bundle, below the cursor
    report, cursors, _drop = _run(rig, cursors)
    assert report.count(CollectStatus.WITHDRAWN) == 1
    report, cursors, drop = _run(rig, cursors)  # honoured: the notice is not even read again
    assert report.outcomes == [] and drop.listed == 1


def test_a_shard_sees_only_its_devices_and_cursor_files_merge_across_layouts(tmp_path):
    rig = LakeRig(tmp_path, devices=6)
    rig.release(per_device=1)
    halves = [Shard(0, 2), Shard(1, 2)]
    seen = []
    for shard in halves:
        report, cursors, _drop = _run(rig, {}, shard)
        seen += [o.device for o in report.outcomes]
        write_cursors(FolderObjects(rig.lake), shard, cursors)
    assert sorted(seen) == sorted(d.device_id for d in rig.devices)
    merged = read_cursors(FolderObjects(rig.lake), Shard(0, 1))
    assert merged == {d.device_id: d.made[-1].bundle_id for d in rig.devices}
    assert set(read_cursors(FolderObjects(rig.lake), Shard(1, 3))) == {d.device_id for d in rig.devices
                                                                     if Shard(1, 3).holds(d.device_id)}
