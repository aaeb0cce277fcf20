"""What a recorder stored in a time window: counts of events and frames, and the bytes they take.

Airlock's vault is read through `app.vault.vault.open_vault` with the keyring of the bench's own
session (run as a subprocess with that environment: `python -m bench.store_stats airlock DIR
WINDOWS`); the floor's database with stdlib sqlite3. The floor keeps schema 1's `events` layout
(one JSON row per press and release); Airlock's vault has schema 2's (app/vault/event_store.py).

Bytes are measured, not guessed: the window's rows are copied into an in-memory SQLite database
with the same table and index, and its `dbstat` table says how many page bytes they occupy
(SQLCipher has no dbstat; its pages reserve 80 of 4096 bytes for IV and HMAC, added back here).
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass

SQLCIPHER_PAGE_FACTOR = 4096 / (4096 - 80)
_EVENTS_DDL = ("CREATE TABLE events (id INTEGER PRIMARY KEY, segment_id INTEGER NOT NULL, t REAL NOT NULL, "
               "kind TEXT NOT NULL, data TEXT NOT NULL)",
               "CREATE INDEX events_by_segment ON events (segment_id, t)")
_EVENTS_V2_DDL = ("CREATE TABLE segments (id INTEGER PRIMARY KEY)",  # the foreign key's target
                  "PRAGMA foreign_keys = OFF")
_V2_KINDS = {1: "key", 2: "click", 3: "click", 4: "scroll", 5: "move"}
_FRAMES_DDL = ("CREATE TABLE frames (id INTEGER PRIMARY KEY, segment_id INTEGER NOT NULL, t REAL NOT NULL, "
               "width INTEGER NOT NULL, height INTEGER NOT NULL, mime TEXT NOT NULL, image BLOB NOT NULL)",
               "CREATE INDEX frames_by_segment ON frames (segment_id, t)")


@dataclass(frozen=True)
class WindowStats:
    """What was stored with a timestamp in [start, end]."""

    events: int
    keys: int  # key presses
    clicks: int  # button presses
    scrolls: int
    moves: int
    frames: int
    segments: int  # segments (focus rows) that started in the window
    event_bytes: int  # page bytes of the events' rows and index
    event_bytes_by_kind: dict  # the same, per kind (key, click, scroll, move)
    frame_bytes: int  # page bytes of the frames' rows (the JPEGs) and index
    image_bytes: int  # the JPEG payloads alone


def page_bytes(ddl: Iterable[str], table: str, rows: list[tuple], factor: float = 1.0,
               min_rows: int = 20_000) -> int:
    """Bytes `rows` occupy in SQLite pages (table + its indexes), measured with dbstat.

    A few hundred small rows would round to whole 4 KB pages, so the rows are inserted `copies`
    times (new ids, at least `min_rows` rows in all) and the size divided back: the page fill of a
    long day, not of one minute. Rows are (key, ...) with their unique key first (an id, or the
    segment id of a WITHOUT ROWID table keyed by segment): copies shift it past the largest one.
    """
    if not rows:
        return 0
    copies = max(1, -(-min_rows // len(rows)))
    mem = sqlite3.connect(":memory:")
    try:
        for statement in ddl:
            mem.execute(statement)
        marks = ", ".join("?" * len(rows[0]))
        stride = max(row[0] for row in rows) + 1
        mem.executemany(f"INSERT INTO {table} VALUES ({marks})",
                        ((copy * stride + row[0], *row[1:]) for copy in range(copies) for row in rows))
        mem.commit()
        used = mem.execute("SELECT sum(pgsize) FROM dbstat WHERE name IN "
                           "(SELECT name FROM sqlite_schema WHERE tbl_name = ?)", (table,)).fetchone()[0]
        return round((used or 0) * factor / copies)
    finally:
        mem.close()


def _pressed(data: str) -> bool:
    try:
        return bool(json.loads(data).get("p"))
    except (ValueError, AttributeError):
        return False


def window_stats(conn, start: float, end: float, factor: float = 1.0) -> WindowStats:
    """Count and size what `conn`'s store holds between `start` and `end` (epoch seconds)."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(events)").fetchall()}
    counts = {"key": 0, "click": 0, "scroll": 0, "move": 0}
    if "dt" in columns:  # schema 2: one row per keystroke (its release is its held time)
        from app.vault.event_store import CREATE_TABLE

        events = conn.execute(
            "SELECT e.segment_id, e.dt, e.n, e.kind, e.code, e.char, e.mods, e.held, e.x, e.y, e.dx, e.dy "
            "FROM events e JOIN segments s ON s.id = e.segment_id "
            "WHERE s.t0 + e.dt / 1000.0 >= ? AND s.t0 + e.dt / 1000.0 <= ?", (start, end)).fetchall()
        for row in events:
            if row[3] != 3:  # button releases are not presses
                counts[_V2_KINDS.get(row[3], "move")] += 1
        ddl, kind_of = (*_EVENTS_V2_DDL, CREATE_TABLE), (lambda row: _V2_KINDS.get(row[3], "other"))
    else:
        events = conn.execute("SELECT id, segment_id, t, kind, data FROM events WHERE t >= ? AND t <= ? ORDER BY id",
                              (start, end)).fetchall()
        for _id, _segment, _t, kind, data in events:
            if kind in ("key", "click"):
                counts[kind] += _pressed(data)
            elif kind in counts:
                counts[kind] += 1
        ddl, kind_of = _EVENTS_DDL, (lambda row: row[3])
    frames = conn.execute("SELECT id, segment_id, t, width, height, mime, image FROM frames "
                          "WHERE t >= ? AND t <= ? ORDER BY id", (start, end)).fetchall()
    segments = conn.execute("SELECT count(*) FROM segments WHERE start >= ? AND start <= ?", (start, end)).fetchone()[0]
    rows = [tuple(r) for r in events]
    by_kind = {kind: page_bytes(ddl, "events", [r for r in rows if kind_of(r) == kind], factor)
               for kind in sorted({kind_of(r) for r in rows})}
    return WindowStats(
        events=len(events), keys=counts["key"], clicks=counts["click"], scrolls=counts["scroll"],
        moves=counts["move"], frames=len(frames), segments=segments,
        event_bytes=page_bytes(ddl, "events", rows, factor),
        event_bytes_by_kind=by_kind,
        frame_bytes=page_bytes(_FRAMES_DDL, "frames", [tuple(r) for r in frames], factor, min_rows=1),
        image_bytes=sum(len(r[6]) for r in frames),
    )


def used_bytes(conn) -> int:
    """Bytes of the store's pages in use now (page count minus free pages, WAL included)."""
    # int(): SQLCipher answers `PRAGMA page_size` with text.
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    free = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
    return (pages - free) * page_size


def floor_report(db_path: str, windows: list[tuple[float, float]]) -> dict:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return {"used_bytes": used_bytes(conn), "windows": [asdict(window_stats(conn, s, e)) for s, e in windows]}
    finally:
        conn.close()


def airlock_report(data_dir: str, windows: list[tuple[float, float]]) -> dict:
    """Read Airlock's vault the way the app does (keyring key, SQLCipher) and report."""
    from app.core.paths import resolve_paths
    from app.vault.keystore import KeyringKeyStore
    from app.vault.vault import open_vault

    paths = resolve_paths(data_dir)
    handle = open_vault(paths, KeyringKeyStore(paths.data_dir), create=False)
    conn = handle.connect()
    try:
        return {"used_bytes": used_bytes(conn),
                "windows": [asdict(window_stats(conn, s, e, SQLCIPHER_PAGE_FACTOR)) for s, e in windows]}
    finally:
        conn.close()


def main(argv: list[str]) -> int:
    """`python -m bench.store_stats (airlock DATA_DIR | floor DB) '[[start, end], ...]'` -> JSON."""
    kind, location, windows = argv[0], argv[1], [tuple(w) for w in json.loads(argv[2])]
    report = airlock_report(location, windows) if kind == "airlock" else floor_report(location, windows)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
