"""Opening, creating, refusing: the vault's fail-closed rules (issue 2)."""

from __future__ import annotations

import hashlib
import os
import stat

import pytest

from app.core.errors import KeyringUnavailable, SchemaTooNew, VaultCorrupt, VaultLocked, WrongKey
from app.vault import database
from app.vault.schema import latest_version
from app.vault.vault import VAULT_KEY_NAME, migrate, open_vault
from tests.helpers.keystore import MemoryKeyStore, UnavailableKeyStore


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_first_open_generates_a_256_bit_key_and_creates_the_vault(data_dir, memory_keystore):
    handle = open_vault(data_dir, memory_keystore)
    key = memory_keystore.get(VAULT_KEY_NAME)
    assert key is not None and len(key) == 32
    conn = handle.connect()
    assert conn.execute("PRAGMA user_version").fetchone()[0] == latest_version()
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"segments", "events", "frames", "flags", "redactions", "releases", "ledger", "settings", "gaps"} <= tables


def test_keys_differ_between_vaults(tmp_path):
    from app.core.paths import resolve_paths

    keys = []
    for name in ("a", "b"):
        store = MemoryKeyStore()
        open_vault(resolve_paths(tmp_path / name), store)
        keys.append(store.get(VAULT_KEY_NAME))
    assert keys[0] != keys[1]


def test_pragmas_are_in_force(vault_conn):
    assert vault_conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert vault_conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert vault_conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert vault_conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert vault_conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert vault_conn.execute("PRAGMA cipher_memory_security").fetchone()[0] == "1"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_directories_are_0700_and_files_0600(data_dir, vault_handle):
    vault_handle.connect().close()
    assert stat.S_IMODE(os.stat(data_dir.data_dir).st_mode) == 0o700
    for path in data_dir.data_dir.iterdir():
        if path.is_file():
            assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, path


def test_vault_locked_when_the_key_is_gone_leaves_the_file_byte_identical(data_dir, memory_keystore):
    conn = open_vault(data_dir, memory_keystore).connect()
    conn.execute("INSERT INTO settings (key, value) VALUES ('x', '1')")
    database.checkpoint_truncate(conn)
    conn.close()
    before = {p.name: _digest(p) for p in data_dir.data_dir.iterdir() if p.is_file()}
    memory_keystore.delete(VAULT_KEY_NAME)
    with pytest.raises(VaultLocked) as caught:
        open_vault(data_dir, memory_keystore)
    assert "vault locked" in caught.value.message.lower()
    after = {p.name: _digest(p) for p in data_dir.data_dir.iterdir() if p.is_file()}
    assert after == before
    assert memory_keystore.get(VAULT_KEY_NAME) is None  # no new key was made over the old vault


def test_wrong_key_is_a_known_error_and_changes_nothing(data_dir, memory_keystore):
    open_vault(data_dir, memory_keystore).connect().close()
    before = _digest(data_dir.vault)
    memory_keystore.set(VAULT_KEY_NAME, b"\x01" * 32)
    with pytest.raises(WrongKey):
        open_vault(data_dir, memory_keystore)
    assert _digest(data_dir.vault) == before


def test_a_plain_file_is_not_opened_as_a_vault(data_dir, memory_keystore):
    data_dir.vault.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4080)
    memory_keystore.set(VAULT_KEY_NAME, b"\x02" * 32)
    with pytest.raises(WrongKey):
        open_vault(data_dir, memory_keystore)


def test_flipping_one_byte_inside_an_encrypted_page_is_detected(data_dir, memory_keystore):
    conn = open_vault(data_dir, memory_keystore).connect()
    conn.execute("CREATE TABLE filler (x)")
    for _ in range(50):
        conn.execute("INSERT INTO filler VALUES (randomblob(500))")
    database.checkpoint_truncate(conn)
    conn.close()
    raw = bytearray(data_dir.vault.read_bytes())
    page = 4096
    assert len(raw) > 4 * page
    raw[-page + 100] ^= 0x01  # inside the last page's ciphertext (filler data)
    data_dir.vault.write_bytes(bytes(raw))
    conn = open_vault(data_dir, memory_keystore).connect()
    with pytest.raises(Exception) as caught:
        try:
            conn.execute("SELECT count(*), sum(length(x)) FROM filler").fetchone()
        except database.driver().DatabaseError as exc:
            raise database.translate_error(exc) from None
    assert isinstance(caught.value, VaultCorrupt)


def test_a_newer_schema_major_refuses_with_a_message(data_dir, memory_keystore):
    conn = open_vault(data_dir, memory_keystore).connect()
    conn.execute("PRAGMA user_version = 3000")
    conn.close()
    with pytest.raises(SchemaTooNew) as caught:
        open_vault(data_dir, memory_keystore)
    assert "newer Airlock" in caught.value.message


def test_a_newer_minor_opens(data_dir, memory_keystore):
    conn = open_vault(data_dir, memory_keystore).connect()
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.close()
    open_vault(data_dir, memory_keystore)  # no error


def test_migrating_from_an_empty_database_reaches_the_latest_version(tmp_path):
    conn = database.open_database(tmp_path / "v.db", b"\x03" * 32)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    assert migrate(conn) == latest_version()
    assert migrate(conn) == latest_version()  # idempotent


def test_no_keyring_refuses_without_creating_anything(data_dir):
    store = UnavailableKeyStore(KeyringUnavailable("Not capturing: no keyring."))
    with pytest.raises(KeyringUnavailable):
        open_vault(data_dir, store)
    assert not data_dir.vault.exists()
