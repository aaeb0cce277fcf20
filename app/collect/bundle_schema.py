"""The shapes of the JSON a bundle carries, checked before anything is taken from it.

A signature says which device wrote a document, not that the device wrote it well: a buggy or
compromised device can sign a manifest whose "segments" is a string. Each document is checked here
field by field (required fields present, every known field of its type; unknown fields are kept,
so the format can grow), and what fails is `Rejected` — never a TypeError deep in the collector or
in a dataset writer. Writers may rely on the types listed here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from app.bundle.layout import ENVELOPE_FORMAT, FORMAT, WITHDRAWAL_FORMAT
from app.collect.rejection import Rejected

Check = Callable[[Any], bool]
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


def _integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _count(value: Any) -> bool:
    return _integer(value) and value >= 0


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _text(value: Any) -> bool:
    return isinstance(value, str)


def _optional_text(value: Any) -> bool:
    return value is None or isinstance(value, str)


def _flag(value: Any) -> bool:
    return isinstance(value, bool)


def _sha256(value: Any) -> bool:
    return isinstance(value, str) and _HEX64.match(value) is not None


def _texts(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _optional_object(value: Any) -> bool:
    return value is None or isinstance(value, dict)


def check_fields(document: Any, what: str, required: Mapping[str, Check], optional: Mapping[str, Check]) -> None:
    """Rejected unless `document` is an object with every required field and all fields of their type."""
    if not isinstance(document, dict):
        raise Rejected(f"{what} is not a JSON object")
    for name, check in required.items():
        if name not in document:
            raise Rejected(f"{what} has no {name!r}")
        if not check(document[name]):
            raise Rejected(f"{what} has a {name!r} of the wrong type")
    for name, check in optional.items():
        if name in document and not check(document[name]):
            raise Rejected(f"{what} has a {name!r} of the wrong type")


def _format(expected: str) -> Check:
    return lambda value: value == expected


ENVELOPE = {"format": _format(ENVELOPE_FORMAT), "bundle_id": _text, "device_id": _text, "created_at": _number,
            "sealed_sha256": _sha256, "sealed_size": _count, "manifest_sha256": _sha256}
NOTICE = {"format": _format(WITHDRAWAL_FORMAT), "bundle_id": _text, "device_id": _text, "withdrawn_at": _number}
MANIFEST = {"format": _format(FORMAT), "bundle_id": _text, "device_id": _text, "segments": lambda v: isinstance(v, list),
            "files": lambda v: isinstance(v, dict)}
MANIFEST_OPTIONAL = {"created_at": _number, "device_public_key": _text, "employee": _text, "policy_hash": _text,
                     "consent": _optional_object}
MANIFEST_SEGMENT = {"id": _integer, "sha256": _sha256}
MANIFEST_SEGMENT_OPTIONAL = {"start": _number, "end": _number, "events": _count, "keys": _count, "clicks": _count,
                             "frames": _count}
MANIFEST_FILE = {"size": _count, "sha256": _sha256}
SEGMENT = {"id": _integer, "frames": lambda v: isinstance(v, list)}
SEGMENT_OPTIONAL = {"start": _number, "end": _number, "app": _optional_text, "title": _optional_text,
                    "wm_class": _optional_text, "keystroke_mode": _optional_text, "typed_text": _optional_text,
                    "text_redacted": _flag, "events": _count, "keys": _count, "clicks": _count}
FRAME = {"file": _text}
FRAME_OPTIONAL = {"t": _number, "width": _count, "height": _count, "mime": _text, "left": _integer,
                  "top": _integer, "scale": _number, "redacted": _flag}
EVENT = {"segment": _integer, "t": _number, "kind": lambda v: v in ("key", "click", "scroll", "move")}
EVENT_OPTIONAL = {"key": _text, "char": _text, "pressed": _flag, "modifiers": _texts, "held_ms": _integer,
                  "x": _number, "y": _number, "dx": _number, "dy": _number, "button": _text}


def check_manifest(manifest: Any, max_segments: int, max_files: int) -> None:
    """The manifest's shape, its segment list and its file table."""
    check_fields(manifest, "its manifest", MANIFEST, MANIFEST_OPTIONAL)
    if len(manifest["segments"]) > max_segments:
        raise Rejected(f"its manifest lists more than {max_segments} segments")
    if len(manifest["files"]) > max_files:
        raise Rejected(f"its manifest lists more than {max_files} files")
    for segment in manifest["segments"]:
        check_fields(segment, "a segment in its manifest", MANIFEST_SEGMENT, MANIFEST_SEGMENT_OPTIONAL)
    for facts in manifest["files"].values():
        check_fields(facts, "a file in its manifest", MANIFEST_FILE, {})


def check_segment(record: Any) -> None:
    """One segments.jsonl record and its frame list."""
    check_fields(record, "a segment record", SEGMENT, SEGMENT_OPTIONAL)
    for frame in record["frames"]:
        check_fields(frame, "a frame of a segment record", FRAME, FRAME_OPTIONAL)


def check_event(record: Any) -> None:
    """One events.jsonl record."""
    check_fields(record, "an event record", EVENT, EVENT_OPTIONAL)
