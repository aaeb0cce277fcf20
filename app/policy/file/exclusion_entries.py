"""How exclusion rules appear in a policy file ([[exclusions]] entries) and in canonical form.

The rules themselves (matching, the built-in defaults) live in app/policy/rules/exclusions.py. A policy
can only add rules: the defaults always apply.
"""

from __future__ import annotations

import re
import warnings
from typing import Any

from app.core.i18n import fill, translate
from app.policy.file import schema
from app.policy.rules.exclusions import ExclusionRule


def regex(value: Any) -> str:
    """A case-insensitive regular expression, searched anywhere in the value."""
    text = schema.string(value)
    try:
        # A pattern Python warns about ("possible nested set") may change meaning in a later Python;
        # refuse it rather than let an exclusion silently stop matching.
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            re.compile(text, re.IGNORECASE)
    except Warning as warning:
        raise schema.Problem(fill(translate("Errors", "is ambiguous (%1); escape it, e.g. \\[ for a literal ["),
                                  warning)) from None
    except (re.error, OverflowError, RecursionError, ValueError) as exc:
        raise schema.Problem(fill(translate("Errors", "is not a valid regular expression (%1)"), exc)) from None
    return text


def rule_name(value: Any) -> str:
    text = schema.string(value)
    if not text.strip():
        raise schema.Problem(translate("Errors", "must not be empty"))
    return text


EXCLUSIONS = schema.SectionSpec(
    "exclusions",
    "Windows that are never captured, in addition to the built-in ones (password managers, "
    "authenticators, private browsing, login and password prompts), which always apply. "
    "A rule matches when its app pattern matches the application or window class AND its title "
    "pattern matches the window title; an empty pattern matches anything, but a rule needs at least "
    "one. Patterns are case-insensitive regular expressions searched anywhere in the value.",
    (
        schema.FieldSpec("name", "string", schema.REQUIRED,
                         "Shown to the employee and in capture gaps (never the window title).",
                         rule_name, '"banking"'),
        schema.FieldSpec("app_pattern", "string", "", "Regular expression for the application or window class.",
                         regex, '"signal|whatsapp"'),
        schema.FieldSpec("title_pattern", "string", "", "Regular expression for the window title.", regex,
                         '"online banking"'),
    ),
    array=True,
)


def exclusion_from_mapping(values: dict[str, Any]) -> ExclusionRule:
    """Build a rule from converted values; Problem if it cannot match anything specific."""
    if not values["app_pattern"] and not values["title_pattern"]:
        raise schema.Problem(translate("Errors", "needs an app_pattern or a title_pattern (a rule with neither would "
                                                 "match every window)"))
    try:
        return ExclusionRule(values["name"], values["app_pattern"], values["title_pattern"])
    except ValueError as exc:
        raise schema.Problem(str(exc)) from None


def exclusion_from_stored(data: Any) -> ExclusionRule:
    """A rule from stored JSON (personal settings): the same checks as in a policy file."""
    if not isinstance(data, dict):
        raise schema.Problem(translate("Errors", "an exclusion must be an object"))
    unknown = set(data) - {field.key for field in EXCLUSIONS.fields}
    if unknown:
        raise schema.Problem(fill(translate("Errors", "unknown exclusion keys %1"), sorted(unknown)))
    if "name" not in data:
        raise schema.Problem(translate("Errors", "an exclusion needs a name"))
    values = {field.key: field.convert(data.get(field.key, field.default)) for field in EXCLUSIONS.fields}
    return exclusion_from_mapping(values)


def exclusion_to_mapping(rule: ExclusionRule) -> dict[str, str]:
    return {"name": rule.name, "app_pattern": rule.app_pattern, "title_pattern": rule.title_pattern}


def describe_exclusion(rule: ExclusionRule) -> str:
    """The rule in words for the consent screen."""
    parts = []
    if rule.app_pattern:
        parts.append(f"applications matching “{rule.app_pattern}”")
    if rule.title_pattern:
        parts.append(f"windows titled like “{rule.title_pattern}”")
    return f"{rule.name}: " + " with ".join(parts)
