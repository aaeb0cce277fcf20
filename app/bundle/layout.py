"""What a bundle holds, by name, and how a segment's content hash is made.

    events.jsonl          one JSON object per input event, with its segment id
    images/<seg>-<n>.jpg  the redacted screenshots
    segments.jsonl        one JSON object per segment: window, span, typed text, counts, frame list
    manifest.json         bundle id, device, pseudonymous employee, policy hash, consent, segments with
                          spans and content hashes, and the size and sha256 of every other file
    manifest.sig.json     the device's Ed25519 signature over manifest.json's exact bytes

Beside the sealed bundle the drop box holds its envelope (signed: hashes and sizes, no content)
and, later perhaps, a withdrawal notice (signed).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

FORMAT = "airlock-bundle-v1"
ENVELOPE_FORMAT = "airlock-envelope-v1"
WITHDRAWAL_FORMAT = "airlock-withdrawal-v1"

EVENTS_FILE = "events.jsonl"
SEGMENTS_FILE = "segments.jsonl"
MANIFEST_FILE = "manifest.json"
SIGNATURE_FILE = "manifest.sig.json"
IMAGES_DIR = "images"
FIXED_FILES = frozenset({EVENTS_FILE, SEGMENTS_FILE, MANIFEST_FILE, SIGNATURE_FILE})
IMAGE_EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png"}
IMAGE_NAME = re.compile(rf"^{IMAGES_DIR}/\d{{1,19}}-\d{{5}}\.(jpg|png|bin)$")


def image_name(segment_id: int, number: int, mime: str) -> str:
    """The bundle path of a segment's `number`th screenshot (1-based)."""
    return f"{IMAGES_DIR}/{segment_id}-{number:05d}.{IMAGE_EXTENSIONS.get(mime, 'bin')}"


def is_bundle_file(name: str) -> bool:
    """True for the names a bundle may hold (and nothing else: no paths, no links)."""
    return name in FIXED_FILES or IMAGE_NAME.match(name) is not None


def segment_content_hash(events_sha256: str, image_sha256s: Sequence[str], segment_line: bytes) -> str:
    """A segment's content hash; the collector recomputes it from the unpacked files.

    sha256 over: "events " + sha256 hex of the segment's event lines + newline, then each image's
    sha256 hex + newline, then the segment's segments.jsonl line.
    """
    digest = hashlib.sha256(b"events " + events_sha256.encode() + b"\n")
    for image in image_sha256s:
        digest.update(image.encode() + b"\n")
    digest.update(segment_line)
    return digest.hexdigest()
