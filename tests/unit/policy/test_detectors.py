"""The detectors, table-tested: each category on the screens it must find, neutral work screens
it must leave alone, phrases across OCR words, boxes carried through, and the policy's and the
employee's additions."""

from __future__ import annotations

import pytest

from app.policy.detectors import (
    CATEGORIES,
    PERSONAL,
    TextWord,
    WordListError,
    additions,
    find_sensitive,
    load_rules,
)
from app.policy.detectors.wordlists import parse_list

RULES = load_rules()


def screen(text: str) -> list[TextWord]:
    """Words as OCR hands them: one per whitespace-separated token, each with a box."""
    return [TextWord(word, (index * 50, 10, 40, 12)) for index, word in enumerate(text.split())]


def categories(text: str, **more: str) -> set[str]:
    return {finding.category for finding in find_sensitive(RULES, screen=screen(text), **more)}


SENSITIVE = [
    ("credentials", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE"),
    ("credentials", "-----BEGIN OPENSSH PRIVATE KEY----- b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ"),
    ("credentials", "Sign in to your account Username jane.doe Password Forgot password? Remember me"),
    ("credentials", "Password hunter2!x Show password Sign in"),
    ("credentials", "export GITHUB_TOKEN=ghp_0123456789abcdefghijABCDEFGHIJ012345"),
    ("finance", "Card 4539 1488 0343 6467 expires 09/28"),
    ("finance", "IBAN DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX"),
    ("finance", "Account statement March Opening balance 2,310.00 EUR"),
    ("finance", "Gehaltsabrechnung Dezember Bruttolohn 4.200,00 Lohnsteuer 612,33"),
    ("finance", "Net pay 3,120.55 Income tax 880.00 Deductions"),
    ("health", "Patient portal Your lab results are ready"),
    ("health", "Visit summary diagnosis: type 2 diabetes, refill requested"),
    ("health", "Ihre Krankenkasse: Arbeitsunfähigkeitsbescheinigung eingegangen"),
    ("hr", "Annual performance review for J. Smith: meets expectations"),
    ("hr", "Abmahnung wegen wiederholter Verspätung"),
    ("hr", "Salary increase effective 1 April: bonus 5 %"),
    ("private-communication", "WhatsApp Mum: are you coming on Sunday? last seen today at 10:02"),
    ("private-communication", "Gmail Inbox (3) Drafts Spam Compose"),
    ("private-communication", "Posteingang Entwürfe Spam Verfassen"),
    ("religion", "Kirchensteuer 8 % röm.-kath."),
    ("religion", "Prayer times for the mosque this Friday"),
    ("union", "Your IG Metall membership fee for December"),
    ("union", "Trade union ballot: strike from Monday"),
    ("sexual-orientation", "Grindr 3 new messages nearby"),
    ("sexual-orientation", "Our LGBTQ+ support group meets on Thursday"),
    ("political", "Thank you for your campaign donation to the Labour Party"),
    ("political", "Parteimitglied seit 2015, Ortsverband Nord"),
]

NEUTRAL = [
    "def login(request): user = authenticate(request.POST) return redirect(next_url)",
    "password = os.environ['DB_PASSWORD'] username = config.user",
    "user = users.find(request.form['username']) if not user.check_password(request.form['password']): raise Unauthorized('bad login')",
    "class UnionFind: def union(self, a, b): parent[a] = b",
    "SELECT id, name FROM users UNION ALL SELECT id, name FROM archive",
    "Q3 revenue 1,204,332 growth 12.4 % pipeline 8,122,000 forecast 9,004,112",
    "Order 1234 5678 9012 3456 shipped",  # not Luhn-valid
    "Sprint board: In progress 4, Review 2, Done 17; CI status green; Deployments 12",
    "Meeting notes: discussed the roadmap, the API party import, and the diagnosis of the flaky test",
    "Budget 2027 Travel 12,000 Hardware 30,000 Licences 8,400 Total 50,400",
    "Die Auswahl der Kandidaten für das Release erfolgt nach Review",
    "Grafana CPU 42 % Memory 61 % Disk 73 % Requests per second 1,204 Errors 0.2 %",
    "README: install with pip, run make test, open a pull request",
]


@pytest.mark.parametrize(("category", "text"), SENSITIVE)
def test_each_category_is_found_on_its_screens(category, text):
    assert category in categories(text)


@pytest.mark.parametrize("text", NEUTRAL)
def test_neutral_work_screens_are_not_flagged(text):
    assert categories(text) == set()


def test_every_shipped_category_has_a_list_with_something_to_match():
    for name in CATEGORIES:
        rules = RULES.category(name)
        assert rules is not None and (rules.strong or rules.checks or rules.apps), name


def test_one_weak_term_alone_flags_nothing_but_two_different_ones_do():
    assert categories("the treatment of edge cases") == set()
    assert categories("treatment and symptoms") == {"health"}
    assert categories("symptoms symptoms symptoms") == set()  # the same term again is not a second sign


def test_a_phrase_matches_across_ocr_words_and_every_matched_word_keeps_its_box():
    words = screen("Your performance review is due")
    finding, = find_sensitive(RULES, screen=words)
    assert finding.category == "hr" and finding.source == "screen"
    assert [w.text for w in finding.matched] == ["performance", "review"]
    assert [w.box for w in finding.matched] == [words[1].box, words[2].box]
    assert finding.reason == "'performance review' on screen"


def test_a_card_number_split_over_four_words_is_one_finding_with_four_boxes():
    finding, = find_sensitive(RULES, screen=screen("Visa 4539 1488 0343 6467"))
    assert finding.category == "finance"
    assert [w.text for w in finding.matched] == ["4539", "1488", "0343", "6467"]


def test_an_iban_with_a_wrong_checksum_is_not_a_sign():
    assert categories("DE89 3704 0044 0532 0130 01") == set()


def test_the_reason_names_the_words_in_the_order_seen():
    finding, = find_sensitive(RULES, screen=screen("diagnosis: flu. prescription for rest"))
    assert finding.reason == "'prescription', 'diagnosis' on screen" or finding.reason == "'diagnosis', 'prescription' on screen"


def test_one_finding_per_category_per_source():
    findings = find_sensitive(RULES, screen=screen("Patient portal lab results"), typed="my diagnosis and symptoms",
                              title="MyChart - Patient portal", app="firefox")
    assert sorted((f.category, f.source) for f in findings) == [("health", "screen"), ("health", "title"),
                                                                ("health", "typed")]
    typed = next(f for f in findings if f.source == "typed")
    assert all(word.box is None for word in typed.matched)


def test_an_application_name_alone_flags_its_category():
    findings = find_sensitive(RULES, app="WhatsApp")
    assert [(f.category, f.source, f.reason) for f in findings] == [
        ("private-communication", "app", "'whatsapp' as the application")]
    assert find_sensitive(RULES, app="code") == []


def test_german_compounds_match_a_prefix_term():
    assert "health" in categories("Ihre Laborbefunde vom 3. März")


def test_the_policy_adds_words_patterns_and_new_categories():
    rules = load_rules(extra={"health": ["Klinikum Nord"], "project-x": ["re:\\bPRJX-\\d{4}\\b", "codename falcon"]})
    found = {f.category for f in find_sensitive(rules, screen=screen("Befund vom Klinikum Nord, ticket PRJX-1234"))}
    assert found == {"health", "project-x"}
    assert {f.category for f in find_sensitive(rules, screen=screen("Codename Falcon launch"))} == {"project-x"}


def test_policy_additions_are_checked():
    with pytest.raises(WordListError, match="category"):
        additions("Bad Name", ["x"])
    with pytest.raises(WordListError, match="pattern"):
        additions("x", ["re:("])


def test_personal_words_only_add_a_personal_category():
    rules = load_rules(personal_words=["Dr. Okonkwo"])
    findings = find_sensitive(rules, screen=screen("Call Dr. Okonkwo tomorrow"))
    assert [(f.category, f.reason) for f in findings] == [(PERSONAL, "'dr okonkwo' on screen")]
    assert len(rules.categories) == len(RULES.categories) + 1


def test_a_word_list_with_an_unknown_section_or_check_is_refused():
    with pytest.raises(WordListError, match="unknown section"):
        parse_list("x", "[sometimes]\nfoo\n")
    with pytest.raises(WordListError, match="unknown check"):
        parse_list("x", "[checks]\nbarcode\n")
    assert parse_list("x", "# comment\n[weak 3]\na\nb # why\n").weak_needed == 3


def test_a_login_form_needs_three_of_its_words_so_two_in_a_settings_page_are_not_enough():
    assert categories("Change your username or password in the settings") == set()
    assert categories("Username Password Sign in") == {"credentials"}


def test_the_window_title_and_the_typed_text_are_sources_of_their_own():
    title = find_sensitive(RULES, title="Inbox (3) - jane@gmail.com - Gmail — Mozilla Firefox", app="firefox")
    assert [(f.category, f.source) for f in title] == [("private-communication", "title")]
    typed = find_sensitive(RULES, typed="my card is 4539 1488 0343 6467 thanks")
    assert [(f.category, f.source, f.reason) for f in typed] == [
        ("finance", "typed", "'4539 1488 0343 6467' typed")]


def test_a_private_key_header_read_with_mangled_dashes_is_still_found():
    assert "credentials" in categories("une BEGIN OPENSSH PRIVATE KEY un b3BlbnNzaC1rZXktdjE")


def test_words_in_their_german_forms():
    assert categories("Kontoauszug Januar") == {"finance"}
    assert categories("Gewerkschaftsmitglied seit 2019") == {"union"}
    assert categories("Ihre Krankschreibung liegt vor") == {"health"}
