"""`airlock doctor [--json]`: IT's health check — what this machine offers Airlock, and every reason
the recorder would not capture as the policy says. Needs no display.

Doctor exits non-zero for each such reason: the policy refused (corrupt, unsigned, wrongly signed,
expired), no secure keyring, a vault that cannot be read, a display that cannot be captured, and a
destination that cannot be reached while segments are due to leave. Facts are gathered first
(`gather`), then judged by one pure function (`judge`), which the tests drive with a table.
"""

from __future__ import annotations

import json
import platform
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import __version__
from app.core.display import DisplayInfo, detect_display
from app.core.errors import KnownError
from app.core.i18n import fill, translate
from app.core.resources import resource
from app.policy.managed.effective import SettingSource, origin_words, value_words
from app.policy.model import Policy
from app.vault.database import sqlcipher_version
from app.vault.keystore import BackendReport, describe_backend
from app.vault.vault import VaultState, vault_state


def register(subparsers) -> None:
    parser = subparsers.add_parser("doctor", help="check policy, keyring, display, vault, destination and libraries")
    parser.add_argument("--json", action="store_true", help="machine-readable report")
    parser.set_defaults(func=run)


@dataclass(frozen=True)
class ReleaseFacts:
    """Whether segments may leave now, and whether the destination answers (checked only then)."""

    due: int = 0
    destination: str = ""
    destination_problem: str = ""  # empty: reachable, or not checked


@dataclass(frozen=True)
class ManagedFacts:
    """Where the OS keeps IT's settings, where the signed policy file is, and where each setting of
    the policy in force came from (a registry value, a plist key, a file and line, the default)."""

    store: str = ""
    policy_file: str = ""
    policy_file_from: str = ""
    sources: tuple[SettingSource, ...] = ()


@dataclass(frozen=True)
class Facts:
    """What doctor found, before judging it."""

    versions: dict[str, Any]
    policy: Policy | None
    policy_error: KnownError | None
    keyring: BackendReport
    display: DisplayInfo
    vault: tuple[str, str]  # VaultState value, detail
    icons: dict[str, bool]
    release: ReleaseFacts = field(default_factory=ReleaseFacts)
    managed: ManagedFacts = field(default_factory=lambda: ManagedFacts())
    ocr: tuple[bool, str] = (False, "")  # (available, "tesseract 5.5.4" or why not; "" not checked)


@dataclass(frozen=True)
class Line:
    """One line of the report; `problem` says why capture would not run as the policy says."""

    label: str
    value: str
    problem: str = ""


def judge(facts: Facts) -> list[Line]:
    """Every line of the report, in order (pure: the tests give it a table of facts)."""
    lines = [Line(label, str(facts.versions[key])) for label, key in
             (("Airlock", "airlock"), ("Python", "python"), ("Qt", "qt"), ("SQLCipher", "sqlcipher"))]
    lines.append(_policy_line(facts))
    keyring = facts.keyring
    verdict = translate("Doctor", "accepted") if keyring.accepted else translate("Doctor", "REFUSED")
    lines.append(Line(translate("Doctor", "Keyring"), f"{keyring.name} — {verdict}",
                      "" if keyring.accepted else
                      fill(translate("Doctor", "Not capturing: %1 (%2). Run a Secret Service keyring (GNOME Keyring "
                                     "or KWallet) and unlock it."), keyring.reason, keyring.name)))
    display = facts.display
    lines.append(Line(translate("Doctor", "Display"), display.explanation,
                      "" if display.capture_supported else
                      fill(translate("Doctor", "Not capturing: %1"), display.explanation)))
    state, detail = facts.vault
    lines.append(Line(translate("Doctor", "Vault"), detail,
                      detail if state in (VaultState.LOCKED.value, VaultState.ERROR.value) else ""))
    lines.append(_release_line(facts.release))
    lines.append(_ocr_line(facts))
    failed = sorted(name for name, ok in facts.icons.items() if not ok)
    loaded = bool(facts.icons) and not failed
    lines.append(Line(translate("Doctor", "Icons"),
                      translate("Doctor", "%n loaded", None, len(facts.icons)) if loaded else
                      translate("Doctor", "FAILED"),
                      "" if loaded else fill(translate("Doctor", "icons failed to load: %1"),
                                             ", ".join(failed) or translate("Doctor", "none found"))))
    return lines


def _policy_line(facts: Facts) -> Line:
    if facts.policy_error is not None:
        error = facts.policy_error
        return Line(translate("Doctor", "Policy"), translate("Doctor", "REFUSED"),
                    fill(translate("Doctor", "Not capturing: the policy was refused. %1"), error.message)
                    + (f" {error.hint}" if error.hint else ""))
    policy = facts.policy
    assert policy is not None
    signer = (fill(translate("Doctor", "signed by %1"), policy.signer_key_id) if policy.signer_key_id
              else translate("Doctor", "not signed"))
    until = (fill(translate("Doctor", "valid until %1"), policy.valid_until.isoformat()) if policy.valid_until
             else translate("Doctor", "no end date"))
    managed = translate("Doctor", "managed") if policy.managed else translate("Doctor", "not managed")
    return Line(translate("Doctor", "Policy"), fill(translate("Doctor", "%1 — %2, %3, %4, hash %5"), policy.source,
                                                    managed, signer, until, policy.content_hash[:16]))


def _ocr_line(facts: Facts) -> Line:
    """The OCR engine that reads screenshots for sensitive moments (its absence stops no capture)."""
    available, what = facts.ocr
    what = what or translate("Doctor", "not checked")
    if facts.policy is not None and not facts.policy.scan.enabled:
        return Line("OCR", fill(translate("Doctor", "%1 — screenshots not read (the policy turned it off)"),
                                what if available else translate("Doctor", "unavailable")))
    if available:
        return Line("OCR", fill(translate("Doctor", "%1 — reads screenshots on this computer for sensitive moments"),
                                what))
    return Line("OCR", fill(translate("Doctor", "unavailable — screenshots are not read for sensitive moments: %1"),
                            what))


def _release_line(release: ReleaseFacts) -> Line:
    label = translate("Doctor", "Release")
    if not release.destination:
        return Line(label, translate("Doctor", "not checked (no policy or vault)"))
    if release.destination_problem:
        return Line(label, fill(translate("Doctor", "%n segment(s) due for %1", None, release.due),
                                release.destination),
                    fill(translate("Doctor", "%n segment(s) are due to leave but the destination cannot be reached: %1",
                                   None, release.due), release.destination_problem))
    if release.due:
        return Line(label, fill(translate("Doctor", "%n segment(s) due; %1 answers", None, release.due),
                                release.destination))
    return Line(label, fill(translate("Doctor", "nothing due now; destination %1"), release.destination))


def gather(context) -> Facts:
    from app.ui.selfcheck import check_icons, qt_version

    versions = {"airlock": __version__, "python": platform.python_version(), "platform": sys.platform,
                "frozen": bool(getattr(sys, "frozen", False)), "qt": qt_version(), "sqlcipher": sqlcipher_version()}
    policy, policy_error, managed = None, None, ManagedFacts()
    try:
        resolved = context.resolved_policy()
        policy = resolved.policy
        managed = ManagedFacts(resolved.store, str(resolved.policy_file), resolved.policy_file_origin,
                               resolved.sources)
    except KnownError as error:
        policy_error = error
    backend = describe_backend()
    if backend.accepted:
        state, detail = vault_state(context.paths, context.keystore())
        vault = (state.value, detail)
    else:
        vault = ("unknown", translate("Doctor", "not checked: no secure keyring"))
    release = ReleaseFacts()
    if policy is not None and vault[0] == VaultState.OPEN.value:
        release = _release_facts(context, policy)
    from app.commands.scanning import engine_status

    return Facts(versions, policy, policy_error, backend, detect_display(), vault, check_icons(resource("icons")),
                 release, managed, engine_status())


def _release_facts(context, policy: Policy) -> ReleaseFacts:
    """How many segments the gate lets go now; if any, whether the destination answers."""
    from app.commands.scanning import not_read_because
    from app.policy.release.gate import may_release
    from app.release.destination_factory import open_destination
    from app.vault.operations.settings import effective_for
    from app.vault.release_store import ReleaseStore
    from app.vault.vault import open_vault

    conn = open_vault(context.paths, context.keystore(), create=False).connect()
    try:
        store = ReleaseStore(conn)
        effective = effective_for(conn, policy)
        now = context.clock.now()
        holds = effective.scan.hold_suggestions
        unread = effective.scan.hold_unread and not not_read_because(effective)
        due = sum(may_release(facts, effective.release, now, hold_suggestions=holds, hold_unread=unread).allowed
                  for facts in store.candidate_facts(now))
        problem = ""
        if due:
            problem = _unreachable(policy, context, store, open_destination)
        return ReleaseFacts(due, policy.release.destination, problem)
    finally:
        conn.close()


def _unreachable(policy: Policy, context, store, open_destination) -> str:
    """Why the destination cannot take a bundle now ("" if it can, or cannot be told)."""
    import os

    from app.release.destinations import parse_destination

    try:
        target = parse_destination(policy.release.destination)
        if isinstance(target, Path):  # a folder or a mounted share: it must be there and writable
            if not target.is_dir():
                return fill(translate("Doctor", "the folder %1 does not exist (is the share mounted?)"), target)
            return "" if os.access(target, os.W_OK) else fill(
                translate("Doctor", "the folder %1 cannot be written to"), target)
        # Write-only object store credentials may not read: an answer of "forbidden" still means reachable.
        open_destination(policy.release, context.keystore(), store).exists(".airlock-doctor-probe")
    except KnownError as error:
        return error.message
    except OSError as error:
        return error.strerror or type(error).__name__
    return ""


def as_json(facts: Facts, lines: list[Line]) -> dict[str, Any]:
    policy = facts.policy
    return {
        **facts.versions,
        "policy": ({"source": policy.source, "managed": policy.managed, "signer": policy.signer_key_id,
                    "valid_until": policy.valid_until.isoformat() if policy.valid_until else None,
                    "hash": policy.content_hash, "destination": policy.release.destination,
                    "store": facts.managed.store, "policy_file": facts.managed.policy_file,
                    "policy_file_from": facts.managed.policy_file_from,
                    "settings": [{"key": s.key, "value": s.value, "from": s.origin} for s in facts.managed.sources]}
                   if policy is not None else
                   {"refused": facts.policy_error.message if facts.policy_error else "", "hint":
                    facts.policy_error.hint if facts.policy_error else ""}),
        "keyring": {"backend": facts.keyring.name, "accepted": facts.keyring.accepted, "reason": facts.keyring.reason},
        "display": {"server": facts.display.server, "capture_supported": facts.display.capture_supported,
                    "explanation": facts.display.explanation},
        "vault": {"state": facts.vault[0], "detail": facts.vault[1]},
        "release": {"due": facts.release.due, "destination": facts.release.destination,
                    "problem": facts.release.destination_problem},
        "ocr": {"available": facts.ocr[0], ("engine" if facts.ocr[0] else "problem"): facts.ocr[1],
                "reads_screenshots": facts.ocr[0] and (policy is None or policy.scan.enabled)},
        "icons": {"count": len(facts.icons), "all_loaded": bool(facts.icons) and all(facts.icons.values()),
                  "failed": sorted(name for name, ok in facts.icons.items() if not ok)},
        "lines": [{"label": line.label, "value": line.value, "problem": line.problem} for line in lines],
        "problems": [line.problem for line in lines if line.problem],
    }


def _print_sources(managed: ManagedFacts) -> None:
    """Every setting in force with where it came from (doctor's answer to "why is it set so?")."""
    if not managed.sources:
        return
    print(fill(translate("Doctor", "Managed settings read from %1; policy file %2 (location from %3)"),
               managed.store, managed.policy_file, origin_words(managed.policy_file_from)))
    print(translate("Doctor", "Settings (value, and where it came from):"))
    width = max(len(source.key) for source in managed.sources)
    for source in managed.sources:
        print(f"  {source.key:<{width}} = {value_words(source.value)}  ({origin_words(source.origin)})")


def run(args, context) -> int:
    facts = gather(context)
    lines = judge(facts)
    report = as_json(facts, lines)
    report["data_dir"] = str(context.paths.data_dir)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        shown = [*lines[:5], Line(translate("Doctor", "Data dir"), report["data_dir"]), *lines[5:]]
        width = max(10, *(len(line.label) for line in shown))
        for line in shown:
            print(f"{line.label:<{width}} {line.value}")
        _print_sources(facts.managed)
        for problem in report["problems"]:
            print(fill(translate("Doctor", "problem: %1"), problem), file=sys.stderr)
    return 1 if report["problems"] else 0
