"""A local lake, a folder drop box, simulated devices and the org's identity, wired like the
command line wires them (fakes: none; the lake is a real Delta table on a local path)."""

from __future__ import annotations

from pathlib import Path

from pyrage import x25519

from app.bundle.signing import TrustedDevices
from app.collect.collector import Collector
from app.collect.lake.lease import ShardLease
from app.collect.lake.objects import FolderObjects
from app.collect.lake.tables import DeltaTables
from app.collect.lake.writer import LakeDatasetWriter, LakeSettings
from app.collect.shard import ALL, Shard
from app.release.folder_destination import FolderDestination
from tests.helpers.simulated_devices import SimulatedDevice, trust


class LakeRig:
    def __init__(self, tmp: Path, devices: int = 3) -> None:
        self.tmp = tmp
        self.identity = x25519.Identity.generate()
        (tmp / "drop").mkdir()
        self.drop = FolderDestination(tmp / "drop")
        self.scratch = tmp / "scratch"
        self.scratch.mkdir()
        self.devices = [SimulatedDevice(n, str(self.identity.to_public())) for n in range(devices)]
        self.lake = tmp / "lake"
        self.runs = 0

    def release(self, per_device: int = 2, **kwargs) -> None:
        for device in self.devices:
            for _ in range(per_device):
                device.release(self.drop, self.scratch, **kwargs)

    def trusted(self) -> TrustedDevices:
        return TrustedDevices.load(trust(self.devices, self.tmp / "trusted"))

    def tables(self, retention_hours: int = 0) -> DeltaTables:
        return DeltaTables(str(self.lake), None, retention_hours)

    def writer(self, tables: DeltaTables | None = None, shard: Shard = ALL, batch_bundles: int = 3,
               lease_seconds: float = 600.0) -> LakeDatasetWriter:
        self.runs += 1
        objects = FolderObjects(self.lake)
        run = f"run-{self.runs}"
        return LakeDatasetWriter(tables or self.tables(), objects, ShardLease(objects, shard, run, lease_seconds),
                                 self.tmp / "work", run, LakeSettings(batch_bundles=batch_bundles))

    def collect(self, writer: LakeDatasetWriter | None = None):
        writer = writer or self.writer()
        writer.open()
        return Collector(self.drop, self.identity, self.trusted(), writer).run(), writer

    def made(self):
        return [b for d in self.devices for b in d.made]
