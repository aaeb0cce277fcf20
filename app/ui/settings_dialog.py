"""My privacy settings: the organisation's values, read-only, and what the employee may tighten.

Only tightening is offered: a stricter keystroke mode, a longer hold, explicit approval, more
exclusions. Looser choices are not in the controls at all, and the reason is written beside them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)

from app.core import i18n as core_i18n
from app.core.model import KeystrokeMode
from app.policy.model import Policy, ReleaseMode
from app.policy.personal import PersonalSettings, effective_policy
from app.policy.rules.exclusions import ExclusionRule
from app.ui.i18n import translate
from app.ui.retranslate import Retranslating
from app.ui.shown_text import plain_label


def mode_words(mode: KeystrokeMode) -> str:
    return {
        KeystrokeMode.FULL: translate("Settings", "full — the text you type"),
        KeystrokeMode.MASKED: translate("Settings", "masked — each character becomes •"),
        KeystrokeMode.COUNTS: translate("Settings", "counts — only how many keys"),
        KeystrokeMode.NONE: translate("Settings", "none — no keystrokes at all"),
    }[mode]


def hours_text(hours: float) -> str:
    """"48 hours", "1 hour", "1,5 Stunden": the number in the employee's locale."""
    if hours == int(hours):
        return translate("Settings", "%n hour(s)", None, int(hours))
    return translate("Settings", "%1 hours").replace("%1", QLocale().toString(hours, "g", 6))


def why_read_only() -> str:
    return translate("Settings", "Your organisation sets these values in its signed policy. You can make them "
                     "stricter for yourself, never looser.")


class SettingsDialog(Retranslating, QDialog):
    """`save(PersonalSettings)` is called with the new choice when the employee presses Save."""

    def __init__(self, policy: Policy, current: PersonalSettings, save: Callable[[PersonalSettings], None],
                 parent=None) -> None:
        super().__init__(parent)
        self.say(self.setWindowTitle, lambda: translate("Settings", "My privacy settings"))
        self.say(self.setAccessibleName, lambda: translate("Settings", "My privacy settings"))
        self._policy, self._save = policy, save
        effective = effective_policy(policy, current)[0]

        it = QGroupBox()
        self.say(it.setTitle, lambda: translate("Settings", "Set by your organisation"))
        it_form = QFormLayout(it)
        self._row(it_form, lambda: translate("Settings", "Keystrokes"),
                  self._label(lambda: mode_words(policy.keystroke_default)))
        self._row(it_form, lambda: translate("Settings", "Hold before release"),
                  self._label(lambda: hours_text(policy.release.hold_hours)))
        self._row(it_form, lambda: translate("Settings", "Release"), self._label(
            lambda: translate("Settings", "after you approve") if policy.release.mode is ReleaseMode.EXPLICIT
            else translate("Settings", "after the hold unless you delete or flag")))
        self._row(it_form, lambda: translate("Settings", "Exclusions"), self._label(lambda: translate(
            "Settings", "%n rule(s) (password managers, private browsing, login prompts and your organisation's)",
            None, len(policy.exclusions))))
        why = self._label(why_read_only)
        why.setWordWrap(True)
        it_form.addRow(why)

        mine = QGroupBox()
        self.say(mine.setTitle, lambda: translate("Settings", "My choices (stricter only)"))
        form = QFormLayout(mine)
        self.keystrokes = QComboBox()
        self.say(self.keystrokes.setAccessibleName, lambda: translate("Settings", "Keystroke mode for me"))
        self.say(self.keystrokes.setAccessibleDescription, lambda: translate(
            "Settings", "How much of what you type is kept; only modes stricter than your organisation's are offered"))
        floor = policy.keystroke_default.strictness
        for mode in KeystrokeMode:
            if mode.strictness >= floor:  # looser modes are not offered
                self.keystrokes.addItem("", mode.value)
                self._item_text(self.keystrokes, self.keystrokes.count() - 1, lambda mode=mode: mode_words(mode))
        self.keystrokes.setCurrentIndex(self.keystrokes.findData(effective.keystroke_default.value))
        self._row(form, lambda: translate("Settings", "Keystrokes"), self.keystrokes)
        self.hold = QDoubleSpinBox()
        self.say(self.hold.setAccessibleName, lambda: translate("Settings", "Hold before release, hours"))
        self.say(self.hold.setAccessibleDescription, lambda: translate(
            "Settings", "How long captures wait before they may leave; at least your organisation's hold"))
        self.hold.setRange(policy.release.hold_hours, 24 * 365)
        self.say(self.hold.setSuffix, lambda: translate("Settings", " hours"))
        self.hold.setValue(effective.release.hold_hours)
        self._row(form, lambda: translate("Settings", "Hold before release"), self.hold)
        self.explicit = QCheckBox()
        self.say(self.explicit.setText, lambda: translate("Settings", "Nothing leaves until I approve it"))
        self.say(self.explicit.setAccessibleName, lambda: translate("Settings", "Require my approval before release"))
        self.say(self.explicit.setAccessibleDescription, lambda: translate("Settings", "Nothing leaves until I approve it"))
        self.explicit.setChecked(effective.release.mode is ReleaseMode.EXPLICIT)
        self.explicit.setEnabled(policy.release.mode is not ReleaseMode.EXPLICIT)  # already required by IT
        form.addRow(self.explicit)
        self.exclusions = QListWidget()
        self.say(self.exclusions.setAccessibleName, lambda: translate("Settings", "My extra exclusions"))
        self.say(self.exclusions.setAccessibleDescription, lambda: translate(
            "Settings", "Applications and windows never recorded, on top of your organisation's"))
        for rule in current.extra_exclusions:
            self.exclusions.addItem(rule.name)
        self._extra = list(current.extra_exclusions)
        self.exclude_app = QLineEdit()
        self.say(self.exclude_app.setPlaceholderText, lambda: translate("Settings", "application, e.g. signal"))
        self.say(self.exclude_app.setAccessibleName, lambda: translate("Settings", "Application to exclude"))
        self.exclude_title = QLineEdit()
        self.say(self.exclude_title.setPlaceholderText, lambda: translate(
            "Settings", "or words in the window title, e.g. online banking"))
        self.say(self.exclude_title.setAccessibleName, lambda: translate("Settings", "Window title words to exclude"))
        add = QPushButton()
        self.say(add.setText, lambda: translate("Settings", "Exclude"))
        self.say(add.setAccessibleName, lambda: translate("Settings", "Add exclusion"))
        self.say(add.setAccessibleDescription, lambda: translate(
            "Settings", "Adds the application or title words above to the list"))
        add.clicked.connect(self.add_exclusion)
        row = QHBoxLayout()
        row.addWidget(self.exclude_app)
        row.addWidget(self.exclude_title)
        row.addWidget(add)
        self._row(form, lambda: translate("Settings", "Never record"), self.exclusions)
        form.addRow(row)
        personal = QGroupBox()
        self.say(personal.setTitle, lambda: translate("Settings", "Language"))
        personal_form = QFormLayout(personal)
        self.language = QComboBox()
        self.say(self.language.setAccessibleName, lambda: translate("Settings", "Language of Airlock"))
        self.say(self.language.setAccessibleDescription, lambda: translate(
            "Settings", "The language of Airlock's windows, menus and notices"))
        system = core_i18n.resolve(core_i18n.system_language())
        self.language.addItem("", None)
        self._item_text(self.language, 0, lambda: translate("Settings", "As the system (%1)").replace(
            "%1", core_i18n.LANGUAGE_NAMES.get(system, system)))
        for code in core_i18n.available_languages():
            if code != core_i18n.PSEUDO:  # a test build, not a language
                self.language.addItem(core_i18n.LANGUAGE_NAMES.get(code, code), code)  # each in its own words
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        self._row(personal_form, lambda: translate("Settings", "Language"), self.language)
        self.notes = plain_label()  # rule names may quote window titles
        self.say(self.notes.setText, lambda: "\n".join(effective_policy(policy, current)[1]))
        self.notes.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.say(buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleDescription, lambda: translate(
            "Settings", "Keeps these choices; capture and release obey them at once"))
        self.say(buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription, lambda: translate(
            "Settings", "Close without changing anything"))
        buttons.accepted.connect(self.accept_and_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(it)
        layout.addWidget(mine)
        layout.addWidget(personal)
        layout.addWidget(self.notes)
        layout.addWidget(buttons)

    def _label(self, words: Callable[[], str]) -> QLabel:
        label = QLabel()
        self.say(label.setText, words)
        return label

    def _row(self, form: QFormLayout, words: Callable[[], str], field) -> None:
        caption = self._label(words)
        caption.setBuddy(field)
        form.addRow(caption, field)

    def _item_text(self, combo: QComboBox, index: int, words: Callable[[], str]) -> None:
        self.say(lambda text: combo.setItemText(index, text), words)

    def add_exclusion(self) -> None:
        import re

        app, title = self.exclude_app.text().strip(), self.exclude_title.text().strip()
        if not app and not title:
            return
        name = f"mine: {app or title}"
        rule = ExclusionRule(name, app_pattern=f"^{re.escape(app)}$" if app else "",
                             title_pattern=re.escape(title) if title else "")
        self._extra.append(rule)
        self.exclusions.addItem(name)
        self.exclude_app.clear()
        self.exclude_title.clear()

    def chosen(self) -> PersonalSettings:
        mode = KeystrokeMode(self.keystrokes.currentData())
        return PersonalSettings(
            extra_exclusions=tuple(self._extra),
            keystroke_default=None if mode is self._policy.keystroke_default else mode,
            hold_hours=None if self.hold.value() <= self._policy.release.hold_hours else self.hold.value(),
            release_mode=ReleaseMode.EXPLICIT if self.explicit.isChecked() and self.explicit.isEnabled() else None,
            language=self.language.currentData(),
        )

    def accept_and_save(self) -> None:
        self._save(self.chosen())
        self.accept()
