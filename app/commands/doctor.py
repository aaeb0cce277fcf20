"""`airlock doctor [--json]`: what this machine offers Airlock, and what is missing. Needs no display."""

from __future__ import annotations

import json
import platform
import sys

from app import __version__
from app.core.display import detect_display
from app.core.errors import KnownError
from app.core.resources import resource
from app.vault.database import sqlcipher_version
from app.vault.keystore import describe_backend
from app.vault.vault import vault_state


def register(subparsers) -> None:
    parser = subparsers.add_parser("doctor", help="check keyring, display, vault and libraries")
    parser.add_argument("--json", action="store_true", help="machine-readable report")
    parser.set_defaults(func=run)


def gather(context) -> dict:
    from app.ui.selfcheck import check_icons, qt_version

    backend = describe_backend()
    display = detect_display()
    report: dict = {
        "airlock": __version__,
        "python": platform.python_version(),
        "platform": sys.platform,
        "frozen": bool(getattr(sys, "frozen", False)),
        "qt": qt_version(),
        "sqlcipher": sqlcipher_version(),
        "keyring": {"backend": backend.name, "accepted": backend.accepted, "reason": backend.reason},
        "display": {"server": display.server, "capture_supported": display.capture_supported,
                    "explanation": display.explanation},
        "data_dir": str(context.paths.data_dir),
    }
    if backend.accepted:
        state, detail = vault_state(context.paths, context.keystore())
        report["vault"] = {"state": state.value, "detail": detail}
    else:
        report["vault"] = {"state": "unknown", "detail": "not checked: no secure keyring"}
    report["policy"] = _policy_report(context)
    icons = check_icons(resource("icons"))
    report["icons"] = {"count": len(icons), "all_loaded": bool(icons) and all(icons.values()),
                       "failed": sorted(name for name, ok in icons.items() if not ok)}
    return report


def _policy_report(context) -> dict:
    """The policy in force and where each setting came from (managed store, signed file, default)."""
    try:
        resolved = context.resolved_policy()
    except KnownError as error:
        return {"error": error.message + (f" {error.hint}" if error.hint else ""), "settings": []}
    policy = resolved.policy
    return {"source": policy.source, "managed": policy.managed, "store": resolved.store,
            "policy_file": str(resolved.policy_file), "policy_file_from": resolved.policy_file_origin,
            "settings": [{"key": s.key, "value": s.value, "from": s.origin} for s in resolved.sources]}


def problems(report: dict) -> list[str]:
    found = []
    if report["policy"].get("error"):
        found.append(f"Not capturing: the policy cannot be used: {report['policy']['error']}")
    if not report["keyring"]["accepted"]:
        found.append(f"Not capturing: {report['keyring']['reason']} ({report['keyring']['backend']}). "
                     "Run a Secret Service keyring (GNOME Keyring or KWallet) and unlock it.")
    if report["vault"]["state"] in ("locked", "error"):
        found.append(report["vault"]["detail"])
    if not report["icons"]["all_loaded"]:
        found.append(f"icons failed to load: {', '.join(report['icons']['failed']) or 'none found'}")
    return found


def run(args, context) -> int:
    report = gather(context)
    found = problems(report)
    report["problems"] = found
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        rows = [
            ("Airlock", report["airlock"]), ("Python", report["python"]), ("Qt", report["qt"]),
            ("SQLCipher", report["sqlcipher"]),
            ("Keyring", f"{report['keyring']['backend']} — {'accepted' if report['keyring']['accepted'] else 'REFUSED'}"),
            ("Display", report["display"]["explanation"]),
            ("Data dir", report["data_dir"]), ("Vault", report["vault"]["detail"]),
            ("Icons", f"{report['icons']['count']} loaded" if report["icons"]["all_loaded"] else "FAILED"),
        ]
        policy = report["policy"]
        if not policy.get("error"):
            rows.append(("Policy", f"{policy['source']} ({'managed' if policy['managed'] else 'not managed'})"))
            rows.append(("Managed", f"settings read from {policy['store']}; policy file {policy['policy_file']} "
                                    f"(location from {policy['policy_file_from']})"))
        for label, value in rows:
            print(f"{label:<10} {value}")
        if policy["settings"]:
            print("Settings (value, and where it came from):")
            width = max(len(setting["key"]) for setting in policy["settings"])
            for setting in policy["settings"]:
                print(f"  {setting['key']:<{width}} = {setting['value']}  ({setting['from']})")
        for problem in found:
            print(f"problem:   {problem}", file=sys.stderr)
    return 1 if found else 0
