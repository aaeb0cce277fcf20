"""The signed policy's consent texts in several languages: parsed and validated, part of the hash
and of the consent scope (a changed text asks again), and chosen by the employee's language with
an honest fallback."""

from __future__ import annotations

import pytest

from app.core.errors import PolicyError
from app.policy.consent.diff import policy_diff
from app.policy.consent.summary import consent_scope, consent_summary, consent_words
from app.policy.file.canonical import policy_to_mapping
from app.policy.file.parser import parse_policy, policy_from_mapping

BASE = '[release]\ndestination = "file:///srv/drop"\n'
TEXTS = BASE + """
[consent.en]
purpose = "We train a form-filling model."

[consent.de]
purpose = "Wir trainieren ein Modell, das Formulare ausfüllt."
text = "Fragen: betriebsrat@example.com"

[consent.pt_BR]
purpose = "Treinamos um modelo."
"""


def test_texts_are_parsed_per_language_and_survive_the_canonical_form():
    policy = parse_policy(TEXTS, "p.toml")
    assert sorted(policy.consent_texts) == ["de", "en", "pt_BR"]
    assert policy.consent_texts["de"].text == "Fragen: betriebsrat@example.com"
    again = policy_from_mapping(policy_to_mapping(policy))
    assert again.consent_texts == policy.consent_texts and again.content_hash == policy.content_hash


def test_a_policy_without_texts_keeps_its_hash_and_one_with_them_differs():
    plain = parse_policy(BASE, "p.toml")
    assert "consent" not in policy_to_mapping(plain)  # older policies hash exactly as before
    assert parse_policy(TEXTS, "p.toml").content_hash != plain.content_hash


@pytest.mark.parametrize(("table", "problem"), [
    ('[consent.German]\npurpose = "x"', "is not a language code"),
    ('[consent.de]\ntext = "no purpose"', "consent.de.purpose: is required"),
    ('[consent.de]\npurpose = "  "', "must not be empty"),
    ('[consent.de]\npurpose = "x"\nreason = "y"', "consent.de.reason"),
])
def test_bad_tables_are_refused_naming_the_key(table, problem):
    with pytest.raises(PolicyError) as error:
        parse_policy(BASE + table, "p.toml")
    assert problem in error.value.message


def test_a_changed_text_changes_the_consent_scope_and_says_so():
    before = parse_policy(TEXTS, "p.toml")
    after = parse_policy(TEXTS.replace("Formulare ausfüllt", "Rechnungen prüft"), "p.toml")
    assert consent_scope(before) != consent_scope(after)
    assert policy_diff(before, after) == ["Your organisation's consent text changed (de)"]


@pytest.mark.parametrize(("wanted", "shown"), [
    ("de", "de"), ("de_AT", "de"), ("pt_BR", "pt_BR"), ("fr", "en"), ("en_GB", "en"),
])
def test_the_employees_language_or_its_base_else_english(wanted, shown):
    assert consent_words(parse_policy(TEXTS, "p.toml"), wanted)[0] == shown


def test_without_english_the_first_language_is_the_fallback_and_the_summary_says_which():
    policy = parse_policy(BASE + '[consent.nl]\npurpose = "Wij trainen een model."\n', "p.toml")
    summary = consent_summary(policy, "fr")
    assert summary.language == "nl"
    assert summary.fallback_note == "Your organisation's text is not available in Français; it is shown in Nederlands."
    assert "Wij trainen een model." in summary.as_text()
    assert consent_summary(policy, "nl_BE").fallback_note == ""


def test_no_texts_no_section_and_no_note():
    summary = consent_summary(parse_policy(BASE, "p.toml"), "de")
    assert summary.fallback_note == "" and all(s.title != "Why your organisation records" for s in summary.sections)
