"""Policy TOML → Policy, strictly: unknown keys, wrong types and bad values are all errors.

Every problem is reported as "<source>, line <n>: <field>: <problem>" (all problems at once,
in file order), so IT can fix a file without guessing. Only PolicyError leaves this module.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.errors import PolicyError
from app.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from app.core.model import KeystrokeMode
from app.policy.file import schema
from app.policy.file.exclusion_entries import EXCLUSIONS, exclusion_from_mapping
from app.policy.file.toml_lines import KeyLocator
from app.policy.model import (
    BUILT_IN_SOURCE,
    CapturePolicy,
    ConsentText,
    Policy,
    ReleaseMode,
    ReleasePolicy,
    ScanPolicy,
    WorkingHours,
    normalised_app,
)
from app.policy.release.retention import hold_outlasts_retention
from app.policy.rules.exclusions import DEFAULT_EXCLUSIONS, ExclusionRule

FIX_HINT = QT_TRANSLATE_NOOP("Errors", "Correct the policy file (the format is described in docs/policy-reference.md). "
                                       "Nothing is captured until it is valid.")
OriginOf = Callable[[tuple[str | int, ...]], str | None]  # a key's path -> where it was read, if not the text
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


@dataclass(frozen=True)
class _Issue:
    path: tuple[str | int, ...]
    problem: str


def dotted(path: tuple[str | int, ...]) -> str:
    """("exclusions", 1, "title") → "exclusions[2].title" (entries counted from 1, as people do)."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            bare = re.fullmatch(r"[A-Za-z0-9_\-]+", part)
            text += ("." if text else "") + (part if bare else f'"{part}"')
    return text


class _Validator:
    """Collects issues while converting one mapping."""

    def __init__(self) -> None:
        self.issues: list[_Issue] = []

    def fail(self, path: tuple[str | int, ...], problem: str) -> None:
        self.issues.append(_Issue(path, problem))

    def table(self, data: Any, path: tuple[str | int, ...]) -> dict[str, Any]:
        if isinstance(data, dict):
            return data
        self.fail(path, fill(translate("Errors", "must be a table ([%1]), got %2"), dotted(path), type(data).__name__))
        return {}

    def section(self, data: dict[str, Any], spec: schema.SectionSpec, path: tuple[str | int, ...],
                extra_keys: tuple[str, ...] = ()) -> dict[str, Any]:
        """Convert the known keys of `spec`, apply defaults, report unknown and missing keys."""
        values: dict[str, Any] = {}
        known = [field.key for field in spec.fields] + list(extra_keys)
        for key in data:
            if key not in known:
                close = difflib.get_close_matches(key, known, n=1)
                suggestion = fill(translate("Errors", ' (did you mean "%1"?)'),
                                  close[0]) if close else _elsewhere(key, spec)
                self.fail(path + (key,), fill(translate("Errors", "unknown key%1; unknown keys are refused so a typo "
                                                                  "cannot loosen a rule"), suggestion))
        for field in spec.fields:
            if field.key in data:
                try:
                    values[field.key] = field.convert(data[field.key])
                except schema.Problem as problem:
                    self.fail(path + (field.key,), str(problem))
            elif field.default is schema.REQUIRED:
                self.fail(path + (field.key,), translate("Errors", "is required but missing"))
            else:
                # Defaults go through the converter too, so a default is exactly what the file could say.
                values[field.key] = None if field.default is None else field.convert(field.default)
        return values


def _elsewhere(key: str, spec: schema.SectionSpec) -> str:
    """A key that belongs to another table: the classic TOML slip of writing it after a [header]."""
    for other in (*schema.SECTIONS, EXCLUSIONS):
        if other is not spec and other.field(key) is not None:
            if not other.name:
                return fill(translate("Errors", ' ("%1" is a top-level key: put it before the first [table])'), key)
            return fill(translate("Errors", ' ("%1" belongs in [%2])'), key, other.name)
    return ""


def parse_policy(text: str, source: str) -> Policy:
    """Parse and validate policy TOML. Raises PolicyError naming `source`, the line and the field.

    `managed` on the result is the file's claim (`managed = true`); the loader (location.py) then
    insists on a valid signature, and marks a policy managed only once one is verified.
    """
    if not isinstance(text, str):
        raise PolicyError(fill(translate("Errors", "%1: the policy is not text"), source),
                          translate("Errors", FIX_HINT))
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(_toml_message(exc, source), translate("Errors", FIX_HINT)) from None
    except (ValueError, RecursionError) as exc:  # e.g. absurd nesting: still just a bad file
        raise PolicyError(fill(translate("Errors", "%1: not valid TOML (%2)"), source, type(exc).__name__),
                          translate("Errors", FIX_HINT)) from None
    return policy_from_mapping(data, source, text)


def _toml_message(exc: tomllib.TOMLDecodeError, source: str) -> str:
    message = str(exc)
    if position := _TOML_POSITION.search(message):
        where = fill(translate("Errors", "line %1, column %2"), position.group(1), position.group(2))
        message = message[: position.start()]
    else:
        where = (translate("Errors", "end of file") if "end of document" in message else
                 translate("Errors", "unknown position"))
        message = re.sub(r"\s*\(at end of document\)$", "", message)
    # tomllib's own words (what it expected) stay English: they come from the library.
    return fill(translate("Errors", "%1, %2: not valid TOML: %3"), source, where, message)


def policy_from_mapping(data: dict[str, Any], source: str = BUILT_IN_SOURCE, text: str | None = None,
                        origin_of: OriginOf | None = None) -> Policy:
    """Validate a mapping in the file's structure (as parsed, or as stored canonically) → Policy.

    `text`, when the mapping was parsed from it, lets errors name their line; `origin_of`, when
    values came from elsewhere too (managed settings), names where a key was read ("HKLM\\…").
    `managed` on the result is the file's claim; the loader decides what is verified.
    """
    check = _Validator()
    if not isinstance(data, dict):
        raise PolicyError(fill(translate("Errors", "%1: the policy must be a table of keys, got %2"),
                               source, type(data).__name__),
                          translate("Errors", FIX_HINT))
    sections = {"capture", "keystrokes", "exclusions", "release", "working_hours", "scan", "consent"}
    top = check.section(check.table(data, ()), schema.TOP, (), extra_keys=tuple(sorted(sections)))
    capture = check.section(check.table(data.get("capture", {}), ("capture",)), schema.CAPTURE, ("capture",))
    keys = check.table(data.get("keystrokes", {}), ("keystrokes",))
    keystrokes = check.section(keys, schema.KEYSTROKES, ("keystrokes",), extra_keys=("per_app",))
    per_app = _per_app(check, keys.get("per_app", {}))
    exclusions = _exclusions(check, data.get("exclusions", []))
    consent_texts = _consent_texts(check, data.get("consent", {}))
    release = check.section(check.table(data.get("release", {}), ("release",)), schema.RELEASE, ("release",))
    scan = check.section(check.table(data.get("scan", {}), ("scan",)), schema.SCAN, ("scan",))
    hours = None
    if "working_hours" in data:
        hours = check.section(check.table(data["working_hours"], ("working_hours",)), schema.WORKING_HOURS,
                              ("working_hours",))
        if hours.get("start") is not None and hours.get("start") == hours.get("end"):
            check.fail(("working_hours", "end"), translate("Errors", "must differ from start"))
    if check.issues:
        # The locator reads the text again, so it is only built when there is something to locate.
        raise PolicyError(_issues_message(check.issues, source, KeyLocator(text) if text else None, origin_of),
                          translate("Errors", FIX_HINT))

    release_policy = ReleasePolicy(mode=ReleaseMode(release["mode"]), **{k: v for k, v in release.items() if k != "mode"})
    warnings = policy_warnings(release_policy, top["retention_days"])
    return Policy(
        organisation=top["organisation"],
        capture=CapturePolicy(**capture),
        keystroke_default=keystrokes["default"],
        keystroke_per_app=per_app,
        exclusions=with_defaults(exclusions),
        retention_days=top["retention_days"],
        release=release_policy,
        working_hours=WorkingHours(**hours) if hours else None,
        allow_quit=top["allow_quit"],
        pause_shortcut=top["pause_shortcut"],
        valid_until=top["valid_until"],
        source=source,
        managed=top["managed"],
        warnings=warnings,
        scan=ScanPolicy(**scan),
        consent_texts=consent_texts,
    )


def with_defaults(added: Iterable[ExclusionRule]) -> tuple[ExclusionRule, ...]:
    """The built-in exclusions followed by the added ones, each once (a policy can only add)."""
    return tuple(dict.fromkeys((*DEFAULT_EXCLUSIONS, *added)))


def policy_warnings(release: ReleasePolicy, retention_days: int) -> tuple[str, ...]:
    """Valid but self-defeating settings, shown by `airlock policy show` and the settings view."""
    warnings = []
    if not release.recipients:
        warnings.append(translate("Errors", "The policy names no age recipients: nothing can be sealed, so nothing "
                                  "will be sent."))
    if hold_outlasts_retention(release.hold_hours, retention_days):
        warnings.append(translate("Errors", "The hold period is as long as retention: segments are deleted before "
                                  "they could leave."))
    return tuple(warnings)


def _per_app(check: _Validator, data: Any) -> dict[str, KeystrokeMode]:
    path = ("keystrokes", "per_app")
    modes: dict[str, KeystrokeMode] = {}
    seen: dict[str, str] = {}
    for app, value in check.table(data, path).items():
        if not app.strip():
            check.fail(path + (app,), translate("Errors", "application name must not be empty"))
            continue
        if normalised_app(app) in seen:
            check.fail(path + (app,), fill(translate("Errors", 'repeats "%1" (names are case-insensitive, ".exe" '
                                                               'ignored)'), seen[normalised_app(app)]))
            continue
        seen[normalised_app(app)] = app
        try:
            modes[app] = schema.keystroke_mode(value)
        except schema.Problem as problem:
            check.fail(path + (app,), str(problem))
    return modes


_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(_[A-Z]{2})?")


def _consent_texts(check: _Validator, data: Any) -> dict[str, ConsentText]:
    """[consent.<language>] tables: the organisation's words, one table per language."""
    texts: dict[str, ConsentText] = {}
    for language, entry in check.table(data, ("consent",)).items():
        path: tuple[str | int, ...] = ("consent", language)
        if not _LANGUAGE_CODE.fullmatch(language):
            check.fail(path, translate("Errors", 'is not a language code (use e.g. "en", "de", "pt_BR")'))
            continue
        before = len(check.issues)
        values = check.section(check.table(entry, path), schema.CONSENT, path)
        if len(check.issues) == before:
            texts[language] = ConsentText(purpose=values["purpose"], text=values["text"])
    return texts


def _exclusions(check: _Validator, data: Any) -> list[Any]:
    if not isinstance(data, list):
        check.fail(("exclusions",), translate("Errors", "must be a list of tables ([[exclusions]])"))
        return []
    rules = []
    for index, entry in enumerate(data):
        path: tuple[str | int, ...] = ("exclusions", index)
        before = len(check.issues)
        values = check.section(check.table(entry, path), EXCLUSIONS, path)
        if len(check.issues) == before:
            try:
                rules.append(exclusion_from_mapping(values))
            except schema.Problem as problem:
                check.fail(path, str(problem))
    return rules


def _issues_message(issues: list[_Issue], source: str, locator: KeyLocator | None,
                    origin_of: OriginOf | None = None) -> str:
    located = []
    for issue in issues:
        elsewhere = origin_of(issue.path) if origin_of else None
        line = locator.line_of(issue.path) if locator and not elsewhere else None
        where = elsewhere or (fill(translate("Errors", "%1, line %2"), source, line) if line else source)
        located.append((line or 0, f"{where}: {dotted(issue.path) or translate('Errors', 'policy')}: {issue.problem}"))
    located.sort(key=lambda pair: pair[0])
    return "\n".join(text for _, text in located)


def default_policy(data_dir: Path) -> Policy:
    """The built-in policy for personal/local use when no managed policy is installed.

    Released bundles go to `<data_dir>/outbox` after a 72 h hold and the employee's explicit
    approval. It names no age recipients, so nothing can be sealed: the release step refuses to
    send until a policy with recipients is in force (unsealed data never leaves).
    """
    release = ReleasePolicy(destination=(Path(data_dir) / "outbox").resolve().as_uri())
    retention_days = 30
    return Policy(
        organisation="",
        capture=CapturePolicy(),
        keystroke_default=KeystrokeMode.FULL,
        keystroke_per_app={},
        exclusions=tuple(DEFAULT_EXCLUSIONS),
        retention_days=retention_days,
        release=release,
        working_hours=None,
        allow_quit=True,
        source=BUILT_IN_SOURCE,
        managed=False,
        warnings=policy_warnings(release, retention_days),
    )
