"""The one verification path: envelope, signatures, sizes, hashes, tar contents.

For a bundle whose envelope and sealed file are in the drop box:
1. the envelope's signature must verify with a trusted device key, and name this bundle;
2. the sealed file's sha256 and size must match the envelope;
3. it must open with the organisation's age identity;
4. the tar may hold only the bundle's own regular files, and manifest.json must hash to the
   envelope's manifest hash, carry the same device's signature, and list every file's hash and
   every segment's content hash correctly.
Only then is a `VerifiedBundle` handed out. All work happens in a private staging folder, removed
afterwards whatever happened.
"""

from __future__ import annotations

import hashlib
import io
import json
import secrets
import shutil
import tarfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.bundle.drop_box import envelope_name, sealed_name
from app.bundle.layout import (
    EVENTS_FILE,
    FORMAT,
    MANIFEST_FILE,
    SEGMENTS_FILE,
    SIGNATURE_FILE,
    is_bundle_file,
    segment_content_hash,
)
from app.bundle.sealing import OpenFailed, open_sealed
from app.bundle.signing import (
    ENVELOPE_DOMAIN,
    MANIFEST_DOMAIN,
    SignatureRejected,
    TrustedDevices,
    verify_bytes,
    verify_signed,
)
from app.collect.source import DropSource
from app.collect.verified import FileFacts, VerifiedBundle
from app.core.paths import make_private_dir

MAX_SMALL_JSON_BYTES = 64 * 1024  # an envelope or a notice is under 1 KB
_STAGING = ".staging-"


class Rejected(Exception):
    """A bundle or notice failed a check; `str()` is the reason shown to the data team."""


class BundleVerifier:
    """Checks bundles against the trusted device keys and opens them with the organisation's identity."""

    def __init__(self, identity, trusted: TrustedDevices) -> None:
        self._identity = identity
        self._trusted = trusted

    def read_json(self, source: DropSource, name: str) -> dict[str, Any]:
        """A small JSON object from the drop box (an envelope or a notice)."""
        buffer = _SmallBuffer(MAX_SMALL_JSON_BYTES)
        try:
            source.get(name, buffer)
        except _TooLarge:
            raise Rejected(f"{name} is far larger than an envelope or notice can be") from None
        try:
            value = json.loads(buffer.getvalue())
        except ValueError:
            raise Rejected(f"{name} is not readable JSON") from None
        if not isinstance(value, dict):
            raise Rejected(f"{name} is not a JSON object")
        return value

    def envelope(self, source: DropSource, bundle_id: str) -> tuple[dict[str, Any], str]:
        """The bundle's envelope and its verified signer."""
        envelope = self.read_json(source, envelope_name(bundle_id))
        try:
            signer = verify_signed(envelope, ENVELOPE_DOMAIN, self._trusted)
        except SignatureRejected as exc:
            raise Rejected(f"its envelope was rejected: {exc}") from None
        if envelope.get("bundle_id") != bundle_id:
            raise Rejected("its envelope names a different bundle")
        return envelope, signer

    @contextmanager
    def verified(self, source: DropSource, bundle_id: str, staging_root: Path) -> Iterator[VerifiedBundle]:
        """Verify one bundle; yields it while its staging folder exists. Raises Rejected."""
        staging = staging_root / f"{_STAGING}{bundle_id}-{secrets.token_hex(4)}"
        make_private_dir(staging)
        try:
            yield self._verify(source, bundle_id, staging)
        finally:
            shutil.rmtree(staging, ignore_errors=True)

    def _verify(self, source: DropSource, bundle_id: str, staging: Path) -> VerifiedBundle:
        envelope, signer = self.envelope(source, bundle_id)
        sealed_path = staging / "sealed.age"
        digest = hashlib.sha256()
        with open(sealed_path, "wb") as out:
            source.get(sealed_name(bundle_id), _Tee(out, digest))
        size = sealed_path.stat().st_size
        if digest.hexdigest() != envelope.get("sealed_sha256") or size != envelope.get("sealed_size"):
            raise Rejected("the sealed file does not match the hash its device signed: it was changed "
                           "after it was sealed (damaged in transit or at rest, or tampered with)")
        plain = staging / "bundle.tar"
        try:
            with open(sealed_path, "rb") as sealed, open(plain, "wb") as out:
                open_sealed(sealed, out, self._identity)
        except OpenFailed as exc:
            raise Rejected(str(exc)) from None
        sealed_path.unlink()
        root = staging / "out"
        files = _untar(plain, root)
        plain.unlink()
        try:
            manifest = _check_contents(root, files, envelope, signer, bundle_id, self._trusted)
        except (ValueError, KeyError, TypeError, AttributeError):
            # Signed by a trusted device yet malformed inside (JSON, types, encodings): refuse it.
            raise Rejected("its contents are malformed (manifest, segments or events are not in the bundle "
                           "format)") from None
        facts = {name: FileFacts(info["size"], info["sha256"]) for name, info in files.items()}
        return VerifiedBundle(bundle_id, signer, manifest, facts, root)


class _TooLarge(Exception):
    pass


class _SmallBuffer(io.BytesIO):
    """Refuses to grow past `limit` bytes."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self._limit = limit

    def write(self, data) -> int:
        if self.tell() + len(data) > self._limit:
            raise _TooLarge()
        return super().write(data)


class _Tee:
    def __init__(self, out, digest) -> None:
        self._out, self._digest = out, digest

    def write(self, data) -> int:
        self._digest.update(data)
        return self._out.write(data)


def _untar(tar_path: Path, out: Path) -> dict[str, dict[str, Any]]:
    """Extract only expected regular files (no links, no paths outside); their sizes and hashes."""
    files: dict[str, dict[str, Any]] = {}
    make_private_dir(out)
    try:
        with tarfile.open(tar_path, "r:") as archive:
            for member in archive:
                name = member.name
                if not member.isreg() or not is_bundle_file(name):
                    raise Rejected(f"the bundle holds an unexpected entry ({name!r})")
                if name in files:
                    raise Rejected(f"the bundle holds {name} twice")
                target = out / name
                make_private_dir(target.parent)
                digest = hashlib.sha256()
                source = archive.extractfile(member)
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
