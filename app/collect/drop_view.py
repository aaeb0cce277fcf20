"""The drop box as one collector worker sees it: only its shard's devices, and counted.

Wraps a DropSource: names of other shards' devices are not listed (so never read or verified);
reads of sealed bundles are counted for the progress bar and the throughput figures.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, BinaryIO

from app.bundle.drop_box import SEALED_SUFFIX
from app.collect.shard import Shard

Report = Callable[[str, int], None]


def _hex(text: str, length: int) -> bool:
    return len(text) == length and all(c in "0123456789abcdef" for c in text)


def device_of(name: str) -> str | None:
    """The device an object belongs to: its folder (`<device-id>/…`), or in a flat drop box the
    device part of the bundle id (`<time>-<first 8 hex digits of the device id>-<random>`)."""
    head, sep, _rest = name.partition("/")
    if sep and _hex(head, 16):
        return head
    parts = name.rsplit("/", 1)[-1].split("-")
    return parts[1] if len(parts) >= 3 and _hex(parts[1], 8) else None


class ShardView:
    """A DropSource showing only the objects of `shard`'s devices, counting what is read."""

    def __init__(self, source: Any, shard: Shard, report: Report | None = None) -> None:
        self._source = source
        self._shard = shard
        self._report = report or (lambda kind, n: None)
        self.description = source.description
        self.bytes_read = 0

    def _ours(self, name: str) -> bool:
        device = device_of(name)
        return self._shard.count == 1 if device is None else self._shard.holds(device)  # unnamed: shard 0/1

    def list(self, prefix: str) -> list[str]:
        names = [n for n in self._source.list(prefix) if self._ours(n)]
        self._report("listed", sum(1 for n in names if n.endswith(SEALED_SUFFIX)))
        return names

    def get(self, name: str, into: BinaryIO) -> None:
        if name.endswith(SEALED_SUFFIX):
            into = _Counting(into, self)
        self._source.get(name, into)
        if name.endswith(SEALED_SUFFIX):
            self._report("done", 1)

    def delete(self, name: str) -> None:
        self._source.delete(name)


class _Counting:
    def __init__(self, target: BinaryIO, view: ShardView) -> None:
        self._target = target
        self._view = view

    def write(self, data) -> int:
        self._view.bytes_read += len(data)
        self._view._report("bytes", len(data))
        return self._target.write(data)
