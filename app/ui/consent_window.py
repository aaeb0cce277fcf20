"""First-run consent: a plain-language screen; capture starts only after "I understand".

`ConsentFlow` decides from the ledger whether to ask, shows `ConsentDialog` (with what changed,
when the policy changed since the last answer), records the answer, and calls `start_capture`
only when consent is given. Declining is respected: nothing is captured, and the screen says how
to reconsider.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QTextBrowser, QVBoxLayout

from app.policy.consent.diff import policy_diff
from app.policy.consent.summary import ConsentState, ConsentSummary, consent_summary
from app.ui.colours import accent_text, css, muted_text
from app.ui.i18n import translate
from app.ui.retranslate import Retranslating


def reconsider() -> str:
    return translate("Consent", "Nothing will be recorded. You can change your mind at any time: "
                     "open “Policy and privacy…” from the Airlock tray menu, or run `airlock consent --accept`.")


def summary_html(summary: ConsentSummary, changes: list[str], palette: QPalette | None = None) -> str:
    """The summary as HTML for a text view whose background is `palette`'s Base."""
    e = html.escape
    warning = css(accent_text("bad", palette, QPalette.ColorRole.Base))
    muted = css(muted_text(palette, QPalette.ColorRole.Base))
    parts = [f"<h2>{e(summary.heading)}</h2>"]
    if summary.fallback_note:  # the organisation's words are not in the employee's language: say so first
        parts.append(f"<p style='color:#8a4b00'><b>{e(summary.fallback_note)}</b></p>")
    if changes:
        parts.append(f"<h3 style='color:{warning}'>{e(translate('Consent', 'What changed since you last answered'))}</h3><ul>")
        parts += [f"<li>{e(c)}</li>" for c in changes]
        parts.append("</ul>")
    for section in summary.sections:
        parts.append(f"<h3>{e(section.title)}</h3><ul>")
        parts += [f"<li>{e(line)}</li>" for line in section.lines]
        parts.append("</ul>")
    parts.append(f"<p style='color:{muted}'>{e(translate('Consent', 'Policy %1').replace('%1', summary.policy_hash[:16]))}</p>")
    return "".join(parts)


Words = Callable[[], tuple[ConsentSummary, list[str]]]  # the summary and what changed, in the language now set


class ConsentDialog(Retranslating, QDialog):
    """The consent screen. `accept()` means "I understand"; `reject()` means decline. `again` says
    the policy's words anew after a change of language (without it they stay as given)."""

    def __init__(self, summary: ConsentSummary, changes: list[str], parent=None, *, again: Words | None = None) -> None:
        super().__init__(parent)
        self._again = again
        self.say(self.setWindowTitle, lambda: translate("Consent", "Before anything is recorded"))
        self.text = QTextBrowser()
        self.say(self.text.setAccessibleName, lambda: translate("Consent", "What this policy records and your rights"))
        self.say(self.text.setAccessibleDescription, lambda: translate(
            "Consent", "The policy in plain words: what is recorded, what never is, where it goes, who can open it, "
                       "and your rights."))
        self.text.setTabChangesFocus(True)  # Tab leaves the text for the buttons (no links to visit inside)
        self.text.setHtml(summary_html(summary, changes, self.text.palette()))
        self.buttons = QDialogButtonBox()
        self.agree = QPushButton()
        self.say(self.agree.setText, lambda: translate("Consent", "I understand — start recording"))
        self.say(self.agree.setAccessibleName, lambda: translate("Consent", "I understand, start recording"))
        self.say(self.agree.setAccessibleDescription, lambda: translate(
            "Consent", "Nothing is recorded before you choose this. Your answer is kept in the activity log."))
        self.decline = QPushButton()
        self.say(self.decline.setText, lambda: translate("Consent", "Decline"))
        self.say(self.decline.setAccessibleName, lambda: translate("Consent", "Decline: record nothing"))
        self.say(self.decline.setAccessibleDescription, lambda: translate(
            "Consent", "Nothing is recorded. You can answer again later from Policy and privacy."))
        self.buttons.addButton(self.agree, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.decline, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.resize(720, 640)
        self.text.setFocus()  # a screen reader starts reading the policy

    def retranslate(self) -> None:
        super().retranslate()
        if self._again is not None and hasattr(self, "text"):
            summary, changes = self._again()
            self.text.setHtml(summary_html(summary, changes, self.text.palette()))


class ConsentFlow:
    """Ask when needed, record the answer through the operations, start capture only on consent.

    Reads (is consent given? what changed?) go through the vault reader; the answer is recorded by
    `operations.record_consent`, the same route `airlock consent` takes, which also tells the app
    to start or stop capture.
    """

    def __init__(self, reader, operations, policy, tasks, start_capture: Callable[[], None],
                 show_message: Callable[[str], None] = lambda text: None,
                 make_dialog: Callable[..., QDialog] = ConsentDialog) -> None:
        self._reader = reader
        self._operations = operations
        self._policy = policy
        self._tasks = tasks
        self._start_capture = start_capture
        self._show_message = show_message
        self._make_dialog = make_dialog
        self.dialog: QDialog | None = None
        self.state: ConsentState | None = None
        self.summary: ConsentSummary | None = None

    def run(self, ask_again: bool = False) -> None:
        """Start capture if consent is given; otherwise open the dialog (non-blocking)."""
        self._tasks.deliver(self._reader.consent_state(self._policy), lambda found: self._decide(found, ask_again))

    def _decide(self, found, ask_again: bool) -> None:
        state, consented_to = found
        self.state = state
        if state is ConsentState.GIVEN and not ask_again:
            self._start_capture()
            return
        if state is ConsentState.DECLINED and not ask_again:
            self._show_message(reconsider())
            return
        def words() -> tuple[ConsentSummary, list[str]]:
            """In the language now set; the answer records the language of the words last shown."""
            self.summary = consent_summary(self._policy)
            changed = state is ConsentState.CHANGED and consented_to
            return self.summary, policy_diff(consented_to, self._policy) if changed else []

        self.dialog = self._make_dialog(*words(), again=words)
        self.dialog.accepted.connect(lambda: self._answer(True))
        self.dialog.rejected.connect(lambda: self._answer(False))
        self.dialog.show()

    def _answer(self, accepted: bool) -> None:
        # The operations call back (`on_consent_answered`) to start or stop capture once recorded.
        self._tasks.deliver(self._operations.record_consent(
            self._policy, accepted, self.summary.language if self.summary else ""),
                            lambda change: None if accepted else self._show_message(reconsider()))
