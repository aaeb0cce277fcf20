"""A data team's world on this machine for the lake drills and e2e tests: SeaweedFS with a drop
box and a lake bucket and the identities docs/deploying.md gives, simulated devices releasing
real bundles into the drop box with write-only credentials, `airlock collect --to` as a real
subprocess with the collector's credentials, and the lake read back as the training role through
deltalake, Polars and DuckDB (DuckDB's delta and httpfs extensions from their pip packages:
nothing is fetched at run time).
"""

from __future__ import annotations

import glob
import os
import signal
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pyrage import x25519

from app.release.destinations import MemoryJournal, S3Location
from app.release.org_keys import init_collector_key
from app.release.s3_destination import S3Credentials, S3Destination
from tests.e2e.harness.seaweed import Identity, SeaweedS3
from tests.helpers.simulated_devices import SimulatedDevice, trust

ROOT = Path(__file__).resolve().parents[2]
DROP, LAKE = "airlock-drop", "airlock-lake"


@dataclass
class Collection:
    """A running or finished `airlock collect` subprocess."""

    process: subprocess.Popen

    def kill(self) -> bool:
        """SIGKILL the collector and its workers; True if it was still running."""
        running = self.process.poll() is None
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:  # it had finished, workers and all
            pass
        self.process.communicate(timeout=60)
        return running

    def wait(self, timeout: float = 1800) -> tuple[int, str, str]:
        out, err = self.process.communicate(timeout=timeout)
        return self.process.returncode, out, err


class LakeWorld:
    def __init__(self, tmp: Path, server: SeaweedS3, name: str) -> None:
        self.tmp = tmp
        self.s3 = server
        self.name = name  # each test its own drop-box prefix and lake
        self.lake_url = f"s3://{LAKE}/{name}"
        self.identity = x25519.Identity.generate()
        (tmp / "org").mkdir()
        self.identity_file = tmp / "org" / "org-identity.txt"
        self.identity_file.write_text(f"{self.identity}\n")
        self.identity_file.chmod(0o600)
        self.signing_key, self.signing_public = init_collector_key(tmp / "collector-keys")
        self.scratch = tmp / "scratch"
        self.scratch.mkdir()
        self.devices: list[SimulatedDevice] = []
        self._drop = S3Destination(S3Location(DROP, f"{name}/"), MemoryJournal(), endpoint=server.endpoint,
                                   credentials=S3Credentials(server.writer.access_key, server.writer.secret_key))

    def add_devices(self, n: int) -> list[SimulatedDevice]:
        new = [SimulatedDevice(len(self.devices) + i, str(self.identity.to_public())) for i in range(n)]
        self.devices += new
        trust(self.devices, self.tmp / "trusted")
        return new

    def release(self, devices: Iterable[SimulatedDevice], per_device: int, **kwargs) -> None:
        for device in devices:
            for _ in range(per_device):
                device.release(self._drop, self.scratch, **kwargs)

    def withdraw(self, bundle) -> None:
        device = next(d for d in self.devices if d.device_id == bundle.device_id)
        device.withdraw(self._drop, bundle.bundle_id)

    def made(self):
        return [b for d in self.devices for b in d.made]

    def env(self, identity: Identity | None = None) -> dict[str, str]:
        identity = identity or self.s3.collector
        env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        env.update(AWS_ACCESS_KEY_ID=identity.access_key, AWS_SECRET_ACCESS_KEY=identity.secret_key,
                   PYTHONPATH=str(ROOT), AIRLOCK_DATA_DIR=str(self.tmp / "collector-profile"))
        return env

    def collect(self, *extra: str, work: str = "work", identity: Identity | None = None) -> Collection:
        args = [sys.executable, "-m", "app", "collect", "--from", f"s3://{DROP}/{self.name}/", "--to", self.lake_url,
                "--s3-endpoint", self.s3.endpoint, "--identity", str(self.identity_file),
                "--trusted-devices", str(self.tmp / "trusted"), "--signing-key", str(self.signing_key),
                "--work-dir", str(self.tmp / work), "--json", "--no-progress", *extra]
        return Collection(subprocess.Popen(args, cwd=ROOT, env=self.env(identity), stdout=subprocess.PIPE,
                                           stderr=subprocess.PIPE, text=True, start_new_session=True))

    # -- reading back as the training role --------------------------------------------------

    def storage_options(self, identity: Identity | None = None) -> dict[str, str]:
        identity = identity or self.s3.training
        return {"AWS_ENDPOINT_URL": self.s3.endpoint, "AWS_REGION": "us-east-1", "AWS_ALLOW_HTTP": "true",
                "AWS_ACCESS_KEY_ID": identity.access_key, "AWS_SECRET_ACCESS_KEY": identity.secret_key,
                "AWS_S3_ADDRESSING_STYLE": "path"}

    def delta(self, table: str):
        from deltalake import DeltaTable

        return DeltaTable(f"{self.lake_url}/{table}", storage_options=self.storage_options())

    def duckdb(self):
        """A DuckDB connection with the delta and httpfs extensions loaded from their pip packages
        (autoinstall off: nothing may be downloaded) and an S3 secret for the training role."""
        import duckdb
        import duckdb_ext

        folder = Path(next(iter(duckdb_ext.__path__)))
        connection = duckdb.connect(config={"autoinstall_known_extensions": False,
                                            "autoload_known_extensions": False})
        version = duckdb.__version__
        for name in ("httpfs", "delta"):
            found = glob.glob(str(folder / "extensions" / f"v{version}" / "*" / f"{name}.duckdb_extension"))
            assert found, f"the {name} extension for DuckDB {version} is not installed (pip: duckdb-ext-{name})"
            connection.execute(f"LOAD '{found[0]}'")
        training = self.s3.training
        connection.execute(
            f"CREATE SECRET lake (TYPE s3, KEY_ID '{training.access_key}', SECRET '{training.secret_key}', "
            f"ENDPOINT '{self.s3.endpoint.split('//', 1)[1]}', URL_STYLE 'path', USE_SSL false, "
            "REGION 'us-east-1')")
        return connection

    def lake_objects(self) -> Iterable[tuple[str, bytes]]:
        """Every object in the lake bucket (as admin: what an attacker with the bucket would see)."""
        client = self.s3.client(self.s3.admin)
        for key in self.s3.object_keys(client, bucket=LAKE):
            if key.startswith(f"{self.name}/"):
                yield key, client.get_object(Bucket=LAKE, Key=key)["Body"].read()


def start_seaweed(root: Path) -> SeaweedS3:
    return SeaweedS3(root, bucket=DROP, lake_bucket=LAKE).start()
