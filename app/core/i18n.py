"""The employee's language for the Qt-free layers: Qt's own .qm catalogues, read without Qt.

The UI loads resources/i18n/airlock_<lang>.qm into a QTranslator; the CLI, the status words, the
consent summary and the exported page read the same files here, so one German catalogue serves
both, plurals included (the .qm carries its language's numerus rules as a tiny bytecode, which
`_numerus` runs exactly as QTranslator does). The .qm layout: a 16-byte magic, then tagged blocks
(tag byte, 32-bit big-endian length); the messages block is a run of tagged fields per message.

`translate(context, text, disambiguation, n)` has QCoreApplication.translate's signature, so
`pyside6-lupdate` extracts these calls into the same .ts files as the UI's.
"""

from __future__ import annotations

import os
import re
import struct
from dataclasses import dataclass, field
from pathlib import Path

from app.core.resources import resource

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_HASHES, _MESSAGES, _CONTEXTS, _NUMERUS_RULES, _DEPENDENCIES, _LANGUAGE = 0x42, 0x69, 0x2F, 0x88, 0x96, 0xA7
_END, _SOURCE16, _TRANSLATION, _CONTEXT16, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = range(1, 10)

SOURCE_LANGUAGE = "en"
PSEUDO = "qps"  # the pseudo-locale: accented and longer, shows untranslated and clipped text
# Each language by its own name (how the settings and the consent screen's fallback note name it).
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français", "nl": "Nederlands", "es": "Español",
                  "it": "Italiano", "pl": "Polski", "pt": "Português", "sv": "Svenska", "da": "Dansk",
                  PSEUDO: "Ƥşéûđö (test)"}


class CatalogueError(ValueError):
    """The file is not a .qm catalogue this reader understands."""


@dataclass
class Catalogue:
    """One .qm file: (context, source, disambiguation) -> translations (one per numerus form)."""

    language: str = SOURCE_LANGUAGE
    messages: dict[tuple[str, str, str], tuple[str, ...]] = field(default_factory=dict)
    rules: bytes = b""

    @classmethod
    def load(cls, path: Path) -> Catalogue:
        data = path.read_bytes()
        if not data.startswith(MAGIC):
            raise CatalogueError(f"{path.name}: not a .qm file")
        catalogue, at = cls(), len(MAGIC)
        while at + 5 <= len(data):
            tag, length = data[at], struct.unpack_from(">I", data, at + 1)[0]
            block = data[at + 5: at + 5 + length]
            at += 5 + length
            if tag == _MESSAGES:
                catalogue._read_messages(block)
            elif tag == _NUMERUS_RULES:
                catalogue.rules = block
            elif tag == _LANGUAGE:
                catalogue.language = block.decode("utf-8")
        return catalogue

    def _read_messages(self, block: bytes) -> None:
        translations: list[str] = []
        at, source, context, comment = 0, "", "", ""
        while at < len(block):
            tag = block[at]
            at += 1
            if tag == _END:
                if translations:
                    self.messages[(context, source, comment)] = tuple(translations)
                translations, source, context, comment = [], "", "", ""
                continue
            if tag in (_OBSOLETE1, _OBSOLETE2):
                continue
            if tag in (_SOURCE16, _CONTEXT16):  # old, UTF-16 fields: skipped (never written by lrelease 5+)
                at += 4 + struct.unpack_from(">I", block, at)[0]
                continue
            length = struct.unpack_from(">I", block, at)[0]
            at += 4
            if tag == _TRANSLATION:
                if length == 0xFFFFFFFF:
                    translations.append("")
                    continue
                translations.append(block[at: at + length].decode("utf-16-be"))
            else:
                text = block[at: at + length].decode("utf-8")
                if tag == _SOURCE:
                    source = text
                elif tag == _CONTEXT:
                    context = text
                elif tag == _COMMENT:
                    comment = text
            at += length

    def find(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        forms = self.messages.get((context, source, disambiguation or "")) or self.messages.get((context, source, ""))
        if not forms:
            return None
        form = forms[min(_numerus(abs(n), self.rules), len(forms) - 1)] if n >= 0 else forms[0]
        return form or None


_EQ, _LT, _LEQ, _BETWEEN, _OP_MASK, _NOT = 1, 2, 3, 4, 7, 8
_MOD_10, _MOD_100, _LEAD_1000 = 0x10, 0x20, 0x40
_AND, _OR = 0xFD, 0xFE


def _condition(n: int, rules: bytes, i: int) -> tuple[bool, int]:
    """One comparison ("n % 10 in 2..4") starting at rules[i]: (its truth, the index after it)."""
    opcode, left = rules[i], n
    if opcode & _MOD_10:
        left %= 10
    elif opcode & _MOD_100:
        left %= 100
    elif opcode & _LEAD_1000:
        while left >= 1000:
            left //= 1000
    op, right, i = opcode & _OP_MASK, rules[i + 1], i + 2
    if op == _BETWEEN:
        truth, i = right <= left <= rules[i], i + 1
    else:
        truth = {_EQ: left == right, _LT: left < right, _LEQ: left <= right}.get(op, False)
    return truth != bool(opcode & _NOT), i


def _numerus(n: int, rules: bytes) -> int:
    """Which plural form `n` takes. The catalogue holds one rule per form but the last (an OR of ANDs
    of comparisons), separated by a new-rule byte; the first rule that holds names the form, as in
    QTranslator."""
    form, i = 0, 0
    while i < len(rules):
        any_true = False
        while True:
            all_true = True
            while True:
                truth, i = _condition(n, rules, i)
                all_true = all_true and truth
                if i == len(rules) or rules[i] != _AND:
                    break
                i += 1
            any_true = any_true or all_true
            if i == len(rules) or rules[i] != _OR:
                break
            i += 1
        if any_true:
            return form
        form += 1
        i += 1  # the new-rule byte
    return form


def catalogue_path(language: str) -> Path:
    return resource("i18n", f"airlock_{language}.qm")


def available_languages() -> list[str]:
    """Languages with a compiled catalogue (English always; the pseudo-locale is for testing)."""
    found = {p.stem.removeprefix("airlock_") for p in resource("i18n").glob("airlock_*.qm")}
    return sorted(found | {SOURCE_LANGUAGE})


def system_language() -> str:
    """The language the environment asks for, as POSIX and Qt read it (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value.split(":")[0].split(".")[0].split("@")[0]
    return SOURCE_LANGUAGE


def resolve(language: str) -> str:
    """The catalogue to use for `language` ("de_AT" -> "de"; unknown -> "en")."""
    available = available_languages()
    for candidate in (language, language.split("_")[0].split("-")[0].lower()):
        if candidate in available:
            return candidate
    return SOURCE_LANGUAGE


class _State:
    chosen = False
    requested = SOURCE_LANGUAGE  # what the employee asked for ("fr_FR"), even without a catalogue for it
    language = SOURCE_LANGUAGE
    catalogue: Catalogue | None = None


def set_language(language: str | None = None) -> str:
    """Use `language` (None: the system's) from now on; returns the catalogue's language."""
    requested = language or system_language()
    chosen = resolve(requested)
    path = catalogue_path(chosen)
    _State.chosen, _State.language, _State.requested = True, chosen, requested
    _State.catalogue = Catalogue.load(path) if path.is_file() else None
    return chosen


def current_language() -> str:
    if not _State.chosen:
        set_language()
    return _State.language


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, which the extractor knows
    """Mark `text` for the catalogue where it is defined; `translate(context, text)` where it is shown."""
    return text


def requested_language() -> str:
    """The employee's language as asked for, which may have no catalogue (the consent screen shows
    the organisation's words in it when the policy has them)."""
    current_language()
    return _State.requested


class Words(str):
    """Text in the employee's language that remembers its English source, so a log line can name an
    error in English (log lines stay English: `english(error.message)`)."""

    source: str

    def __new__(cls, text: str, source: str | None = None) -> Words:
        words = super().__new__(cls, text)
        words.source = text if source is None else source
        return words


def english(text: str) -> str:
    """The English source of translated `text` (itself if it was not translated)."""
    return text.source if isinstance(text, Words) else text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the current language; "%n" becomes `n` (plural forms chosen by the catalogue)."""
    current_language()
    found = _State.catalogue.find(context, text, disambiguation, n) if _State.catalogue else None
    result = found if found is not None else text
    if n >= 0:
        return Words(result.replace("%n", str(n)), text.replace("%n", str(n)))
    return Words(result, text)


_PLACEHOLDER = re.compile(r"%(\d)")


def fill(text: str, *values: object) -> str:
    """`text` with %1, %2, ... replaced by `values` in one pass (a value that itself holds "%2", such
    as a file name, stays as it is, which chained str.replace calls would not guarantee)."""
    def filled(template: str, shown: tuple[str, ...]) -> str:
        def value(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            return shown[index] if 0 <= index < len(shown) else match.group(0)
        return _PLACEHOLDER.sub(value, template)

    shown = tuple(str(v) for v in values)
    result = filled(text, shown)
    if isinstance(text, Words):  # the English beside it, with the values' own English
        return Words(result, filled(text.source, tuple(english(v) if isinstance(v, str) else str(v) for v in values)))
    return result


# The digit-group separator of each catalogue's language (CLDR, as QLocale uses it); English's comma otherwise.
_GROUP_SEPARATORS = {"de": ".", "nl": ".", "da": ".", "it": ".", "es": ".", "pt": ".", "fr": "\u202f",
                     "pl": "\u00a0", "sv": "\u00a0"}


# The decimal mark where it is not English's point.
_DECIMAL_MARKS = {"de": ",", "nl": ",", "da": ",", "it": ",", "es": ",", "pt": ",", "fr": ",", "pl": ",", "sv": ","}


def format_number(n: int) -> str:
    """A whole number as the current language writes it: 1,310 in English, 1.310 in German."""
    return f"{n:,}".replace(",", _GROUP_SEPARATORS.get(current_language(), ","))


def format_decimal(x: float, places: int = 1) -> str:
    """A number with `places` decimals as the current language writes it: 1,234.5 / 1.234,5."""
    language = current_language()
    return "".join(_GROUP_SEPARATORS.get(language, ",") if ch == "," else _DECIMAL_MARKS.get(language, ".") if ch == "."
                   else ch for ch in f"{x:,.{places}f}")
