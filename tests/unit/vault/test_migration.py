"""A vault written by schema 1.0 (tests/fixtures/vault_v1, recorded by the real recorder of that
version) opens with the current code, is migrated in place in one transaction, keeps everything
it held — typed text, keys with their timing and modifiers, clicks, frames, flags, redactions — and
its ledger chain stays valid. An interrupted migration leaves the old version, never half."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.model import ClickEvent, KeyEvent, MoveEvent, ScrollEvent
from app.core.paths import resolve_paths
from app.vault import database, event_store, ledger, schema_upgrades
from app.vault.schema import latest_version
from app.vault.vault import VAULT_KEY_NAME, open_vault
from tests.helpers.keystore import MemoryKeyStore

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "vault_v1"
EXPECTED = json.loads((FIXTURE / "expected.json").read_text())
KEY = bytes.fromhex((FIXTURE / "vault-key.hex").read_text().strip())
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def old_vault(tmp_path):
    paths = resolve_paths(tmp_path / "data").ensure()
    shutil.copyfile(FIXTURE / "vault.db", paths.vault)
    keystore = MemoryKeyStore()
    keystore.set(VAULT_KEY_NAME, KEY)
    return paths, keystore


def _version(path: Path) -> int:
    conn = database.open_database(path, KEY)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def _paired(keys: list[dict]) -> list[tuple]:
    """Schema 1's presses and releases as schema 2 keeps them: each press with its held time."""
    presses, waiting = [], {}
    for k in keys:  # already in time order
        if k["pressed"]:
            entry = [k["t"], k["key"], k["char"], tuple(sorted(k["modifiers"])), None]
            presses.append(entry)
            waiting.setdefault(k["key"], []).append(entry)
        elif waiting.get(k["key"]):
            entry = waiting[k["key"]].pop(0)
            entry[4] = round((k["t"] - entry[0]) * 1000)
    return [tuple(p) for p in presses]


def test_the_fixture_is_what_schema_1_wrote():
    assert EXPECTED["user_version"] == 1000 == _version(FIXTURE / "vault.db")


def test_a_schema_1_vault_opens_migrated_with_everything_it_held(old_vault):
    paths, keystore = old_vault
    handle = open_vault(paths, keystore, create=False)
    assert _version(paths.vault) == latest_version()
    conn = handle.connect()
    try:
        assert ledger.verify(conn).ok and ledger.verify(conn).checked == EXPECTED["ledger_entries"]
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'events_v1'").fetchone()[0] == 0
        for seg in EXPECTED["segments"]:
            row = conn.execute("SELECT app, title, state, typed_text, start, end, end_reason FROM segments WHERE id = ?",
                               (seg["id"],)).fetchone()
            assert row[:6] == (seg["app"], seg["title"], seg["state"], seg["typed_text"], seg["start"], seg["end"])
            assert row[6] == "recovered"  # a fact now: schema 1 never wrote ends, so they are closed
            events = event_store.events_of(conn, seg["id"])
            keys = [e for e in events if isinstance(e, KeyEvent)]
            got = [(e.t, e.key, e.char, tuple(sorted(e.modifiers)), None if e.held is None else round(e.held * 1000))
                   for e in keys]
            want = _paired(seg["keys"])
            assert len(got) == len(want)
            for (t, *rest), (t_want, *rest_want) in zip(got, want, strict=True):
                assert t_want - 0.001 < t <= t_want  # times are kept to the millisecond, never later
                assert rest[:3] == rest_want[:3]
                assert rest[3] is None or rest_want[3] is None or abs(rest[3] - rest_want[3]) <= 1
            clicks = [(e.x, e.y, e.button, e.pressed) for e in events if isinstance(e, ClickEvent)]
            assert clicks == [(c["x"], c["y"], c["button"], c["pressed"]) for c in seg["clicks"]]
            assert sum(isinstance(e, MoveEvent) for e in events) == seg["moves"]
            assert sum(isinstance(e, ScrollEvent) for e in events) == seg["scrolls"]
            frames = conn.execute("SELECT count(*) FROM frames WHERE segment_id = ?", (seg["id"],)).fetchone()[0]
            assert frames == seg["frames"]
            flag = conn.execute("SELECT category, note FROM flags WHERE segment_id = ?", (seg["id"],)).fetchone()
            assert (list(flag) if flag else None) == seg["flag"]
        assert [list(r) for r in conn.execute(
            "SELECT segment_id, kind, target_id, spec FROM redactions ORDER BY id").fetchall()] == EXPECTED["redactions"]
        # Searching works on the migrated vault, and the presses it kept still make its text.
        assert conn.execute("SELECT count(*) FROM segment_search WHERE segment_search MATCH 'colleague'").fetchone()[0] == 1
    finally:
        conn.close()


def test_a_failed_migration_leaves_the_old_version_whole(old_vault, monkeypatch):
    paths, keystore = old_vault
    before = (FIXTURE / "vault.db").read_bytes()

    def half_then_fail(conn):
        conn.execute("INSERT INTO events (segment_id, dt, n, kind) VALUES (1, 0, 99, 1)")  # half the work
        raise RuntimeError("the power went out")

    from app.vault import schema

    failing = [m if m.version != 2000 else type(m)(m.major, m.minor, m.sql, half_then_fail) for m in schema.MIGRATIONS]
    monkeypatch.setattr(schema, "MIGRATIONS", tuple(failing))
    with pytest.raises(RuntimeError):
        open_vault(paths, keystore, create=False)
    assert _version(paths.vault) == 1000
    conn = database.open_database(paths.vault, KEY)
    try:
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == sum(
            len(s["keys"]) + len(s["clicks"]) + s["moves"] + s["scrolls"] for s in EXPECTED["segments"])
        assert "data" in {r[1] for r in conn.execute("PRAGMA table_info(events)")}  # still schema 1's table
    finally:
        conn.close()
    monkeypatch.undo()
    open_vault(paths, keystore, create=False)  # the next start finishes the job
    assert _version(paths.vault) == latest_version()
    assert before == (FIXTURE / "vault.db").read_bytes()  # the fixture itself is never touched


def test_a_migration_killed_mid_way_leaves_a_vault_that_opens(old_vault, tmp_path):
    """SIGKILL inside the migration's transaction (a real process, a real kill): the next open sees
    schema 1 whole and migrates it."""
    paths, _keystore = old_vault
    script = tmp_path / "migrate_and_hang.py"
    script.write_text(
        "import os, sys, time\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from app.vault import database, schema, schema_upgrades\n"
        "from app.vault.vault import migrate\n"
        "def hang(conn):\n"
        "    schema_upgrades.events_to_v2(conn)\n"
        "    print('inside', flush=True)\n"
        "    time.sleep(60)\n"
        "schema.MIGRATIONS = tuple(m if m.version != 2000 else type(m)(m.major, m.minor, m.sql, hang) "
        "for m in schema.MIGRATIONS)\n"
        f"conn = database.open_database(__import__('pathlib').Path({str(paths.vault)!r}), bytes.fromhex({KEY.hex()!r}))\n"
        "migrate(conn)\n")
    process = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout.readline().strip() == b"inside", process.stderr.read().decode()
    os.kill(process.pid, signal.SIGKILL)
    process.communicate(timeout=10)  # reaps it and closes its pipes
    assert _version(paths.vault) == 1000
    keystore = MemoryKeyStore()
    keystore.set(VAULT_KEY_NAME, KEY)
    conn = open_vault(paths, keystore, create=False).connect()
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == latest_version()
        assert ledger.verify(conn).ok
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == sum(
            len(_paired(s["keys"])) + len(s["clicks"]) + s["moves"] + s["scrolls"] for s in EXPECTED["segments"])
    finally:
        conn.close()


def test_schema_1_rows_that_do_not_decode_are_not_carried_over():
    assert schema_upgrades._v1_event(1.0, "key", "not json") is None
    assert schema_upgrades._v1_event(1.0, "key", '{"k": "a", "p": 1}') == KeyEvent(1.0, "a", True, None)
