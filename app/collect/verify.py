"""The one verification path: envelope, signatures, sizes, hashes, tar contents — in one pass.

For a bundle in device D's folder of the drop box:
1. its envelope (at most `max_notice_bytes`, bounded JSON) must carry a signature that verifies
   with a trusted device key, and that device must be D; it names this bundle, its sealed size
   (at most the ceiling) and sha256, and its manifest's sha256;
2. the sealed file is streamed once: download (never more than the signed size) → hash → age
   decryption → tar reader (tar_reader.py) → the staging folder; at the end its size and sha256
   must be the signed ones;
3. manifest.json must hash to the envelope's manifest hash, carry D's signature, be of the bundle
   format (bundle_schema.py), list exactly the files unpacked with their sizes and hashes, and
   every segment's content hash must match its events, screenshots and segments.jsonl line.
Only then is a `VerifiedBundle` handed out. The staging folder (0700) is removed afterwards,
whatever happened; every refusal is `Rejected` with the reason.
"""

from __future__ import annotations

import hashlib
import io
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from app.bundle.drop_box import envelope_name, sealed_name
from app.bundle.layout import (
    EVENTS_FILE,
    IMAGE_NAME,
    MANIFEST_FILE,
    SEGMENTS_FILE,
    SIGNATURE_FILE,
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
from app.collect import bundle_schema
from app.collect.bounded_json import parse_object
from app.collect.limits import CollectLimits
from app.collect.rejection import Rejected
from app.collect.source import DropSource
from app.collect.tar_reader import TarExtractor
from app.collect.verified import FileFacts, VerifiedBundle
from app.core.paths import make_private_dir

CHANGED = ("the sealed file does not match the hash its device signed: it was changed after it was sealed "
           "(damaged in transit or at rest, or tampered with)")
_STAGING = ".staging-"
_CHUNK = 1024 * 1024


class BundleVerifier:
    """Checks bundles against the trusted device keys and opens them with the organisation's identity."""

    def __init__(self, identity, trusted: TrustedDevices, limits: CollectLimits = CollectLimits()) -> None:
        self._identity = identity
        self._trusted = trusted
        self.limits = limits

    def read_document(self, source: DropSource, name: str, what: str) -> dict[str, Any]:
        """A small signed JSON document from the drop box (an envelope or a notice), bounded."""
        limit = self.limits.max_notice_bytes
        with source.open(name, limit) as stream:
            data = read_at_most(stream, limit + 1)
        return parse_object(data, what, max_bytes=limit, max_depth=self.limits.max_json_depth)

    def envelope(self, source: DropSource, device_id: str, bundle_id: str) -> tuple[dict[str, Any], str]:
        """The bundle's envelope and its verified signer (which is `device_id`, or Rejected)."""
        envelope = self.read_document(source, envelope_name(device_id, bundle_id), "its envelope")
        try:
            signer = verify_signed(envelope, ENVELOPE_DOMAIN, self._trusted)
        except SignatureRejected as exc:
            raise Rejected(f"its envelope was rejected: {exc}") from None
        bundle_schema.check_fields(envelope, "its envelope", bundle_schema.ENVELOPE, {})
        if envelope["bundle_id"] != bundle_id:
            raise Rejected("its envelope names a different bundle")
        if envelope["device_id"] != signer:
            raise Rejected("its envelope names a device other than the one that signed it")
        if signer != device_id:
            raise Rejected(f"it lies in device {device_id}'s folder but is signed by device {signer}")
        return envelope, signer

    @contextmanager
    def verified(self, source: DropSource, device_id: str, bundle_id: str, staging_root: Path,
                 listed_size: int | None = None) -> Iterator[VerifiedBundle]:
        """Verify one bundle; yields it while its staging folder exists. Raises Rejected."""
        envelope, signer = self.envelope(source, device_id, bundle_id)
        size, ceiling = envelope["sealed_size"], self.limits.max_bundle_bytes
        if size > ceiling:
            raise Rejected(f"its sealed file is {size} bytes, more than the collector's ceiling of {ceiling}")
        if listed_size is not None and listed_size != size:
            raise Rejected(CHANGED)
        staging = staging_root / f"{_STAGING}{bundle_id}-{secrets.token_hex(4)}"
        make_private_dir(staging)
        extractor = TarExtractor(staging / "bundle", size, ceiling, self.limits.max_members)
        try:
            self._unseal(source, sealed_name(device_id, bundle_id), envelope, extractor)
            files = extractor.finish()
            manifest = _Contents(staging / "bundle", files, signer, self._trusted, self.limits).check(envelope, bundle_id)
            yield VerifiedBundle(bundle_id, signer, manifest, files, staging / "bundle")
        finally:
            extractor.close()
            shutil.rmtree(staging, ignore_errors=True)

    def _unseal(self, source: DropSource, name: str, envelope: dict[str, Any], extractor: TarExtractor) -> None:
        size = envelope["sealed_size"]
        with source.open(name, size) as raw:
            reader = SignedSizeReader(raw, size)
            try:
                open_sealed(reader, extractor, self._identity)
            except OpenFailed as failed:
                if extractor.write_error is not None:  # our disk, not their bundle
                    raise extractor.write_error from None
                reader.drain()  # to tell a changed file from one sealed to another key
                if not reader.matches(envelope):
                    raise Rejected(CHANGED) from None
                raise Rejected(str(failed)) from None
            reader.drain()
        if not reader.matches(envelope):
            raise Rejected(CHANGED)


def read_at_most(stream: BinaryIO, count: int) -> bytes:
    """Up to `count` bytes from `stream` (fewer only at its end)."""
    parts, left = [], count
    while left > 0:
        chunk = stream.read(min(left, _CHUNK))
        if not chunk:
            break
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


class SignedSizeReader(io.RawIOBase):
    """Reads a sealed object, hashing it, and refuses to go past the size its envelope signed."""

    def __init__(self, raw: BinaryIO, size: int) -> None:
        super().__init__()
        self._raw = raw
        self._size = size
        self._digest = hashlib.sha256()
        self.count = 0
        self.error: Rejected | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._raw.read(min(len(buffer), self._size + 1 - self.count))
        self.count += len(data)
        if self.count > self._size:
            self.error = Rejected(f"the sealed file is larger than the {self._size} bytes its envelope "
                                  "signed; it was not read further")
            raise self.error
        self._digest.update(data)
        buffer[:len(data)] = data
        return len(data)

    def drain(self) -> None:
        """Read (and hash) the rest, never past one byte more than the signed size."""
        while self.readinto(bytearray(_CHUNK)):
            pass

    def matches(self, envelope: dict[str, Any]) -> bool:
        return self.count == envelope["sealed_size"] and self._digest.hexdigest() == envelope["sealed_sha256"]


class _Contents:
    """The checks of the unpacked files against the manifest and the envelope."""

    def __init__(self, root: Path, files: dict[str, FileFacts], signer: str, trusted: TrustedDevices,
                 limits: CollectLimits) -> None:
        self._root, self._files, self._signer, self._trusted, self._limits = root, files, signer, trusted, limits

    def _object(self, data: bytes, what: str, max_bytes: int) -> dict[str, Any]:
        return parse_object(data, what, max_bytes=max_bytes, max_depth=self._limits.max_json_depth)

    def check(self, envelope: dict[str, Any], bundle_id: str) -> dict[str, Any]:
        files = self._files
        for required in (MANIFEST_FILE, SIGNATURE_FILE, EVENTS_FILE, SEGMENTS_FILE):
            if required not in files:
                raise Rejected(f"the bundle has no {required}")
        if files[MANIFEST_FILE].sha256 != envelope["manifest_sha256"]:
            raise Rejected("its manifest does not match the manifest hash in the signed envelope")
        if files[MANIFEST_FILE].size > self._limits.max_manifest_bytes:
            raise Rejected(f"its manifest is larger than {self._limits.max_manifest_bytes} bytes")
        manifest_bytes = (self._root / MANIFEST_FILE).read_bytes()
        with open(self._root / SIGNATURE_FILE, "rb") as stream:
            signature_bytes = read_at_most(stream, self._limits.max_notice_bytes + 1)
        signature = self._object(signature_bytes, "its manifest signature", self._limits.max_notice_bytes)
        try:
            verify_bytes(manifest_bytes, signature, MANIFEST_DOMAIN, self._signer, self._trusted)
        except SignatureRejected as exc:
            raise Rejected(str(exc)) from None
        manifest = self._object(manifest_bytes, "its manifest", self._limits.max_manifest_bytes)
        bundle_schema.check_manifest(manifest, self._limits.max_segments, self._limits.max_members)
        if manifest["bundle_id"] != bundle_id:
            raise Rejected("its manifest is not this bundle's (format or bundle id differ)")
        if manifest["device_id"] != self._signer:
            raise Rejected("its manifest names a different device than its signature")
        listed = manifest["files"]
        actual = {name: facts for name, facts in files.items() if name not in (MANIFEST_FILE, SIGNATURE_FILE)}
        if set(listed) != set(actual):
            raise Rejected("its files differ from the files its manifest lists")
        for name, facts in actual.items():
            if listed[name] != {"size": facts.size, "sha256": facts.sha256}:
                raise Rejected(f"{name} does not match the hash in the manifest")
        self._check_segments(manifest)
        return manifest

    def _lines(self, name: str, max_bytes: int, what: str) -> Iterator[tuple[bytes, dict[str, Any]]]:
        """Each line of a JSON Lines file with its parsed object, never reading a line past `max_bytes`."""
        with open(self._root / name, "rb") as lines:
            while line := lines.readline(max_bytes + 1):
                if len(line) > max_bytes:
                    raise Rejected(f"{name} has a line longer than {max_bytes} bytes")
                yield line, self._object(line, what, max_bytes)

    def _check_segments(self, manifest: dict[str, Any]) -> None:
        expected: dict[int, str] = {}
        for segment in manifest["segments"]:
            if segment["id"] in expected:
                raise Rejected(f"its manifest lists segment {segment['id']} twice")
            expected[segment["id"]] = segment["sha256"]
        event_digests = {segment_id: hashlib.sha256() for segment_id in expected}
        for line, record in self._lines(EVENTS_FILE, self._limits.max_event_line_bytes, "an event line"):
            bundle_schema.check_event(record)
            digest = event_digests.get(record["segment"])
            if digest is None:
                raise Rejected("its events name a segment its manifest does not list")
            digest.update(line)
        seen: set[int] = set()
        framed: set[str] = set()
        for line, record in self._lines(SEGMENTS_FILE, self._limits.max_segment_line_bytes, "a segment line"):
            bundle_schema.check_segment(record)
            segment_id = record["id"]
            if segment_id in seen or segment_id not in expected:
                raise Rejected("its segments differ from the segments its manifest lists")
            names = [frame["file"] for frame in record["frames"]]
            if any(not IMAGE_NAME.match(n) or n not in self._files or n in framed for n in names):
                raise Rejected(f"segment {segment_id} names screenshots the bundle does not hold (or twice)")
            framed.update(names)
            images = [self._files[n].sha256 for n in names]
            if expected[segment_id] != segment_content_hash(event_digests[segment_id].hexdigest(), images, line):
                raise Rejected(f"segment {segment_id} does not match its content hash in the manifest")
            seen.add(segment_id)
        if seen != set(expected):
            raise Rejected("its segments differ from the segments its manifest lists")
        if framed != {name for name in self._files if IMAGE_NAME.match(name)}:
            raise Rejected("it holds screenshots no segment names")
