"""The vault's schema as ordered migrations, versioned as major.minor in `PRAGMA user_version`.

user_version = major * 1000 + minor. A newer minor opens (additive change); a newer major refuses.
Each migration (its SQL, then its Python step if it has one) runs in the transaction that bumps
the version, so an interrupted migration leaves the vault at the old version or the new, never
between. tests/fixtures/vault_v1 is a vault written by schema 1.0; the migration tests open it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.core.errors import SchemaTooNew
from app.core.i18n import fill, translate
from app.vault import event_store, screen_store
from app.vault.schema_upgrades import events_to_v2

CURRENT_MAJOR = 2


@dataclass(frozen=True)
class Migration:
    major: int
    minor: int
    sql: str
    upgrade: Callable | None = None  # fn(conn), run after `sql` in the same transaction

    @property
    def version(self) -> int:
        return self.major * 1000 + self.minor


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, 0, """
        CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        -- One application/window in focus over a span of time: the unit of review.
        -- AUTOINCREMENT: a deleted segment's id is never reused (the ledger names ids).
        CREATE TABLE segments (
            id             INTEGER PRIMARY KEY AUTOINCREMENT,
            start          REAL NOT NULL,
            end            REAL NOT NULL,
            app            TEXT NOT NULL,
            title          TEXT NOT NULL,
            pid            INTEGER,
            wm_class       TEXT NOT NULL DEFAULT '',
            keystroke_mode TEXT NOT NULL,
            state          TEXT NOT NULL DEFAULT 'held'
                           CHECK (state IN ('held', 'flagged', 'approved', 'released')),
            typed_text     TEXT NOT NULL DEFAULT '',
            key_count      INTEGER NOT NULL DEFAULT 0,
            click_count    INTEGER NOT NULL DEFAULT 0,
            frame_count    INTEGER NOT NULL DEFAULT 0,
            approved_at    REAL,
            released_at    REAL,
            bundle_id      TEXT
        );
        CREATE INDEX segments_by_start ON segments (start);
        CREATE INDEX segments_by_state ON segments (state, start);
        -- kind: key | click | scroll | move; data: compact JSON of the event's other fields.
        CREATE TABLE events (
            id         INTEGER PRIMARY KEY,
            segment_id INTEGER NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
            t          REAL NOT NULL,
            kind       TEXT NOT NULL,
            data       TEXT NOT NULL
        );
        CREATE INDEX events_by_segment ON events (segment_id, t);
        CREATE TABLE frames (
            id         INTEGER PRIMARY KEY,
            segment_id INTEGER NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
            t          REAL NOT NULL,
            width      INTEGER NOT NULL,
            height     INTEGER NOT NULL,
            mime       TEXT NOT NULL,
            left_px    INTEGER NOT NULL DEFAULT 0,
            top_px     INTEGER NOT NULL DEFAULT 0,
            scale      REAL NOT NULL DEFAULT 1.0,
            image      BLOB NOT NULL
        );
        CREATE INDEX frames_by_segment ON frames (segment_id, t);
        CREATE TABLE flags (
            segment_id INTEGER PRIMARY KEY REFERENCES segments (id) ON DELETE CASCADE,
            category   TEXT NOT NULL,
            note       TEXT NOT NULL DEFAULT '',
            t          REAL NOT NULL
        );
        -- What was redacted where (rectangles, text spans); never the original content.
        CREATE TABLE redactions (
            id         INTEGER PRIMARY KEY,
            segment_id INTEGER NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
            t          REAL NOT NULL,
            kind       TEXT NOT NULL CHECK (kind IN ('frame-rect', 'text-span')),
            target_id  INTEGER,
            spec       TEXT NOT NULL
        );
        -- Spans where nothing (or not everything) was captured, and why. No content.
        CREATE TABLE gaps (
            id     INTEGER PRIMARY KEY,
            start  REAL NOT NULL,
            end    REAL,
            reason TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX gaps_by_start ON gaps (start);
        -- Bundles that left, with the destination's confirmation.
        CREATE TABLE releases (
            bundle_id    TEXT PRIMARY KEY,
            t            REAL NOT NULL,
            destination  TEXT NOT NULL,
            size         INTEGER NOT NULL,
            sha256       TEXT NOT NULL,
            confirmation TEXT NOT NULL DEFAULT '',
            summary      TEXT NOT NULL,
            withdrawn_at REAL
        );
        -- Append-only, hash-chained record of every decision (see ledger.py).
        CREATE TABLE ledger (
            seq       INTEGER PRIMARY KEY,
            t         REAL NOT NULL,
            kind      TEXT NOT NULL,
            body      TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash      TEXT NOT NULL
        );
        CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger
            BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
        CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger
            BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
        -- Full-text search over titles and typed text, inside the encrypted file.
        CREATE VIRTUAL TABLE segment_search USING fts5 (
            title, typed_text, content = 'segments', content_rowid = 'id'
        );
        -- Remove index entries at once on delete, not at the next merge (deletion forensics).
        INSERT INTO segment_search (segment_search, rank) VALUES ('secure-delete', 1);
        CREATE TRIGGER segments_search_insert AFTER INSERT ON segments BEGIN
            INSERT INTO segment_search (rowid, title, typed_text)
            VALUES (new.id, new.title, new.typed_text);
        END;
        CREATE TRIGGER segments_search_delete AFTER DELETE ON segments BEGIN
            INSERT INTO segment_search (segment_search, rowid, title, typed_text)
            VALUES ('delete', old.id, old.title, old.typed_text);
        END;
        CREATE TRIGGER segments_search_update AFTER UPDATE OF title, typed_text ON segments BEGIN
            INSERT INTO segment_search (segment_search, rowid, title, typed_text)
            VALUES ('delete', old.id, old.title, old.typed_text);
            INSERT INTO segment_search (rowid, title, typed_text)
            VALUES (new.id, new.title, new.typed_text);
        END;
    """),
    # 2.0: the events layout of app/vault/event_store.py (one row per keystroke with its held time,
    # integer ms after the segment's t0, WITHOUT ROWID), and a segment's end as a recorded fact
    # (`end_reason`, NULL while open). A newer major: schema-1 Airlock refuses this vault.
    Migration(2, 0, f"""
        ALTER TABLE segments ADD COLUMN t0 REAL NOT NULL DEFAULT 0;
        UPDATE segments SET t0 = start;
        ALTER TABLE segments ADD COLUMN end_reason TEXT;
        UPDATE segments SET end_reason = 'recovered';
        CREATE INDEX segments_open ON segments (id) WHERE end_reason IS NULL;
        ALTER TABLE events RENAME TO events_v1;
        DROP INDEX events_by_segment;
        {event_store.CREATE_TABLE}
        {event_store.CREATE_VIEW}
    """, upgrade=events_to_v2),
    # 2.1: what the device read on its own screenshots and the moments it suggests a look at
    # (app/vault/screen_store.py). Additive: a 2.0 Airlock still opens the vault.
    Migration(2, 1, screen_store.CREATE_TABLES),
)


def latest_version() -> int:
    return MIGRATIONS[-1].version


def pending_migrations(user_version: int) -> list[Migration]:
    """Migrations to run on a vault at `user_version`, or SchemaTooNew for a newer major."""
    major = user_version // 1000
    if major > CURRENT_MAJOR:
        raise SchemaTooNew(
            fill(translate("Errors", "This vault was written by a newer Airlock (schema %1.%2); this version reads "
                                     "schema %3.x."), major, user_version % 1000, CURRENT_MAJOR),
            translate("Errors", "Install the newer Airlock again; the vault has not been changed."),
        )
    return [m for m in MIGRATIONS if m.version > user_version]
