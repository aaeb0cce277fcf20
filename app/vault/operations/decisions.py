"""Review decisions on whole segments: flag as sensitive (never leaves), unflag, approve."""

from __future__ import annotations

from app.core.changes import Change, ChangeKind
from app.core.errors import KnownError
from app.core.i18n import fill, translate
from app.core.model import MAX_FLAG_NOTE_CHARS, FlagCategory
from app.vault import ledger
from app.vault.database import transaction
from app.vault.ledger import LedgerKind


def set_flag(conn, segment_ids: list[int], category: FlagCategory, note: str, now: float) -> Change:
    """Flag segments as sensitive: they never leave. Released segments cannot be recalled this way."""
    with transaction(conn):
        change = set_flag_in(conn, segment_ids, category, note, now)
    return change


def set_flag_in(conn, segment_ids: list[int], category: FlagCategory, note: str, now: float) -> Change:
    """`set_flag` inside the caller's transaction."""
    if len(note) > MAX_FLAG_NOTE_CHARS:
        raise KnownError(fill(translate("Errors", "The note is longer than %1 characters."), MAX_FLAG_NOTE_CHARS),
                         translate("Errors", "Shorten it."))
    ids = existing(conn, segment_ids)
    for segment_id in ids:
        conn.execute("INSERT INTO flags (segment_id, category, note, t) VALUES (?, ?, ?, ?) "
                     "ON CONFLICT (segment_id) DO UPDATE SET category = excluded.category, "
                     "note = excluded.note, t = excluded.t", (segment_id, category.value, note, now))
    changed = conn.execute(
        f"UPDATE segments SET state = 'flagged', approved_at = NULL WHERE id IN ({_marks(ids)}) "
        f"AND state != 'released'", ids).rowcount
    # The note may be personal: the ledger keeps the category only.
    ledger.append(conn, LedgerKind.FLAG, {"segments": ids, "category": category.value}, now)
    return Change(ChangeKind.FLAG, tuple(ids), count=changed, extra={"category": category.value})


def clear_flag(conn, segment_ids: list[int], now: float) -> Change:
    ids = existing(conn, segment_ids)
    with transaction(conn):
        conn.execute(f"DELETE FROM flags WHERE segment_id IN ({_marks(ids)})", ids)
        changed = conn.execute(
            f"UPDATE segments SET state = 'held' WHERE id IN ({_marks(ids)}) AND state = 'flagged'", ids).rowcount
        ledger.append(conn, LedgerKind.UNFLAG, {"segments": ids}, now)
    return Change(ChangeKind.UNFLAG, tuple(ids), count=changed)


def approve(conn, segment_ids: list[int], now: float) -> Change:
    """Approve held segments for release. Flagged ones must be unflagged first."""
    ids = existing(conn, segment_ids)
    with transaction(conn):
        changed = conn.execute(
            f"UPDATE segments SET state = 'approved', approved_at = ? WHERE id IN ({_marks(ids)}) AND state = 'held'",
            [now, *ids]).rowcount
        ledger.append(conn, LedgerKind.APPROVE, {"segments": ids, "approved": changed}, now)
    return Change(ChangeKind.APPROVE, tuple(ids), count=changed)


def existing(conn, segment_ids: list[int]) -> list[int]:
    """The ids, checked: KnownError naming the ones that do not exist (deleted meanwhile)."""
    ids = sorted(set(int(i) for i in segment_ids))
    if not ids:
        raise KnownError(translate("Errors", "No segments were selected."))
    found = [r[0] for r in conn.execute(f"SELECT id FROM segments WHERE id IN ({_marks(ids)})", ids).fetchall()]
    missing = sorted(set(ids) - set(found))
    if missing:
        raise KnownError(fill(translate("Errors", "No such segment: %1."), ', '.join(map(str, missing))),
                         translate("Errors", "List segments with the review window."))
    return found


def _marks(ids: list[int]) -> str:
    return ",".join("?" * len(ids))
