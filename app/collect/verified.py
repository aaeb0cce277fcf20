"""A bundle that passed every check, as the dataset writers receive it.

Its files lie unpacked in a private staging folder (0700/0600) exactly as they were in the bundle;
the writer reads them from there (streaming: events one line at a time) and must not keep paths
into the staging folder after `DatasetWriter.write` returns, because the collector removes it.

What a writer may rely on (checked by app/collect/bundle_schema.py before a bundle is handed out):
every segment record has an int `id` and a `frames` list whose entries name screenshots the bundle
holds (each exactly once); every event record has an int `segment` of a listed segment, a number
`t` and a `kind` of "key", "click", "scroll" or "move"; every other field the format defines has
its type where present (strings or null for window texts, numbers for times and coordinates,
booleans for flags, e.g. an optional int `held_ms` on key presses). Unknown fields pass through.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.bundle.layout import EVENTS_FILE, SEGMENTS_FILE


@dataclass(frozen=True)
class FileFacts:
    """Size and sha256 (hex) of one file in a bundle, as checked against its manifest."""

    size: int
    sha256: str


@dataclass(frozen=True)
class VerifiedBundle:
    """One verified bundle: who signed it, its manifest and where its files are.

    `device_id` is the key id of the trusted device whose signatures (envelope and manifest)
    verified; `manifest` is the parsed manifest.json whose hashes every file matched.
    """

    bundle_id: str
    device_id: str
    manifest: Mapping[str, Any]
    files: Mapping[str, FileFacts]
    root: Path

    def path(self, name: str) -> Path:
        """Where one of the bundle's files is (a name from `files`)."""
        if name not in self.files:
            raise KeyError(name)
        return self.root.joinpath(*name.split("/"))

    def segments(self) -> Iterator[dict[str, Any]]:
        """The segments.jsonl records, in bundle order."""
        yield from _records(self.path(SEGMENTS_FILE))

    def events(self) -> Iterator[dict[str, Any]]:
        """The events.jsonl records, in bundle order, read one line at a time."""
        yield from _records(self.path(EVENTS_FILE))

    def images(self) -> Iterator[tuple[str, Path]]:
        """(bundle name, path) of every screenshot, in segment and frame order."""
        for segment in self.segments():
            for frame in segment["frames"]:
                yield frame["file"], self.path(frame["file"])


def _records(path: Path) -> Iterator[dict[str, Any]]:
    # Verification parsed every line already (bounded); what reaches here is known to be well formed.
    with open(path, "rb") as lines:
        for line in lines:
            yield json.loads(line)
