"""Writing a bundle: a tar of what the gate let through, produced as a stream.

The layout is the bundle format's (app/bundle/layout.py). A segment's content hash
(`segment_content_hash`) covers its event lines, its images and its segments.jsonl line, so the
data team can check each segment on its own.

events.jsonl is read from the vault twice — once to learn its size for the tar header, once to
send it — and the two passes must hash the same, or the bundle is abandoned (`ContentChanged`).
Only one image and one segment's metadata are in memory at a time.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from app.bundle.layout import (
    EVENTS_FILE,
    FORMAT,
    MANIFEST_FILE,
    SEGMENTS_FILE,
    SIGNATURE_FILE,
    image_name,
    segment_content_hash,
)
from app.bundle.signing import MANIFEST_DOMAIN, DeviceSigner
from app.bundle.tar_stream import TarStream
from app.core.event_json import event_fields
from app.core.model import ClickEvent, InputEvent, KeyEvent
from app.release.redaction import RedactionFailed, rects_for, redact_event, redact_image, redact_text
from app.release.source import ReleaseSource

_CHUNK = 64 * 1024


class ContentChanged(Exception):
    """The vault changed while the bundle was being built; build it again."""


@dataclass(frozen=True)
class BundleHeader:
    """Who and under what rules: the manifest fields that are not about segments."""

    bundle_id: str
    created_at: float
    policy_hash: str
    employee: str
    consent: dict[str, Any] | None


@dataclass(frozen=True)
class SegmentSummary:
    """What a bundle holds of one segment, without content (receipts show this)."""

    id: int
    start: float
    end: float
    events: int
    keys: int
    clicks: int
    frames: int
    sha256: str


@dataclass(frozen=True)
class BuiltBundle:
    manifest_sha256: str
    segments: tuple[SegmentSummary, ...]
    plain_size: int


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # stateless; built once for speed


def _dumps(value: Any) -> bytes:
    return _ENCODER.encode(value).encode("utf-8")


def event_record(segment_id: int, event: InputEvent) -> dict[str, Any]:
    """The JSON object of one event in events.jsonl (app/core/event_json.py), with its segment id."""
    return {"segment": segment_id, **event_fields(event)}


def event_line(segment_id: int, event: InputEvent) -> bytes:
    return _dumps(event_record(segment_id, event)) + b"\n"


@dataclass
class _EventTally:
    size: int = 0
    lines: int = 0
    keys: int = 0
    clicks: int = 0
    digest: str = ""


class BundleWriter:
    """Streams one bundle's tar for `segment_ids` (which the caller has passed through the gate)."""

    def __init__(self, header: BundleHeader, source: ReleaseSource, signer: DeviceSigner,
                 segment_ids: Sequence[int]) -> None:
        self._header = header
        self._source = source
        self._signer = signer
        self._ids = list(segment_ids)
        self.result: BuiltBundle | None = None

    # -- events ------------------------------------------------------------------------------

    def _event_lines(self, segment_id: int, tally: _EventTally, text_redacted: bool) -> Iterator[bytes]:
        digest = hashlib.sha256()
        for event in self._source.events(segment_id):
            event = redact_event(event, text_redacted)
            line = event_line(segment_id, event)
            digest.update(line)
            tally.size += len(line)
            tally.lines += 1
            if isinstance(event, KeyEvent) and event.pressed:
                tally.keys += 1
            elif isinstance(event, ClickEvent) and event.pressed:
                tally.clicks += 1
            yield line
        tally.digest = digest.hexdigest()

    def _tally_events(self, text_redacted: dict[int, bool]) -> dict[int, _EventTally]:
        tallies = {}
        for segment_id in self._ids:
            tally = _EventTally()
            for _line in self._event_lines(segment_id, tally, text_redacted[segment_id]):
                pass
            tallies[segment_id] = tally
        return tallies

    def _events_data(self, first: dict[int, _EventTally], text_redacted: dict[int, bool],
                     file_digest: Any) -> Iterator[bytes]:
        buffer = bytearray()
        for segment_id in self._ids:
            again = _EventTally()
            for line in self._event_lines(segment_id, again, text_redacted[segment_id]):
                buffer += line
                if len(buffer) >= _CHUNK:
                    file_digest.update(buffer)
                    yield bytes(buffer)
                    buffer.clear()
            if again.digest != first[segment_id].digest:
                raise ContentChanged(f"segment {segment_id} changed while its bundle was built")
        if buffer:
            file_digest.update(buffer)
            yield bytes(buffer)

    # -- the archive -------------------------------------------------------------------------

    def chunks(self) -> Iterator[bytes]:
        """The tar, chunk by chunk. `result` is set once the iterator is exhausted."""
        header = self._header
        tar = TarStream(mtime=int(header.created_at))
        files: dict[str, dict[str, Any]] = {}
        redactions = {sid: self._source.redactions(sid) for sid in self._ids}
        text_redacted = {sid: bool(r.spans) for sid, r in redactions.items()}

        tallies = self._tally_events(text_redacted)
        total = sum(t.size for t in tallies.values())
        events_digest = hashlib.sha256()
        yield from tar.member(EVENTS_FILE, total, self._events_data(tallies, text_redacted, events_digest))
        files[EVENTS_FILE] = {"size": total, "sha256": events_digest.hexdigest()}

        frame_lists: dict[int, list[dict[str, Any]]] = {}
        for segment_id in self._ids:
            frame_lists[segment_id] = []
            rects = redactions[segment_id].rects
            for number, (frame_id, frame) in enumerate(self._source.frames(segment_id), start=1):
                try:
                    data = redact_image(frame.image, frame.mime, rects_for(frame_id, rects))
                except RedactionFailed as failed:
                    failed.segment_id = segment_id
                    raise
                name = image_name(segment_id, number, frame.mime)
                digest = hashlib.sha256(data).hexdigest()
                files[name] = {"size": len(data), "sha256": digest}
                frame_lists[segment_id].append({
                    "file": name, "t": frame.t, "width": frame.width, "height": frame.height,
                    "mime": frame.mime, "left": frame.left, "top": frame.top, "scale": frame.scale,
                    "redacted": bool(rects_for(frame_id, rects)),
                })
                yield from tar.member(name, len(data), (data,))

        segment_lines, summaries = [], []
        for segment_id in self._ids:
            line, summary = self._segment_line(segment_id, tallies[segment_id], frame_lists[segment_id],
                                               redactions[segment_id], files)
            segment_lines.append(line)
            summaries.append(summary)
        segments_data = b"".join(segment_lines)
        files[SEGMENTS_FILE] = {"size": len(segments_data), "sha256": hashlib.sha256(segments_data).hexdigest()}
        yield from tar.member(SEGMENTS_FILE, len(segments_data), (segments_data,))

        manifest = _dumps({
            "format": FORMAT,
            "bundle_id": header.bundle_id,
            "created_at": header.created_at,
            "device_id": self._signer.device_id,
            "device_public_key": self._signer.public_b64,
            "employee": header.employee,
            "policy_hash": header.policy_hash,
            "consent": header.consent,
            "segments": [asdict(s) for s in summaries],
            "files": files,
        })
        signature = _dumps({"key_id": self._signer.device_id,
                            "signature": _b64(self._signer.sign(MANIFEST_DOMAIN, manifest))})
        yield from tar.member(MANIFEST_FILE, len(manifest), (manifest,))
        yield from tar.member(SIGNATURE_FILE, len(signature), (signature,))
        yield tar.end()
        self.result = BuiltBundle(hashlib.sha256(manifest).hexdigest(), tuple(summaries), tar.length)

    def _segment_line(self, segment_id: int, tally: _EventTally, frames: list[dict[str, Any]], redactions,
                      files: dict[str, dict[str, Any]]) -> tuple[bytes, SegmentSummary]:
        view = self._source.segment(segment_id)
        line = _dumps({
            "id": segment_id, "start": view.start, "end": view.end, "app": view.app, "title": view.title,
            "wm_class": view.wm_class, "keystroke_mode": view.keystroke_mode,
            "typed_text": redact_text(view.typed_text, redactions.spans),
            "text_redacted": bool(redactions.spans),
            "events": tally.lines, "keys": tally.keys, "clicks": tally.clicks, "frames": frames,
        }) + b"\n"
        content = segment_content_hash(tally.digest, [files[f["file"]]["sha256"] for f in frames], line)
        summary = SegmentSummary(segment_id, view.start, view.end, tally.lines, tally.keys, tally.clicks,
                                 len(frames), content)
        return line, summary


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()
