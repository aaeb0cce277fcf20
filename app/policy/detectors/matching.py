"""Finding sensitive categories in what was on screen, typed, in the window title and the
application name. Pure: words in, findings out.

Precision matters as much as recall (a suggestion nobody needs costs the employee a look), so a
category needs one strong sign — a strong term, a validated number (Luhn card, mod-97 IBAN), a key
or token pattern, an application name — or two different weak terms in the same source.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from app.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from app.policy.detectors.model import CategoryRules, DetectorRules, Finding, Term, TextWord
from app.policy.detectors.wordlists import normalise
from app.policy.rules.secret_detection import SecretKind, find_secrets, iban_valid, luhn_valid

# Why a moment was suggested: "%1" is the quoted words that were seen. The reason is stored in
# English (it is data, like the category); `reason_words` puts it into the reader's language.
_WHERE = {"screen": QT_TRANSLATE_NOOP("Detectors", "%1 on screen"), "typed": QT_TRANSLATE_NOOP("Detectors", "%1 typed"),
          "title": QT_TRANSLATE_NOOP("Detectors", "%1 in the window title"),
          "app": QT_TRANSLATE_NOOP("Detectors", "%1 as the application")}
_REASON = re.compile(r"(?P<quoted>'.*')(?: and (?P<more>\d+) more)? (?P<where>on screen|typed|in the window title|"
                     r"as the application)", re.DOTALL)
# Card numbers as they are shown: 4-4-4-4 (or 4-6-5, 4-4-4-4-3) groups, or one unbroken run.
_CARD = re.compile(r"(?<![\w.,-])(?:\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}(?:[ -]\d{3})?|\d{4}[ -]\d{6}[ -]\d{5}|\d{13,19})(?![\w-])")
_TOKEN_KINDS = {SecretKind.GITHUB_TOKEN, SecretKind.SLACK_TOKEN, SecretKind.STRIPE_KEY, SecretKind.GOOGLE_API_KEY,
                SecretKind.JWT}
_AWS_KEY = re.compile(r"(?<![A-Z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}(?![A-Z0-9])")
_PRIVATE_KEY = re.compile(r"BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY", re.IGNORECASE)
# A weak term counts in prose, not inside code: `request.form['username']` and `login')` are
# identifiers and strings of a program, not a login form (strong terms and patterns still count).
_CODE = re.compile(r"""[\[\]{}()<>=_/\\'"`;]""")
_Finder = Callable[[str], Iterator[tuple[int, int]]]
_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}(?![A-Za-z0-9])")


@dataclass(frozen=True)
class _Text:
    """One source's words, their normalised tokens, and the words joined by single spaces with
    where each word starts (to map a pattern's characters back to words)."""

    words: tuple[TextWord, ...]
    tokens: list[str]
    joined: str
    starts: list[int]

    @classmethod
    def of(cls, words: Sequence[TextWord]) -> _Text:
        kept = tuple(word for word in words if word.text.strip())
        starts, position = [], 0
        for word in kept:
            starts.append(position)
            position += len(word.text) + 1
        return cls(kept, [normalise(word.text) for word in kept], " ".join(word.text for word in kept), starts)

    def words_in(self, start: int, end: int) -> list[int]:
        """Indexes of the words the characters joined[start:end] touch."""
        return [i for i, first in enumerate(self.starts) if first < end and first + len(self.words[i].text) > start]


def split_words(text: str) -> list[TextWord]:
    return [TextWord(part) for part in text.split()]


def find_sensitive(rules: DetectorRules, *, screen: Sequence[TextWord] = (), typed: str = "", title: str = "",
                   app: str = "") -> list[Finding]:
    """One finding per category per source that shows it, holding every word that matched."""
    sources = (("screen", screen), ("typed", split_words(typed)), ("title", split_words(title)),
               ("app", split_words(app)))
    findings = []
    for source, words in sources:
        text = _Text.of(words)
        if not text.words:
            continue
        for category in rules.categories:
            matched = _matched(category, text, source)
            if matched is not None:
                indexes, shown = matched
                findings.append(Finding(category.name, source, tuple(text.words[i] for i in indexes),
                                        _WHERE[source].replace("%1", _quoted(shown))))
    return findings


def _matched(category: CategoryRules, text: _Text, source: str) -> tuple[list[int], list[str]] | None:
    """(word indexes, what was seen) if `category` is shown by `text`, else None."""
    strong: dict[int, None] = {}
    shown: dict[str, None] = {}
    signs = 0
    terms = category.apps if source == "app" else category.strong + (category.apps if source == "title" else ())
    for indexes in _term_hits(terms, text.tokens):
        strong.update(dict.fromkeys(indexes))
        shown[_seen(text, indexes)] = None
        signs += 2
    if source != "app":
        for start, end in _pattern_hits(category, text.joined):
            indexes = text.words_in(start, end)
            strong.update(dict.fromkeys(indexes))
            shown[text.joined[start:end] if end - start <= 40 else text.joined[start:start + 37] + "..."] = None
            signs += 2
    weak: dict[str, list[int]] = {}
    if source != "app":
        for term, indexes in _weak_hits(category.weak, text.tokens):
            if not any(_CODE.search(text.words[i].text) for i in indexes):
                weak.setdefault(" ".join(term.tokens), []).extend(indexes)
    if len(weak) >= category.weak_needed or (signs and weak):
        for key, indexes in weak.items():
            strong.update(dict.fromkeys(indexes))
            shown[_seen(text, indexes[: len(key.split())])] = None
        signs += len(weak)
    if signs < 2:
        return None
    return sorted(strong), list(shown)


def _term_hits(terms: Sequence[Term], tokens: list[str]) -> Iterator[list[int]]:
    for term in terms:
        for start in range(len(tokens) - len(term.tokens) + 1):
            if term.matches_at(tokens, start):
                yield list(range(start, start + len(term.tokens)))


def _weak_hits(terms: Sequence[Term], tokens: list[str]) -> Iterator[tuple[Term, list[int]]]:
    for term in terms:
        for indexes in _term_hits((term,), tokens):
            yield term, indexes


def _pattern_hits(category: CategoryRules, joined: str) -> Iterator[tuple[int, int]]:
    for pattern in category.patterns:
        for match in pattern.finditer(joined):
            if match.end() > match.start():
                yield match.start(), match.end()
    for check in category.checks:
        yield from _CHECKS[check](joined)


def _cards(joined: str) -> Iterator[tuple[int, int]]:
    for match in _CARD.finditer(joined):
        digits = re.sub(r"\D", "", match.group())
        if 13 <= len(digits) <= 19 and luhn_valid(digits) and len(set(digits)) > 1:
            yield match.start(), match.end()


def _ibans(joined: str) -> Iterator[tuple[int, int]]:
    for match in _IBAN.finditer(joined):
        # The run may have swallowed a following word (a BIC, a date): take the longest valid prefix.
        groups = match.group().split(" ")
        for count in range(len(groups), 0, -1):
            candidate = " ".join(groups[:count])
            if iban_valid(candidate):
                yield match.start(), match.start() + len(candidate)
                break


def _regex(pattern: re.Pattern[str]) -> _Finder:
    def find(joined: str) -> Iterator[tuple[int, int]]:
        for match in pattern.finditer(joined):
            yield match.start(), match.end()

    return find


def _tokens(joined: str) -> Iterator[tuple[int, int]]:
    for span in find_secrets(joined):
        if span.kind in _TOKEN_KINDS:
            yield span.start, span.end


_CHECKS: dict[str, _Finder] = {"card": _cards, "iban": _ibans, "aws-key": _regex(_AWS_KEY), "private-key": _regex(_PRIVATE_KEY),
           "token": _tokens}


def _seen(text: _Text, indexes: list[int]) -> str:
    return " ".join(text.tokens[i] for i in indexes)


def _quoted(shown: list[str], most: int = 4) -> str:
    quoted = ", ".join(f"'{item}'" for item in shown[:most])
    return quoted + (f" and {len(shown) - most} more" if len(shown) > most else "")


def reason_words(reason: str) -> str:
    """A stored reason ("'IBAN' on screen") in the reader's language ("'IBAN' auf dem Bildschirm");
    the quoted words stay as they were seen. A reason of another shape is shown as it is."""
    match = _REASON.fullmatch(reason)
    if match is None:
        return reason
    quoted = match["quoted"]
    if match["more"] is not None:
        quoted = fill(translate("Detectors", "%1 and %n more", None, int(match["more"])), quoted)
    where = next(template for template in _WHERE.values() if template.endswith(" " + match["where"]))
    return fill(translate("Detectors", where), quoted)
