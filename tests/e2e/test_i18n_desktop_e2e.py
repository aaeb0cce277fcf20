"""The desktop app in German on the real desktop (Xvfb + openbox + trayer, a real keyring): the
consent screen opens in German with the organisation's German text, Enter accepts it, the ledger
records that German was shown, and the running app reports its state in German."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from collections.abc import Callable, Iterator

import pytest

from tests.e2e.harness.desktop import Desktop
from tests.e2e.harness.keyring import keyring_session
from tests.e2e.harness.waiting import wait_until

pytestmark = pytest.mark.e2e

POLICY = """\
organisation = "Beispiel GmbH"

[release]
destination = "file:///srv/airlock-drop"

[consent.en]
purpose = "We train a model that fills in our order forms."

[consent.de]
purpose = "Wir trainieren ein Modell, das unsere Bestellformulare ausfüllt."
"""


@contextlib.contextmanager
def english_desktop(tmp_path) -> Iterator[tuple[Desktop, dict, Callable[..., subprocess.CompletedProcess]]]:
    """A real desktop and keyring, the policy above, an English locale: (desktop, env, `airlock ...`)."""
    policy = tmp_path / "policy.toml"
    policy.write_text(POLICY, encoding="utf-8")
    with keyring_session(tmp_path / "keyring") as keyring, Desktop(tmp_path, tray=True) as desk:
        env = {**keyring.env, "DISPLAY": desk.display, "XDG_SESSION_TYPE": "x11", "AIRLOCK_DATA_DIR": str(tmp_path / "data"),
               "AIRLOCK_POLICY": str(policy), "LANG": "en_US.UTF-8", "PYTHONUNBUFFERED": "1"}
        for name in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LC_ALL", "LC_MESSAGES", "LANGUAGE"):
            env.pop(name, None)

        def airlock(*args: str) -> subprocess.CompletedProcess:
            return subprocess.run([sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True,
                                  timeout=120)

        yield desk, env, airlock


def test_the_consent_screen_in_german_records_german(tmp_path):
    policy = tmp_path / "policy.toml"
    policy.write_text(POLICY, encoding="utf-8")
    with keyring_session(tmp_path / "keyring") as keyring, Desktop(tmp_path, tray=True) as desk:
        env = {**keyring.env, "DISPLAY": desk.display, "XDG_SESSION_TYPE": "x11", "AIRLOCK_DATA_DIR": str(tmp_path / "data"),
               "AIRLOCK_POLICY": str(policy), "LANGUAGE": "de", "LANG": "de_DE.UTF-8", "PYTHONUNBUFFERED": "1"}
        for name in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LC_ALL", "LC_MESSAGES"):
            env.pop(name, None)

        def airlock(*args: str) -> subprocess.CompletedProcess:
            return subprocess.run([sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True,
                                  timeout=120)

        with open(tmp_path / "app.log", "wb") as log:
            app = subprocess.Popen([sys.executable, "-m", "app", "-v"], env=env, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        try:
            dialog = desk.wait_for_window("^Bevor etwas aufgezeichnet wird", timeout=90)
            status = json.loads(airlock("status", "--json").stdout)
            assert status["describe"] == "Keine Aufzeichnung: wartet auf Ihre Einwilligung", status
            desk.focus(dialog)
            desk.key("Return")  # the default button: "Verstanden — Aufzeichnung starten"

            def consent() -> dict | None:
                shown = airlock("ledger", "show", "--json")
                entries = json.loads(shown.stdout) if shown.returncode == 0 else []
                return next((e["body"] for e in entries if e["kind"] == "consent"), None)

            body = wait_until(consent, timeout=60, message="the consent entry in the ledger")
            assert body["accepted"] is True and body["language"] == "de"
            desk.focus(desk.open_window("Notizen", geometry="400x200+60+80"))  # a window to record
            seen: list[str] = []

            def recording() -> bool:
                seen.append(json.loads(airlock("status", "--json").stdout)["describe"])
                return seen[-1] == "Aufzeichnung läuft"
            try:
                wait_until(recording, timeout=60, message="the app to report recording, in German")
            except Exception:
                raise AssertionError(f"{sorted(set(seen))}\n{(tmp_path / 'app.log').read_text()[-3000:]}") from None
        finally:
            app.terminate()
            app.wait(30)


def test_a_language_chosen_while_the_app_runs_reaches_its_open_window_and_the_cli(tmp_path):
    """The app runs in English; `airlock settings --language de` goes through its control channel:
    the consent screen already on screen turns German (the same X window, not reopened), and
    `airlock status` speaks German under an English locale, from the file the app's writer mirrored."""
    with english_desktop(tmp_path) as (desk, env, airlock):

        with open(tmp_path / "app.log", "wb") as log:
            app = subprocess.Popen([sys.executable, "-m", "app", "-v"], env=env, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        try:
            english = desk.wait_for_window("^Before anything is recorded", timeout=90)
            assert json.loads(airlock("status", "--json").stdout)["describe"].startswith("Not capturing")
            chosen = airlock("settings", "--language", "de")
            assert chosen.returncode == 0, chosen.stderr
            assert chosen.stdout.strip() == "Sprache: Deutsch"
            german = desk.wait_for_window("^Bevor etwas aufgezeichnet wird", timeout=60)
            assert german == english  # the window on screen changed its words; nothing was reopened
            assert (tmp_path / "data" / "language").read_text(encoding="ascii") == "de\n"
            status = airlock("status")
            assert status.stdout.startswith("Keine Aufzeichnung: wartet auf Ihre Einwilligung"), status.stdout
        finally:
            app.terminate()
            app.wait(30)


def test_the_app_puts_the_vaults_language_beside_it_at_start(tmp_path):
    """A vault whose language was chosen before the mirror existed (or that was restored without it):
    one start of the app writes the file, and the CLI speaks the employee's language from then on."""
    with english_desktop(tmp_path) as (desk, env, airlock):

        assert airlock("consent", "--accept").returncode == 0
        assert airlock("settings", "--language", "de").returncode == 0
        mirror = tmp_path / "data" / "language"
        mirror.unlink()
        assert "wait for review" in airlock("status").stdout  # without the file: the terminal's English
        with open(tmp_path / "app.log", "wb") as log:
            app = subprocess.Popen([sys.executable, "-m", "app", "-v"], env=env, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        try:
            wait_until(mirror.exists, timeout=90, message="the app to mirror the vault's language")
            assert mirror.read_text(encoding="ascii") == "de\n"
        finally:
            app.terminate()
            app.wait(30)
        assert "Abschnitte warten auf Ihre Prüfung" in airlock("status").stdout
