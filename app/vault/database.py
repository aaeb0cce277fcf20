"""SQLCipher connections with Airlock's pragmas, and the mapping of SQLite failures to known errors.

This is the only module that imports `sqlcipher3`. The key is a raw 256-bit key
(`PRAGMA key = "x'…'"`), so opening does no passphrase derivation.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from app.core.errors import DiskFull, KnownError, VaultBusy, VaultCorrupt, WrongKey
from app.core.i18n import translate
from app.core.paths import make_private_file

log = logging.getLogger("airlock.vault")

KEY_BYTES = 32
Connection = Any  # sqlcipher3.Connection; typed loosely to keep the import lazy

_PRAGMAS = (
    "PRAGMA cipher_memory_security = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
)


def driver() -> Any:
    """The sqlcipher3 DB-API module (imported on first use)."""
    import sqlcipher3

    return sqlcipher3


def open_database(path: Path, key: bytes) -> Connection:
    """Open (or create) the encrypted database at `path` and prove the key by reading the schema."""
    if len(key) != KEY_BYTES:
        raise ValueError("vault keys are 32 bytes")
    sqlcipher3 = driver()
    conn = sqlcipher3.connect(str(path), timeout=5.0, check_same_thread=False, isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # The first read authenticates page 1: a wrong key or a non-vault file fails here.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in _PRAGMAS:
            conn.execute(pragma)
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise translate_error(exc, opening=True) from None
    for suffix in ("", "-wal", "-shm"):
        make_private_file(Path(f"{path}{suffix}"))
    return conn


def translate_error(exc: BaseException, opening: bool = False) -> KnownError | BaseException:
    """Map a SQLite/SQLCipher failure to a KnownError with a human message; others pass through."""
    text = str(exc).lower()
    if "file is not a database" in text or "not a database" in text:
        if opening:
            return WrongKey(
                translate("Errors", "The vault could not be opened with the key in the keyring (wrong key, or not a vault file)."),
                translate("Errors", "Nothing was changed. If you restored the file from another computer, restore its key too."),
            )
        return VaultCorrupt(
            translate("Errors", "A page of the vault failed its integrity check (it was changed or damaged on disk)."),
            translate("Errors", "Nothing was changed. Restore the vault from a backup, or move it aside to start a new one."),
        )
    if "malformed" in text or "hmac" in text or "corrupt" in text:
        return VaultCorrupt(
            translate("Errors", "The vault is damaged: a page failed its integrity check."),
            translate("Errors", "Nothing was changed. Restore the vault from a backup, or move it aside to start a new one."),
        )
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull(
            translate("Errors", "The disk holding the vault is full; capture has stopped."),
            translate("Errors", "Free some space; capture resumes by itself. Nothing already stored was lost."),
        )
    if "locked" in text or "busy" in text:
        return VaultBusy(
            translate("Errors", "The vault is in use by another process."),
            translate("Errors", "Close the other Airlock (see `airlock status`) and try again."),
        )
    return exc


def checkpoint_truncate(conn: Connection, attempts: int = 50) -> None:
    """Checkpoint the WAL into the database and truncate it to zero bytes.

    SQLCipher reports busy (first column 1) while another connection holds a read snapshot; then
    deleted pages would stay in the WAL, so retry until readers are done (DESIGN.md pitfall).
    """
    for attempt in range(attempts):
        busy, _log_frames, _checkpointed = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if not busy:
            return
        time.sleep(0.02 * (attempt + 1))  # back-off while a reader finishes its snapshot
    raise VaultBusy(
        translate("Errors", "Deleted data could not yet be removed from the vault's journal because another reader is active."),
        translate("Errors", "Close the review window and try again; the deletion itself is committed."),
    )


class transaction:  # noqa: N801 - used like a function: `with transaction(conn):`
    """`with transaction(conn):` — BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error.

    Connections run in autocommit mode, so every multi-statement change says where it starts.
    SQLite failures leave as known errors where they have a human meaning.
    """

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def __enter__(self) -> Connection:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except driver().DatabaseError as exc:
            raise translate_error(exc) from None
        return self._conn

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is None:
            try:
                self._conn.execute("COMMIT")
                return False
            except driver().DatabaseError as commit_error:
                # A full disk fails the COMMIT and SQLite may already have rolled back.
                self._rollback_quietly()
                raise translate_error(commit_error) from None
        self._rollback_quietly()
        if isinstance(exc, driver().DatabaseError):
            known = translate_error(exc)
            if known is not exc:
                raise known from None
        return False

    def _rollback_quietly(self) -> None:
        try:
            self._conn.execute("ROLLBACK")
        except driver().DatabaseError:
            pass  # "no transaction is active": SQLite rolled back by itself


def sqlcipher_version() -> str:
    """The SQLCipher library version (from a throwaway in-memory database)."""
    conn = driver().connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
        sqlite_version = conn.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        conn.close()
    return f"{row[0] if row else 'unknown'} (SQLite {sqlite_version})"
