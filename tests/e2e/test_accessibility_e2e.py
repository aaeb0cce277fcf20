"""Accessibility end to end, through the AT-SPI bus a screen reader uses (Orca reads the same tree).

A real desktop (Xvfb + openbox, no tray: the status window is the app's face), a real keyring,
`airlock` started as the employee starts it, with Qt's accessibility bridge on. Each window —
consent, status, review, releases, settings — is read from the bus: every control that can take
the keyboard must announce a role and a name (and a description, which screen readers read after
the name). Then the consent screen is answered and a segment deleted in the review window with
key presses alone (xdotool), each move checked against what the bus says has the keyboard, and
the results checked on disk through the CLI (the ledger, the search index).

The tests run in order on one app (as the employee would meet these windows).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.harness import atspi
from tests.e2e.harness.atspi import AccessibleApp, Node, undescribed_controls, unnamed_controls
from tests.e2e.harness.desktop import Desktop
from tests.e2e.harness.keyring import keyring_session
from tests.e2e.harness.waiting import wait_until

pytestmark = pytest.mark.e2e

DELETE_WORD, KEEP_WORD = "gonewithkeys", "staysafter"
NOTES = "A11y E2E Notes"
MAX_TABS = 40  # more Tab presses than any window has controls: past this, a control is unreachable
# Views whose rows are read one by one (the row is the description); the view itself is named.
ROWS = frozenset({"table cell", "tree item", "list item", "page tab", "page tab list", "menu item", "table column header",
                  "column header", "row header"})


class A11yApp:
    def __init__(self, desk: Desktop, keyring, data: Path, workdir: Path) -> None:
        self.desk, self.data = desk, data
        self.env = {**keyring.env, "DISPLAY": desk.display, "XDG_SESSION_TYPE": "x11", "AIRLOCK_DATA_DIR": str(data),
                    "PYTHONUNBUFFERED": "1", "LANGUAGE": "en", "LANG": "C.UTF-8", **atspi.ENV}
        self.env.pop("QT_QPA_PLATFORM", None)  # a real xcb window on Xvfb, not offscreen
        self.bus = AccessibleApp(self.env, "Airlock")
        self.log_path = workdir / "app.log"
        self.process: subprocess.Popen | None = None

    def airlock(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "app", *args], env=self.env, capture_output=True, text=True,
                              timeout=120)

    def start(self) -> None:
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen([sys.executable, "-m", "app", "-v"], env=self.env, stdout=log,
                                            stderr=subprocess.STDOUT, start_new_session=True)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def alive(self) -> bool:
        assert self.process.poll() is None, f"the app exited: {self.log()[-3000:]}"
        return True

    def stop(self) -> int:
        if self.process is None or self.process.poll() is not None:
            return self.process.returncode if self.process else 0
        self.process.terminate()
        return self.process.wait(30)

    def ledger_kinds(self) -> list[str]:
        result = self.airlock("ledger", "show", "--json")
        assert result.returncode == 0, result.stderr
        return [entry["kind"] for entry in json.loads(result.stdout)]

    def titles_with(self, word: str) -> list[str]:
        """The window titles of the segments whose typed text or title holds `word`."""
        result = self.airlock("search", word, "--json")
        assert result.returncode in (0, 1), result.stderr
        return [hit["title"] for hit in json.loads(result.stdout or "[]")] if result.returncode == 0 else []

    def found(self, word: str) -> bool:
        result = self.airlock("search", word)
        assert result.returncode in (0, 1), result.stderr
        return result.returncode == 0

    # -- the keyboard ---------------------------------------------------------------------------

    def key(self, *keys: str) -> None:
        self.desk.key(*keys)

    def tab_to(self, name: str, window: str) -> Node:
        """Press Tab until the bus says the control named `name` in `window` has the keyboard."""
        for _ in range(MAX_TABS):
            node = self.bus.focused()
            if node is not None and node.in_window(window) and node.name == name:
                return node
            self.key("Tab")
            self.bus.wait_focused(lambda n, node=node: n != node, timeout=10, message=f"Tab to move on from {node}")
        raise AssertionError(f"{name!r} in {window!r} cannot be reached with Tab")


def assert_announced(nodes: list[Node], window: str) -> None:
    assert nodes, f"nothing of {window!r} on the bus"
    assert not unnamed_controls(nodes), f"{window}: controls without a role or a name: {unnamed_controls(nodes)}"
    missing = undescribed_controls(nodes, ROWS)
    assert not missing, f"{window}: controls without a description: {missing}"


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    atspi.check_tools()
    workdir = tmp_path_factory.mktemp("a11y-e2e")
    (workdir / "desktop").mkdir()
    with keyring_session(workdir / "keyring") as keyring, Desktop(workdir / "desktop") as desk:
        running = A11yApp(desk, keyring, workdir / "data", workdir)
        running.notes = desk.open_window(NOTES, geometry="600x300+700+500")
        running.other = desk.open_window("A11y E2E Other", geometry="600x300+700+100")
        running.start()
        try:
            yield running
        finally:
            code = running.stop()
            print(f"\n--- app log ---\n{running.log()[-4000:]}")
            assert code == 0, f"the app did not shut down cleanly ({code})"


def test_the_consent_screen_is_announced_and_answered_with_the_keyboard(app):
    consent = app.bus.window("Before anything is recorded")
    assert_announced(consent, "consent")
    text = [n for n in consent if n.focusable and "read only" in n.states and "multi line" in n.states]
    assert text and text[0].name, "the policy summary is not a named, focusable text"
    assert "consent" not in app.ledger_kinds()

    app.tab_to("I understand, start recording", "Before anything is recorded")
    app.key("space")
    wait_until(lambda: "consent" in app.ledger_kinds(), timeout=30, message="the consent in the ledger")
    wait_until(lambda: app.alive() and "capture started" in app.log(), timeout=60, message="capture to start")


def test_the_status_window_is_announced(app):
    status = app.bus.window("Airlock")
    assert_announced(status, "status window")
    names = {n.name for n in status if n.focusable}
    assert {"Pause", "Review captures…", "Quit Airlock"} <= names
    # The state icon (its shape tells the state) is announced in words too, as the heading says it.
    icons = [n for n in status if n.role == "image" and n.name]
    assert icons and any(n.role == "label" and n.name == icons[0].name for n in status), [str(n) for n in status]


def open_from_status_window(app: A11yApp, button: str, window: str) -> list[Node]:
    app.desk.focus(app.desk.wait_for_window("^Airlock$"))
    app.tab_to(button, "Airlock")
    app.key("space")
    nodes = app.bus.window(window)
    # The new window takes the keyboard: a keyboard user goes on from where it opened.
    app.bus.wait_focused(lambda n: n.in_window(window), message=f"{window!r} to have the keyboard")
    return nodes


def test_the_settings_and_releases_windows_are_announced(app):
    settings = open_from_status_window(app, "My privacy settings…", "My privacy settings")
    assert_announced(settings, "settings")
    app.key("Escape")  # a dialog: Escape closes it
    wait_until(lambda: not [n for n in app.bus.nodes() or [] if n.in_window("My privacy settings") and n.focusable],
               timeout=30,
               message="the settings dialog to close")
    releases = open_from_status_window(app, "What left my computer…", "What left my computer")
    assert_announced(releases, "releases")


def test_a_segment_is_deleted_in_the_review_window_with_keys_alone(app):
    for window, word in ((app.notes, DELETE_WORD), (app.other, KEEP_WORD)):
        app.desk.focus(window)
        app.desk.type_text(f"typed {word} here ")
    app.desk.focus(app.desk.wait_for_window("^Airlock$"))  # the segments end: their typed text is stored
    wait_until(lambda: NOTES in app.titles_with(DELETE_WORD) and app.found(KEEP_WORD), timeout=60,
               message="both words searchable in the vault")

    review = open_from_status_window(app, "Review captures…", "Review captures")
    assert_announced(review, "review")
    # The window opens with the keyboard in the timeline (not in the screenshot strip, whose current
    # thumbnail the bus also calls "focused": see atspi.keyboard_holder).
    app.bus.wait_focused(lambda n: n.name == "Timeline", message="the timeline to have the keyboard on opening")
    app.key("ctrl+f")
    app.bus.wait_focused(lambda n: n.name == "Search", message="Ctrl+F to reach the search")
    app.desk.type_text(DELETE_WORD)
    app.key("Return")
    wait_until(lambda: any(n.name == "1 matching segment" for n in app.bus.window("Review captures")), timeout=30,
               message="the search to find one segment")
    app.key("Down")  # from the search to its results
    app.bus.wait_focused(lambda n: n.name == "Timeline", message="Down to reach the timeline")
    # The segment typed into the notes window is the one selected (its title is read out).
    wait_until(lambda: any(n.name == "Window title" and n.description == NOTES for n in app.bus.nodes() or []),
               timeout=30, message="the notes window's segment to be selected")
    app.key("Delete")
    dialog = app.bus.window("Delete captured data")
    assert_announced(dialog, "delete dialog")
    app.bus.wait_focused(lambda n: n.in_window("Delete captured data"), message="the dialog to have the keyboard")
    app.key("alt+d")  # "&Delete for good" (Enter would cancel: the safe default)
    try:
        # (Typing the word into the review window's search was captured too, as that window's own
        # segment: what must go is the notes window's.)
        wait_until(lambda: NOTES not in app.titles_with(DELETE_WORD), timeout=60,
                   message="the deleted words to leave the vault")
    except AssertionError as error:  # say what is left and what was decided, to tell a wrong delete from none
        left = app.airlock("search", DELETE_WORD, "--json").stdout
        raise AssertionError(f"{error}; still found: {left}; ledger: {app.ledger_kinds()[-5:]}; "
                             f"keyboard at {app.bus.focused()}; log: {app.log()[-1500:]}") from None
    assert app.found(KEEP_WORD)  # only the selected segment went
    assert app.ledger_kinds()[-1] == "delete"
