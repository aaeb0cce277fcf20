"""Simulated devices for collector tests: real Ed25519 keys, real bundles made by the release
code (BundleWriter, age sealing, signed envelopes and withdrawal notices), no vault.

Each device's segments carry marker strings (window title, typed text, a comment inside each
screenshot) that name the bundle, so a test can look for a bundle's content anywhere.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.bundle.drop_box import envelope_name, sealed_name, withdrawal_name
from app.bundle.layout import ENVELOPE_FORMAT, WITHDRAWAL_FORMAT
from app.bundle.sealing import seal_chunks
from app.bundle.signing import ENVELOPE_DOMAIN, WITHDRAWAL_DOMAIN, DeviceSigner
from app.core.model import ClickEvent, Frame, KeyEvent, MoveEvent, ScrollEvent
from app.release.bundle_writer import BundleHeader, BundleWriter
from app.release.service import new_bundle_id
from app.vault.release_store import StoredSegment

BASE_T = 1_796_000_000.0  # 2026-11-29


def marker(bundle_id: str) -> str:
    """The string a bundle's content carries (titles, typed text, screenshots)."""
    return f"MRK{hashlib.sha256(bundle_id.encode()).hexdigest()[:20]}"


def jpeg_with_comment(comment: str, size: int) -> bytes:
    """A small JPEG-looking payload with the comment inside (a COM segment) and filler."""
    body = comment.encode()
    filler = random.Random(comment).randbytes(max(0, size - len(body) - 8))
    return b"\xff\xd8\xff\xfe" + len(body).to_bytes(2, "big") + body + filler + b"\xff\xd9"


@dataclass(frozen=True)
class _NoRedactions:
    rects: tuple = ()
    spans: tuple = ()


@dataclass
class _Source:
    """The part of ReleaseSource a BundleWriter reads, over generated content."""

    segments: dict[int, StoredSegment] = field(default_factory=dict)
    events_of: dict[int, list] = field(default_factory=dict)
    frames_of: dict[int, list[Frame]] = field(default_factory=dict)

    def segment(self, segment_id: int) -> StoredSegment:
        return self.segments[segment_id]

    def events(self, segment_id: int) -> Iterator:
        yield from self.events_of[segment_id]

    def frames(self, segment_id: int) -> Iterator[tuple[int, Frame]]:
        for number, frame in enumerate(self.frames_of[segment_id]):
            yield segment_id * 1000 + number, frame

    def redactions(self, segment_id: int) -> _NoRedactions:
        return _NoRedactions()


@dataclass(frozen=True)
class MadeBundle:
    bundle_id: str
    device_id: str
    segments: tuple[tuple[int, str], ...]  # (segment id, content sha256)
    events: int
    frames: int
    marker: str


class SimulatedDevice:
    """One device: its key and a counter of bundles; writes into any drop box (a Destination)."""

    def __init__(self, number: int, recipient: str, seed: int = 0) -> None:
        self.number = number
        self.recipient = recipient
        self.signer = DeviceSigner(Ed25519PrivateKey.generate())
        self.random = random.Random(seed * 100_003 + number)
        self.made: list[MadeBundle] = []
        self._next_segment = 1

    @property
    def device_id(self) -> str:
        return self.signer.device_id

    def public_pem(self) -> bytes:
        return self.signer.public_pem()

    def release(self, drop, work: Path, segments: int = 2, events: int = 40, frames: int = 2,
                frame_bytes: int = 4000, t: float | None = None, misshapen: bool = False) -> MadeBundle:
        """Build, seal and put one bundle (sealed file, then envelope) into `drop`. `misshapen`: its
        screenshots claim a width that is not a number (signed and hashed like any other)."""
        index = len(self.made)
        t = BASE_T + 3600 * index + self.number if t is None else t
        bundle_id = new_bundle_id(t, self.device_id)
        mark = marker(bundle_id)
        source = _Source()
        ids = []
        for n in range(segments):
            sid = self._next_segment
            self._next_segment += 1
            start = t + 100 * n
            evs = list(self._events(start, events, mark))
            frs = [Frame(start + 5 * k, "wide" if misshapen else 640, 400,  # type: ignore[arg-type] - on purpose
                         jpeg_with_comment(f"{mark} frame {k}", frame_bytes))
                   for k in range(frames)]
            keys = sum(1 for e in evs if isinstance(e, KeyEvent) and e.pressed)
            clicks = sum(1 for e in evs if isinstance(e, ClickEvent) and e.pressed)
            source.segments[sid] = StoredSegment(sid, start, start + 60, "editor", f"Window {mark}", "Editor", "full",
                                            f"typed {mark} words", keys, clicks, len(frs))
            source.events_of[sid], source.frames_of[sid] = evs, frs
            ids.append(sid)
        consent = {"scope": {"keys": "full"}, "policy_hash": "p" * 64, "accepted": BASE_T - 86400}
        header = BundleHeader(bundle_id, t, "p" * 64, f"employee-{self.number}", consent)
        writer = BundleWriter(header, source, self.signer, ids)
        sealed_path = work / f"{bundle_id}.age"
        sealed = seal_chunks(writer.chunks(), sealed_path, [self.recipient])
        built = writer.result
        envelope = self.signer.signed(ENVELOPE_DOMAIN, {
            "format": ENVELOPE_FORMAT, "bundle_id": bundle_id, "device_id": self.device_id, "created_at": t,
            "sealed_sha256": sealed.sha256, "sealed_size": sealed.size, "manifest_sha256": built.manifest_sha256})
        with open(sealed_path, "rb") as stream:
            drop.put(sealed_name(self.device_id, bundle_id), stream, sealed.size)
        sealed_path.unlink()
        data = json.dumps(envelope, sort_keys=True).encode()
        drop.put(envelope_name(self.device_id, bundle_id), io.BytesIO(data), len(data))
        made = MadeBundle(bundle_id, self.device_id, tuple((s.id, s.sha256) for s in built.segments),
                          sum(s.events for s in built.segments), sum(s.frames for s in built.segments), mark)
        self.made.append(made)
        return made

    def withdraw(self, drop, bundle_id: str, t: float = BASE_T + 10 ** 6) -> dict[str, Any]:
        notice = self.signer.signed(WITHDRAWAL_DOMAIN, {"format": WITHDRAWAL_FORMAT, "bundle_id": bundle_id,
                                                         "device_id": self.device_id, "withdrawn_at": t})
        data = json.dumps(notice, sort_keys=True).encode()
        drop.put(withdrawal_name(self.device_id, bundle_id), io.BytesIO(data), len(data))
        return notice

    def _events(self, start: float, count: int, mark: str) -> Iterator:
        r = self.random
        for k in range(count):
            t = start + k * 0.25
            kind = k % 4
            if kind == 0:
                ch = mark[k % len(mark)].lower()
                yield KeyEvent(t, ch, True, ch, frozenset({"shift"}) if k % 8 == 0 else frozenset())
            elif kind == 1:
                yield KeyEvent(t, "a", False)
            elif kind == 2:
                yield ClickEvent(t, r.randint(0, 1919), r.randint(0, 1079), "left", k % 8 == 2)
            elif k % 8 == 3:
                yield ScrollEvent(t, 10, 20, 0, -1)
            else:
                yield MoveEvent(t, r.randint(0, 1919), r.randint(0, 1079))


def trust(devices: Sequence[SimulatedDevice], folder: Path) -> Path:
    """A trusted-devices folder holding every device's public key."""
    folder.mkdir(parents=True, exist_ok=True)
    for device in devices:
        (folder / f"{device.device_id}.pub").write_bytes(device.public_pem())
    return folder
