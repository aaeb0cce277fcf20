"""The detectors' values: words in, findings out, and the rules they apply."""

from __future__ import annotations

import re
from dataclasses import dataclass

SOURCES = ("screen", "typed", "title", "app")


@dataclass(frozen=True)
class TextWord:
    """A word as seen: on screen it has its box (left, top, width, height) in the frame's pixels."""

    text: str
    box: tuple[int, int, int, int] | None = None


@dataclass(frozen=True)
class Finding:
    """A category found in one source, with every word that matched and the reason in words."""

    category: str
    source: str  # "screen" | "typed" | "title" | "app"
    matched: tuple[TextWord, ...]
    reason: str  # "'diagnosis', 'prescription' on screen"


@dataclass(frozen=True)
class Term:
    """A word or phrase, already normalised; a token ending in "*" matches any word it begins."""

    tokens: tuple[str, ...]

    def matches_at(self, tokens: list[str], start: int) -> bool:
        if start + len(self.tokens) > len(tokens):
            return False
        for wanted, seen in zip(self.tokens, tokens[start:start + len(self.tokens)], strict=True):
            if wanted.endswith("*"):
                if not seen.startswith(wanted[:-1]):
                    return False
            elif seen != wanted:
                return False
        return True


@dataclass(frozen=True)
class CategoryRules:
    """What flags one category. One strong term, one pattern or one application name is enough;
    weak terms need `weak_needed` distinct ones in the same source (so a neutral page that
    mentions "salary" once is not flagged)."""

    name: str
    strong: tuple[Term, ...] = ()
    weak: tuple[Term, ...] = ()
    apps: tuple[Term, ...] = ()  # application names and window-title words
    patterns: tuple[re.Pattern[str], ...] = ()
    checks: tuple[str, ...] = ()  # validated finders by name: "card", "iban", "aws-key", "private-key", "token"
    weak_needed: int = 2


@dataclass(frozen=True)
class DetectorRules:
    categories: tuple[CategoryRules, ...]

    def category(self, name: str) -> CategoryRules | None:
        return next((rules for rules in self.categories if rules.name == name), None)
