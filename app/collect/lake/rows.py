"""A verified bundle as Arrow record batches, one table at a time, streamed.

Events are read one line at a time and cut into batches of `EVENT_BATCH_ROWS`; screenshots one at
a time into batches of at most `FRAME_BATCH_BYTES`; nothing holds a whole bundle. A value of the
wrong type (the bundle's hashes vouch for its bytes, not for its shape) raises `ShapeError`.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from collections.abc import Iterator, Mapping
from typing import Any

import pyarrow as pa

from app.bundle.layout import MANIFEST_FILE
from app.collect.lake.schema import BUNDLES, EVENTS, FRAMES, SCHEMAS, SEGMENTS, STATUS_COLLECTED
from app.collect.verified import VerifiedBundle

EVENT_BATCH_ROWS = 16_384
FRAME_BATCH_BYTES = 4 * 1024 * 1024
_DAY_SECONDS = 86_400


class ShapeError(Exception):
    """A verified bundle holds a value the dataset's columns cannot take; `str()` says which."""


def micros(t: Any) -> int:
    """Seconds since the epoch (a JSON number) as whole microseconds."""
    if isinstance(t, bool) or not isinstance(t, int | float):
        raise ShapeError(f"a time is not a number ({type(t).__name__})")
    return round(t * 1_000_000)


def day_of(t: float) -> int:
    """The UTC day of `t`, as days since 1970-01-01 (Arrow's date32)."""
    return int(t // _DAY_SECONDS)


def _batch(table: str, columns: dict[str, list]) -> pa.RecordBatch:
    schema = SCHEMAS[table]
    try:
        return pa.RecordBatch.from_arrays([pa.array(columns[f.name], type=f.type) for f in schema], schema=schema)
    except (pa.ArrowException, TypeError, ValueError, OverflowError) as exc:
        raise ShapeError(f"its {table} do not fit the dataset's columns ({type(exc).__name__})") from None


def _empty(table: str) -> dict[str, list]:
    return {f.name: [] for f in SCHEMAS[table]}


class BundleRows:
    """The rows one verified bundle contributes to each table, tagged with the batch that commits them."""

    def __init__(self, bundle: VerifiedBundle, batch_id: str, run_id: str, collected_at: float) -> None:
        self.bundle = bundle
        self.batch_id = batch_id
        self.run_id = run_id
        self.collected_at = collected_at
        manifest = bundle.manifest
        self._hashes = {s["id"]: s["sha256"] for s in manifest["segments"]}
        self.days: set[int] = set()

    def batches(self, table: str) -> Iterator[pa.RecordBatch]:
        """Record batches of `table` for this bundle."""
        produce = {SEGMENTS: self._segments, EVENTS: self._events, FRAMES: self._frames, BUNDLES: self._bundle}
        try:
            yield from produce[table]()
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            if isinstance(exc, ShapeError):
                raise
            raise ShapeError(f"its {table} are not in the bundle format ({type(exc).__name__})") from None

    # -- segments ------------------------------------------------------------------------------

    def _segments(self) -> Iterator[pa.RecordBatch]:
        manifest = self.bundle.manifest
        consent = manifest.get("consent") or {}
        if not isinstance(consent, Mapping):
            raise ShapeError("its consent is not a JSON object")
        accepted = consent.get("accepted")
        columns = _empty(SEGMENTS)
        for record in self.bundle.segments():
            start = float(record["start"])
            self.days.add(day_of(start))
            frames = record["frames"]
            for name, value in (
                ("bundle_id", self.bundle.bundle_id), ("device_id", self.bundle.device_id),
                ("employee", manifest.get("employee")), ("segment_id", record["id"]), ("day", day_of(start)),
                ("start", micros(record["start"])), ("end", micros(record["end"])), ("app", record.get("app")),
                ("window_title", record.get("title")), ("wm_class", record.get("wm_class")),
                ("keystroke_mode", record.get("keystroke_mode")), ("typed_text", record.get("typed_text")),
                ("text_redacted", record.get("text_redacted")),
                ("frames_redacted", sum(1 for f in frames if f.get("redacted"))),
                ("event_count", record.get("events")), ("key_count", record.get("keys")),
                ("click_count", record.get("clicks")), ("frame_count", len(frames)),
                ("content_sha256", self._hashes[record["id"]]), ("policy_hash", manifest.get("policy_hash")),
                ("consent_policy_hash", consent.get("policy_hash")),
                ("consent_accepted_at", None if accepted is None else micros(accepted)),
                ("consent_scope", None if consent.get("scope") is None else json.dumps(consent["scope"], sort_keys=True)),
                ("batch_id", self.batch_id),
            ):
                columns[name].append(value)
        yield _batch(SEGMENTS, columns)

    # -- events --------------------------------------------------------------------------------

    def _events(self) -> Iterator[pa.RecordBatch]:
        columns = _empty(EVENTS)
        rows = 0
        for seq, record in enumerate(self.bundle.events()):
            t = record["t"]
            modifiers = record.get("modifiers")
            for name, value in (
                ("bundle_id", self.bundle.bundle_id), ("device_id", self.bundle.device_id),
                ("segment_id", record["segment"]), ("seq", seq), ("day", day_of(float(t))), ("t", micros(t)),
                ("kind", record["kind"]), ("key", record.get("key")), ("char", record.get("char")),
                ("pressed", record.get("pressed")), ("held_ms", record.get("held")),
                ("modifiers", None if modifiers is None else list(modifiers)),
                ("x", record.get("x")), ("y", record.get("y")), ("button", record.get("button")),
                ("dx", record.get("dx")), ("dy", record.get("dy")), ("batch_id", self.batch_id),
            ):
                columns[name].append(value)
            rows += 1
            if rows == EVENT_BATCH_ROWS:
                self.days.update(columns["day"])
                yield _batch(EVENTS, columns)
                columns, rows = _empty(EVENTS), 0
        if rows:
            self.days.update(columns["day"])
            yield _batch(EVENTS, columns)

    # -- frames --------------------------------------------------------------------------------

    def _frames(self) -> Iterator[pa.RecordBatch]:
        columns = _empty(FRAMES)
        held = 0
        for record in self.bundle.segments():
            for number, frame in enumerate(record["frames"], start=1):
                name = frame["file"]
                facts = self.bundle.files[name]
                image = self.bundle.path(name).read_bytes()
                if len(image) != facts.size or hashlib.sha256(image).hexdigest() != facts.sha256:
                    raise ShapeError(f"{name} changed after it was verified")
                t = frame["t"]
                for column, value in (
                    ("bundle_id", self.bundle.bundle_id), ("device_id", self.bundle.device_id),
                    ("segment_id", record["id"]), ("frame_no", number), ("day", day_of(float(t))),
                    ("t", micros(t)), ("mime", frame.get("mime")), ("width", frame.get("width")),
                    ("height", frame.get("height")), ("left", frame.get("left")), ("top", frame.get("top")),
                    ("scale", frame.get("scale")), ("redacted", frame.get("redacted")), ("size", facts.size),
                    ("sha256", facts.sha256), ("image", image), ("batch_id", self.batch_id),
                ):
                    columns[column].append(value)
                held += len(image)
                if held >= FRAME_BATCH_BYTES:
                    self.days.update(columns["day"])
                    yield _batch(FRAMES, columns)
                    columns, held = _empty(FRAMES), 0
        if columns["bundle_id"]:
            self.days.update(columns["day"])
            yield _batch(FRAMES, columns)

    # -- the bundle's own row ------------------------------------------------------------------

    def _bundle(self) -> Iterator[pa.RecordBatch]:
        manifest = self.bundle.manifest
        segments = manifest["segments"]
        manifest_sha256 = hashlib.sha256(self.bundle.root.joinpath(MANIFEST_FILE).read_bytes()).hexdigest()
        receipt = {"bundle_id": self.bundle.bundle_id, "manifest_sha256": manifest_sha256,
                   "device_public_key": manifest.get("device_public_key"),
                   "files": len(self.bundle.files), "segments": [s["sha256"] for s in segments]}
        days = sorted(self.days) or [day_of(float(manifest["created_at"]))]
        columns = _empty(BUNDLES)
        for name, value in (
            ("bundle_id", self.bundle.bundle_id), ("device_id", self.bundle.device_id),
            ("status", STATUS_COLLECTED), ("employee", manifest.get("employee")),
            ("created_at", micros(manifest["created_at"])), ("collected_at", micros(self.collected_at)),
            ("signer_fingerprint", _fingerprint(manifest.get("device_public_key"))),
            ("receipt", json.dumps(receipt, sort_keys=True)), ("manifest_sha256", manifest_sha256),
            ("policy_hash", manifest.get("policy_hash")), ("segment_count", len(segments)),
            ("event_count", sum(int(s["events"]) for s in segments)),
            ("frame_count", sum(int(s["frames"]) for s in segments)),
            ("first_day", days[0]), ("last_day", days[-1]), ("withdrawn_at", None),
            ("withdrawal_receipt", None), ("batch_id", self.batch_id), ("run_id", self.run_id),
        ):
            columns[name].append(value)
        yield _batch(BUNDLES, columns)


def _fingerprint(public_key_b64: Any) -> str | None:
    """sha256 (hex) of the device's raw public key, as printed by `airlock keys device`."""
    import base64
    import binascii

    if not isinstance(public_key_b64, str):
        return None
    try:
        return hashlib.sha256(base64.b64decode(public_key_b64, validate=True)).hexdigest()
    except (binascii.Error, ValueError):
        return None


def date_text(day: int) -> str:
    """A date32 value as YYYY-MM-DD (for partition predicates)."""
    return (datetime.date(1970, 1, 1) + datetime.timedelta(days=day)).isoformat()
