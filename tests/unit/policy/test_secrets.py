"""Secret detection (tables of true and false positives) and the streaming key-event masker."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.model import KeyEvent, WindowInfo
from app.policy.rules.secret_detection import SecretKind, SecretMasker, find_secrets, iban_valid, luhn_valid
from app.policy.rules.typed_text import reconstruct

K = SecretKind


def _with_check_digit(body: str) -> str:
    return body + next(d for d in "0123456789" if luhn_valid(body + d))


CARD_19 = _with_check_digit("601100099013942412")


def found(text: str) -> list[tuple[str, SecretKind]]:
    return [(text[s.start:s.end], s.kind) for s in find_secrets(text)]


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        ("4111 1111 1111 1111", "4111 1111 1111 1111", K.CARD),
        ("card: 4111-1111-1111-1111.", "4111-1111-1111-1111", K.CARD),
        ("pay 5500005555555559 now", "5500005555555559", K.CARD),
        ("amex 3782 822463 10005", "3782 822463 10005", K.CARD),
        ("visa13 4222222222222", "4222222222222", K.CARD),
        (f"19 digits {CARD_19} please", CARD_19, K.CARD),
        ("ref 12 4111111111111111", "4111111111111111", K.CARD),  # a group-aligned part of a run
        ("DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00", K.IBAN),
        ("iban: GB82WEST12345698765432 thanks", "GB82WEST12345698765432", K.IBAN),
        ("to FR14 2004 1010 0505 0001 3M02 606 asap", "FR14 2004 1010 0505 0001 3M02 606", K.IBAN),
        ("nl91abna0417164300", "nl91abna0417164300", K.IBAN),
        ("ssn 123-45-6789", "123-45-6789", K.US_SSN),
        ("ssn 123 45 6789 ok", "123 45 6789", K.US_SSN),
        ("NI: AB123456C", "AB123456C", K.UK_NINO),
        ("ni AB 12 34 56 C", "AB 12 34 56 C", K.UK_NINO),
        ("nir 1 84 12 76 451 089 46", "1 84 12 76 451 089 46", K.FR_NIR),
        ("dni 12345678Z", "12345678Z", K.ES_DNI),
        ("nie X1234567L", "X1234567L", K.ES_DNI),
        ("AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE", K.AWS_KEY),
        ("gh: ghp_" + "a1B2" * 9, "ghp_" + "a1B2" * 9, K.GITHUB_TOKEN),
        ("github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz", "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz", K.GITHUB_TOKEN),
        ("slack xoxb-1234567890-abcdefghij", "xoxb-1234567890-abcdefghij", K.SLACK_TOKEN),
        ("sk_live_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_4eC39HqLyjWDarjtT1zdp7dc", K.STRIPE_KEY),
        ("rk_live_51H8abcdefGHIJKLmnop", "rk_live_51H8abcdefGHIJKLmnop", K.STRIPE_KEY),
        ("key=AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY", "AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY", K.GOOGLE_API_KEY),
        (
            "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
            K.JWT,
        ),
        (
            "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY----- after",
            "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----",
            K.PRIVATE_KEY,
        ),
        ("-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn", K.PRIVATE_KEY),
        ("password=hunter2", "hunter2", K.CREDENTIAL),
        ('"passwd": "correct-horse"', "correct-horse", K.CREDENTIAL),
        ("PIN: 4821", "4821", K.CREDENTIAL),
        ("api_key = 9f8e7d6c5b4a39281706f5e4d3c2b1a0Zz", "9f8e7d6c5b4a39281706f5e4d3c2b1a0Zz", K.CREDENTIAL),
        ("Authorization: Bearer abC123def456GHI789jkl012MNO345pq", "abC123def456GHI789jkl012MNO345pq", K.CREDENTIAL),
        ("client_secret: Xk29dLq8Pz03mNv7Bw6Rt5Ys4Ua1Ec2F", "Xk29dLq8Pz03mNv7Bw6Rt5Ys4Ua1Ec2F", K.CREDENTIAL),
    ],
)
def test_finds_secrets(text, secret, kind):
    assert (secret, kind) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "hello world, nothing to see here",
        "the secret garden; my password was reset; token economy",
        "password reset link sent",
        "4111 1111 1111 1112",  # Luhn fails
        "1234567890123",  # Luhn fails
        "+1 555 123 4567",
        "+44 20 7946 0958",
        "+44 7911 123456",
        "+4930123456789012",  # international prefix: a phone number, even if Luhn-valid
        "(555) 123-4567",
        "555-123-4567",
        "2024-01-15 10:30:45",
        "15/01/2024",
        "1,234,567.89 and 3.14159",
        "version 1.2.3-rc.4",
        "order #123456789",
        "timestamp 1700000000",
        "123e4567-e89b-12d3-a456-426614174000",
        "d41d8cd98f00b204e9800998ecf8427e",  # a hash with no credential word
        "DE88 3704 0044 0532 0130 00",  # IBAN check digits wrong
        "000-12-3456",  # invalid SSN area, group or serial
        "666-12-3456",
        "900-12-3456",
        "123-00-4567",
        "123-45-0000",
        "GB 12 34 56 A, QQ123456C",  # invalid NI prefixes
        "12345678A",  # DNI with the wrong letter
        "token: short1234",  # too short for a token
        "secret = aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",  # not random
        "AKIA is an AWS prefix",
        "eyJ alone",
    ],
)
def test_leaves_ordinary_text_alone(text):
    assert found(text) == []


def test_spans_are_sorted_and_do_not_overlap():
    text = "a 4111111111111111 b AKIAIOSFODNN7EXAMPLE c 123-45-6789"
    spans = find_secrets(text)
    assert [s.kind for s in spans] == [K.CARD, K.AWS_KEY, K.US_SSN]
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))


# ---- properties of the detectors -----------------------------------------------------------------

@st.composite
def card_numbers(draw):
    """A Luhn-valid number of 13-19 digits (first digit non-zero)."""
    length = draw(st.integers(13, 19))
    rest = draw(st.text(alphabet="0123456789", min_size=length - 2, max_size=length - 2))
    return _with_check_digit(str(draw(st.integers(1, 9))) + rest)


@st.composite
def formatted_cards(draw):
    """(formatted text, digits): digits grouped by single spaces or dashes at random places."""
    digits = draw(card_numbers())
    out = []
    for index, digit in enumerate(digits):
        if index and draw(st.integers(0, 3)) == 0:
            out.append(draw(st.sampled_from([" ", "-"])))
        out.append(digit)
    return "".join(out), digits


_words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.,!?", min_size=1, max_size=8)
_filler = st.lists(_words, max_size=4).map(" ".join)


@given(formatted_cards(), _filler, _filler)
def test_any_formatted_card_in_text_is_found(card, before, after):
    formatted, digits = card
    text = f"{before} {formatted} {after}"
    start = len(before) + 1
    assert any(s.start <= start and s.end >= start + len(formatted) for s in find_secrets(text))


@st.composite
def ibans(draw):
    country = draw(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=2))
    bban = draw(st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=11, max_size=30))
    numeric = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    iban = f"{country}{98 - numeric % 97:02d}{bban}"
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


@given(ibans(), _filler)
def test_any_valid_iban_is_found(iban, after):
    assert iban_valid(iban)
    text = f"pay {iban} {after}"
    assert any(s.start <= 4 and s.end >= 4 + len(iban) for s in find_secrets(text))


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ,.!?'", max_size=200))
def test_plain_prose_has_no_secrets(text):
    assert find_secrets(text) == []


@pytest.mark.parametrize(("digits", "valid"), [("79927398713", True), ("79927398710", False), ("0", True)])
def test_luhn(digits, valid):
    assert luhn_valid(digits) is valid


# ---- the streaming masker -----------------------------------------------------------------------

WINDOW = WindowInfo("gedit", "notes.txt", pid=42)
_SHIFTED = dict(zip('~!@#$%^&*()_+{}|:"<>?', "`1234567890-=[]\\;',./", strict=True))


def keystrokes(text: str, t0: float = 0.0) -> list[KeyEvent]:
    """Press/release events a US keyboard sends for `text` ("\\b" = backspace); names like pynput."""
    events, t = [], t0
    for char in text:
        t += 0.05
        if char in " \n\t\b":
            key = {" ": "space", "\n": "enter", "\t": "tab", "\b": "backspace"}[char]
            events += [KeyEvent(t, key, True), KeyEvent(t + 0.01, key, False)]
            continue
        shifted = char.isupper() or char in _SHIFTED
        key = _SHIFTED.get(char, char.lower())
        mods = frozenset({"shift"}) if shifted else frozenset()
        events += [KeyEvent(t, key, True, char, mods), KeyEvent(t + 0.01, key, False, char, mods)]
    return events


def mask_typing(events: list[KeyEvent], window: WindowInfo = WINDOW, flush_after: frozenset[int] = frozenset()) -> list[KeyEvent]:
    masker, out = SecretMasker(), []
    for index, event in enumerate(events):
        out += masker.feed(event, window)
        if index in flush_after:
            out += masker.flush()
    return out + masker.flush()


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("hello world\n", "hello world\n"),
        ("my card 4111 1111 1111 1111 thanks", "my card ••••••••••••••••••• thanks"),
        ("4111-1111-1111-1111\n", "•••••••••••••••••••\n"),
        ("iban GB82 WEST 1234 5698 7654 32 ok", "iban ••••••••••••••••••••••••••• ok"),
        ("ssn 123-45-6789.", "ssn •••••••••••."),
        ("password=hunter2 done", "password=••••••• done"),
        ("key AKIAIOSFODNN7EXAMPLE\n", "key ••••••••••••••••••••\n"),
        ("4111 1111 1111 1112 fine", "4111 1111 1111 1112 fine"),  # Luhn fails: kept
        ("call +1 555 123 4567", "call +1 555 123 4567"),
        ("411111111111111\b11 x", "•••••••••••••••• x"),  # edited into a card
        ("token:\tabC123def456GHI789jkl012MNO345pq\n", "token:\t••••••••••••••••••••••••••••••••\n"),
        ("4111 1111 1111 1111  5", "•••••••••••••••••••  5"),  # a double space ends the run
    ],
)
def test_masker_masks_typed_secrets(typed, stored):
    assert reconstruct(mask_typing(keystrokes(typed))) == stored


def test_masked_characters_leak_through_no_key_or_release():
    out = mask_typing(keystrokes("cc 4111111111111111\n"))
    card_events = out[6:6 + 32]
    assert all(e.key == "•" and e.char == "•" for e in card_events), card_events
    assert sum(e.pressed for e in card_events) == 16  # count, order and timing survive
    assert [e.t for e in out] == [e.t for e in keystrokes("cc 4111111111111111\n")]


def test_backspaced_digits_of_a_card_are_masked_too():
    out = mask_typing(keystrokes("411111111111111\b11 x"))
    assert not any(e.key.isdigit() or (e.char or "").isdigit() for e in out), out
    assert [e.key for e in out if e.pressed].count("backspace") == 1  # editing shape survives


def test_only_releases_of_masked_keys_are_masked():
    out = mask_typing(keystrokes("4111111111111111\nab\n", t0=0.0))
    assert reconstruct(out) == "•" * 16 + "\nab\n"
    tail = out[-6:]  # a, a-up, b, b-up, enter, enter-up
    assert [(e.key, e.pressed) for e in tail] == [("a", True), ("a", False), ("b", True), ("b", False), ("enter", True), ("enter", False)]


def test_release_of_a_masked_key_after_the_run_ended_is_masked():
    events = keystrokes("4111111111111111")
    last_press, last_release = events[-2], events[-1]
    enter = KeyEvent(last_press.t + 0.001, "enter", True)  # rollover: enter before the "1" is up
    out = mask_typing(events[:-1] + [enter, last_release])
    assert out[-1].pressed is False and out[-1].key == "•"
    assert reconstruct(out) == "•" * 16 + "\n"


def test_password_windows_mask_every_printable_character_at_once():
    masker = SecretMasker()
    window = WindowInfo("firefox", "Sign in – Google Accounts — Mozilla Firefox")
    out = []
    for event in keystrokes("pa ss\n"):
        got = masker.feed(event, window)
        assert len(got) == 1  # nothing is held back
        out += got
    assert reconstruct(out) == "•••••\n"
    assert masker.pending_since is None


@pytest.mark.parametrize(
    ("title", "masked"),
    [
        ("Enter Password", True),
        ("Passphrase for key", True),
        ("Log in to GitHub", True),
        ("Login", True),
        ("Enter PIN", True),
        ("Pinned tabs", False),
        ("notes.txt - gedit", False),
    ],
)
def test_password_title_pattern(title, masked):
    out = mask_typing(keystrokes("ab"), window=WindowInfo("app", title))
    assert (reconstruct(out) == "••") is masked


def test_pending_since_reports_the_oldest_held_event():
    masker = SecretMasker()
    events = keystrokes("ab")
    assert masker.feed(events[0], WINDOW) == []
    assert masker.pending_since == events[0].t
    masker.feed(events[1], WINDOW)
    assert masker.pending_since == events[0].t
    assert masker.flush() == events[:2]
    assert masker.pending_since is None


def test_focus_change_releases_the_previous_window_first():
    masker = SecretMasker()
    first = keystrokes("ab")
    for event in first:
        assert masker.feed(event, WINDOW) == []
    other = WindowInfo("xterm", "bash")
    nxt = keystrokes("\n", t0=1.0)[0]
    assert masker.feed(nxt, other) == first + [nxt]


def test_a_card_split_across_two_windows_is_still_masked_in_the_second():
    masker = SecretMasker()
    out = []
    for event in keystrokes("4111 1111 "):
        out += masker.feed(event, WINDOW)
    out += masker.flush()
    rest = []
    for event in keystrokes("1111 1111\n", t0=5.0):
        rest += masker.feed(event, WindowInfo("gedit", "notes.txt *"))  # title changed mid-number
    rest += masker.flush()
    assert reconstruct(rest) == "•••••••••\n"


def test_private_key_body_is_masked_line_by_line():
    typed = "-----BEGIN RSA PRIVATE KEY-----\n" + "MIIEowIBAAKCAQEA\n" * 30 + "-----END RSA PRIVATE KEY-----\nbye\n"
    text = reconstruct(mask_typing(keystrokes(typed)))
    assert "MIIE" not in text
    assert text.endswith("bye\n")


@given(
    formatted_cards(),
    _filler,
    _filler,
    st.frozensets(st.integers(0, 200), max_size=6),
)
def test_no_card_survives_any_split_across_feed_and_flush(card, before, after, flush_after):
    formatted, digits = card
    typed = f"{before} {formatted} {after}\n"
    out = mask_typing(keystrokes(typed), flush_after=flush_after)
    text = reconstruct(out)
    assert digits not in re.sub(r"\D", "", text), text
    assert len(text) == len(typed)  # masking never adds or drops characters
    assert [e.t for e in out] == [e.t for e in keystrokes(typed)]


@given(_filler, st.frozensets(st.integers(0, 100), max_size=6))
def test_text_without_secrets_passes_through_unchanged(text, flush_after):
    events = keystrokes(text + "\n")
    assert mask_typing(events, flush_after=flush_after) == events
