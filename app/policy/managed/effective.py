"""Which policy is in force, and where each of its settings came from.

Order (docs/policy-reference.md says the same, generated from tools/gen_policy_reference.py):
1. The OS's managed store (managed_store_for: /etc/airlock, HKLM\\Software\\Policies\\Airlock, or
   /Library/Managed Preferences/org.airlock.Airlock.plist) may say where the signed policy file is
   (`policy_file`, `trusted_keys_dir`); otherwise it is in the OS's managed folder.
2. If that signed file exists, its keys are the base (its signature must verify); if not, and the
   store holds settings, the built-in defaults are the base.
3. Each setting the store holds replaces the same key of the base; per-application keystroke
   modes are merged by application (the store's mode wins), exclusion rules are added (a rule
   can only protect more), everything else replaces.
4. While a managed file or any managed setting exists, `--policy` / AIRLOCK_POLICY naming another
   file is refused. Without either, the evaluation file or the built-in default applies as before.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from app.core.errors import PolicyError
from app.core.i18n import fill, translate
from app.core.paths import Paths
from app.policy.file.canonical import policy_to_mapping
from app.policy.file.location import (
    POLICY_ENV,
    POLICY_FILE_NAME,
    default_trusted_keys_dir,
    load_evaluation_policy,
    present,
    read_policy_bytes,
    same_file,
    still_valid,
    verified_policy_and_text,
)
from app.policy.file.parser import default_policy, policy_from_mapping
from app.policy.file.toml_lines import KeyLocator
from app.policy.managed.settings import ManagedSettings, ManagedStore, ManagedValue, SettingPath, managed_store_for
from app.policy.managed.table import RULES
from app.policy.model import Policy, normalised_app

DEFAULT_ORIGIN = "built-in default"
MANAGED_FOLDER_ORIGIN = "the OS's managed folder"


@dataclass(frozen=True)
class SettingSource:
    """One setting of the policy in force: its key as in policy.toml, its value in words, and
    where it came from (a registry value, a plist key, a file and line, or the built-in default)."""

    key: str
    value: str
    origin: str


@dataclass(frozen=True)
class ResolvedPolicy:
    """The policy in force and the provenance of each setting (`airlock doctor` shows it)."""

    policy: Policy
    store: str
    policy_file: Path
    policy_file_origin: str
    sources: tuple[SettingSource, ...]


def load_effective_policy(paths: Paths, policy_arg: str | None, env: Mapping[str, str],
                          store: ManagedStore | None = None, today: date | None = None) -> Policy:
    """The policy in force for this run (personal settings are applied later, by personal.py)."""
    return resolve_policy(paths, policy_arg, env, store, today).policy


def resolve_policy(paths: Paths, policy_arg: str | None, env: Mapping[str, str],
                   store: ManagedStore | None = None, today: date | None = None) -> ResolvedPolicy:
    """The policy in force with each setting's origin. `store` defaults to this OS's reader;
    tests always pass one (no test reads the real /etc/airlock or registry). A managed or
    evaluation policy past its `valid_until` day is refused (PolicyError)."""
    settings = (store if store is not None else managed_store_for()).read()
    policy_file, keys_dir = policy_location(settings)
    located_file = settings.located("policy_file")
    file_origin = located_file.origin if located_file else MANAGED_FOLDER_ORIGIN
    rules = settings.rule_values()
    override, origin = (policy_arg, "--policy") if policy_arg else (env.get(POLICY_ENV) or None, POLICY_ENV)
    has_file = present(policy_file)

    def resolved(policy: Policy, text: str | None, read_from: Path | None) -> ResolvedPolicy:
        if read_from is not None or rules:
            still_valid(policy, today)
        return ResolvedPolicy(policy, settings.store, policy_file, file_origin, _sources(policy, rules, read_from, text))

    if has_file or rules:
        if override and not (has_file and same_file(Path(override), policy_file)):
            where = policy_file if has_file else settings.store
            raise PolicyError(
                fill(translate("Errors", "A managed policy is in force on this computer (%1); %2 cannot replace "
                                         "it."), where, origin),
                fill(translate("Errors", "Remove %1 to run with your organisation's policy. You can make it stricter "
                                         "in your personal settings, never looser."), origin),
            )
        base, text = (verified_policy_and_text(read_policy_bytes(policy_file), policy_file, keys_dir)
                      if has_file else (None, None))
        if not rules:
            assert base is not None  # has_file
            return resolved(base, text, policy_file)
        return resolved(_overlaid(paths, settings, rules, base, text, policy_file), text, policy_file)
    if override:
        path = Path(override).expanduser()
        evaluated = load_evaluation_policy(path, keys_dir)
        return resolved(evaluated, read_policy_bytes(path).decode("utf-8-sig", errors="replace"), path)
    return resolved(default_policy(paths.data_dir), None, None)


def policy_location(settings: ManagedSettings) -> tuple[Path, Path]:
    """(the managed policy file, its trusted-keys folder): where the store says, else the OS's folder."""
    located_file = settings.located("policy_file")
    policy_file = Path(str(located_file.value)) if located_file else settings.policy_dir / POLICY_FILE_NAME
    located_keys = settings.located("trusted_keys_dir")
    keys_dir = Path(str(located_keys.value)) if located_keys else default_trusted_keys_dir(policy_file)
    return policy_file, keys_dir


def _overlaid(paths: Paths, settings: ManagedSettings, rules: Mapping[SettingPath, ManagedValue],
              base: Policy | None, text: str | None, policy_file: Path) -> Policy:
    """The base's keys with the store's settings laid over them, validated as one policy."""
    mapping: dict[str, Any] = tomllib.loads(text) if text is not None else policy_to_mapping(default_policy(paths.data_dir))
    base_exclusions = len(mapping.get("exclusions", []) or [])
    for path, managed in rules.items():
        _lay(mapping, path, managed.value)
    locator = KeyLocator(text) if text is not None else None

    def origin_of(issue_path: tuple[str | int, ...]) -> str | None:
        if issue_path[:1] == ("exclusions",) and len(issue_path) > 1 and isinstance(issue_path[1], int):
            return rules[("exclusions",)].origin if issue_path[1] >= base_exclusions else None
        for length in range(len(issue_path), 0, -1):
            found = rules.get(tuple(str(part) for part in issue_path[:length]))
            if found is not None:
                return found.origin
        line = locator.line_of(issue_path) if locator else None
        return f"{policy_file}, line {line}" if line else None

    source = f"{policy_file} + {settings.store}" if base is not None else settings.store
    policy = policy_from_mapping(mapping, source, origin_of=origin_of)
    return dataclasses.replace(policy, managed=True, source=source,
                               signer_key_id=base.signer_key_id if base is not None else "")


def _lay(mapping: dict[str, Any], path: SettingPath, value: object) -> None:
    """Put one managed value into the file-shaped mapping (see the module docstring for merging)."""
    if path == ("exclusions",):
        existing = mapping.get("exclusions", [])
        mapping["exclusions"] = [*(existing if isinstance(existing, list) else []),
                                 *(value if isinstance(value, list) else [value])]
        return
    if len(path) == 1:
        mapping[path[0]] = value
        return
    section, key = path
    table = mapping.setdefault(section, {})
    if not isinstance(table, dict):
        table = mapping[section] = {}
    if (section, key) == ("keystrokes", "per_app") and isinstance(value, dict):
        existing = table.get("per_app", {})
        existing = existing if isinstance(existing, dict) else {}
        replaced = {normalised_app(str(app)) for app in value}
        table["per_app"] = {**{app: mode for app, mode in existing.items() if normalised_app(app) not in replaced},
                            **value}
        return
    table[key] = value


def _sources(policy: Policy, rules: Mapping[SettingPath, ManagedValue], policy_file: Path | None,
             text: str | None) -> tuple[SettingSource, ...]:
    """Each setting of the policy in force with where it came from, in the table's order."""
    canonical = policy_to_mapping(policy)
    try:
        file_mapping: dict[str, Any] = tomllib.loads(text) if text is not None else {}
    except tomllib.TOMLDecodeError:  # cannot happen for a file that parsed; provenance only
        file_mapping = {}
    locator = KeyLocator(text) if text is not None else None
    found: list[SettingSource] = []
    seen: set[SettingPath] = set()
    for setting in RULES:
        path: SettingPath = ("exclusions",) if setting.section == "exclusions" else \
            (setting.key,) if not setting.section else (setting.section, setting.key)
        if path in seen:
            continue
        seen.add(path)
        value = _shown(_get(canonical, path))
        if path in rules:
            origin = rules[path].origin
        elif policy_file is not None and _get(file_mapping, path) is not None:
            line = locator.line_of(path) if locator else None
            origin = f"{policy_file}, line {line}" if line else str(policy_file)
        else:
            origin = DEFAULT_ORIGIN
        found.append(SettingSource(".".join(path), value, origin))
    return tuple(found)


def _get(mapping: Mapping[str, Any], path: SettingPath) -> object:
    value: object = mapping
    for part in path:
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _shown(value: object) -> str:
    """A value in a few words (counts for lists and tables, never more than a line)."""
    if value is None:
        return "(not set)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return f"{len(value)} entr{'y' if len(value) == 1 else 'ies'}"
    if isinstance(value, dict):
        return f"{len(value)} application{'' if len(value) == 1 else 's'}"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value) if value != "" else '""'


_LINE_OF = re.compile(r"(.+), line (\d+)")
_COUNTED = re.compile(r"(\d+) (entry|entries|application|applications)")


def origin_words(origin: str) -> str:
    """Where a setting came from, in the reader's language. The origins themselves stay English: they
    are data (--json, and `policy show` compares them), so they are put into words only when shown."""
    if origin == DEFAULT_ORIGIN:
        return translate("Doctor", "built-in default")
    if origin == MANAGED_FOLDER_ORIGIN:
        return translate("Doctor", "the OS's managed folder")
    if line := _LINE_OF.fullmatch(origin):
        return fill(translate("Doctor", "%1, line %2"), line.group(1), line.group(2))
    return origin  # a registry value, a plist key or a file: names, not words


def value_words(value: str) -> str:
    """A setting's value as shown ("3 entries", "(not set)") in the reader's language."""
    if value == "(not set)":
        return translate("Doctor", "(not set)")
    if counted := _COUNTED.fullmatch(value):
        n = int(counted.group(1))
        if counted.group(2).startswith("entr"):
            return translate("Doctor", "%n entries", None, n)
        return translate("Doctor", "%n application(s)", None, n)
    return value
