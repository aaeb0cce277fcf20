"""`airlock collect`, for the data team: verify, open and unpack bundles; honour withdrawals.

For each bundle with an envelope at the destination (a bundle without one is still in transit):
1. the envelope's signature must verify with a trusted device key;
2. the sealed file's sha256 and size must match the envelope;
3. it must open with the organisation's age identity;
4. the tar may hold only the bundle's own regular files, and manifest.json must hash to the
   envelope's manifest hash, carry the same device's signature, and list every file's hash and
   every segment's content hash correctly.
Only then is it moved into `dataset/<bundle-id>/`. Work happens in a staging folder inside the
dataset directory, so a rejected bundle leaves nothing behind. A valid withdrawal notice, signed by
the device that signed the bundle, removes `dataset/<bundle-id>/` and keeps it from coming back.
"""

from __future__ import annotations

import enum
import hashlib
import io
import json
import os
import re
import secrets
import shutil
import tarfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from app.release.bundle import (
    EVENTS_FILE,
    FORMAT,
    IMAGES_DIR,
    MANIFEST_FILE,
    SEGMENTS_FILE,
    SIGNATURE_FILE,
    segment_content_hash,
)
from app.release.destinations import (
    BUNDLES,
    ENVELOPE_SUFFIX,
    NOTICE_SUFFIX,
    SEALED_SUFFIX,
    WITHDRAWALS,
    Destination,
    envelope_name,
    sealed_name,
)
from app.release.sealing import OpenFailed, open_sealed
from app.release.signing import (
    ENVELOPE_DOMAIN,
    MANIFEST_DOMAIN,
    WITHDRAWAL_DOMAIN,
    SignatureRejected,
    TrustedDevices,
    verify_bytes,
    verify_signed,
)

_IMAGE_NAME = re.compile(rf"^{IMAGES_DIR}/\d+-\d{{5}}\.(jpg|png|bin)$")
_FIXED_NAMES = {EVENTS_FILE, SEGMENTS_FILE, MANIFEST_FILE, SIGNATURE_FILE}
_BUNDLE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
_STAGING = ".staging-"
MAX_NOTICE_BYTES = 64 * 1024


class CollectStatus(str, enum.Enum):
    UNPACKED = "unpacked"
    PRESENT = "already-present"
    WAITING = "waiting"  # sealed file without its envelope yet: still being uploaded
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class CollectOutcome:
    bundle_id: str
    status: CollectStatus
    reason: str = ""
    segments: int = 0
    events: int = 0
    images: int = 0


@dataclass
class CollectReport:
    outcomes: list[CollectOutcome] = field(default_factory=list)

    def count(self, status: CollectStatus) -> int:
        return sum(1 for o in self.outcomes if o.status is status)

    def as_dict(self) -> dict[str, Any]:
        return {"bundles": [{**o.__dict__, "status": o.status.value} for o in self.outcomes],
                "counts": {s.value: self.count(s) for s in CollectStatus}}


class Rejected(Exception):
    """A bundle failed a check; `str()` is the reason shown to the data team."""


class Collector:
    def __init__(self, destination: Destination, identity, trusted: TrustedDevices, dataset: Path) -> None:
        self._destination = destination
        self._identity = identity
        self._trusted = trusted
        self._dataset = dataset

    def run(self, delete_withdrawn: bool = False) -> CollectReport:
        self._dataset.mkdir(parents=True, exist_ok=True)
        report = CollectReport()
        names = set(self._destination.list(BUNDLES))
        withdrawn = self._apply_withdrawals(names, report, delete_withdrawn)
        sealed = {n[len(BUNDLES):-len(SEALED_SUFFIX)] for n in names if n.endswith(SEALED_SUFFIX)}
        enveloped = {n[len(BUNDLES):-len(ENVELOPE_SUFFIX)] for n in names if n.endswith(ENVELOPE_SUFFIX)}
        for bundle_id in sorted(sealed | enveloped):
            if bundle_id in withdrawn:
                continue
            if not _BUNDLE_ID.match(bundle_id):
                report.outcomes.append(CollectOutcome(bundle_id, CollectStatus.REJECTED, "not a bundle name"))
            elif bundle_id not in enveloped:
                report.outcomes.append(CollectOutcome(bundle_id, CollectStatus.WAITING, "no envelope yet"))
            elif bundle_id not in sealed:
                report.outcomes.append(CollectOutcome(bundle_id, CollectStatus.REJECTED,
                                                      "its envelope exists but the sealed bundle is missing"))
            elif (self._dataset / bundle_id).is_dir():
                report.outcomes.append(CollectOutcome(bundle_id, CollectStatus.PRESENT))
            else:
                report.outcomes.append(self._collect(bundle_id))
        return report

    # -- withdrawals -------------------------------------------------------------------------

    def _apply_withdrawals(self, bundle_names: set[str], report: CollectReport, delete: bool) -> set[str]:
        withdrawn = set()
        for name in self._destination.list(WITHDRAWALS):
            bundle_id = name[len(WITHDRAWALS):-len(NOTICE_SUFFIX)] if name.endswith(NOTICE_SUFFIX) else ""
            if not _BUNDLE_ID.match(bundle_id):
                continue
            try:
                notice = self._json(name)
                signer = verify_signed(notice, WITHDRAWAL_DOMAIN, self._trusted)
                if notice.get("bundle_id") != bundle_id:
                    raise Rejected("the notice names a different bundle")
                owner = self._bundle_signer(bundle_id, bundle_names)
                if owner is not None and owner != signer:
                    raise Rejected("the notice is not signed by the device that signed the bundle")
            except (Rejected, SignatureRejected) as exc:
                report.outcomes.append(CollectOutcome(bundle_id, CollectStatus.REJECTED,
                                                      f"withdrawal notice rejected: {exc}"))
                continue
            withdrawn.add(bundle_id)
            target = self._dataset / bundle_id
            removed = target.is_dir()
            if removed:
                shutil.rmtree(target)
            if delete:
                for object_name in (sealed_name(bundle_id), envelope_name(bundle_id)):
                    if object_name in bundle_names:
                        self._destination.delete(object_name)
            report.outcomes.append(CollectOutcome(
                bundle_id, CollectStatus.WITHDRAWN,
                "removed from the dataset" if removed else "withdrawn before it was unpacked"))
        return withdrawn

    def _bundle_signer(self, bundle_id: str, bundle_names: set[str]) -> str | None:
        manifest = self._dataset / bundle_id / MANIFEST_FILE
        if manifest.is_file():
            return json.loads(manifest.read_bytes()).get("device_id")
        if envelope_name(bundle_id) in bundle_names:
            return self._json(envelope_name(bundle_id)).get("key_id")
        return None

    def _json(self, name: str) -> dict[str, Any]:
        buffer = _SmallBuffer(MAX_NOTICE_BYTES)
        try:
            self._destination.get(name, buffer)
        except _TooLarge:
            raise Rejected(f"{name} is far larger than an envelope or notice can be") from None
        try:
            value = json.loads(buffer.getvalue())
        except ValueError:
            raise Rejected(f"{name} is not readable JSON") from None
        if not isinstance(value, dict):
            raise Rejected(f"{name} is not a JSON object")
        return value

    # -- one bundle --------------------------------------------------------------------------

    def _collect(self, bundle_id: str) -> CollectOutcome:
        staging = self._dataset / f"{_STAGING}{bundle_id}-{secrets.token_hex(4)}"
        staging.mkdir(mode=0o700)
        try:
            manifest = self._verify_and_unpack(bundle_id, staging)
            os.replace(staging / "out", self._dataset / bundle_id)
        except (Rejected, SignatureRejected, OpenFailed) as exc:
            return CollectOutcome(bundle_id, CollectStatus.REJECTED, str(exc))
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        segments = manifest["segments"]
        return CollectOutcome(bundle_id, CollectStatus.UNPACKED, "", len(segments),
                              _total(segments, "events"), _total(segments, "frames"))

    def _verify_and_unpack(self, bundle_id: str, staging: Path) -> dict[str, Any]:
        try:
            envelope = self._json(envelope_name(bundle_id))
            signer = verify_signed(envelope, ENVELOPE_DOMAIN, self._trusted)
        except SignatureRejected as exc:
            raise Rejected(f"its envelope was rejected: {exc}") from None
        if envelope.get("bundle_id") != bundle_id:
            raise Rejected("its envelope names a different bundle")
        sealed_path = staging / "sealed.age"
        digest = hashlib.sha256()
        with open(sealed_path, "wb") as out:
            self._destination.get(sealed_name(bundle_id), _Tee(out, digest))
        size = sealed_path.stat().st_size
        if digest.hexdigest() != envelope.get("sealed_sha256") or size != envelope.get("sealed_size"):
            raise Rejected("the sealed file does not match the hash its device signed: it was changed "
                           "after it was sealed (damaged in transit or at rest, or tampered with)")
        plain = staging / "bundle.tar"
        with open(sealed_path, "rb") as sealed, open(plain, "wb") as out:
            open_sealed(sealed, out, self._identity)
        sealed_path.unlink()
        files = _untar(plain, staging / "out")
        plain.unlink()
        try:
            return _check_contents(staging / "out", files, envelope, signer, bundle_id, self._trusted)
        except (ValueError, KeyError, TypeError, AttributeError):
            # Signed by a trusted device yet malformed inside (JSON, types, encodings): refuse it.
            raise Rejected("its contents are malformed (manifest, segments or events are not in the bundle format)") from None


def _total(segments: list, field: str) -> int:
    """A count for the report; the hashes already vouched for the content, not for these fields."""
    return sum(s[field] for s in segments if isinstance(s, dict) and isinstance(s.get(field), int))


class _TooLarge(Exception):
    pass


class _SmallBuffer(io.BytesIO):
    """Refuses to grow past `limit` bytes (an envelope or notice is under 1 KB)."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self._limit = limit

    def write(self, data) -> int:
        if self.tell() + len(data) > self._limit:
            raise _TooLarge()
        return super().write(data)


class _Tee:
    """Writes to a file and a running hash at once."""

    def __init__(self, out: BinaryIO, digest: hashlib._Hash) -> None:
        self._out, self._digest = out, digest

    def write(self, data: bytes, /) -> int:
        self._digest.update(data)
        return self._out.write(data)


def _untar(tar_path: Path, out: Path) -> dict[str, dict[str, Any]]:
    """Extract only expected regular files (no links, no paths outside); their sizes and hashes."""
    files: dict[str, dict[str, Any]] = {}
    try:
        with tarfile.open(tar_path, "r:") as archive:
            for member in archive:
                name = member.name
                if not member.isreg() or not (name in _FIXED_NAMES or _IMAGE_NAME.match(name)):
                    raise Rejected(f"the bundle holds an unexpected entry ({name!r})")
                if name in files:
                    raise Rejected(f"the bundle holds {name} twice")
                target = out / name
                target.parent.mkdir(parents=True, exist_ok=True)
                digest = hashlib.sha256()
                source = archive.extractfile(member)
                if source is None:  # a regular file always has a reader; anything else was refused above
                    raise Rejected(f"the bundle member {name} cannot be read")
                with open(target, "wb") as sink:
                    for chunk in iter(lambda: source.read(1024 * 1024), b""):  # noqa: B023 - consumed in this iteration
                        digest.update(chunk)
                        sink.write(chunk)
                files[name] = {"size": member.size, "sha256": digest.hexdigest()}
    except tarfile.TarError as exc:
        raise Rejected(f"the bundle is not a readable archive ({exc})") from None
    return files


def _check_contents(out: Path, files: dict[str, dict[str, Any]], envelope: dict[str, Any], signer: str,
                    bundle_id: str, trusted: TrustedDevices) -> dict[str, Any]:
    for required in (MANIFEST_FILE, SIGNATURE_FILE, EVENTS_FILE, SEGMENTS_FILE):
        if required not in files:
            raise Rejected(f"the bundle has no {required}")
    manifest_bytes = (out / MANIFEST_FILE).read_bytes()
    if hashlib.sha256(manifest_bytes).hexdigest() != envelope.get("manifest_sha256"):
        raise Rejected("its manifest does not match the manifest hash in the signed envelope")
    try:
        verify_bytes(manifest_bytes, json.loads((out / SIGNATURE_FILE).read_bytes()), MANIFEST_DOMAIN,
                     signer, trusted)
    except (ValueError, AttributeError):
        raise Rejected("its manifest signature is not readable") from None
    except SignatureRejected as exc:
        raise Rejected(str(exc)) from None
    manifest = json.loads(manifest_bytes)
    if manifest.get("format") != FORMAT or manifest.get("bundle_id") != bundle_id:
        raise Rejected("its manifest is not this bundle's (format or bundle id differ)")
    if manifest.get("device_id") != signer:
        raise Rejected("its manifest names a different device than its signature")
    listed = manifest.get("files", {})
    actual = {name: info for name, info in files.items() if name not in (MANIFEST_FILE, SIGNATURE_FILE)}
    if set(listed) != set(actual):
        raise Rejected("its files differ from the files its manifest lists")
    for name, info in actual.items():
        if listed[name] != info:
            raise Rejected(f"{name} does not match the hash in the manifest")
    _check_segment_hashes(out, manifest, files)
    return manifest


def _check_segment_hashes(out: Path, manifest: dict[str, Any], files: dict[str, dict[str, Any]]) -> None:
    event_digests: dict[int, Any] = {}
    with open(out / EVENTS_FILE, "rb") as events:
        for line in events:
            segment_id = json.loads(line)["segment"]
            event_digests.setdefault(segment_id, hashlib.sha256()).update(line)
    expected = {s["id"]: s["sha256"] for s in manifest["segments"]}
    seen = set()
    with open(out / SEGMENTS_FILE, "rb") as segments:
        for line in segments:
            record = json.loads(line)
            images = [files[f["file"]]["sha256"] for f in record["frames"]]
            events_hex = event_digests.get(record["id"], hashlib.sha256()).hexdigest()
            if expected.get(record["id"]) != segment_content_hash(events_hex, images, line):
                raise Rejected(f"segment {record['id']} does not match its content hash in the manifest")
            seen.add(record["id"])
    if seen != set(expected) or not set(event_digests) <= seen:
        raise Rejected("its segments differ from the segments its manifest lists")
