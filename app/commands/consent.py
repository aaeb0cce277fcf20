"""`airlock consent [--accept | --decline | --show]`: the first-run consent, without windows.

Prints the same summary as the consent screen (and, if the policy changed since the last answer,
what changed). `--accept` / `--decline` record the answer through the operations — the running
Airlock's if one runs — in the vault ledger (kind "consent", with the policy hash and consent
scope); capture starts only once consent is given.
"""

from __future__ import annotations

from app.commands.routing import operations_for
from app.core.i18n import translate
from app.policy.consent.diff import policy_diff
from app.policy.consent.summary import ConsentState, consent_summary
from app.vault.operations import consent
from app.vault.vault import open_vault


def _state_words(state: ConsentState) -> str:
    return {
        ConsentState.NEEDED: translate("Cli", "You have not answered yet: nothing is recorded until you agree."),
        ConsentState.GIVEN: translate("Cli", "You agreed to this policy: recording may run."),
        ConsentState.DECLINED: translate("Cli", "You declined this policy: nothing is recorded."),
        ConsentState.CHANGED: translate("Cli", "The policy changed since you last answered: nothing is recorded "
                                        "until you agree again."),
    }[state]


def register(subparsers) -> None:
    parser = subparsers.add_parser("consent", help="read what is recorded, and agree or decline")
    answer = parser.add_mutually_exclusive_group()
    answer.add_argument("--accept", action="store_true", help="agree to the policy shown (recorded in the ledger)")
    answer.add_argument("--decline", action="store_true", help="decline: nothing will be recorded")
    answer.add_argument("--show", action="store_true", help="only show the summary and your current answer (default)")
    parser.set_defaults(func=run_consent)


def run_consent(args, context) -> int:
    policy = context.policy()  # a bad policy stops here with PolicyError: nothing to agree to
    summary = consent_summary(policy)
    print(summary.as_text())
    handle = open_vault(context.paths, context.keystore())  # the first command may create the vault
    conn = handle.connect()
    try:
        state = consent.consent_now(conn, policy)
        earlier = consent.consented_policy(conn) if state is ConsentState.CHANGED else None
    finally:
        conn.close()
    if state is ConsentState.CHANGED:
        print("\n" + translate("Cli", "What changed since you last answered:"))
        for change in (policy_diff(earlier, policy) if earlier is not None else []) or [
                translate("Cli", "(the earlier policy is not available to compare)")]:
            print(f"  • {change}")
    print()
    if not (args.accept or args.decline):
        print(_state_words(state))
        if state is not ConsentState.GIVEN:
            print(translate("Cli", "To agree, run `airlock consent --accept`; to decline, `airlock consent --decline`."))
        return 0
    # The same route as the consent screen: a running Airlock records it and starts or stops capture.
    with operations_for(context, policy=policy) as operations:
        operations.record_consent(policy, args.accept, summary.language).result()
    if args.accept:
        print(translate("Cli", "Thank you. Your consent is recorded; recording may start. You can pause at any time."))
    else:
        print(translate("Cli", "Declined and recorded: nothing will be recorded. "
                        "You can reconsider at any time with `airlock consent --accept`."))
    return 0
