"""What an operation on the vault changed: the value every change returns, whichever route it took.

Views refresh from a `Change` (the timeline patches rows, or reloads when the shape changed), the
vault writer protects from it (records still in flight for a deleted span are dropped, the typed
text of a segment it cut is rebuilt), and the tray recounts from it. It holds ids, spans and
counts: never captured content.
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass, field
from typing import Any

Span = tuple[float, float]


class ChangeKind(str, enum.Enum):
    DELETE = "delete"
    FLAG = "flag"
    UNFLAG = "unflag"
    APPROVE = "approve"
    REDACT = "redact"
    CONSENT = "consent"
    SETTINGS = "settings"
    PAUSE = "pause"
    RESUME = "resume"
    DISMISS = "dismiss"


@dataclass(frozen=True)
class RangeCounts:
    """What a span or a set of segments holds (before a delete) or held (after it).

    No content besides application names.
    """

    start: float
    end: float
    segments: int = 0
    events: int = 0
    keys: int = 0
    clicks: int = 0
    frames: int = 0
    apps: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.segments or self.events or self.frames)

    def plus(self, other: RangeCounts) -> RangeCounts:
        return RangeCounts(min(self.start, other.start), max(self.end, other.end), self.segments + other.segments,
                           self.events + other.events, self.keys + other.keys, self.clicks + other.clicks,
                           self.frames + other.frames, tuple(sorted(set(self.apps) | set(other.apps))))

    def to_dict(self) -> dict[str, Any]:
        return {**dataclasses.asdict(self), "apps": list(self.apps)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RangeCounts:
        return cls(float(data["start"]), float(data["end"]), int(data["segments"]), int(data["events"]),
                   int(data["keys"]), int(data["clicks"]), int(data["frames"]),
                   tuple(str(a) for a in data.get("apps", ())))


@dataclass(frozen=True)
class Change:
    """What one operation changed.

    `segment_ids`: segments whose rows changed or went; `removed`: those that are gone for good;
    `spans`: time spans whose content was deleted, up to the delete's instant (records stamped
    inside them must never be written afterwards); `count`: how many segments the decision applied to (flagged, approved…);
    `counts`: what a delete removed.
    """

    kind: ChangeKind
    segment_ids: tuple[int, ...] = ()
    removed: tuple[int, ...] = ()
    spans: tuple[Span, ...] = ()
    frame_id: int | None = None
    count: int = 0
    counts: RangeCounts | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def structural(self) -> bool:
        """Range deletions reshape segments (a straddling one is cut): views reload rather than patch."""
        return self.kind is ChangeKind.DELETE and bool(self.spans)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "segment_ids": list(self.segment_ids), "removed": list(self.removed),
                "spans": [list(span) for span in self.spans], "frame_id": self.frame_id, "count": self.count,
                "counts": self.counts.to_dict() if self.counts else None, "extra": dict(self.extra)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Change:
        counts = data.get("counts")
        return cls(ChangeKind(data["kind"]), tuple(int(i) for i in data.get("segment_ids", ())),
                   tuple(int(i) for i in data.get("removed", ())),
                   tuple((float(s), float(e)) for s, e in data.get("spans", ())),
                   None if data.get("frame_id") is None else int(data["frame_id"]), int(data.get("count", 0)),
                   RangeCounts.from_dict(counts) if counts else None, dict(data.get("extra", {})))
