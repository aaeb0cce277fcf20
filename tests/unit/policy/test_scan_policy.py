"""The policy's [scan] table: reading screenshots on or off, the suggestion hold, and the words the
organisation adds to the detectors (they only ever add findings)."""

from __future__ import annotations

import pytest

from app.core.errors import PolicyError
from app.policy.detectors import TextWord, find_sensitive, load_rules
from app.policy.file.canonical import policy_to_mapping
from app.policy.file.parser import parse_policy

BASE = '[release]\ndestination = "file:///srv/drop"\n'


def test_scanning_is_on_and_holds_by_default_and_leaves_the_hash_of_older_policies_alone():
    policy = parse_policy(BASE, "p.toml")
    assert policy.scan.enabled and policy.scan.hold_suggestions and policy.scan.words == ()
    assert "scan" not in policy_to_mapping(policy)


def test_the_organisation_adds_words_and_patterns_per_category():
    policy = parse_policy(BASE + '[scan]\nhold_suggestions = false\nwords = ["health: Klinikum Nord", '
                                  '"finance: re:ACME-\\\\d{6}", "projects: Project Falcon"]\n', "p.toml")
    assert not policy.scan.hold_suggestions
    assert policy.scan.word_additions() == {"health": ["Klinikum Nord"], "finance": ["re:ACME-\\d{6}"],
                                            "projects": ["Project Falcon"]}
    assert policy_to_mapping(policy)["scan"]["words"] == list(policy.scan.words)
    rules = load_rules(policy.scan.word_additions())
    screen = [TextWord(w, (10 * n, 0, 8, 8)) for n, w in enumerate(["Termin", "im", "Klinikum", "Nord", "ACME-123456"])]
    assert {f.category for f in find_sensitive(rules, screen=screen)} >= {"health", "finance"}
    assert [f.category for f in find_sensitive(rules, title="Project Falcon plan")] == ["projects"]


@pytest.mark.parametrize("entry", ['"no category here"', '"Health: x"', '"health: "', '"finance: re:(["', "5"])
def test_a_malformed_entry_is_refused_naming_the_key(entry):
    with pytest.raises(PolicyError, match="scan.words"):
        parse_policy(BASE + f"[scan]\nwords = [{entry}]\n", "p.toml")


def test_the_organisation_may_let_unread_segments_go_and_the_hash_says_so():
    default = parse_policy(BASE, "p.toml")
    assert default.scan.hold_unread
    loose = parse_policy(BASE + "[scan]\nhold_unread = false\n", "p.toml")
    assert not loose.scan.hold_unread and policy_to_mapping(loose)["scan"]["hold_unread"] is False
    assert loose.content_hash != default.content_hash
    # A policy that set only the older keys keeps the hash it had before hold_unread existed.
    older = parse_policy(BASE + "[scan]\nhold_suggestions = false\n", "p.toml")
    assert "hold_unread" not in policy_to_mapping(older)["scan"]
