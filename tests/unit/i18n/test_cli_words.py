"""The Qt-free side's words in German: placeholders filled once, numbers grouped by the locale,
the scan's progress, the detectors' reasons, doctor's report; and --json stays English."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core import i18n
from app.core.i18n import fill, format_decimal, format_number
from app.core.screen_text import ScanCounts
from app.policy.detectors.matching import split_words
from app.policy.detectors.reasons import stored_reason
from app.scan.worker import ScanProgress, describe


@pytest.fixture
def german():
    i18n.set_language("de")
    yield
    i18n.set_language("en")


def test_fill_replaces_each_placeholder_once_even_when_a_value_holds_another():
    assert fill("%1 → %2", "/tmp/100%2", "ok") == "/tmp/100%2 → ok"
    assert fill("%2, %1", "a", "b") == "b, a"
    assert fill("%1 and %3", "a") == "a and %3"  # a missing value leaves its placeholder visible


def test_numbers_are_grouped_as_the_language_writes_them(german):
    assert format_number(1310) == "1.310" and format_number(1_234_567) == "1.234.567" and format_number(7) == "7"
    assert format_decimal(1234.56) == "1.234,6" and format_decimal(0.5, 2) == "0,50"
    i18n.set_language("en")
    assert format_number(1310) == "1,310" and format_decimal(1234.56) == "1,234.6"


def test_scan_progress_in_german_with_german_numbers(german):
    assert describe(ScanProgress(ScanCounts(read=420, total=1310))) == "Bildschirmfotos werden gelesen: 420 von 1.310"
    assert describe(ScanProgress(ScanCounts(read=1310, total=1310), done=True)) == "Bildschirmfotos gelesen: 1.310 von 1.310"
    assert describe(ScanProgress(ScanCounts(read=0, total=2000), waiting_because="on battery")) == (
        "Bildschirmfotos werden gelesen: 0 von 2.000 (wartet: Akkubetrieb)")


def test_a_detectors_reason_is_stored_in_english_and_shown_in_the_employees_language(german):
    from app.policy.detectors import load_rules
    from app.policy.detectors.matching import find_sensitive
    from app.policy.detectors.reasons import reason_in_words as reason_words

    findings = find_sensitive(load_rules(), screen=split_words("IBAN DE89 3704 0044 0532 0130 00"))
    assert findings and all(f.reason.endswith(" on screen") for f in findings), findings  # data: English
    assert all(reason_words(f.reason).endswith(" auf dem Bildschirm") for f in findings)
    assert reason_words("'a', 'b', 'c', 'd' and 2 more in the window title") == "'a', 'b', 'c', 'd' und 2 weitere im Fenstertitel"
    assert reason_words("'x' and 1 more typed") == "'x' und 1 weiteres getippt"
    assert reason_words("'Slack' as the application") == "'Slack' als Anwendung"
    assert reason_words("'it's on screen' on screen") == "'it's on screen' auf dem Bildschirm"  # seen words kept
    assert reason_words("something else") == "something else"
    assert stored_reason(["a", "b", "c", "d", "e", "f"], "screen") == "'a', 'b', 'c', 'd' and 2 more on screen"


def test_a_policy_error_names_line_and_field_in_german(german):
    from app.core.errors import PolicyError
    from app.policy.file.parser import parse_policy

    with pytest.raises(PolicyError) as raised:
        parse_policy('organisation = "X"\n[capture]\njpeg_quality = 500\n[release]\ndestination = "file:///tmp/x"\n',
                      "policy.toml")
    assert "policy.toml, Zeile 3: capture.jpeg_quality: muss eine ganze Zahl von 10 bis 95 sein, erhalten: 500" in (
        raised.value.message)
    assert raised.value.hint.startswith("Korrigieren Sie die Richtliniendatei")


def test_json_answers_stay_english_under_a_german_locale(tmp_path, monkeypatch, capsys):
    """--json is machine output: even its error is English. (Doctor's JSON is checked the same way
    by the German e2e, in its own process: doctor loads Qt, whose locale must not be set here.)"""
    from app.main import main

    policy = tmp_path / "policy.toml"
    policy.write_text('organisation = "X"\n[capture]\njpeg_quality = 500\n', encoding="utf-8")
    monkeypatch.setenv("AIRLOCK_POLICY", str(policy))
    i18n.set_language("de")
    try:
        german = main(["--data-dir", str(tmp_path / "data"), "policy", "show"])
        said_in_german = capsys.readouterr().err
        machine = main(["--data-dir", str(tmp_path / "data"), "policy", "show", "--json"])
        said_for_machines = capsys.readouterr().err
    finally:
        i18n.set_language("en")
    assert german == machine == 2
    assert "muss eine ganze Zahl von 10 bis 95 sein, erhalten: 500" in said_in_german
    assert "must be a whole number from 10 to 95, got 500" in said_for_machines
    assert "Correct the policy file" in said_for_machines and "Korrigieren" not in said_for_machines


def test_every_german_message_of_this_issue_keeps_its_placeholders():
    """A spot check beside the catalogue test: the long admin messages carry all their numbers."""
    catalogue = i18n.Catalogue.load(Path(i18n.catalogue_path("de")))
    recorded = catalogue.find("Cli", "Recorded for %1 s: %2 events and %3 screenshots stored (%4 not stored: paused, "
                              "excluded or unknown focus; %5 still on their way when a pause or delete covered them: "
                              "dropped). State before stopping: %6.")
    assert recorded is not None and all(f"%{i}" in recorded for i in range(1, 7))


def test_where_a_setting_came_from_is_shown_in_german_but_kept_english_as_data(german):
    from app.policy.managed.effective import DEFAULT_ORIGIN, origin_words, value_words

    assert DEFAULT_ORIGIN == "built-in default"  # the data (--json, comparisons) is not translated
    assert origin_words(DEFAULT_ORIGIN) == "eingebaute Voreinstellung"
    assert origin_words("/etc/airlock/policy.toml, line 7") == "/etc/airlock/policy.toml, Zeile 7"
    assert origin_words(r"HKLM\SOFTWARE\Policies\Airlock\capture\scale") == r"HKLM\SOFTWARE\Policies\Airlock\capture\scale"
    assert [value_words(v) for v in ("(not set)", "1 entry", "3 entries", "2 applications", "0.5")] == [
        "(nicht gesetzt)", "1 Eintrag", "3 Einträge", "2 Anwendungen", "0.5"]


def test_an_error_in_german_still_logs_in_english(german, caplog):
    """Log lines stay English: the translated message carries its English source for the log."""
    import logging
    import pickle

    from app.core.i18n import english
    from app.core.log_guard import ContentGuard, safe
    from app.policy.file.location import read_policy_bytes

    with pytest.raises(Exception) as raised:
        read_policy_bytes(Path("/nonexistent/policy.toml"))
    message = raised.value.message
    assert message == "/nonexistent/policy.toml: keine Richtliniendatei (sie fehlt oder ist ein Verzeichnis)"
    assert english(message) == "/nonexistent/policy.toml: not a policy file (it is missing or a directory)"
    assert english(pickle.loads(pickle.dumps(message))) == english(message)  # crosses the collector's processes

    log = logging.getLogger("airlock.test-i18n")
    guard = ContentGuard()
    log.addFilter(guard)
    try:
        with caplog.at_level(logging.WARNING, logger="airlock.test-i18n"):
            log.warning("reading the policy failed: %s", safe(english(message)))
    finally:
        log.removeFilter(guard)
    assert caplog.messages == ["reading the policy failed: /nonexistent/policy.toml: not a policy file "
                               "(it is missing or a directory)"]


def test_an_object_store_error_names_the_request_in_german(german):
    from app.release.s3_destination import _words

    assert _words("starting the upload") == "den Beginn des Hochladens"
    assert _words("part 3 of 5") == "Teil 3 von 5"
    assert _words("HEAD") == "HEAD"
