"""The employee's answer to a suggestion: redact the boxed words, flag the segment, or dismiss it.

Each answer applies the existing mechanism (redaction.py's frame redaction, decisions.py's flag)
and marks the suggestion decided, with one ledger entry naming the suggestion, its category and
the decision — in one transaction. A suggestion already decided cannot be decided again.
"""

from __future__ import annotations

from app.core.changes import Change, ChangeKind
from app.core.errors import KnownError
from app.core.i18n import fill, translate
from app.core.model import FlagCategory
from app.vault import ledger, screen_store
from app.vault.database import checkpoint_truncate, transaction
from app.vault.ledger import LedgerKind
from app.vault.operations import decisions, redaction

# Detector categories as the flag's categories (the GDPR special categories have no flag of their own).
_FLAG_CATEGORY = {
    "credentials": FlagCategory.CREDENTIALS,
    "finance": FlagCategory.FINANCE,
    "health": FlagCategory.HEALTH,
    "hr": FlagCategory.HR_PERFORMANCE,
    "private-communication": FlagCategory.PERSONAL_COMMUNICATION,
}


def flag_category(category: str) -> FlagCategory:
    return _FLAG_CATEGORY.get(category, FlagCategory.OTHER)


def accept_redaction(conn, suggestion_id: int, now: float,
                     rects: list[tuple[int, int, int, int]] | None = None) -> Change:
    """Black out the boxes of the suggestion's words on its screenshot (grown to JPEG blocks), or
    `rects`: those boxes as the employee adjusted them in the redaction tool."""
    with transaction(conn):
        segment_id, frame_id, category, words = _open_suggestion(conn, suggestion_id)
        boxes = [w.box for w in words if w.box is not None] if rects is None else [tuple(r) for r in rects]
        if frame_id is None or not boxes:
            raise KnownError(translate("Errors", "This suggestion has no words on a screenshot to black out."),
                             translate("Errors", "Flag the segment, or mask the typed text in the review window."))
        change = redaction.redact_frame_in(conn, frame_id, [redaction.Rect(*box) for box in boxes], now)
        _decide(conn, suggestion_id, segment_id, category, "redacted", now)
    checkpoint_truncate(conn)
    return Change(ChangeKind.REDACT, change.segment_ids, frame_id=frame_id, count=change.count,
                  extra={**change.extra, "suggestion": suggestion_id, "decision": "redacted"})


def flag_from(conn, suggestion_id: int, now: float) -> Change:
    """Flag the suggestion's segment with its category (flagged segments never leave)."""
    with transaction(conn):
        segment_id, _frame_id, category, _words = _open_suggestion(conn, suggestion_id)
        # A category without a flag of its own (religion, a policy's own) is named in the flag's note.
        note = "" if category in _FLAG_CATEGORY else category.replace("-", " ")
        change = decisions.set_flag_in(conn, [segment_id], flag_category(category), note, now)
        _decide(conn, suggestion_id, segment_id, category, "flagged", now)
    return Change(ChangeKind.FLAG, change.segment_ids, count=change.count,
                  extra={**change.extra, "suggestion": suggestion_id, "decision": "flagged"})


def dismiss(conn, suggestion_id: int, now: float) -> Change:
    """"Not sensitive": the suggestion closes and no longer holds its segment."""
    with transaction(conn):
        segment_id, _frame_id, category, _words = _open_suggestion(conn, suggestion_id)
        _decide(conn, suggestion_id, segment_id, category, "dismissed", now)
    return Change(ChangeKind.DISMISS, (segment_id,), count=1,
                  extra={"suggestion": suggestion_id, "decision": "dismissed"})


def _open_suggestion(conn, suggestion_id: int) -> tuple[int, int | None, str, list[screen_store.MatchedWord]]:
    rows = conn.execute("SELECT segment_id, frame_id, category, matched, state FROM suggestions WHERE id = ?",
                        (suggestion_id,)).fetchall()
    if not rows:
        raise KnownError(translate("Errors", "That suggestion no longer exists."),
                         translate("Errors", "Its segment or screenshot may have been deleted."))
    segment_id, frame_id, category, matched, state = rows[0]
    if state != "open":
        raise KnownError(fill(translate("Errors", "That suggestion was already answered (%1)."), state), "")
    return segment_id, frame_id, category, screen_store.parse_matched(matched)


def _decide(conn, suggestion_id: int, segment_id: int, category: str, decision: str, now: float) -> None:
    conn.execute("UPDATE suggestions SET state = ?, decided_at = ? WHERE id = ?", (decision, now, suggestion_id))
    # Ids and the category only: the matched words are captured content.
    ledger.append(conn, LedgerKind.SUGGESTION, {"suggestion": suggestion_id, "segment": segment_id,
                                                "category": category, "decision": decision}, now)
