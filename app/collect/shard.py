"""Which devices a collector takes: shard i of N, by a stable hash of the device id.

Several machines (`--shard i/N`) and several worker processes on each (`--workers W`) split the
devices between them; worker w of machine i takes shard i+N*w of N*W (the devices of i/N, cut in
W). Every device belongs to exactly one shard of a layout, so no two collectors write the same
bundle; two shards of different counts overlap exactly when their indexes agree modulo the
greatest common divisor of the counts (`overlaps`).
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass

from app.core.errors import KnownError
from app.core.i18n import fill, translate

_SPEC = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


@dataclass(frozen=True)
class Shard:
    index: int
    count: int

    def __post_init__(self) -> None:
        if self.count < 1 or not 0 <= self.index < self.count:
            raise ValueError(f"not a shard: {self.index}/{self.count}")

    @property
    def label(self) -> str:
        return f"{self.index}/{self.count}"

    @property
    def name(self) -> str:
        """The label as a file name."""
        return f"{self.index}-of-{self.count}"

    def holds(self, device_id: str) -> bool:
        """Whether the device is ours. A device is known by the first 8 hex digits of its id, which
        every bundle id carries too, so a flat drop box shards exactly like a per-device one."""
        digest = hashlib.sha256(device_id[:8].encode()).digest()
        return int.from_bytes(digest[:8], "big") % self.count == self.index

    def split(self, workers: int) -> list[Shard]:
        """This shard cut into `workers` finer shards (the union is exactly this one)."""
        return [Shard(self.index + self.count * w, self.count * workers) for w in range(workers)]

    def overlaps(self, other: Shard) -> bool:
        """True when some device belongs to both shards."""
        return (self.index - other.index) % math.gcd(self.count, other.count) == 0


ALL = Shard(0, 1)


def parse_shard(text: str) -> Shard:
    """`i/N` from the command line; KnownError otherwise."""
    match = _SPEC.match(text or "")
    # (a count of 0 or an index past it is refused below, before Shard's own check)
    if not match or int(match.group(2)) < 1 or int(match.group(1)) >= int(match.group(2)):
        raise KnownError(fill(translate("Errors", "%1 is not a shard."), repr(text)),
                         translate("Errors", "Use i/N with 0 <= i < N, e.g. --shard 0/2 and --shard 1/2."))
    return Shard(int(match.group(1)), int(match.group(2)))
