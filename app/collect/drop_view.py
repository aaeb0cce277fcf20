"""The drop box as one collector worker sees it: its shard's devices only, from a cursor on.

Devices write below their own folder (`<device-id>/bundles/…`, `<device-id>/withdrawals/…`,
app/bundle/drop_box.py). A worker lists the device folders, keeps its shard's, and lists each of
those once, starting after the device's cursor: the newest bundle before which everything of that
device is settled. Bundle ids begin with their creation time and a device uploads one bundle at a
time, so a device's new bundles sort after its cursor; withdrawal notices (`withdrawals/` sorts
after `bundles/`) are always in that one listing. A run therefore reads only what is new, however
many thousands of objects the drop box holds, at one request per device (plus one per thousand
devices for the folder list).

Cursors live in the lake (`_airlock/cursors/<shard>.json`); each run reads every cursor file and
takes the furthest one for each device, so a new shard layout starts where the old one stopped.
The cursor never passes a bundle still arriving or refused (it is looked at again next run).
A drop box whose store cannot list folders is listed whole (still only this shard's devices).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any, BinaryIO, cast

from app.bundle.drop_box import BUNDLES, SEALED_SUFFIX, ListedObject, ObjectKind, parse_name
from app.collect.shard import Shard

Report = Callable[[str, int], None]
CURSORS = "_airlock/cursors/"
_AFTER = "~"  # sorts after every character of a bundle id and its suffixes


class ShardView:
    """A DropSource showing `shard`'s devices from their cursors on, counting what is read."""

    def __init__(self, source: Any, shard: Shard, cursors: dict[str, str] | None = None,
                 settled: Callable[[str], bool] = lambda bundle_id: False, report: Report | None = None) -> None:
        self._source = source
        self._shard = shard
        self.cursors = dict(cursors or {})
        self._settled = settled  # a withdrawal the lake has already honoured: its notice is not re-read
        self._report = report or (lambda kind, n: None)
        self.description = source.description
        self.bytes_read = 0
        self.listed_devices = 0

    def _ours(self, name: str) -> bool:
        parsed = parse_name(name)
        return parsed is not None and self._shard.holds(parsed.device_id)

    def objects(self, prefix: str) -> list[ListedObject]:
        listing = getattr(self._source, "folders", None)
        if prefix or listing is None:
            listed = [o for o in self._source.objects(prefix) if self._ours(o.name)]
        else:
            listed = []
            for folder in listing(""):
                device = folder.rstrip("/")
                if not self._shard.holds(device):
                    continue
                self.listed_devices += 1
                cursor = self.cursors.get(device)
                after = f"{device}/{BUNDLES}{cursor}{_AFTER}" if cursor else None
                listed += [o for o in self._source.objects(folder, start_after=after) if self._ours(o.name)]
        listed = self._with_withdrawn_bundles(listed)
        self._report("listed", sum(1 for o in listed if o.name.endswith(SEALED_SUFFIX)))
        return listed

    def _with_withdrawn_bundles(self, listed: list[ListedObject]) -> list[ListedObject]:
        """Drop notices the lake has honoured already; for the others, list their bundle's objects
        too when the cursor passed them (so the collector sees what it may delete)."""
        names = {o.name for o in listed}
        kept = []
        for item in listed:
            parsed = parse_name(item.name)
            if parsed is not None and parsed.kind is ObjectKind.NOTICE:
                if self._settled(parsed.bundle_id):
                    continue
                bundle_prefix = f"{parsed.device_id}/{BUNDLES}{parsed.bundle_id}."
                if not any(n.startswith(bundle_prefix) for n in names):
                    kept += [o for o in self._source.objects(bundle_prefix) if o.name not in names]
            kept.append(item)
        return kept

    def open(self, name: str, limit: int) -> BinaryIO:
        stream = self._source.open(name, limit)
        if name.endswith(SEALED_SUFFIX):
            self._report("done", 1)
            return cast(BinaryIO, _Counting(stream, self))  # reads like the stream it wraps
        return stream

    def delete(self, name: str) -> None:
        self._source.delete(name)

    # -- cursors ------------------------------------------------------------------------------

    def advance(self, outcomes: Iterable[Any]) -> dict[str, str]:
        """Move each device's cursor over its settled bundles (unpacked, present, withdrawn), up to
        the first one that is not (waiting, refused, failed): the cursors to keep."""
        by_device: dict[str, dict[str, bool]] = {}
        for outcome in outcomes:
            if getattr(outcome, "kind", "bundle") != "bundle" or not outcome.device:
                continue
            done = outcome.status.value in ("unpacked", "already-present", "withdrawn")
            by_device.setdefault(outcome.device, {})[outcome.bundle_id] = done
        for device, bundles in by_device.items():
            for bundle_id in sorted(bundles):
                if not bundles[bundle_id]:
                    break
                if bundle_id > self.cursors.get(device, ""):
                    self.cursors[device] = bundle_id
        return self.cursors


class _Counting:
    """A read stream that counts bytes for the progress bar and the throughput figures."""

    def __init__(self, stream: BinaryIO, view: ShardView) -> None:
        self._stream = stream
        self._view = view

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self._view.bytes_read += len(data)
        self._view._report("bytes", len(data))
        return data

    def close(self) -> None:
        self._stream.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def read_cursors(objects: Any, shard: Shard) -> dict[str, str]:
    """The furthest cursor of every device of `shard`, over every cursor file in the lake."""
    merged: dict[str, str] = {}
    for name in objects.names(CURSORS):
        found = objects.get(name)
        try:
            cursors = json.loads(found[0]) if found else {}
        except ValueError:
            continue
        for device, bundle_id in (cursors.items() if isinstance(cursors, dict) else ()):
            if isinstance(device, str) and isinstance(bundle_id, str) and shard.holds(device):
                merged[device] = max(merged.get(device, ""), bundle_id)
    return merged


def write_cursors(objects: Any, shard: Shard, cursors: dict[str, str]) -> None:
    objects.put(f"{CURSORS}{shard.name}.json", json.dumps(cursors, sort_keys=True).encode())
