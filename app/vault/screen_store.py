"""What the device read on its own screenshots, and the moments it suggests the employee looks at.

- `screen_words`: one row per word read on a frame (text and box in the stored frame's pixels).
- `frame_reads`: the "read" marker of a frame (engine, when) with the frame's words as one text,
  which the `screen_search` FTS5 index covers (so search finds what was on screen).
- `text_reads`: the marker that a segment's typed text, title and application were checked.
- `suggestions`: a detector's finding on a segment (and frame), with the matched words and their
  boxes, and the employee's decision (open → redacted | flagged | dismissed).

All of it is captured content: it lives only in the encrypted vault, goes with its frame or segment
(ON DELETE CASCADE; the FTS index follows by trigger, with secure-delete), and a redaction removes
the words it covers from every table here (`forget_words_under`). Never logged.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence

from app.core.screen_text import Box, MatchedWord, ScreenWord
from app.policy.rules.keystrokes import MASK_CHAR

CREATE_TABLES = """
    CREATE TABLE frame_reads (
        frame_id INTEGER PRIMARY KEY REFERENCES frames (id) ON DELETE CASCADE,
        engine   TEXT NOT NULL,
        read_at  REAL NOT NULL,
        text     TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE screen_words (
        frame_id   INTEGER NOT NULL REFERENCES frames (id) ON DELETE CASCADE,
        n          INTEGER NOT NULL,
        text       TEXT NOT NULL,
        x          INTEGER NOT NULL,
        y          INTEGER NOT NULL,
        w          INTEGER NOT NULL,
        h          INTEGER NOT NULL,
        confidence REAL NOT NULL DEFAULT 0,
        PRIMARY KEY (frame_id, n)
    ) WITHOUT ROWID;
    CREATE TABLE text_reads (
        segment_id INTEGER PRIMARY KEY REFERENCES segments (id) ON DELETE CASCADE,
        read_at    REAL NOT NULL
    );
    -- AUTOINCREMENT: the activity log names suggestion ids; a deleted one's id is never reused.
    CREATE TABLE suggestions (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        segment_id INTEGER NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
        frame_id   INTEGER REFERENCES frames (id) ON DELETE CASCADE,
        category   TEXT NOT NULL,
        reason     TEXT NOT NULL,
        matched    TEXT NOT NULL,  -- JSON [{"text": ..., "box": [x, y, w, h] | null, "source": ...}]
        state      TEXT NOT NULL DEFAULT 'open'
                   CHECK (state IN ('open', 'redacted', 'flagged', 'dismissed')),
        created_at REAL NOT NULL,
        decided_at REAL
    );
    CREATE INDEX suggestions_by_segment ON suggestions (segment_id, state);
    CREATE INDEX suggestions_by_frame ON suggestions (frame_id);
    CREATE VIRTUAL TABLE screen_search USING fts5 (text, content = 'frame_reads', content_rowid = 'frame_id');
    INSERT INTO screen_search (screen_search, rank) VALUES ('secure-delete', 1);
    CREATE TRIGGER frame_reads_search_insert AFTER INSERT ON frame_reads BEGIN
        INSERT INTO screen_search (rowid, text) VALUES (new.frame_id, new.text);
    END;
    CREATE TRIGGER frame_reads_search_delete AFTER DELETE ON frame_reads BEGIN
        INSERT INTO screen_search (screen_search, rowid, text) VALUES ('delete', old.frame_id, old.text);
    END;
    CREATE TRIGGER frame_reads_search_update AFTER UPDATE OF text ON frame_reads BEGIN
        INSERT INTO screen_search (screen_search, rowid, text) VALUES ('delete', old.frame_id, old.text);
        INSERT INTO screen_search (rowid, text) VALUES (new.frame_id, new.text);
    END;
"""

SUGGESTION_STATES = ("open", "redacted", "flagged", "dismissed")


# -- reading a frame ----------------------------------------------------------------------------

def store_read(conn, frame_id: int, engine: str, words: Sequence[ScreenWord], now: float) -> None:
    """Record what was read on a frame (replacing an earlier read), in the caller's transaction."""
    conn.execute("DELETE FROM screen_words WHERE frame_id = ?", (frame_id,))
    conn.execute("DELETE FROM frame_reads WHERE frame_id = ?", (frame_id,))
    conn.executemany(
        "INSERT INTO screen_words (frame_id, n, text, x, y, w, h, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(frame_id, n, word.text, *word.box, word.confidence) for n, word in enumerate(words)])
    conn.execute("INSERT INTO frame_reads (frame_id, engine, read_at, text) VALUES (?, ?, ?, ?)",
                 (frame_id, engine, now, _joined(word.text for word in words)))


def words_of(conn, frame_id: int) -> list[ScreenWord]:
    rows = conn.execute("SELECT text, x, y, w, h, confidence FROM screen_words WHERE frame_id = ? ORDER BY n",
                        (frame_id,)).fetchall()
    return [ScreenWord(text, (x, y, w, h), confidence) for text, x, y, w, h, confidence in rows]


def scale_boxes(conn, frame_id: int, factor: float) -> None:
    """The frame was stored again at `factor` of its size: its words' and suggestions' boxes follow
    (each still covers its word: edges round outwards)."""
    words = [ScreenWord(w.text, _scaled(w.box, factor), w.confidence) for w in words_of(conn, frame_id)]
    conn.executemany("UPDATE screen_words SET x = ?, y = ?, w = ?, h = ? WHERE frame_id = ? AND n = ?",
                     [(*w.box, frame_id, n) for n, w in enumerate(words)])
    for suggestion_id, matched in conn.execute("SELECT id, matched FROM suggestions WHERE frame_id = ?",
                                               (frame_id,)).fetchall():
        scaled = [MatchedWord(w.text, None if w.box is None else _scaled(w.box, factor), w.source)
                  for w in parse_matched(matched)]
        conn.execute("UPDATE suggestions SET matched = ? WHERE id = ?", (matched_json(scaled), suggestion_id))


def _scaled(box: Box, factor: float) -> Box:
    x, y, w, h = box
    left, top = math.floor(x * factor), math.floor(y * factor)
    return (left, top, max(1, math.ceil((x + w) * factor) - left), max(1, math.ceil((y + h) * factor) - top))


# -- suggestions ----------------------------------------------------------------------------------

def add_suggestion(conn, segment_id: int, frame_id: int | None, category: str, reason: str,
                   matched: Sequence[MatchedWord], now: float) -> int | None:
    """Store a suggestion unless the same category was already suggested for this segment and frame
    (whatever the employee decided then: a dismissed moment does not come back). -> its id or None."""
    known = conn.execute("SELECT 1 FROM suggestions WHERE segment_id = ? AND frame_id IS ? AND category = ?",
                         (segment_id, frame_id, category)).fetchone()
    if known:
        return None
    cursor = conn.execute(
        "INSERT INTO suggestions (segment_id, frame_id, category, reason, matched, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        (segment_id, frame_id, category, reason, matched_json(matched), now))
    return int(cursor.lastrowid)


def matched_json(words: Iterable[MatchedWord]) -> str:
    return json.dumps([{"text": w.text, "box": None if w.box is None else list(w.box), "source": w.source}
                       for w in words], separators=(",", ":"), ensure_ascii=False)


def parse_matched(text: str) -> list[MatchedWord]:
    words = []
    for item in json.loads(text):
        box = item.get("box")
        words.append(MatchedWord(str(item.get("text", "")),
                                 None if box is None else (int(box[0]), int(box[1]), int(box[2]), int(box[3])),
                                 str(item.get("source", "screen"))))
    return words


# -- what a redaction or a cut takes away ---------------------------------------------------------

def forget_words_under(conn, frame_id: int, rects: Sequence[Box]) -> int:
    """Remove the words a redaction covered (centre inside a rectangle) from the frame's words, its
    search text and every suggestion naming them (their text becomes "•••"). -> words removed."""
    words = words_of(conn, frame_id)
    kept = [w for w in words if not _covered(w.box, rects)]
    if len(kept) != len(words):
        conn.execute("DELETE FROM screen_words WHERE frame_id = ?", (frame_id,))
        conn.executemany(
            "INSERT INTO screen_words (frame_id, n, text, x, y, w, h, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(frame_id, n, w.text, *w.box, w.confidence) for n, w in enumerate(kept)])
        conn.execute("UPDATE frame_reads SET text = ? WHERE frame_id = ?", (_joined(w.text for w in kept), frame_id))
    for suggestion_id, reason, matched in conn.execute(
            "SELECT id, reason, matched FROM suggestions WHERE frame_id = ?", (frame_id,)).fetchall():
        before = parse_matched(matched)
        after = [MatchedWord(_masked(w.text), w.box, w.source) if w.box is not None and _covered(w.box, rects) else w
                 for w in before]
        if after != before:
            conn.execute("UPDATE suggestions SET matched = ?, reason = ? WHERE id = ?",
                         (matched_json(after), _masked_reason(reason, before, after), suggestion_id))
    return len(words) - len(kept)


def forget_text_findings(conn, segment_id: int) -> None:
    """The typed text changed (masked, or cut by a delete): suggestions that quote it go, and the
    segment's text is read again by the next scan."""
    conn.execute("DELETE FROM suggestions WHERE segment_id = ? AND frame_id IS NULL", (segment_id,))
    conn.execute("DELETE FROM text_reads WHERE segment_id = ?", (segment_id,))


def _covered(box: Box, rects: Sequence[Box]) -> bool:
    cx, cy = box[0] + box[2] / 2, box[1] + box[3] / 2
    return any(x <= cx <= x + w and y <= cy <= y + h for x, y, w, h in rects)


def _masked(text: str) -> str:
    return MASK_CHAR * len(text)


def _masked_reason(reason: str, before: list[MatchedWord], after: list[MatchedWord]) -> str:
    for old, new in zip(before, after, strict=True):
        if old.text != new.text and old.text:
            reason = reason.replace(old.text, new.text)
    return reason


def _joined(texts: Iterable[str]) -> str:
    return " ".join(texts)
