"""Why a moment was suggested: kept in the vault in one English form, worded in the employee's
language when shown (so suggestions made before a change of language follow it)."""

from __future__ import annotations

import pytest

from app.core import i18n
from app.policy.detectors.reasons import reason_in_words, stored_reason


@pytest.fixture
def german():
    i18n.set_language("de")
    yield
    i18n.set_language("en")


def test_the_stored_form_is_the_one_vaults_already_hold():
    assert stored_reason(["diagnosis", "prescription"], "screen") == "'diagnosis', 'prescription' on screen"
    assert stored_reason(list("abcdef"), "title") == "'a', 'b', 'c', 'd' and 2 more in the window title"
    assert stored_reason(["signal"], "app") == "'signal' as the application"


def test_shown_in_english_it_is_unchanged():
    for source in ("screen", "typed", "title", "app"):
        reason = stored_reason(list("abcdef"), source)
        assert reason_in_words(reason) == reason


def test_shown_in_german_the_place_is_translated_and_the_words_stay_as_seen(german):
    assert reason_in_words("'performance review' on screen") == "'performance review' auf dem Bildschirm"
    assert reason_in_words("'a', 'b', 'c', 'd' and 1 more typed") == "'a', 'b', 'c', 'd' und 1 weiteres getippt"
    assert reason_in_words("'a', 'b', 'c', 'd' and 5 more in the window title") == (
        "'a', 'b', 'c', 'd' und 5 weitere im Fenstertitel")


def test_a_form_it_does_not_know_is_shown_as_it_is(german):
    assert reason_in_words("a card number (Luhn)") == "a card number (Luhn)"
