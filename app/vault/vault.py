"""Opening the vault: key from the key store, schema migrations, and the fail-closed rules.

- No key and no file: a new random key is stored (and read back) before the vault is created.
- A file but no key: "vault locked". The file is not opened or touched; never a new empty vault.
- A wrong key or a damaged file: a known error; the file is left as it was.
"""

from __future__ import annotations

import enum
import logging
import secrets
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import KnownError, VaultLocked
from app.core.i18n import translate
from app.core.paths import Paths
from app.vault import database
from app.vault.keystore import KeyStore
from app.vault.schema import latest_version, pending_migrations

log = logging.getLogger("airlock.vault")

VAULT_KEY_NAME = "vault-key"


class VaultState(str, enum.Enum):
    ABSENT = "absent"
    OPEN = "open"
    LOCKED = "locked"
    ERROR = "error"


@dataclass(frozen=True)
class VaultHandle:
    """An opened vault: its path and key, from which connections are made."""

    path: Path
    _key: bytes

    def connect(self):
        """A new connection with all pragmas set. Each thread uses its own."""
        return database.open_database(self.path, self._key)

    def for_child(self) -> tuple[Path, bytes]:
        """Path and key, for a child process that opens this vault itself (the scan worker). The key
        goes to it over a private pipe only: never an argument, the environment or a log."""
        return self.path, self._key

    def __repr__(self) -> str:  # never show the key
        return f"VaultHandle({self.path})"


def open_vault(paths: Paths, keystore: KeyStore, create: bool = True) -> VaultHandle:
    """Open the profile's vault, creating it (and its key) on first run when `create` is true."""
    paths.ensure()
    path = paths.vault
    key = keystore.get(VAULT_KEY_NAME)
    if key is None:
        if path.exists():
            raise VaultLocked(
                translate("Errors", "Vault locked: the vault exists but its key is not in the keyring."),
                translate("Errors", "Unlock or restore the keyring that holds Airlock's key. The vault file was not "
                                    "changed."),
            )
        if not create:
            raise KnownError(translate("Errors", "There is no vault yet."),
                             translate("Errors", "Start Airlock once to create it."))
        key = _new_key(keystore)
    handle = VaultHandle(path, key)
    conn = handle.connect()
    try:
        migrate(conn)
    finally:
        conn.close()
    return handle


def _new_key(keystore: KeyStore) -> bytes:
    key = secrets.token_bytes(database.KEY_BYTES)
    keystore.set(VAULT_KEY_NAME, key)
    # Some backends accept a write they cannot read back; never create a vault nobody can open.
    if keystore.get(VAULT_KEY_NAME) != key:
        raise KnownError(translate("Errors", "The keyring did not keep Airlock's key."),
                         translate("Errors", "Check the keyring with `airlock doctor`."))
    log.info("generated a new vault key and stored it in the keyring")
    return key


def migrate(conn) -> int:
    """Bring the schema to the latest version; returns the version. Refuses a newer major."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    for migration in pending_migrations(current):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(migration.sql):
                conn.execute(statement)
            if migration.upgrade is not None:
                migration.upgrade(conn)
            conn.execute(f"PRAGMA user_version = {migration.version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        log.info("vault schema migrated to %d.%d", migration.major, migration.minor)
    return max(current, latest_version())


def _statements(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    sqlite = database.driver()
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


def vault_state(paths: Paths, keystore: KeyStore) -> tuple[VaultState, str]:
    """The vault's state for `doctor` and the status window, without creating anything."""
    if not paths.vault.exists():
        return VaultState.ABSENT, translate("Errors", "no vault yet (created on first capture)")
    try:
        key = keystore.get(VAULT_KEY_NAME)
        if key is None:
            return VaultState.LOCKED, translate("Errors", "vault locked: the key is not in the keyring")
        conn = database.open_database(paths.vault, key)
        conn.close()
    except KnownError as exc:
        return VaultState.ERROR, exc.message
    return VaultState.OPEN, translate("Errors", "vault opens with the key from the keyring")
