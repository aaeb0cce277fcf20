"""How much the collector reads, parses and writes for one object, at most.

Everything in the drop box was written by a device, and a device may be hostile or compromised:
every size, depth and count the collector meets is bounded here, and what is over a bound is
rejected before it is read further (a download stops, a tar member is refused before a byte of it
is written).
"""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True)
class CollectLimits:
    """Bounds for one bundle or notice. `max_bundle_bytes` is the ceiling `--max-bundle-mb` sets:
    the largest sealed file that is downloaded, and the most its unpacked files may hold together."""

    max_bundle_bytes: int = 1024 * MIB
    max_notice_bytes: int = 64 * 1024  # an envelope, a withdrawal notice or a signature file (all < 1 KB)
    max_manifest_bytes: int = 32 * MIB  # ≈ 100 000 files and 10 000 segments
    max_segment_line_bytes: int = 16 * MIB  # one segment's metadata, typed text included
    max_event_line_bytes: int = 64 * 1024
    max_json_depth: int = 16  # the format nests 4 deep
    max_members: int = 100_000  # files in one bundle
    max_segments: int = 10_000

    def __post_init__(self) -> None:
        if self.max_bundle_bytes <= 0:
            raise ValueError("the bundle ceiling must be positive")
