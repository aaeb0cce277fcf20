"""VaultOperations: the vault's changes, each run where it belongs and returned as a Future.

While a recorder runs in this process, `run` is its writer's `run`: changes execute on the writer
thread, after everything captured before them is committed, and the writer learns from each
returned `Change` what it must never write again (the in-flight guard). When nothing records, `run`
executes on a private connection at once (`VaultOperations.direct`), under the profile's instance
lock taken by the caller. The control layer (app/control/operations.py) is the only caller.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from app.core.changes import Change, ChangeKind, RangeCounts, Span
from app.core.model import FlagCategory
from app.policy.model import Policy
from app.policy.personal import PersonalSettings
from app.policy.rules.pause import PauseSnapshot
from app.vault import queries
from app.vault.operations import consent, decisions, deletion, redaction, settings, suggestions
from app.vault.segment_ends import close_open_segments

Runner = Callable[[Callable[[Any], Any]], Future]


def run_now(conn) -> Runner:
    """A runner that executes on `conn` at once and returns a finished Future."""
    def run(fn: Callable[[Any], Any]) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(conn))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller through the future
            future.set_exception(exc)
        return future
    return run


class VaultOperations:
    """Every change to the vault, over a runner (see the module docstring)."""

    def __init__(self, run: Runner) -> None:
        self._run = run

    @classmethod
    def direct(cls, conn) -> VaultOperations:
        """On a private connection, nothing recording (the caller holds the instance lock): a segment
        a crash left open is closed first, so it is not shown or held as "being recorded"."""
        close_open_segments(conn)
        return cls(run_now(conn))

    # -- reading what a change would touch ------------------------------------------------------

    def summarize(self, spans: list[Span], segment_ids: list[int] = ()) -> Future:
        """-> RangeCounts: what deleting these spans and segments would remove."""
        def work(conn) -> RangeCounts:
            total: RangeCounts | None = None
            for start, end in spans:
                counts = deletion.summarize_range(conn, start, end)
                total = counts if total is None else total.plus(counts)
            if segment_ids:
                ids = list(segment_ids)
                row = conn.execute(
                    f"SELECT min(start), max(end), count(*), sum(key_count), sum(click_count), sum(frame_count), "
                    f"group_concat(DISTINCT app) FROM segments WHERE id IN ({','.join('?' * len(ids))})", ids).fetchone()
                if row[2]:
                    events = conn.execute(f"SELECT count(*) FROM events WHERE segment_id IN "
                                          f"({','.join('?' * len(ids))})", ids).fetchone()[0]
                    counts = RangeCounts(row[0], row[1], row[2], events, row[3] or 0, row[4] or 0, row[5] or 0,
                                         tuple(sorted(a for a in (row[6] or "").split(",") if a)))
                    total = counts if total is None else total.plus(counts)
            return total or RangeCounts(0.0, 0.0)
        return self._run(work)

    def state_counts(self) -> Future:
        """-> dict[str, int]: segments per state."""
        return self._run(settings.segment_state_counts)

    def open_suggestion_count(self) -> Future:
        """-> int: suggestions not yet answered (the tray's "moments need a look")."""
        return self._run(queries.open_suggestion_count)

    def recording_segment(self) -> Future:
        """-> int | None: the segment whose end is not recorded yet."""
        return self._run(queries.recording_segment)

    def unread_frame_count(self) -> Future:
        """-> int: screenshots of segments that could still leave, not yet read for sensitive moments."""
        return self._run(queries.unread_frame_count)

    def load_pause(self) -> Future:
        return self._run(settings.load_pause)

    def load_personal(self) -> Future:
        return self._run(settings.load_personal)

    # -- changes ----------------------------------------------------------------------------------

    def delete(self, segment_ids: list[int], spans: list[Span], now: float) -> Future:
        """-> Change: whole segments, and everything in the spans, in one ordered step."""
        def work(conn) -> Change:
            changes = [deletion.delete_range(conn, start, end, now) for start, end in spans]
            if segment_ids:
                present = [i for i in segment_ids if conn.execute("SELECT 1 FROM segments WHERE id = ?",
                                                                  (i,)).fetchone()]
                changes.append(deletion.delete_segments(conn, present, now))
            return _merged(ChangeKind.DELETE, changes)
        return self._run(work)

    def flag(self, segment_ids: list[int], spans: list[Span], category: FlagCategory, note: str, now: float) -> Future:
        return self._decide(segment_ids, spans, lambda conn, ids: decisions.set_flag(conn, ids, category, note, now),
                            ChangeKind.FLAG)

    def unflag(self, segment_ids: list[int], spans: list[Span], now: float) -> Future:
        return self._decide(segment_ids, spans, lambda conn, ids: decisions.clear_flag(conn, ids, now), ChangeKind.UNFLAG)

    def approve(self, segment_ids: list[int], spans: list[Span], now: float) -> Future:
        return self._decide(segment_ids, spans, lambda conn, ids: decisions.approve(conn, ids, now), ChangeKind.APPROVE)

    def _decide(self, segment_ids: list[int], spans: list[Span], decide: Callable[[Any, list[int]], Change],
                kind: ChangeKind) -> Future:
        def work(conn) -> Change:
            ids = set(segment_ids)
            for start, end in spans:
                ids.update(deletion.segment_ids_in(conn, start, end))
            if not ids:
                return Change(kind)  # nothing captured there: nothing to decide
            return decide(conn, sorted(ids))
        return self._run(work)

    def redact_frame(self, frame_id: int, rects: list[tuple[int, int, int, int]], now: float) -> Future:
        boxes = [redaction.Rect(*rect) for rect in rects]
        return self._run(lambda conn: redaction.redact_frame(conn, frame_id, boxes, now))

    def mask_text(self, segment_id: int, start: int, end: int, now: float) -> Future:
        return self._run(lambda conn: redaction.mask_typed_text(conn, segment_id, start, end, now))

    def accept_suggested_redaction(self, suggestion_id: int, now: float,
                                   rects: list[tuple[int, int, int, int]] | None = None) -> Future:
        return self._run(lambda conn: suggestions.accept_redaction(conn, suggestion_id, now, rects))

    def flag_from_suggestion(self, suggestion_id: int, now: float) -> Future:
        return self._run(lambda conn: suggestions.flag_from(conn, suggestion_id, now))

    def dismiss_suggestion(self, suggestion_id: int, now: float) -> Future:
        return self._run(lambda conn: suggestions.dismiss(conn, suggestion_id, now))

    def record_consent(self, policy: Policy, accepted: bool, now: float, language: str = "") -> Future:
        return self._run(lambda conn: consent.record_consent(conn, policy, accepted, now, language))

    def save_personal(self, personal: PersonalSettings, now: float) -> Future:
        return self._run(lambda conn: settings.save_personal(conn, personal, now))

    def save_pause(self, snapshot: PauseSnapshot | None, now: float) -> Future:
        return self._run(lambda conn: settings.save_pause(conn, snapshot, now))


def _merged(kind: ChangeKind, changes: list[Change]) -> Change:
    if not changes:
        return Change(kind)
    counts = None
    for change in changes:
        if change.counts is not None:
            counts = change.counts if counts is None else counts.plus(change.counts)
    return Change(kind, tuple(sorted({i for c in changes for i in c.segment_ids})),
                  tuple(sorted({i for c in changes for i in c.removed})),
                  tuple(span for c in changes for span in c.spans), count=sum(c.count for c in changes),
                  counts=counts)
