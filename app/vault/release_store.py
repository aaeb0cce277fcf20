"""The vault side of releasing: gate facts, segment content for bundling, outbox state, receipts.

Satisfies `app.release.source.ReleaseSource` and `app.release.destinations.UploadJournal`
structurally (the vault does not import the release package). Content is only handed out for
segments that are neither flagged nor released, checked again at each read, so a segment flagged
while its bundle is built stops the build.

Redaction rows are applied by the bundler, which reads them from here:
- `frame-rect`: `target_id` is a frame id (NULL: every frame of the segment); `spec` is
  `{"x": int, "y": int, "w": int, "h": int}` in frame pixels.
- `text-span`: `spec` is `{"start": int, "end": int}`, a range of the segment's typed text.
A row whose spec cannot be read counts as a pending redaction: the gate then holds the segment.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from app.core.model import Frame, InputEvent, SegmentState
from app.policy.release.gate import SegmentFacts
from app.vault import event_store, ledger, queries
from app.vault.database import transaction
from app.vault.ledger import LedgerKind

OUTBOX_KEY = "release.outbox"
UPLOAD_KEY_PREFIX = "release.upload:"
EMPLOYEE_KEY = "release.employee"


class SegmentGone(LookupError):
    """The segment was deleted, flagged or released since the gate allowed it."""


@dataclass(frozen=True)
class StoredSegment:
    id: int
    start: float
    end: float
    app: str
    title: str
    wm_class: str
    keystroke_mode: str
    typed_text: str
    key_count: int
    click_count: int
    frame_count: int


@dataclass(frozen=True)
class RectRedaction:
    frame_id: int | None
    x: int
    y: int
    w: int
    h: int


@dataclass(frozen=True)
class SpanRedaction:
    start: int
    end: int


@dataclass(frozen=True)
class StoredRedactions:
    rects: tuple[RectRedaction, ...]
    spans: tuple[SpanRedaction, ...]
    unreadable: int  # rows whose spec could not be read: the segment must wait


@dataclass(frozen=True)
class ReleaseContext:
    employee: str
    consent: dict[str, Any] | None  # the newest consent ledger body


def parse_redaction(kind: str, target_id: int | None, spec: str) -> RectRedaction | SpanRedaction | None:
    """A redaction row as a value, or None if it cannot be applied as written."""
    try:
        fields = json.loads(spec)
    except (TypeError, ValueError):
        return None
    if not isinstance(fields, dict):
        return None
    if kind == "frame-rect":
        values = [fields.get(k) for k in ("x", "y", "w", "h")]
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            return None
        x, y, w, h = values
        return RectRedaction(target_id, x, y, w, h) if w > 0 and h > 0 else None
    if kind == "text-span":
        start, end = fields.get("start"), fields.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end:
            return SpanRedaction(start, end)
    return None


class ReleaseStore:
    """Release reads and writes on one connection (used by one thread)."""

    def __init__(self, conn) -> None:
        self._conn = conn

    # -- gate facts --------------------------------------------------------------------------

    def _facts(self, where: str, params: Sequence[Any], now: float) -> list[SegmentFacts]:
        rows = self._conn.execute(
            "SELECT s.id, s.state, s.end, s.end_reason IS NULL, s.approved_at, f.segment_id IS NOT NULL FROM segments s "
            f"LEFT JOIN flags f ON f.segment_id = s.id WHERE {where} ORDER BY s.start, s.id", params).fetchall()
        pending = self._unreadable_redactions()
        waits = queries.gate_waits(self._conn)
        facts = []
        for segment_id, state, end, is_open, approved_at, flagged in rows:
            # Open is a recorded fact (the recorder writes a segment's end), never a guess from the clock.
            facts.append(SegmentFacts(
                id=segment_id, state=SegmentState(state), flagged=bool(flagged), deleted=False,
                end=None if is_open else end, approved=approved_at is not None and state == "approved",
                pending_redactions=pending.get(segment_id, 0) > 0,
                open_suggestions=waits.suggestions.get(segment_id, ()),
                unread_frames=waits.unread_frames.get(segment_id, 0), text_unread=segment_id in waits.text_unread,
            ))
        return facts

    def _unreadable_redactions(self) -> dict[int, int]:
        counts: dict[int, int] = {}
        for segment_id, kind, target_id, spec in self._conn.execute(
                "SELECT segment_id, kind, target_id, spec FROM redactions"):
            if parse_redaction(kind, target_id, spec) is None:
                counts[segment_id] = counts.get(segment_id, 0) + 1
        return counts

    def candidate_facts(self, now: float) -> list[SegmentFacts]:
        return self._facts("s.state != 'released'", (), now)

    def facts_for(self, segment_ids: Sequence[int], now: float) -> dict[int, SegmentFacts]:
        ids = sorted({int(i) for i in segment_ids})
        if not ids:
            return {}
        facts = self._facts(f"s.id IN ({','.join('?' * len(ids))})", ids, now)
        return {int(f.id): f for f in facts}

    # -- content (only for segments that may still leave) --------------------------------------

    def _require_releasable(self, segment_id: int) -> None:
        row = self._conn.execute(
            "SELECT s.state, f.segment_id FROM segments s LEFT JOIN flags f ON f.segment_id = s.id "
            "WHERE s.id = ?", (segment_id,)).fetchone()
        if row is None or row[0] not in (SegmentState.HELD.value, SegmentState.APPROVED.value) or row[1] is not None:
            raise SegmentGone(f"segment {segment_id} may no longer be bundled")

    def segment(self, segment_id: int) -> StoredSegment:
        self._require_releasable(segment_id)
        row = self._conn.execute(
            "SELECT id, start, end, app, title, wm_class, keystroke_mode, typed_text, key_count, click_count, "
            "frame_count FROM segments WHERE id = ?", (segment_id,)).fetchone()
        if row is None:
            raise SegmentGone(f"segment {segment_id} was deleted")
        return StoredSegment(*row)

    def events(self, segment_id: int) -> Iterator[InputEvent]:
        self._require_releasable(segment_id)
        t0 = event_store.segment_t0(self._conn, segment_id)
        after = None
        while page := event_store.read(self._conn, segment_id, after=after, limit=512, t0=t0):
            after = page[-1].position
            yield from event_store.with_releases(stored.event for stored in page if stored.event is not None)

    def frames(self, segment_id: int) -> Iterator[tuple[int, Frame]]:
        self._require_releasable(segment_id)
        ids = [r[0] for r in self._conn.execute(
            "SELECT id FROM frames WHERE segment_id = ? ORDER BY t, id", (segment_id,))]
        for frame_id in ids:  # one image in memory at a time
            row = self._conn.execute(
                "SELECT t, width, height, mime, left_px, top_px, scale, image FROM frames WHERE id = ?",
                (frame_id,)).fetchone()
            if row is None:
                raise SegmentGone(f"a frame of segment {segment_id} was deleted")
            t, width, height, mime, left, top, scale, image = row
            yield frame_id, Frame(t=t, width=width, height=height, image=bytes(image), mime=mime,
                                  left=left, top=top, scale=scale)

    def redactions(self, segment_id: int) -> StoredRedactions:
        rects, spans, unreadable = [], [], 0
        for kind, target_id, spec in self._conn.execute(
                "SELECT kind, target_id, spec FROM redactions WHERE segment_id = ? ORDER BY id", (segment_id,)):
            parsed = parse_redaction(kind, target_id, spec)
            if parsed is None:
                unreadable += 1
            elif isinstance(parsed, RectRedaction):
                rects.append(parsed)
            else:
                spans.append(parsed)
        return StoredRedactions(tuple(rects), tuple(spans), unreadable)

    def fingerprint(self, segment_id: int) -> str:
        # Rows are only ever added or deleted (redactions are rows too), so counts and id ranges
        # see every change; no blob is read.
        row = self._conn.execute(
            "SELECT s.state, s.start, s.end, s.typed_text, s.key_count, s.click_count, s.frame_count, "
            "(SELECT count(*) || ':' || coalesce(min(dt), '') || ':' || coalesce(max(dt), '') || ':' || "
            " total(held) FROM events WHERE segment_id = s.id), "
            "(SELECT count(*) || ':' || coalesce(min(id), '') || ':' || coalesce(max(id), '') FROM frames "
            " WHERE segment_id = s.id), "
            "(SELECT category FROM flags WHERE segment_id = s.id), "
            "(SELECT group_concat(id || ':' || kind || ':' || coalesce(target_id, '') || ':' || spec, '|') "
            " FROM redactions WHERE segment_id = s.id) "
            "FROM segments s WHERE s.id = ?", (segment_id,)).fetchone()
        return hashlib.sha256(json.dumps(row, default=str).encode()).hexdigest()

    def estimated_size(self, segment_id: int) -> int:
        frames = self._conn.execute("SELECT total(length(image)) FROM frames WHERE segment_id = ?",
                                    (segment_id,)).fetchone()[0]
        events = self._conn.execute("SELECT count(*) FROM events WHERE segment_id = ?", (segment_id,)).fetchone()[0]
        return int(frames) + 100 * int(events) + 1024

    def context(self) -> ReleaseContext:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (EMPLOYEE_KEY,)).fetchone()
        if row is None:
            pseudonym = secrets.token_hex(16)  # random: the organisation learns nothing from it
            with transaction(self._conn):
                self._conn.execute("INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)",
                                   (EMPLOYEE_KEY, json.dumps(pseudonym)))
            row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (EMPLOYEE_KEY,)).fetchone()
        consent = self._conn.execute(
            "SELECT body FROM ledger WHERE kind = ? ORDER BY seq DESC LIMIT 1", (LedgerKind.CONSENT,)).fetchone()
        return ReleaseContext(json.loads(row[0]), json.loads(consent[0]) if consent else None)

    # -- outbox and upload journal -----------------------------------------------------------

    def _get(self, key: str) -> Any:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def _put(self, key: str, value: Any) -> None:
        with transaction(self._conn):
            self._conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                               "DO UPDATE SET value = excluded.value", (key, json.dumps(value)))

    def load_outbox(self) -> dict[str, Any] | None:
        return self._get(OUTBOX_KEY)

    def save_outbox(self, state: dict[str, Any]) -> None:
        self._put(OUTBOX_KEY, state)

    def clear_outbox(self) -> None:
        with transaction(self._conn):
            self._clear_outbox_rows()

    def _clear_outbox_rows(self) -> None:
        self._conn.execute("DELETE FROM settings WHERE key = ? OR key LIKE ?", (OUTBOX_KEY, UPLOAD_KEY_PREFIX + "%"))

    def load(self, name: str) -> dict[str, Any] | None:
        return self._get(UPLOAD_KEY_PREFIX + name)

    def save(self, name: str, state: dict[str, Any]) -> None:
        self._put(UPLOAD_KEY_PREFIX + name, state)

    def clear(self, name: str) -> None:
        with transaction(self._conn):
            self._conn.execute("DELETE FROM settings WHERE key = ?", (UPLOAD_KEY_PREFIX + name,))

    # -- receipts ----------------------------------------------------------------------------

    def record_release(self, receipt: dict[str, Any], t: float) -> None:
        """Segments released, the releases row, RELEASE and RECEIPT ledger entries, outbox cleared: at once."""
        segments = receipt["segments"]
        ids = [int(s["id"]) for s in segments]
        counts = {k: sum(int(s[k]) for s in segments) for k in ("events", "keys", "clicks", "frames")}
        summary = {"segments": segments, "counts": counts, "manifest_sha256": receipt["manifest_sha256"],
                   "policy_hash": receipt["policy_hash"], "envelope": receipt["envelope"]}
        with transaction(self._conn):
            self._conn.execute(
                f"UPDATE segments SET state = 'released', released_at = ?, bundle_id = ? "
                f"WHERE id IN ({','.join('?' * len(ids))})", [t, receipt["bundle_id"], *ids])
            self._conn.execute(
                "INSERT INTO releases (bundle_id, t, destination, size, sha256, confirmation, summary) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (receipt["bundle_id"], t, receipt["destination"], receipt["size"], receipt["sha256"],
                 json.dumps(receipt["confirmation"]), json.dumps(summary)))
            ledger.append(self._conn, LedgerKind.RELEASE, {
                "bundle_id": receipt["bundle_id"], "segments": ids,
                "spans": [[s["start"], s["end"]] for s in segments], **counts,
                "policy_hash": receipt["policy_hash"]}, t)
            ledger.append(self._conn, LedgerKind.RECEIPT, {
                "bundle_id": receipt["bundle_id"], "destination": receipt["destination"],
                "size": receipt["size"], "sha256": receipt["sha256"],
                "confirmation": receipt["confirmation"]}, t)
            self._clear_outbox_rows()

    def releases(self) -> list[dict[str, Any]]:
        rows = self._conn.execute("SELECT bundle_id, t, destination, size, sha256, confirmation, summary, "
                                  "withdrawn_at FROM releases ORDER BY t, bundle_id").fetchall()
        result = []
        for bundle_id, t, destination, size, sha256, confirmation, summary, withdrawn_at in rows:
            details = json.loads(summary)
            result.append({"bundle_id": bundle_id, "t": t, "destination": destination, "size": size,
                           "sha256": sha256, "confirmation": json.loads(confirmation or "{}"),
                           "segments": details.get("segments", []), "counts": details.get("counts", {}),
                           "withdrawn_at": withdrawn_at})
        return result

    def record_withdrawal(self, bundle_id: str, notice: dict[str, Any], t: float) -> None:
        """Mark the release withdrawn and append the WITHDRAWAL entry; the notice's upload journal ends."""
        name = notice.get("confirmation", {}).get("name", "")
        with transaction(self._conn):
            self._conn.execute("UPDATE releases SET withdrawn_at = ? WHERE bundle_id = ?", (t, bundle_id))
            ledger.append(self._conn, LedgerKind.WITHDRAWAL, {"bundle_id": bundle_id, **notice}, t)
            if name:
                self._conn.execute("DELETE FROM settings WHERE key = ?", (UPLOAD_KEY_PREFIX + name,))
