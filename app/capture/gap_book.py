"""Open and closed capture gaps, each submitted as GapRecords (opened with no end, then closed).

A gap may be opened "tentatively" (`min_duration`): the focus is briefly unknown at every window
switch (the window manager clears _NET_ACTIVE_WINDOW before setting it), and a millisecond with
nothing lost is not worth a record. A tentative gap is written once it lasts `min_duration`, or
at once when input was dropped during it (`confirm`); otherwise it is forgotten when it closes.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.model import Gap, GapReason
from app.core.records import GapRecord, RecordSink


@dataclass
class _OpenGap:
    token: int
    gap: Gap
    written: bool
    min_duration: float


class GapBook:
    """Gaps by a key ("pause", "focus", "source:input"): at most one open gap per key."""

    def __init__(self, sink: RecordSink) -> None:
        self._sink = sink
        self._next_token = 0
        self._open: dict[str, _OpenGap] = {}

    def open(self, key: str, reason: GapReason, start: float, detail: str = "", min_duration: float = 0.0) -> None:
        """Open a gap unless one is open under `key` already."""
        if key in self._open:
            return
        self._next_token += 1
        entry = _OpenGap(self._next_token, Gap(start, None, reason, detail), False, min_duration)
        self._open[key] = entry
        if min_duration <= 0:
            self._write(entry)

    def confirm(self, key: str) -> None:
        """Something was lost during the gap: write it now even if it is tentative."""
        entry = self._open.get(key)
        if entry is not None and not entry.written:
            self._write(entry)

    def tick(self, now: float) -> None:
        for entry in self._open.values():
            if not entry.written and now - entry.gap.start >= entry.min_duration:
                self._write(entry)

    def close(self, key: str, end: float) -> None:
        entry = self._open.pop(key, None)
        if entry is None:
            return
        if not entry.written:
            if end - entry.gap.start < entry.min_duration:
                return  # brief and nothing lost: not worth a record
            self._write(entry)
        gap = entry.gap
        self._sink.submit(GapRecord(entry.token, Gap(gap.start, max(end, gap.start), gap.reason, gap.detail)))

    def record(self, reason: GapReason, start: float, end: float, detail: str = "") -> None:
        """A gap that is already over (e.g. events dropped on queue overflow)."""
        self._next_token += 1
        self._sink.submit(GapRecord(self._next_token, Gap(start, max(end, start), reason, detail)))

    def is_open(self, key: str) -> bool:
        return key in self._open

    def close_all(self, end: float) -> None:
        for key in list(self._open):
            self.close(key, end)

    def _write(self, entry: _OpenGap) -> None:
        entry.written = True
        self._sink.submit(GapRecord(entry.token, entry.gap))
