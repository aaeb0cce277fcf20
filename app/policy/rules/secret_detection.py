"""Secret detection in text, and a streaming masker that hides secrets in typed key events.

`find_secrets` finds payment cards (Luhn), IBANs (mod 97), national identity numbers (US SSN,
UK NI number, French NIR, Spanish DNI/NIE), API keys and tokens, private key blocks and values
assigned to credential-like words. It prefers masking too much over too little.

`SecretMasker` applies it to the key events of a typing session before they are stored.
"""

from __future__ import annotations

import dataclasses
import enum
import math
import re
from collections import Counter
from dataclasses import dataclass

from app.core.model import KeyEvent, WindowInfo
from app.policy.rules.keystrokes import MASK_CHAR, is_printable_key, mask_event
from app.policy.rules.typed_text import is_backspace, typed_char


class SecretKind(str, enum.Enum):
    CARD = "card"
    IBAN = "iban"
    US_SSN = "us-ssn"
    UK_NINO = "uk-nino"
    FR_NIR = "fr-nir"
    ES_DNI = "es-dni"
    AWS_KEY = "aws-key"
    GITHUB_TOKEN = "github-token"
    SLACK_TOKEN = "slack-token"
    STRIPE_KEY = "stripe-key"
    GOOGLE_API_KEY = "google-api-key"
    JWT = "jwt"
    PRIVATE_KEY = "private-key"
    CREDENTIAL = "credential"  # a value assigned to password=, token:, api_key= ...


@dataclass(frozen=True, slots=True)
class SecretSpan:
    """text[start:end] is a secret of `kind`."""

    start: int
    end: int
    kind: SecretKind


# ---- checksums ---------------------------------------------------------------------------------


def luhn_valid(digits: str) -> bool:
    """The Luhn check used by payment card numbers."""
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def iban_valid(iban: str) -> bool:
    """ISO 13616 check: 15-34 alphanumerics, country letters, check digits, mod 97 == 1."""
    iban = iban.replace(" ", "").upper()
    if not (15 <= len(iban) <= 34 and iban[:2].isalpha() and iban[2:4].isdigit() and iban.isalnum()):
        return False
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(char, 36)) for char in rearranged)) % 97 == 1


def _nir_valid(nir: str) -> bool:
    nir = nir.replace(" ", "").upper()
    body, key = nir[:13], int(nir[13:])
    body = body.replace("2A", "19").replace("2B", "18")  # Corsica departments
    return body.isdigit() and 97 - int(body) % 97 == key


def _dni_valid(dni: str) -> bool:
    """Spanish DNI (8 digits) or NIE (X/Y/Z + 7 digits): the letter is a mod-23 check."""
    dni = dni.replace("-", "").upper()
    number = str("XYZ".index(dni[0])) + dni[1:-1] if dni[0] in "XYZ" else dni[:-1]
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23] == dni[-1]


def shannon_entropy(text: str) -> float:
    """Bits per character."""
    counts = Counter(text)
    return -sum(n / len(text) * math.log2(n / len(text)) for n in counts.values()) if text else 0.0


# ---- detectors ---------------------------------------------------------------------------------

_CARD_RUN = re.compile(r"\d+(?:[ -]\d+)*")
_IBAN_RUN = re.compile(r"[A-Za-z0-9]+(?: [A-Za-z0-9]+)*")
_IBAN_START = re.compile(r"[A-Za-z]{2}\d{2}")
_DIGITS = re.compile(r"\d+")
_ALNUM = re.compile(r"[A-Za-z0-9]+")
_SIMPLE_PATTERNS: tuple[tuple[SecretKind, re.Pattern[str]], ...] = (
    (SecretKind.AWS_KEY, re.compile(r"(?<![A-Z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}(?![A-Z0-9])")),
    (SecretKind.GITHUB_TOKEN, re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_[A-Za-z0-9_]{22,255})")),
    (SecretKind.SLACK_TOKEN, re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}")),
    (SecretKind.STRIPE_KEY, re.compile(r"\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,}")),
    (SecretKind.GOOGLE_API_KEY, re.compile(r"\bAIza[0-9A-Za-z_-]{35}")),
    (SecretKind.JWT, re.compile(r"\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")),
    (
        SecretKind.PRIVATE_KEY,
        re.compile(
            r"-----BEGIN[A-Z0-9 ]*PRIVATE KEY[A-Z ]*-----.*?(?:-----END[A-Z0-9 ]*PRIVATE KEY[A-Z ]*-----|\Z)",
            re.DOTALL,
        ),
    ),
    (
        SecretKind.US_SSN,
        re.compile(r"(?<![\d-])(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?![\d-])"),
    ),
    (
        SecretKind.UK_NINO,
        re.compile(
            r"(?i)\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b"
        ),
    ),
)
_CHECKED_PATTERNS = (
    (
        SecretKind.FR_NIR,
        re.compile(
            r"(?<!\d)[1-478] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[ABab]) ?\d{3} ?\d{3} ?\d{2}(?!\d)"
        ),
        _nir_valid,
    ),
    (SecretKind.ES_DNI, re.compile(r"(?i)\b(?:\d{8}|[XYZ]\d{7})-?[A-Z]\b"), _dni_valid),
)
_PASSWORD_VALUE = re.compile(
    r"(?i)\b(?:passw(?:or)?d|pwd|passphrase|pass|pin)[\"']?\s*[:=]\s*[\"']?(?P<value>[^\s\"']+)"
)
_KEYWORD_VALUE = re.compile(
    r"(?i)(?:token|secret|api[_-]?key|apikey|access[_-]?key|auth[_-]?key|credentials?|bearer)"
    r"[A-Za-z_-]*[\"']?(?:\s*[:=]\s*|\s+)[\"']?(?P<value>[^\s\"']{32,})"
)


def _looks_random(value: str) -> bool:
    return (
        shannon_entropy(value) >= 3.5
        and any(c.isdigit() for c in value)
        and any(c.isalpha() for c in value)
    )


def _groups(run: re.Match[str], pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """(start, end) in the text of each group (digits, or alphanumerics) of a run match."""
    base = run.start()
    return [(base + m.start(), base + m.end()) for m in pattern.finditer(run.group())]


def _card_spans(text: str) -> list[SecretSpan]:
    spans = []
    for run in _CARD_RUN.finditer(text):
        groups = _groups(run, _DIGITS)
        before = text[run.start() - 1] if run.start() else ""
        after = text[run.end()] if run.end() < len(text) else ""
        # A "+" starts a phone number; a letter glued on makes it part of a code (UUID, hex).
        first_ok = not (before == "+" or before.isalpha() or before == "_")
        last_ok = not (after.isalpha() or after == "_")
        for i in range(len(groups)):
            if i == 0 and not first_ok:
                continue
            digits = ""
            for j in range(i, len(groups)):
                digits += text[groups[j][0]:groups[j][1]]
                if len(digits) > 19:
                    break
                if len(digits) >= 13 and (j < len(groups) - 1 or last_ok) and luhn_valid(digits):
                    spans.append(SecretSpan(groups[i][0], groups[j][1], SecretKind.CARD))
    return spans


def _iban_spans(text: str) -> list[SecretSpan]:
    spans = []
    for run in _IBAN_RUN.finditer(text):
        groups = _groups(run, _ALNUM)
        for i, (start, end) in enumerate(groups):
            if not _IBAN_START.match(text, start, end):
                continue
            longest, length = None, 0
            for _, group_end in groups[i:]:
                length = len(text[start:group_end].replace(" ", ""))
                if length > 34:
                    break
                if length >= 15 and iban_valid(text[start:group_end]):
                    longest = group_end
            if longest is not None:
                spans.append(SecretSpan(start, longest, SecretKind.IBAN))
    return spans


def find_secrets(text: str) -> list[SecretSpan]:
    """Secrets in `text`, sorted by start; overlapping findings are merged into one span."""
    found = _card_spans(text) + _iban_spans(text)
    for kind, pattern in _SIMPLE_PATTERNS:
        found += [SecretSpan(m.start(), m.end(), kind) for m in pattern.finditer(text)]
    for kind, pattern, valid in _CHECKED_PATTERNS:
        found += [SecretSpan(m.start(), m.end(), kind) for m in pattern.finditer(text) if valid(m.group())]
    for pattern, check in ((_PASSWORD_VALUE, None), (_KEYWORD_VALUE, _looks_random)):
        for m in pattern.finditer(text):
            if check is None or check(m.group("value")):
                found.append(SecretSpan(m.start("value"), m.end("value"), SecretKind.CREDENTIAL))
    merged: list[SecretSpan] = []
    for span in sorted(found, key=lambda s: (s.start, -(s.end - s.start))):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = SecretSpan(last.start, max(last.end, span.end), last.kind)
        else:
            merged.append(span)
    return merged


# ---- streaming masker --------------------------------------------------------------------------

DEFAULT_PASSWORD_TITLE_PATTERN = r"\b(?:pass(?:word|phrase|code)|sign[ -]?in|log[ -]?in|pin)\b"
_CONTEXT_CHARS = 96  # released text kept (in memory only) so a secret split by a flush is still found
_MAX_HELD_EVENTS = 4096  # a run this long is released (masked) rather than held without bound
_STALE_PRESS_SECONDS = 5.0
_KEY_BLOCK_MARKER = re.compile(r"-----(BEGIN|END)[A-Z0-9 ]*PRIVATE KEY")


def _joins(before: str, after: str) -> bool:
    """Whether one space between `before` and `after` keeps them in one run (card/IBAN groups)."""
    return before.isalnum() and after.isalnum() and (before.isdigit() or after.isdigit())


class SecretMasker:
    """Hides secrets in a stream of key events before they are stored.

    Feed every key event (in time order) with the window that had focus. The current run of typed
    characters (a word or number; digit groups separated by single spaces or dashes stay in one
    run) is held back until it ends (double space, enter, tab, focus change, `flush`); it is then
    released with the characters of every secret found in it replaced by "•" (key and char;
    timing, press/release and modifiers kept). Recently released text is remembered so a secret
    split by a flush still has its remaining characters masked. In a window whose title asks for
    a password, PIN or sign-in, every printable character is masked at once.
    """

    def __init__(self, password_title_pattern: str = DEFAULT_PASSWORD_TITLE_PATTERN) -> None:
        self._password_title = re.compile(password_title_pattern, re.IGNORECASE)
        self._window: WindowInfo | None = None
        self._password_window = False
        self._held: list[KeyEvent] = []
        self._held_text: list[tuple[str, int]] = []  # (char, index into _held) of the current run
        self._deleted: list[int] = []  # held presses whose character was backspaced away
        self._context = ""
        self._in_private_key = False
        self._masked_down: dict[str, float] = {}  # key name -> press time of a masked press

    @property
    def pending_since(self) -> float | None:
        """Time of the oldest held event (flush after about a second of idle), or None."""
        return self._held[0].t if self._held else None

    def feed(self, event: KeyEvent, window: WindowInfo) -> list[KeyEvent]:
        """Take one event; return the events (in order) now safe to store. On a window change the
        previous window's held events come first: call `flush` before a segment ends instead."""
        out: list[KeyEvent] = []
        if window != self._window:
            out += self._release_held()
            self._window = window
            self._password_window = bool(self._password_title.search(window.title))
        if self._password_window:
            maskable = is_printable_key(event) or typed_char(event) == " "
            out.append(self._emit(event, mask=maskable))
            return out
        if is_backspace(event):
            self._backspace(event, out)
            return out
        char = typed_char(event)
        if char is None:
            if self._held:
                self._hold(event, None, out)
            else:
                out.append(self._emit(event, mask=False))
        elif char in "\n\t":
            out += self._release_held()
            out.append(self._emit(event, mask=False))
            self._remember(char)
        elif char == " ":
            self._space(event, out)
        else:
            run = self._held_text
            if run and run[-1][0] == " ":
                before = run[-2][0] if len(run) > 1 else self._context[-1:]
                if not _joins(before, char):
                    out += self._release_held()
            self._hold(event, char, out)
        return out

    def flush(self) -> list[KeyEvent]:
        """Release everything held (secrets masked)."""
        return self._release_held()

    # -- steps --

    def _previous_char(self) -> str:
        return self._held_text[-1][0] if self._held_text else self._context[-1:]

    def _space(self, event: KeyEvent, out: list[KeyEvent]) -> None:
        previous = self._previous_char()
        if previous and not previous.isspace():
            self._hold(event, " ", out)  # tentative: the next character decides whether the run goes on
            return
        out += self._release_held()
        out.append(self._emit(event, mask=False))
        self._remember(" ")

    def _backspace(self, event: KeyEvent, out: list[KeyEvent]) -> None:
        if self._held_text:
            self._deleted.append(self._held_text.pop()[1])
        else:
            self._context = self._context[:-1]
        if self._held:
            self._hold(event, None, out)
        else:
            out.append(self._emit(event, mask=False))

    def _hold(self, event: KeyEvent, char: str | None, out: list[KeyEvent]) -> None:
        self._held.append(event)
        if char is not None:
            self._held_text.append((char, len(self._held) - 1))
        if len(self._held) >= _MAX_HELD_EVENTS:
            out += self._release_held()

    def _remember(self, text: str) -> None:
        self._context = (self._context + text)[-_CONTEXT_CHARS:]

    def _release_held(self) -> list[KeyEvent]:
        if not self._held:
            return []
        offset = len(self._context)
        combined = self._context + "".join(char for char, _ in self._held_text)
        masked: set[int] = set()
        if self._in_private_key:
            masked.update(index for _, index in self._held_text)
        for span in find_secrets(combined):
            for position in range(max(span.start, offset), span.end):
                masked.add(self._held_text[position - offset][1])
        if masked:
            masked.update(self._deleted)  # a backspaced digit of a card is still a digit of it
        markers = list(_KEY_BLOCK_MARKER.finditer(combined))
        if markers:
            self._in_private_key = markers[-1].group(1) == "BEGIN"
        released = [self._emit(event, mask=index in masked) for index, event in enumerate(self._held)]
        self._context = combined[-_CONTEXT_CHARS:]
        self._held, self._held_text, self._deleted = [], [], []
        return released

    def _emit(self, event: KeyEvent, mask: bool) -> KeyEvent:
        """Mask a press as decided; mask a release that may belong to a masked press."""
        name = event.key.lower()
        if event.pressed:
            if mask:
                self._masked_down[name] = event.t
            else:
                self._masked_down.pop(name, None)
            return mask_event(event) if mask else event
        self._masked_down = {
            key: t for key, t in self._masked_down.items() if event.t - t <= _STALE_PRESS_SECONDS
        }
        # Shift may be let go before the key, so a release can carry another name than its press.
        if name in self._masked_down or mask or (self._masked_down and is_printable_key(event)):
            self._masked_down.pop(name, None)
            return dataclasses.replace(event, key=MASK_CHAR, char=None if event.char is None else MASK_CHAR)
        return event
