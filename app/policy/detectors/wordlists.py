"""The shipped word lists (package data, one file per category, English and German) and the rules
built from them, the signed policy's additions and the employee's personal words.

A list file has sections; each line is a word or phrase (a trailing "*" on a word matches any word
it begins: "diagnos*"), "#" starts a comment:

    [strong]    one alone flags the category
    [weak]      two different ones in one source flag it ([weak 3]: three)
    [apps]      application names and window-title words: one alone flags it (app and title only)
    [patterns]  regular expressions (case-insensitive), each one alone flags it
    [checks]    validated finders: card (Luhn), iban (mod 97), aws-key, private-key, token
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from importlib import resources

from app.policy.detectors.model import CategoryRules, DetectorRules, Term

CATEGORIES = ("credentials", "finance", "health", "hr", "private-communication", "religion", "union",
              "sexual-orientation", "political")
PERSONAL = "personal"
CHECKS = ("card", "iban", "aws-key", "private-key", "token")
_SECTIONS = ("strong", "weak", "apps", "patterns", "checks")
_EDGE_PUNCTUATION = re.compile(r"^[^\w*]+|[^\w*]+$")


class WordListError(ValueError):
    """A word list or policy addition cannot be used; the message says where and why."""


def normalise(word: str) -> str:
    """How words are compared: NFKC, case-folded, without punctuation at either end."""
    return _EDGE_PUNCTUATION.sub("", unicodedata.normalize("NFKC", word).casefold())


def term(text: str) -> Term | None:
    tokens = tuple(token for token in (normalise(part) for part in text.split()) if token and token != "*")
    return Term(tokens) if tokens else None


def parse_list(name: str, text: str) -> CategoryRules:
    found: dict[str, list[str]] = {section: [] for section in _SECTIONS}
    section, weak_needed = "", 2
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split(" #", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            section, _, needed = line[1:-1].partition(" ")
            if section == "weak" and needed:
                weak_needed = int(needed)
            if section not in found or (needed and section != "weak"):
                raise WordListError(f"{name}: line {number}: unknown section [{section}]")
            continue
        if not section:
            raise WordListError(f"{name}: line {number}: an entry before any [section]")
        found[section].append(line)
    for check in found["checks"]:
        if check not in CHECKS:
            raise WordListError(f"{name}: unknown check {check!r} (known: {', '.join(CHECKS)})")
    return CategoryRules(
        name=name,
        strong=_terms(found["strong"]),
        weak=_terms(found["weak"]),
        apps=_terms(found["apps"]),
        patterns=tuple(_pattern(name, text) for text in found["patterns"]),
        checks=tuple(found["checks"]),
        weak_needed=weak_needed,
    )


def _terms(lines: Sequence[str]) -> tuple[Term, ...]:
    return tuple(dict.fromkeys(t for t in (term(line) for line in lines) if t is not None))


def _pattern(name: str, text: str) -> re.Pattern[str]:
    try:
        return re.compile(text, re.IGNORECASE)
    except re.error as error:
        raise WordListError(f"{name}: pattern {text!r}: {error}") from None


def shipped_list(category: str) -> str:
    return resources.files("app.policy.detectors").joinpath("data", f"{category}.txt").read_text(encoding="utf-8")


def load_rules(extra: Mapping[str, Sequence[str]] = {}, personal_words: Sequence[str] = ()) -> DetectorRules:
    """The shipped categories, plus what the signed policy adds (per category, new or shipped:
    words and phrases, or regular expressions written "re:…", each strong), plus the employee's
    personal words (category "personal", each strong). Additions only ever add findings."""
    categories = {name: parse_list(name, shipped_list(name)) for name in CATEGORIES}
    for name, entries in extra.items():
        added = additions(name, entries)
        base = categories.get(name, CategoryRules(name))
        categories[name] = CategoryRules(name, base.strong + added.strong, base.weak, base.apps,
                                         base.patterns + added.patterns, base.checks, base.weak_needed)
    personal = _terms(personal_words)
    if personal:
        categories[PERSONAL] = CategoryRules(PERSONAL, strong=personal)
    return DetectorRules(tuple(categories.values()))


def additions(category: str, entries: Sequence[str]) -> CategoryRules:
    """A policy's entries for one category: "re:<regex>" or a word/phrase (strong)."""
    if not re.fullmatch(r"[a-z][a-z0-9-]{0,39}", category):
        raise WordListError(f"category {category!r}: lowercase letters, digits and '-' only (up to 40)")
    words = [entry for entry in entries if not entry.startswith("re:")]
    patterns = tuple(_pattern(category, entry[3:]) for entry in entries if entry.startswith("re:"))
    return CategoryRules(category, strong=_terms(words), patterns=patterns)
