"""The CLI in the employee's language, through the real `airlock` process and the real keyring:
German output under LANG=de_DE.UTF-8 (plurals included), and consent to a policy written in several
languages records in the ledger which language was shown (German; English with a note for French)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.harness.keyring import keyring_session

pytestmark = pytest.mark.e2e

POLICY = """\
organisation = "Beispiel GmbH"

[release]
destination = "file:///srv/airlock-drop"

[consent.en]
purpose = "We train a model that fills in our order forms."

[consent.de]
purpose = "Wir trainieren ein Modell, das unsere Bestellformulare ausfüllt."
text = "Mit dem Betriebsrat vereinbart. Fragen: datenschutz@example.com"
"""


def airlock(env, *args, language="de_DE.UTF-8"):
    env = {**{k: v for k, v in env.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}, "LANG": language}
    return subprocess.run([sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True, timeout=120)


def consent_entries(env) -> list[dict]:
    shown = airlock(env, "ledger", "show", "--json")
    assert shown.returncode == 0, shown.stderr
    entries = json.loads(shown.stdout)
    entries = entries["entries"] if isinstance(entries, dict) else entries
    return [entry["body"] for entry in entries if entry["kind"] == "consent"]


@pytest.fixture
def env(tmp_path):
    policy = tmp_path / "policy.toml"
    policy.write_text(POLICY, encoding="utf-8")
    with keyring_session(tmp_path / "keyring") as session:
        env = {**session.env, "AIRLOCK_DATA_DIR": str(tmp_path / "data"), "AIRLOCK_POLICY": str(policy)}
        env.pop("DISPLAY", None)
        yield env


def test_consent_and_status_in_german_and_the_ledger_records_the_language(env):
    shown = airlock(env, "consent")
    assert shown.returncode == 0, shown.stderr
    out = shown.stdout
    assert "Was Airlock auf diesem Computer für Beispiel GmbH aufzeichnet" in out
    assert "Warum Ihre Organisation aufzeichnet" in out and "Bestellformulare ausfüllt" in out
    assert "Sie haben noch nicht geantwortet" in out
    assert "What is recorded" not in out and "We train" not in out  # no English left where German exists

    accepted = airlock(env, "consent", "--accept")
    assert accepted.returncode == 0, accepted.stderr
    assert "Danke. Ihre Einwilligung ist vermerkt" in accepted.stdout
    assert consent_entries(env)[-1]["language"] == "de"

    status = airlock(env, "status")
    assert "0 Abschnitte warten auf Ihre Prüfung." in status.stdout, status.stdout
    paused = airlock(env, "pause", "--for", "90m")
    assert paused.returncode == 0, paused.stderr
    assert paused.stdout.startswith("Pausiert bis "), paused.stdout
    deleted = airlock(env, "delete", "--last", "1h", "--dry-run")
    assert deleted.stdout.strip() == ("Das Löschen der letzten 1 Stunde würde nichts entfernen."), deleted.stdout


def test_a_language_the_policy_lacks_falls_back_to_english_and_says_so(env):
    shown = airlock(env, "consent", "--accept", language="fr_FR.UTF-8")
    assert shown.returncode == 0, shown.stderr
    # Airlock has no French catalogue: its own words are English; the organisation's too, with the note.
    assert "Your organisation's text is not available in Français; it is shown in English." in shown.stdout
    assert "We train a model that fills in our order forms." in shown.stdout
    assert consent_entries(env)[-1]["language"] == "en"


def test_the_personal_language_beats_the_system_locale_in_every_command(env):
    """German chosen in the settings (`airlock settings`, through the operations like the dialog):
    `airlock status` under LANG=en_US speaks German, from the small file beside the vault — even
    without the keyring — and "system" gives the terminal's English back."""
    english = "en_US.UTF-8"
    assert airlock(env, "consent", "--accept", language=english).returncode == 0
    before = airlock(env, "status", language=english)
    assert "0 segments wait for review." in before.stdout, before.stdout

    chosen = airlock(env, "settings", "--language", "de", language=english)
    assert chosen.returncode == 0, chosen.stderr
    assert chosen.stdout.strip() == "Sprache: Deutsch"
    status = airlock(env, "status", language=english)
    assert "0 Abschnitte warten auf Ihre Prüfung." in status.stdout, status.stdout
    assert "wait for review" not in status.stdout and "Not capturing" not in status.stdout
    mirror = Path(env["AIRLOCK_DATA_DIR"]) / "language"
    assert mirror.read_text(encoding="ascii") == "de\n"  # the code, nothing else
    assert oct(mirror.stat().st_mode & 0o777) == "0o600"
    saved = [body for body in (e["body"] for e in ledger_entries(env)) if "personal" in body]
    assert saved[-1]["personal"]["language"] == "de"  # the vault holds the setting, with its ledger entry

    no_keyring = {k: v for k, v in env.items() if not k.startswith(("DBUS_", "GNOME_KEYRING"))}
    locked = airlock(no_keyring, "status", language=english)
    assert "Airlock läuft nicht. Der Tresor kann nicht gelesen werden" in locked.stdout, locked.stdout

    back = airlock(env, "settings", "--language", "system", language=english)
    assert back.returncode == 0, back.stderr
    assert back.stdout.strip() == "Language: as the system (English)"
    assert not mirror.exists()
    assert "0 segments wait for review." in airlock(env, "status", language=english).stdout


def test_an_unknown_language_is_refused_and_changes_nothing(env):
    assert airlock(env, "consent", "--accept").returncode == 0
    refused = airlock(env, "settings", "--language", "xx")
    assert refused.returncode != 0
    assert "xx" in refused.stderr and "de, en" in refused.stderr
    assert not (Path(env["AIRLOCK_DATA_DIR"]) / "language").exists()


def ledger_entries(env) -> list[dict]:
    shown = airlock(env, "ledger", "show", "--json")
    assert shown.returncode == 0, shown.stderr
    entries = json.loads(shown.stdout)
    return entries["entries"] if isinstance(entries, dict) else entries


BROKEN_POLICY = """\
organisation = "Beispiel GmbH"

[capture]
jpeg_quality = 500

[release]
destination = "file:///srv/airlock-drop"
"""


def test_doctor_says_in_german_why_a_broken_policy_stops_capture(env, tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text(BROKEN_POLICY, encoding="utf-8")
    doctor = airlock({**env, "AIRLOCK_POLICY": str(broken)}, "doctor")
    assert doctor.returncode == 1, doctor.stdout + doctor.stderr
    lines = doctor.stdout.splitlines()
    assert any(line.split() == ["Richtlinie", "ABGEWIESEN"] for line in lines), doctor.stdout
    assert any(line.startswith("Datenordner ") for line in lines), doctor.stdout
    problem = doctor.stderr
    assert "Problem: Keine Aufzeichnung: Die Richtlinie wurde abgewiesen." in problem, problem
    assert (f"{broken}, Zeile 4: capture.jpeg_quality: muss eine ganze Zahl von 10 bis 95 sein, erhalten: 500"
            in problem), problem
    assert "Korrigieren Sie die Richtliniendatei" in problem
    assert "Policy" not in doctor.stdout and "REFUSED" not in doctor.stdout and "must be" not in problem

    machine = airlock({**env, "AIRLOCK_POLICY": str(broken)}, "doctor", "--json")
    report = json.loads(machine.stdout)  # machine output is not translated
    assert "must be a whole number from 10 to 95, got 500" in report["policy"]["refused"]
    assert report["lines"][4]["label"] == "Policy" and report["lines"][4]["value"] == "REFUSED"


def test_policy_show_speaks_german_around_the_policy_itself(env):
    shown = airlock(env, "policy", "show")
    assert shown.returncode == 0, shown.stderr
    out = shown.stdout
    assert f"# Geltende Richtlinie: {env['AIRLOCK_POLICY']} (nicht signiert)" in out, out
    assert "# Hash der Richtlinie: " in out
    assert "# Die eingebauten Ausschlüsse (Passwortmanager, Authentifikatoren, privates Surfen, Anmeldedialoge)" in out
    assert "# gelten immer und sind unten nicht aufgeführt." in out
    assert "# Warnung: Die Richtlinie nennt keine age-Empfänger" in out, out
    # The TOML is the policy as written, not translated: its keys and the organisation's words stay.
    assert 'organisation = "Beispiel GmbH"' in out and "[release]" in out
    assert "Policy in force" not in out and "built-in exclusions" not in out
