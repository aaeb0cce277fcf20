"""Real bundles and a drop box that watches the collector, for the collector's attack and fuzz drills.

`Device` releases a real bundle through the release service (vault, gate, bundle writer, signer,
sealer, folder destination) and keeps its parts so a test can change any layer: the envelope, the
sealed bytes, the tar, the manifest and its signature, a member file. `MemoryDrop` is a DropSource
over a dict that measures the collector's staging folder every time the collector reads, so a
drill can say how large staging ever grew.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import io
import json
import os
import tarfile
import time
from collections.abc import Callable
from pathlib import Path

import pyrage
from cryptography.hazmat.primitives.serialization import load_pem_public_key
from pyrage import x25519

from app.bundle.drop_box import ListedObject, envelope_name, sealed_name, withdrawal_name
from app.bundle.layout import WITHDRAWAL_FORMAT
from app.bundle.signing import ENVELOPE_DOMAIN, MANIFEST_DOMAIN, WITHDRAWAL_DOMAIN, DeviceSigner, TrustedDevices


class Org:
    """The organisation's age identity (one per drill)."""

    def __init__(self) -> None:
        self.identity = x25519.Identity.generate()
        self.recipient = self.identity.to_public()


class Device:
    """One device that released one real bundle (two segments, with screenshots and typed text).

    By default it releases into a folder drop box and keeps the bundle's parts; `store` (its key
    store, so its device id can be known first) and `destination` (a Destination for its signer and
    the policy's URL for it) release it elsewhere, such as a real object store.
    """

    def __init__(self, root: Path, org: Org, title: str = "Quarterly plan", store=None,
                 destination: Callable[[DeviceSigner], tuple[object, str]] | None = None) -> None:
        from app.core.clock import SystemClock
        from app.core.paths import resolve_paths
        from app.policy.consent.summary import consent_record
        from app.policy.file.parser import default_policy
        from app.policy.model import ReleaseMode, ReleasePolicy
        from app.release.folder_destination import FolderDestination
        from app.release.service import ReleaseService
        from app.vault import ledger
        from app.vault.database import transaction
        from app.vault.release_store import ReleaseStore
        from app.vault.vault import open_vault
        from tests.helpers.keystore import MemoryKeyStore
        from tests.helpers.seed import SeededSegment, seed

        paths = resolve_paths(root / "device").ensure()
        store = store or MemoryKeyStore()
        handle = open_vault(paths, store)
        seed(handle, [SeededSegment(time.time() - 600, "editor", title, "hello world"),
                      SeededSegment(time.time() - 500, "browser", "Docs", "second segment", (200, 30, 30))])
        self.signer = DeviceSigner.load_or_create(store)
        drop = root / "drop"
        drop.mkdir()
        target, url = destination(self.signer) if destination else (FolderDestination(drop), drop.as_uri())
        release = ReleasePolicy(mode=ReleaseMode.AFTER_HOLD, hold_hours=0.0, destination=url,
                                recipients=(str(org.recipient),))
        policy = dataclasses.replace(default_policy(paths.data_dir), release=release)
        conn = handle.connect()
        with transaction(conn):
            ledger.append(conn, ledger.LedgerKind.CONSENT, consent_record(policy, True), time.time())
        self._conn = conn  # the service keeps it, for a withdrawal later; close() closes it
        self.service = ReleaseService(ReleaseStore(conn), policy, self.signer, target,
                                      paths.data_dir / "pending", SystemClock(), on_ac_power=lambda: True)
        sent = self.service.run().sent
        assert len(sent) == 1, sent
        self.receipt = sent[0]
        self.org = org
        self.id = self.signer.device_id
        self.bundle_id = sent[0]["bundle_id"]
        self.public_key = load_pem_public_key(self.signer.public_pem())
        if destination is not None:
            return  # the parts are for the folder drills
        self.sealed = (drop / sealed_name(self.id, self.bundle_id)).read_bytes()
        self.envelope = json.loads((drop / envelope_name(self.id, self.bundle_id)).read_bytes())
        with tarfile.open(fileobj=io.BytesIO(pyrage.decrypt(self.sealed, [org.identity])), mode="r:") as archive:
            self.members = [(m.name, archive.extractfile(m).read()) for m in archive]

    def close(self) -> None:
        self._conn.close()

    # -- the objects a drop box holds ----------------------------------------------------------

    def objects(self, sealed: bytes | None = None, envelope: bytes | None = None, bundle_id: str | None = None,
                folder: str | None = None) -> dict[str, bytes]:
        """The sealed file and envelope (as given, or the real ones) under their names."""
        bundle_id, folder = bundle_id or self.bundle_id, folder or self.id
        return {sealed_name(folder, bundle_id): self.sealed if sealed is None else sealed,
                envelope_name(folder, bundle_id): json.dumps(self.envelope).encode() if envelope is None else envelope}

    def sign_envelope(self, fields: dict) -> bytes:
        body = {k: v for k, v in fields.items() if k not in ("key_id", "public_key", "signature")}
        return json.dumps(self.signer.signed(ENVELOPE_DOMAIN, body), allow_nan=True).encode()

    def notice(self, bundle_id: str | None = None, folder: str | None = None, **changes) -> dict[str, bytes]:
        """A withdrawal notice signed by this device, under `folder`'s name (default: its own)."""
        fields = {"format": WITHDRAWAL_FORMAT, "bundle_id": bundle_id or self.bundle_id, "device_id": self.id,
                  "withdrawn_at": time.time(), **changes}
        data = json.dumps(self.signer.signed(WITHDRAWAL_DOMAIN, fields)).encode()
        return {withdrawal_name(folder or self.id, bundle_id or self.bundle_id): data}

    def tar_bytes(self) -> bytes:
        return pyrage.decrypt(self.sealed, [self.org.identity])

    def seal_tar(self, tar: bytes, manifest_sha: str | None = None, **envelope_changes) -> dict[str, bytes]:
        """`tar` sealed to the organisation, with an envelope this device signed to match it."""
        sealed = pyrage.encrypt(tar, [self.org.recipient])
        fields = {**self.envelope, "sealed_sha256": hashlib.sha256(sealed).hexdigest(), "sealed_size": len(sealed),
                  **envelope_changes}
        if manifest_sha is not None:
            fields["manifest_sha256"] = manifest_sha
        return self.objects(sealed, self.sign_envelope(fields))

    def seal_members(self, members: list[tuple[str, bytes]], manifest_sha: str | None = None) -> dict[str, bytes]:
        return self.seal_tar(tar_of(members), manifest_sha)

    def resign(self, members: list[tuple[str, bytes]], manifest: bytes) -> dict[str, bytes]:
        """Members with `manifest` in place and signed by this device, sealed and enveloped to match."""
        signature = json.dumps({"key_id": self.id, "signature": base64.b64encode(
            self.signer.sign(MANIFEST_DOMAIN, manifest)).decode()}).encode()
        replaced = [(name, manifest if name == "manifest.json" else signature if name == "manifest.sig.json" else data)
                    for name, data in members]
        return self.seal_members(replaced, hashlib.sha256(manifest).hexdigest())


def tar_of(members: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:", format=tarfile.PAX_FORMAT) as archive:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return out.getvalue()


def trusted(*devices: Device) -> TrustedDevices:
    return TrustedDevices({d.id: d.public_key for d in devices})


def folder_size(root: Path) -> int:
    """Bytes of every file below `root` (allocated, so sparse files count as what they hold)."""
    total = 0
    for folder, _, files in os.walk(root):
        for name in files:
            try:
                total += os.lstat(os.path.join(folder, name)).st_blocks * 512
            except FileNotFoundError:
                pass
    return total


class _Watched(io.RawIOBase):
    def __init__(self, data: bytes, limit: int, drop: MemoryDrop) -> None:
        super().__init__()
        self._data = memoryview(data)[:limit + 1]
        self._drop = drop

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        if not self.closed:
            self._drop.observe()  # after the last write too (the staging folder goes only after this)
        super().close()

    def readinto(self, buffer) -> int:
        self._drop.observe()
        count = min(len(buffer), len(self._data))
        buffer[:count] = self._data[:count]
        self._data = self._data[count:]
        self._drop.bytes_read += count
        return count


class MemoryDrop:
    """A DropSource over a dict of name -> bytes; records the largest staging folder it saw."""

    description = "memory://drop"

    def __init__(self, objects: dict[str, bytes], staging: Path | None = None) -> None:
        self.objects_by_name = dict(objects)
        self.staging = staging
        self.staging_peak = 0
        self.bytes_read = 0

    def observe(self) -> None:
        """Measure every staging folder in `staging` (the collector's staging root) now."""
        if self.staging is not None and self.staging.is_dir():
            now = sum(folder_size(p) for p in self.staging.iterdir() if p.name.startswith(".staging-"))
            self.staging_peak = max(self.staging_peak, now)

    def objects(self, prefix: str) -> list[ListedObject]:
        return [ListedObject(name, len(data)) for name, data in sorted(self.objects_by_name.items())
                if name.startswith(prefix)]

    def open(self, name: str, limit: int):
        return _Watched(self.objects_by_name[name], limit, self)

    def delete(self, name: str) -> None:
        self.objects_by_name.pop(name, None)
