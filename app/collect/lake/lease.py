"""A shard of devices is collected by one collector at a time: a lease object, taken and renewed
with conditional writes (the same primitive Delta's commits rely on).

A lease names its holder (run, host, process) and when it expires. A collector takes a free
lease by creating the object (`If-None-Match: *`); it takes over an expired one, or one whose
holder process on this host has died (SIGKILL), by replacing exactly the version it read
(`If-Match`). Any other live lease is a refusal naming the holder. A collector that finds its
lease replaced stops before it commits anything more.
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass

from app.collect.lake.objects import CONTROL, LakeObjects, PreconditionFailed
from app.collect.shard import Shard, parse_shard
from app.core.errors import KnownError
from app.core.i18n import fill, translate

LEASES = f"{CONTROL}leases/"
DEFAULT_LEASE_SECONDS = 600.0


class LeaseLost(Exception):
    """Another collector took this shard's lease: stop committing."""


@dataclass(frozen=True)
class Holder:
    run_id: str
    host: str
    pid: int


def _alive(pid: int) -> bool:
    """Whether process `pid` of this host still runs (a zombie, killed but not reaped, does not)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rsplit(b")", 1)[-1].split()[0] not in (b"Z", b"X")
    except FileNotFoundError:
        return False
    except (OSError, IndexError):
        pass  # no /proc (macOS): ask the kernel
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class ShardLease:
    """The lease on one shard, held by this process."""

    def __init__(self, objects: LakeObjects, shard: Shard, run_id: str, seconds: float = DEFAULT_LEASE_SECONDS,
                 clock: Callable[[], float] = time.time) -> None:
        self._objects = objects
        self.shard = shard
        self.name = f"{LEASES}{shard.name}.json"
        self._holder = Holder(run_id, socket.gethostname(), os.getpid())
        self._seconds = seconds
        self._clock = clock
        self._etag: str | None = None

    def _body(self) -> bytes:
        return json.dumps({"shard": self.shard.label, "run_id": self._holder.run_id, "host": self._holder.host,
                           "pid": self._holder.pid, "expires": self._clock() + self._seconds}).encode()

    def acquire(self) -> None:
        """Take the lease, or raise KnownError saying who holds it (or which layout overlaps)."""
        self._refuse_other_layouts()
        try:
            self._etag = self._objects.put(self.name, self._body(), if_absent=True)
            return
        except PreconditionFailed:
            pass
        found = self._objects.get(self.name)
        if found is None:  # released between our two requests: try once more
            self._etag = self._objects.put(self.name, self._body(), if_absent=True)
            return
        data, etag = found
        current = _parse(data)
        if not self._stale(current):
            raise KnownError(
                fill(translate("Errors", "Shard %1 of the lake is being collected by another collector (host %2, "
                                         "process %3, run %4)."),
                     self.shard.label, repr(current.get("host")), current.get("pid"), current.get("run_id")),
                fill(translate("Errors", "Give each collector its own --shard, or wait for that run to finish (its "
                                         "lease expires %1 s from now)."),
                     int(max(0, float(current.get("expires", 0)) - self._clock()))))
        try:
            self._etag = self._objects.put(self.name, self._body(), if_match=etag)
        except PreconditionFailed:
            raise KnownError(fill(translate("Errors", "Another collector took shard %1 at the same moment."),
                                  self.shard.label),
                             translate("Errors", "Give each collector its own --shard.")) from None

    def _stale(self, current: dict) -> bool:
        return _stale(current, self._clock())

    def is_held(self, shard: Shard) -> bool:
        """True while a live collector holds `shard`'s lease."""
        found = self._objects.get(f"{LEASES}{shard.name}.json")
        return found is not None and not _stale(_parse(found[0]), self._clock())

    def _refuse_other_layouts(self) -> None:
        """A live lease on an overlapping shard of another layout: refuse (its devices are ours too)."""
        for name in self._objects.names(LEASES):
            if name == self.name:
                continue
            found = self._objects.get(name)
            if found is None:
                continue
            current = _parse(found[0])
            label = str(current.get("shard", ""))
            try:
                other = parse_shard(label)
            except KnownError:
                continue
            if not other.overlaps(self.shard):
                continue
            if self._stale(current):  # its collector is gone; its journals pass to us (journal.py)
                self._objects.delete(name)
                continue
            raise KnownError(
                fill(translate("Errors", "A collector with another shard layout (%1) is running on this lake; shard "
                                         "%2 would overlap it."), label, self.shard.label),
                translate("Errors", "Run every collector of a lake with the same shard count (--shard i/N)."))

    def renew(self) -> None:
        """Extend the lease; LeaseLost if someone replaced it."""
        if self._etag is None:
            raise LeaseLost(self.name)
        try:
            self._etag = self._objects.put(self.name, self._body(), if_match=self._etag)
        except PreconditionFailed:
            self._etag = None
            raise LeaseLost(self.name) from None

    def release(self) -> None:
        if self._etag is None:
            return
        found = self._objects.get(self.name)
        if found is not None and found[1] == self._etag:
            self._objects.delete(self.name)
        self._etag = None


def _stale(current: dict, now: float) -> bool:
    """Expired, or held by a process of this host that no longer exists (killed)."""
    if float(current.get("expires", 0) or 0) < now:
        return True
    return current.get("host") == socket.gethostname() and not _alive(int(current.get("pid", 0) or 0))


def _parse(data: bytes) -> dict:
    try:
        value = json.loads(data)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
