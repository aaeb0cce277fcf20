"""Work in flight, written down before it starts, so that whatever kills a collector the next run
puts the lake right.

    batch       about to append a batch of bundles to the content tables and then to `bundles`.
                A batch is committed when `bundles` holds its rows; otherwise the next run rolls it
                back: deletes its rows from the content tables (each row carries its batch id) and
                the data files it uploaded but never committed (found by their batch id), so the
                bundles are collected again, whole, by that run.
    withdrawal  about to delete withdrawn bundles and vacuum. Every step is idempotent; the next
                run repeats them, and keeps the journal until the vacuum retention has passed.

Journals name the shard that wrote them; a run takes over those of its own shard, and those of an
overlapping shard of another layout whose lease has lapsed (its collector is gone).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.collect.lake.objects import CONTROL, LakeObjects
from app.collect.shard import Shard, parse_shard
from app.core.errors import KnownError

JOURNAL = f"{CONTROL}journal/"
BATCH = "batch"
WITHDRAWAL = "withdrawal"


@dataclass(frozen=True)
class Entry:
    """One journal: what was about to happen and what it needs to be finished or undone."""

    kind: str
    id: str
    shard: str
    started: float
    bundles: list[dict[str, Any]] = field(default_factory=list)  # {bundle_id, device_id, days, notice}
    days: dict[str, list[int]] = field(default_factory=dict)  # table -> days the batch wrote
    vacuum_until: float = 0.0

    @property
    def name(self) -> str:
        return f"{JOURNAL}{self.id}.json"

    def encode(self) -> bytes:
        return json.dumps(self.__dict__, sort_keys=True).encode()


class Journal:
    """The journals of one lake."""

    def __init__(self, objects: LakeObjects, clock: Callable[[], float] = time.time) -> None:
        self._objects = objects
        self._clock = clock

    def write(self, entry: Entry) -> None:
        self._objects.put(entry.name, entry.encode())

    def done(self, entry: Entry) -> None:
        self._objects.delete(entry.name)

    def ours(self, shard: Shard, lease_is_live: Callable[[Shard], bool]) -> list[Entry]:
        """Journals this shard must finish: its own, and overlapping ones nobody holds any more."""
        entries = []
        for name in self._objects.names(JOURNAL):
            found = self._objects.get(name)
            if found is None:
                continue
            entry = _decode(found[0])
            if entry is None:
                continue
            try:
                owner = parse_shard(entry.shard)
            except KnownError:
                continue
            if owner == shard or (owner.overlaps(shard) and not lease_is_live(owner)):
                entries.append(entry)
        return sorted(entries, key=lambda e: e.started)


def _decode(data: bytes) -> Entry | None:
    try:
        value = json.loads(data)
        return Entry(**value)
    except (ValueError, TypeError):
        return None
