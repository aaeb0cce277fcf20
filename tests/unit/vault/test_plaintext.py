"""Privacy invariants at rest: no plaintext in any file; deleted data gone from the file and WAL."""

from __future__ import annotations

from app.core.model import KeyEvent
from app.vault import event_store
from app.vault.operations import deletion
from app.vault.vault import VAULT_KEY_NAME
from tests.helpers.vault_pages import find_in_vault

MARKER = "AIRLOCK-MARKER-7f3a9c"


def _insert_segment(conn, text: str, start: float) -> int:
    cursor = conn.execute(
        "INSERT INTO segments (start, end, t0, app, title, keystroke_mode, typed_text, end_reason) "
        "VALUES (?, ?, ?, ?, ?, 'full', ?, 'idle')", (start, start + 5, start, "editor", f"title {text}", text))
    segment_id = cursor.lastrowid
    event_store.insert_rows(conn, event_store.rows_for(segment_id, start, [KeyEvent(start, text, True, text)]))
    conn.execute("INSERT INTO frames (segment_id, t, width, height, mime, image) VALUES (?, ?, 1, 1, 'image/png', ?)",
                 (segment_id, start, text.encode() * 20))
    return segment_id


def _all_bytes(root):
    for path in sorted(root.rglob("*")):
        if path.is_file():
            yield path, path.read_bytes()


def test_no_plaintext_in_any_file_under_the_data_dir(data_dir, memory_keystore, vault_handle):
    conn = vault_handle.connect()
    _insert_segment(conn, MARKER, 100.0)
    conn.close()  # the WAL and shm are left as they are: they must be encrypted too
    scanned = list(_all_bytes(data_dir.data_dir))
    assert any(p.name == "vault.db" for p, _ in scanned)
    key = memory_keystore.get(VAULT_KEY_NAME)
    for path, content in scanned:
        assert MARKER.encode() not in content, path
        assert key not in content and key.hex().encode() not in content, f"key bytes in {path}"


def test_the_page_reader_finds_live_data(memory_keystore, vault_handle):
    """Positive control: the forensic reader sees what is there, so its 'nothing' means nothing."""
    conn = vault_handle.connect()
    _insert_segment(conn, MARKER, 100.0)
    key = memory_keystore.get(VAULT_KEY_NAME)
    hits = find_in_vault(vault_handle.path, key, MARKER.encode())
    token_hits = find_in_vault(vault_handle.path, key, b"7f3a9c")  # lower-cased token in the FTS index
    conn.close()
    assert hits and len(token_hits) > len(hits)


def test_deleted_data_is_gone_from_the_vault_file_and_wal(memory_keystore, vault_handle):
    conn = vault_handle.connect()
    keep = _insert_segment(conn, "KEEP-THIS-ONE", 100.0)
    gone = _insert_segment(conn, MARKER, 200.0)
    deletion.delete_segments(conn, [gone], now=300.0)
    key = memory_keystore.get(VAULT_KEY_NAME)
    assert find_in_vault(vault_handle.path, key, MARKER.encode()) == []
    assert find_in_vault(vault_handle.path, key, b"7f3a9c") == []  # the search index's token too
    assert find_in_vault(vault_handle.path, key, b"KEEP-THIS-ONE")  # still there, still findable
    assert conn.execute("SELECT count(*) FROM segments WHERE id = ?", (keep,)).fetchone()[0] == 1
    # full-text search no longer knows the word either
    assert conn.execute("SELECT count(*) FROM segment_search WHERE segment_search MATCH ?",
                        (f'"{MARKER}"',)).fetchone()[0] == 0
    conn.close()
