"""The employee's personal settings (tightenings of the policy), kept in the vault's settings table.

Each save writes a ledger entry, so the employee's own changes are on record like IT's.
"""

from __future__ import annotations

from app.core.errors import PolicyError
from app.policy.personal import PersonalSettings, personal_from_mapping, personal_to_mapping
from app.vault import ledger, operations
from app.vault.database import transaction

SETTING_KEY = "personal"


def load_personal(conn) -> PersonalSettings:
    """The stored settings, or none chosen. Damaged settings fall back to the policy as it is."""
    stored = operations.get_setting(conn, SETTING_KEY)
    if stored is None:
        return PersonalSettings()
    try:
        return personal_from_mapping(stored)
    except PolicyError:
        return PersonalSettings()  # IT's policy applies; the settings view shows the defaults again


def save_personal(conn, settings: PersonalSettings, now: float) -> None:
    mapping = personal_to_mapping(settings)
    with transaction(conn):
        operations.put_setting(conn, SETTING_KEY, mapping)
        ledger.append(conn, ledger.LedgerKind.POLICY_CHANGE, {"personal": mapping}, now)


def effective_for(conn, policy):
    """The policy with this employee's tightenings applied (what capture and release obey)."""
    from app.policy.personal import effective_policy

    return effective_policy(policy, load_personal(conn))[0]
