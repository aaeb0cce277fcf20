"""Small values kept in the vault's settings table: the pause (so a crash or restart during a
pause stays paused), the employee's personal settings (tightenings of the policy), and others.

Changing the pause or the personal settings writes a ledger entry in the same transaction.
"""

from __future__ import annotations

import json
from pathlib import Path

from app.core.changes import Change, ChangeKind
from app.core.errors import PolicyError
from app.core.language_choice import write_choice
from app.core.model import SegmentState
from app.policy.model import Policy
from app.policy.personal import PersonalSettings, effective_policy, personal_from_mapping, personal_to_mapping
from app.policy.rules.pause import PauseSnapshot
from app.vault import ledger
from app.vault.database import transaction
from app.vault.ledger import LedgerKind

PAUSE_KEY = "pause"
PERSONAL_KEY = "personal"
PAUSE_SHORTCUT_KEY = "pause_shortcut"


def get_setting(conn, key: str) -> object | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else None


def put_setting(conn, key: str, value: object) -> None:
    """In the caller's transaction."""
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                 (key, json.dumps(value)))


def load_pause(conn) -> PauseSnapshot | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (PAUSE_KEY,)).fetchone()
    return PauseSnapshot.from_json(row[0]) if row else None


def save_pause(conn, snapshot: PauseSnapshot | None, now: float) -> Change:
    """Persist a pause (or its end) with its ledger entry."""
    with transaction(conn):
        if snapshot is None:
            conn.execute("DELETE FROM settings WHERE key = ?", (PAUSE_KEY,))
            ledger.append(conn, LedgerKind.RESUME, {}, now)
        else:
            conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                         "DO UPDATE SET value = excluded.value", (PAUSE_KEY, snapshot.to_json()))
            ledger.append(conn, LedgerKind.PAUSE, {"from": snapshot.paused_at, "until": snapshot.until}, now)
    return Change(ChangeKind.RESUME if snapshot is None else ChangeKind.PAUSE)


def load_personal(conn) -> PersonalSettings:
    """The stored settings, or none chosen. Damaged settings fall back to the policy as it is."""
    stored = get_setting(conn, PERSONAL_KEY)
    if stored is None:
        return PersonalSettings()
    try:
        return personal_from_mapping(stored)
    except PolicyError:
        return PersonalSettings()  # IT's policy applies; the settings view shows the defaults again


def save_personal(conn, settings: PersonalSettings, now: float) -> Change:
    mapping = personal_to_mapping(settings)
    with transaction(conn):
        put_setting(conn, PERSONAL_KEY, mapping)
        ledger.append(conn, LedgerKind.POLICY_CHANGE, {"personal": mapping}, now)
    mirror_language(conn, settings.language)
    return Change(ChangeKind.SETTINGS)


def mirror_language(conn, language: str | None) -> None:
    """The language code, beside the vault, for the CLI (app/core/language_choice.py says why)."""
    directory = vault_directory(conn)
    if directory is not None:
        write_choice(directory, language)


def vault_directory(conn) -> Path | None:
    """The directory of the vault file `conn` is open on (None for an in-memory database)."""
    for _seq, name, file in conn.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return Path(file).parent
    return None


def effective_for(conn, policy: Policy) -> Policy:
    """The policy with this employee's tightenings applied (what capture and release obey)."""
    return effective_policy(policy, load_personal(conn))[0]


def segment_state_counts(conn) -> dict[str, int]:
    """How many segments are in each state (the tray's "waiting for review" count is `held`)."""
    counts = {state.value: 0 for state in SegmentState if state is not SegmentState.DELETED}
    counts.update(dict(conn.execute("SELECT state, count(*) FROM segments GROUP BY state").fetchall()))
    return counts
