"""`airlock consent [--accept | --decline | --show]`: the first-run consent, without windows.

Prints the same summary as the consent screen (and, if the policy changed since the last answer,
what changed). `--accept` / `--decline` record the answer in the vault ledger (kind "consent",
with the policy hash and consent scope); capture starts only once consent is given.
"""

from __future__ import annotations

from app.policy.consent.summary import (
    ConsentState,
    consent_record,
    consent_state,
    consent_summary,
    policy_diff,
    policy_from_consent_body,
)
from app.vault import ledger
from app.vault.database import transaction
from app.vault.vault import open_vault

_STATE_WORDS = {
    ConsentState.NEEDED: "You have not answered yet: nothing is recorded until you agree.",
    ConsentState.GIVEN: "You agreed to this policy: recording may run.",
    ConsentState.DECLINED: "You declined this policy: nothing is recorded.",
    ConsentState.CHANGED: "The policy changed since you last answered: nothing is recorded until you agree again.",
}


def register(subparsers) -> None:
    parser = subparsers.add_parser("consent", help="read what is recorded, and agree or decline")
    answer = parser.add_mutually_exclusive_group()
    answer.add_argument("--accept", action="store_true", help="agree to the policy shown (recorded in the ledger)")
    answer.add_argument("--decline", action="store_true", help="decline: nothing will be recorded")
    answer.add_argument("--show", action="store_true", help="only show the summary and your current answer (default)")
    parser.set_defaults(func=run_consent)


def run_consent(args, context) -> int:
    policy = context.policy()  # a bad policy stops here with PolicyError: nothing to agree to
    print(consent_summary(policy).as_text())
    conn = open_vault(context.paths, context.keystore()).connect()
    try:
        previous = ledger.latest_body(conn, ledger.LedgerKind.CONSENT)
        state = consent_state(previous, policy)
        if state is ConsentState.CHANGED:
            old = policy_from_consent_body(previous)
            changes = policy_diff(old, policy) if old is not None else []
            print("\nWhat changed since you last answered:")
            for change in changes or ["(the earlier policy is not available to compare)"]:
                print(f"  • {change}")
        print()
        if not (args.accept or args.decline):
            print(_STATE_WORDS[state])
            if state is not ConsentState.GIVEN:
                print("To agree, run `airlock consent --accept`; to decline, `airlock consent --decline`.")
            return 0
        with transaction(conn):
            ledger.append(conn, ledger.LedgerKind.CONSENT, consent_record(policy, accepted=args.accept),
                          context.clock.now())
    finally:
        conn.close()
    if args.accept:
        print("Thank you. Your consent is recorded; recording may start. You can pause at any time.")
    else:
        print("Declined and recorded: nothing will be recorded. "
              "You can reconsider at any time with `airlock consent --accept`.")
    return 0
