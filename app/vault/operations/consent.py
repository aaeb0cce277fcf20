"""The employee's answer to the policy in force, recorded in the ledger (kind "consent") with the
policy's hash and consent scope: capture waits for it, and a change of scope asks again."""

from __future__ import annotations

from app.core.changes import Change, ChangeKind
from app.policy.consent.summary import ConsentState, consent_record, consent_state, policy_from_consent_body
from app.policy.model import Policy
from app.vault import ledger
from app.vault.database import transaction
from app.vault.ledger import LedgerKind


def record_consent(conn, policy: Policy, accepted: bool, now: float, language: str = "") -> Change:
    body = consent_record(policy, accepted)
    if language:
        body["language"] = language  # which language the summary was shown in
    with transaction(conn):
        ledger.append(conn, LedgerKind.CONSENT, body, now)
    return Change(ChangeKind.CONSENT, extra={"accepted": accepted})


def latest_answer(conn) -> dict | None:
    return ledger.latest_body(conn, LedgerKind.CONSENT)


def consent_now(conn, policy: Policy) -> ConsentState:
    return consent_state(latest_answer(conn), policy)


def consented_policy(conn) -> Policy | None:
    """The policy of the last answer (to say what changed since)."""
    return policy_from_consent_body(latest_answer(conn))
