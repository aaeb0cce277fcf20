"""The employee's personal settings: they may tighten the organisation's policy, never loosen it.

Allowed: add exclusions, choose a stricter keystroke mode (default or per application), lengthen
the hold, switch from after-hold release to explicit approval. Anything looser is refused, and
`effective_policy` explains each refusal in words, for the settings view to show beside IT's value.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from app.core.errors import PolicyError
from app.core.i18n import fill, translate
from app.core.model import KeystrokeMode
from app.policy.file import schema
from app.policy.file.exclusion_entries import exclusion_from_stored, exclusion_to_mapping
from app.policy.model import Policy, ReleaseMode, normalised_app
from app.policy.rules.exclusions import ExclusionRule


@dataclass(frozen=True)
class PersonalSettings:
    """What the employee chose. None / empty means "as the policy says"."""

    extra_exclusions: tuple[ExclusionRule, ...] = ()
    keystroke_per_app: Mapping[str, KeystrokeMode] = field(default_factory=dict)
    keystroke_default: KeystrokeMode | None = None
    hold_hours: float | None = None
    release_mode: ReleaseMode | None = None
    hold_suggestions: bool | None = None  # True: hold segments with an open suggestion (only tightens)
    hold_unread: bool | None = None  # True: hold segments not yet read for sensitive moments (only tightens)
    sensitive_words: tuple[str, ...] = ()  # "my doctor's name": words the detectors also look for
    language: str | None = None  # the employee's language for Airlock ("de"); None: the system's

    def __post_init__(self) -> None:
        object.__setattr__(self, "keystroke_per_app", MappingProxyType(dict(self.keystroke_per_app)))


MAX_SENSITIVE_WORDS = 500
MAX_SENSITIVE_WORD_CHARS = 100


def _sensitive_word(value: Any) -> str:
    text = schema.string(value).strip()
    if not text or len(text) > MAX_SENSITIVE_WORD_CHARS:
        raise schema.Problem(fill(translate("Errors", "a sensitive word must be 1 to %1 characters"),
                                  MAX_SENSITIVE_WORD_CHARS))
    return text


def _mode_refusal(what: str, wanted: KeystrokeMode, floor: KeystrokeMode) -> str:
    return (f"Keystrokes {what}: “{wanted.value}” is looser than your organisation's “{floor.value}”, "
            f"so “{floor.value}” stays. You can only choose a stricter mode.")


def effective_policy(policy: Policy, personal: PersonalSettings) -> tuple[Policy, list[str]]:
    """The policy with the personal tightenings applied, and a sentence for every refused loosening."""
    refused: list[str] = []

    default, raised = policy.keystroke_default, False
    if personal.keystroke_default is not None:
        if personal.keystroke_default.strictness >= default.strictness:
            default, raised = personal.keystroke_default, True
        else:
            refused.append(_mode_refusal("by default", personal.keystroke_default, default))

    # Start from IT's per-app modes, each raised to at least the personal default.
    per_app: dict[str, KeystrokeMode] = {}
    spelled: dict[str, str] = {}
    for app, mode in policy.keystroke_per_app.items():
        spelled[normalised_app(app)] = app
        per_app[app] = mode.stricter_of(default) if raised else mode
    for app, wanted in personal.keystroke_per_app.items():
        floor = policy.keystroke_mode_for(app)
        if wanted.strictness < floor.strictness:
            refused.append(_mode_refusal(f"in {app}", wanted, floor))
            continue
        name = spelled.get(normalised_app(app), app)
        per_app[name] = wanted.stricter_of(per_app.get(name, default))

    release = policy.release
    if personal.hold_hours is not None:
        if personal.hold_hours >= release.hold_hours:
            release = dataclasses.replace(release, hold_hours=personal.hold_hours)
        else:
            refused.append(f"Hold period: {personal.hold_hours:g} h is shorter than your organisation's "
                           f"{release.hold_hours:g} h, so {release.hold_hours:g} h stays. You can only lengthen it.")
    if personal.release_mode is not None and personal.release_mode is not release.mode:
        if personal.release_mode is ReleaseMode.EXPLICIT:
            release = dataclasses.replace(release, mode=ReleaseMode.EXPLICIT)
        else:
            refused.append("Release: your organisation asks for your explicit approval of each segment; "
                           "automatic release after the hold cannot replace it.")

    scan = policy.scan
    if personal.hold_suggestions is not None and personal.hold_suggestions != scan.hold_suggestions:
        if personal.hold_suggestions:
            scan = dataclasses.replace(scan, hold_suggestions=True)
        else:
            refused.append("Suggested moments: your organisation holds segments with an unanswered suggestion; "
                           "you cannot let them go unanswered.")
    if personal.hold_unread is not None and personal.hold_unread != scan.hold_unread:
        if personal.hold_unread:
            scan = dataclasses.replace(scan, hold_unread=True)
        else:
            refused.append("Screenshots not yet read: your organisation holds segments until they were read for "
                           "sensitive moments; you cannot let them go unread.")

    exclusions = tuple(dict.fromkeys((*policy.exclusions, *personal.extra_exclusions)))
    tightened = dataclasses.replace(policy, keystroke_default=default, keystroke_per_app=per_app,
                                    release=release, exclusions=exclusions, scan=scan)
    return tightened, refused


def personal_to_mapping(personal: PersonalSettings) -> dict[str, Any]:
    """JSON-ready form, for storing in the vault's settings table."""
    mapping: dict[str, Any] = {
        "extra_exclusions": [exclusion_to_mapping(rule) for rule in personal.extra_exclusions],
        "keystroke_per_app": {app: mode.value for app, mode in sorted(personal.keystroke_per_app.items())},
    }
    if personal.keystroke_default is not None:
        mapping["keystroke_default"] = personal.keystroke_default.value
    if personal.hold_hours is not None:
        mapping["hold_hours"] = personal.hold_hours
    if personal.release_mode is not None:
        mapping["release_mode"] = personal.release_mode.value
    if personal.hold_suggestions is not None:
        mapping["hold_suggestions"] = personal.hold_suggestions
    if personal.hold_unread is not None:
        mapping["hold_unread"] = personal.hold_unread
    if personal.sensitive_words:
        mapping["sensitive_words"] = list(personal.sensitive_words)
    if personal.language is not None:
        mapping["language"] = personal.language
    return mapping


def personal_from_mapping(data: Any) -> PersonalSettings:
    """Read stored personal settings; PolicyError (naming the setting) if they are damaged."""
    try:
        if not isinstance(data, dict):
            raise schema.Problem(translate("Errors", "must be an object"))
        unknown = set(data) - {"extra_exclusions", "keystroke_per_app", "keystroke_default", "hold_hours",
                               "release_mode", "hold_suggestions", "hold_unread", "sensitive_words", "language"}
        if unknown:
            raise schema.Problem(fill(translate("Errors", "unknown settings %1"), sorted(unknown)))
        rules = data.get("extra_exclusions", [])
        if not isinstance(rules, list):
            raise schema.Problem(translate("Errors", "extra_exclusions must be a list"))
        exclusions = tuple(exclusion_from_stored(rule) for rule in rules)
        per_app = data.get("keystroke_per_app", {})
        if not isinstance(per_app, dict):
            raise schema.Problem(translate("Errors", "keystroke_per_app must be an object"))
        hold = data.get("hold_hours")
        mode = data.get("release_mode")
        default = data.get("keystroke_default")
        hold_suggestions = data.get("hold_suggestions")
        hold_unread = data.get("hold_unread")
        words = data.get("sensitive_words", [])
        if not isinstance(words, list) or len(words) > MAX_SENSITIVE_WORDS:
            raise schema.Problem(fill(translate("Errors", "sensitive_words must be a list of at most %1"),
                                      MAX_SENSITIVE_WORDS))
        language = data.get("language")
        if language is not None and not (isinstance(language, str) and language.replace("_", "").isalpha()):
            raise schema.Problem(translate("Errors", "language must be a language code"))
        return PersonalSettings(
            extra_exclusions=exclusions,
            keystroke_per_app={schema.app_name(app): schema.keystroke_mode(value) for app, value in per_app.items()},
            keystroke_default=None if default is None else schema.keystroke_mode(default),
            hold_hours=None if hold is None else schema.number(0, 24 * 365)(hold),
            release_mode=None if mode is None else ReleaseMode(schema.choice("explicit", "after-hold")(mode)),
            hold_suggestions=None if hold_suggestions is None else schema.boolean(hold_suggestions),
            hold_unread=None if hold_unread is None else schema.boolean(hold_unread),
            sensitive_words=tuple(_sensitive_word(word) for word in words),
            language=language,
        )
    except (schema.Problem, KeyError, TypeError) as problem:
        raise PolicyError(fill(translate("Errors", "Your personal settings are damaged: %1"), problem),
                          translate("Errors", "Open Settings and choose them again; the organisation's policy "
                                              "applies meanwhile.")) from None
