"""Write a policy back as TOML (for `airlock policy show` and as a starting point for IT).

`parse_policy(policy_to_toml(p), …)` gives back an equal policy: the tests hold it to that.
"""

from __future__ import annotations

import json
import re
from typing import Any

from app.policy.file.canonical import policy_to_mapping
from app.policy.model import Policy

_BARE = re.compile(r"[A-Za-z0-9_\-]+")


def _string(text: str) -> str:
    # JSON string escapes are valid TOML basic-string escapes; TOML also wants DEL escaped.
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def _key(name: str) -> str:
    return name if _BARE.fullmatch(name) else _string(name)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def _table(lines: list[str], header: str, table: dict[str, Any]) -> None:
    scalars = {key: value for key, value in table.items() if not isinstance(value, dict)}
    if header and (scalars or not any(isinstance(value, dict) for value in table.values())):
        lines += ["", header]
    lines += [f"{_key(key)} = {_value(value)}" for key, value in scalars.items()]
    for key, value in table.items():
        if isinstance(value, dict):
            name = f"{header[1:-1]}.{_key(key)}" if header else _key(key)
            _table(lines, f"[{name}]", value)


def mapping_to_toml(mapping: dict[str, Any]) -> str:
    """A mapping of the policy file's structure (exclusions as a list of tables) as TOML text."""
    lines: list[str] = []
    data = dict(mapping)
    exclusions = data.pop("exclusions", [])
    _table(lines, "", {key: value for key, value in data.items() if not isinstance(value, dict)})
    for key, value in data.items():
        if isinstance(value, dict):
            _table(lines, f"[{_key(key)}]", value)
    for rule in exclusions:
        lines += ["", "[[exclusions]]"] + [f"{_key(key)} = {_value(value)}" for key, value in rule.items()]
    return "\n".join(lines).lstrip("\n") + "\n"


def policy_to_toml(policy: Policy) -> str:
    """The policy's canonical form as a policy file (built-in exclusions are implied, not listed)."""
    return mapping_to_toml(policy_to_mapping(policy))
