"""Window exclusion rules: windows whose content is never captured (password managers,
authenticators, private browsing, login and password prompts).

A rule matches a window when its app pattern matches the app or WM class AND its title pattern
matches the title (an empty pattern matches anything). Patterns are case-insensitive regular
expressions searched anywhere in the value. Gaps name the rule, never the window title.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from app.core.model import WindowInfo


@dataclass(frozen=True, slots=True)
class ExclusionRule:
    """A named exclusion. At least one of the patterns must be non-empty; both must be valid."""

    name: str
    app_pattern: str = ""
    title_pattern: str = ""

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("an exclusion rule needs a name")
        if not self.app_pattern and not self.title_pattern:
            raise ValueError(f"exclusion rule {self.name!r} needs an app or a title pattern")
        for label, pattern in (("app", self.app_pattern), ("title", self.title_pattern)):
            try:
                re.compile(pattern, re.IGNORECASE)
            except re.error as exc:
                raise ValueError(f"exclusion rule {self.name!r}: invalid {label} pattern: {exc}") from exc


_PASSWORD_MANAGER_APPS = (
    r"1password|bitwarden|keepass(xc)?|lastpass|dashlane|keychain[ _-]?access|enpass|nordpass"
    r"|proton[ _-]?pass|keeper[ _-]?(password|desktop)|roboform|seahorse|gnome[ _-]?passwords?"
    r"|kwalletmanager|org\.gnome\.world\.secrets|passwordsafe|password[ _-]?safe|pwsafe"
)
_AUTHENTICATOR_APPS = r"authy|authenticator|yubico[ _-]?authenticator|\bgauth\b|otpclient|ente[ _-]?auth"
_PROMPT_APPS = (
    r"polkit|pinentry|gcr-prompter|ssh-askpass|ksshaskpass|x11-ssh-askpass|lxqt-sudo|gksu|kdesu"
    r"|pkexec|securityagent|credentialuibroker|consent\.exe|coreauthuihost|userpasswordcredential"
)
_LOGIN_TITLES = (
    r"^\s*(enter|type)\s+(your\s+|the\s+)?(password|passphrase|pin)\b"
    r"|\bauthenticat(ion|e)\s+(is\s+)?(required|needed)\b"
    r"|^\s*unlock\b|\bunlock\s+(login\s+)?keyring\b|\bpassword\s+required\b"
    r"|\bsudo\b|\bpolkit\b|\bpinentry\b|\bpassphrase\b"
)

DEFAULT_EXCLUSIONS: tuple[ExclusionRule, ...] = (
    ExclusionRule("password manager", app_pattern=_PASSWORD_MANAGER_APPS),
    ExclusionRule(
        "password manager",
        title_pattern=r"\b(1password|bitwarden|keepass(xc)?|lastpass|dashlane|keychain access"
        r"|passwords and keys|proton pass|nordpass|enpass)\b",
    ),
    ExclusionRule("authenticator", app_pattern=_AUTHENTICATOR_APPS),
    ExclusionRule("authenticator", title_pattern=r"\b(authy|(google|microsoft)\s+authenticator)\b"),
    ExclusionRule("private browsing", title_pattern=r"\bprivate\s+(browsing|window)\b"),
    ExclusionRule("private browsing", title_pattern=r"\bincognito\b"),
    ExclusionRule("private browsing", title_pattern=r"\binprivate\b"),
    ExclusionRule("private browsing", app_pattern=r"safari", title_pattern=r"\bprivate\b"),
    ExclusionRule("private browsing", app_pattern=r"tor[ _-]?browser"),
    ExclusionRule("login prompt", app_pattern=_PROMPT_APPS),
    ExclusionRule("login prompt", title_pattern=_LOGIN_TITLES),
)


@dataclass(frozen=True, slots=True)
class _CompiledRule:
    rule: ExclusionRule
    app: re.Pattern[str] | None
    title: re.Pattern[str] | None

    def matches(self, window: WindowInfo) -> bool:
        if self.app is not None and not (
            self.app.search(window.app) or (window.wm_class and self.app.search(window.wm_class))
        ):
            return False
        return self.title is None or bool(self.title.search(window.title))


@functools.lru_cache(maxsize=512)
def _compile(rule: ExclusionRule) -> _CompiledRule:
    def compiled(pattern: str) -> re.Pattern[str] | None:
        return re.compile(pattern, re.IGNORECASE) if pattern else None

    return _CompiledRule(rule, compiled(rule.app_pattern), compiled(rule.title_pattern))


class ExclusionMatcher:
    """Rules compiled once; `match` is called for every focus change."""

    def __init__(self, rules: Iterable[ExclusionRule] = DEFAULT_EXCLUSIONS) -> None:
        self._rules = tuple(_compile(rule) for rule in rules)

    @property
    def rules(self) -> tuple[ExclusionRule, ...]:
        return tuple(compiled.rule for compiled in self._rules)

    def match(self, window: WindowInfo) -> ExclusionRule | None:
        """The first rule that excludes `window`, or None if it may be captured."""
        for compiled in self._rules:
            if compiled.matches(window):
                return compiled.rule
        return None


def match_exclusion(
    window: WindowInfo, rules: Iterable[ExclusionRule] = DEFAULT_EXCLUSIONS
) -> ExclusionRule | None:
    """The first rule in `rules` that excludes `window`, or None. (Compiled patterns are cached.)"""
    for rule in rules:
        if _compile(rule).matches(window):
            return rule
    return None
