"""The consent screen, the review window, the tray menu and the status window in German and in the
pseudo-locale (every string accented, bracketed and ~30 % longer): every text is translated, and no
label or button is clipped — each one's size hint fits inside the geometry it actually got."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QToolBar, QWidget

from app.policy.consent.summary import consent_summary
from app.policy.file.parser import parse_policy
from app.ui.consent_window import ConsentDialog
from app.ui.i18n import install_language
from tests.gui.review_support import review_window, seeded, seeded_template  # noqa: F401 - fixtures
from tests.gui.tray_support import env  # noqa: F401 - the fixture

POLICY = """\
organisation = "Beispiel GmbH"
[release]
destination = "file:///srv/drop"
[consent.en]
purpose = "We train a model that fills in our order forms."
[consent.de]
purpose = "Wir trainieren ein Modell, das unsere Bestellformulare ausfüllt."
"""

# The words each language must show (the pseudo-locale brackets every translated string).
EXPECTED = {"de": {"consent": "Bevor etwas aufgezeichnet wird", "agree": "Verstanden — Aufzeichnung starten",
                   "review": "Aufzeichnungen prüfen", "resume": "Aufzeichnung fortsetzen"},
            "qps": {"consent": "[", "agree": "[", "review": "[", "resume": "["}}


@pytest.fixture(params=["de", "qps"])
def language(request, qapp):
    assert install_language(request.param) == request.param
    yield request.param
    install_language("en")


def clipped(window: QWidget) -> list[str]:
    """Visible labels and buttons whose text does not fit the space they were given."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget.parentWidget(), QToolBar):
            continue  # a toolbar moves what does not fit into its extension menu
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():  # heightForWidth takes the widget's width (a style sheet's padding inside)
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    problems.append(f"{widget.text()!r}: needs {needed}px high, has {widget.height()}")
            elif widget.sizeHint().width() > widget.width() + 1:
                problems.append(f"{widget.text()!r}: needs {widget.sizeHint().width()}px, has {widget.width()}")
        elif (isinstance(widget, QAbstractButton) and widget.text()
              and widget.sizeHint().width() > widget.width() + 1):
            problems.append(f"{widget.text()!r}: needs {widget.sizeHint().width()}px, has {widget.width()}")
    return problems


def translated(text: str, language: str) -> bool:
    return text.startswith("[") if language == "qps" else bool(text)


def test_the_consent_screen(qtbot, language):
    policy = parse_policy(POLICY, "policy.toml")
    dialog = ConsentDialog(consent_summary(policy), [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert EXPECTED[language]["consent"] in dialog.windowTitle()
    assert EXPECTED[language]["agree"] in dialog.agree.text() and translated(dialog.decline.text(), language)
    text = dialog.text.toPlainText()
    if language == "de":
        assert "Warum Ihre Organisation aufzeichnet" in text and "Bestellformulare" in text
        assert "What is recorded" not in text
    else:  # no pseudo text in the policy: the organisation's words fall back to English, and it says so
        assert "We train a model" in text and "[Ýöûŕ öŕğåñîşåţîöñ'ş ţéxţ" in text
    assert clipped(dialog) == []


def test_the_review_window(qtbot, language, review_window):
    window = review_window
    assert EXPECTED[language]["review"] in window.windowTitle()
    actions = [a for a in window.findChildren(QToolBar)[0].actions() if a.text()]
    assert actions and all(translated(a.text(), language) for a in actions), [a.text() for a in actions]
    headers = [window.model.headerData(c, Qt.Orientation.Horizontal) for c in range(window.model.columnCount())]
    assert all(translated(h, language) for h in headers), headers
    assert translated(window.detail.app_label.text(), language) or window.detail.app_label.text()
    assert clipped(window) == []


def test_the_tray_menu_and_the_status_window(qtbot, language, env):
    from app.ui.control_menu import QuitRule, WindowHooks
    from app.ui.icons import IconSet
    from app.ui.status_window import StatusWindow

    env.controller.pause_now()
    qtbot.waitUntil(lambda: env.controller.current.paused_at is not None)
    menu = env.menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert all(translated(t, language) for t in texts), texts
    assert EXPECTED[language]["resume"] in menu.entry("resume").text()
    menu.popup(menu.pos())
    qtbot.waitExposed(menu)
    widest = max(menu.fontMetrics().horizontalAdvance(t.replace("&", "")) for t in texts)
    assert menu.width() >= widest
    menu.hide()

    window = StatusWindow(env.flows, env.clock, IconSet(), WindowHooks(), QuitRule(True, lambda: None),
                          always_available=False, hotkey_text="Ctrl+Alt+P")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert translated(window.heading.text(), language) and translated(window.toggle_button.text(), language)
    assert clipped(window) == []
