"""Fixtures for release tests: organisation keys, a seeded vault and a release service on a folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from pyrage import x25519
from release_seeding import BASE_T, give_consent, release_policy

from app.bundle.signing import DeviceSigner, TrustedDevices
from app.collect.collector import Collector
from app.collect.folder_writer import FolderDatasetWriter
from app.release.folder_destination import FolderDestination
from app.release.service import ReleaseService
from app.vault.release_store import ReleaseStore
from tests.helpers.clock import FakeClock


@dataclass
class Org:
    identity: x25519.Identity
    recipient: str
    identity_file: Path


@pytest.fixture
def org(tmp_path) -> Org:
    identity = x25519.Identity.generate()
    path = tmp_path / "org-identity.txt"
    path.write_text(f"# test identity\n{identity}\n")
    path.chmod(0o600)
    return Org(identity, str(identity.to_public()), path)


class ReleaseRig:
    """A vault, a folder destination, the service and a collector, wired like the command does."""

    def __init__(self, tmp_path: Path, data_dir, keystore, handle, org: Org) -> None:
        self.tmp = tmp_path
        self.paths = data_dir
        self.keystore = keystore
        self.handle = handle
        self.org = org
        self.drop = tmp_path / "drop"
        self.drop.mkdir()
        self.dataset = tmp_path / "dataset"
        self.clock = FakeClock(BASE_T + 3600)
        self.policy = release_policy(data_dir.data_dir, self.drop.as_uri(), (org.recipient,))
        self.conn = handle.connect()
        self.store = ReleaseStore(self.conn)
        self.signer = DeviceSigner.load_or_create(keystore)
        self.destination = FolderDestination(self.drop)
        self.on_ac = True

    def consent(self, policy=None) -> None:
        give_consent(self.conn, policy or self.policy)

    def service(self, policy=None, destination=None, **kwargs) -> ReleaseService:
        return ReleaseService(self.store, policy or self.policy, self.signer, destination or self.destination,
                              self.paths.data_dir / "pending-release", self.clock, on_ac_power=lambda: self.on_ac, **kwargs)

    def trusted(self, *signers: DeviceSigner) -> TrustedDevices:
        folder = self.tmp / f"trusted-{len(list(self.tmp.glob('trusted-*')))}"
        folder.mkdir()
        for signer in signers or (self.signer,):
            (folder / f"{signer.device_id}.pub").write_bytes(signer.public_pem())
        return TrustedDevices.load(folder)

    def collector(self, trusted: TrustedDevices | None = None) -> Collector:
        return Collector(FolderDestination(self.drop), self.org.identity, trusted or self.trusted(),
                         FolderDatasetWriter(self.dataset))

    def state(self, segment_id: int) -> str:
        return self.conn.execute("SELECT state FROM segments WHERE id = ?", (segment_id,)).fetchone()[0]

    def close(self) -> None:
        self.conn.close()


@pytest.fixture
def rig(tmp_path, data_dir, memory_keystore, vault_handle, org):
    rig = ReleaseRig(tmp_path, data_dir, memory_keystore, vault_handle, org)
    yield rig
    rig.close()
