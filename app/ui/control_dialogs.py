"""The two questions the controls ask: "delete exactly this?" and "flag it as what?".

The delete confirmation names the span (clock times and length) and what it holds (segments,
applications, keystrokes, clicks, screenshots) as counted by the vault, so the employee knows
exactly what goes. The texts are pure functions, tested without dialogs.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QWidget,
)

from app.control.durations import describe_span
from app.core.changes import RangeCounts
from app.core.model import FlagCategory
from app.ui.flag_dialog import FlagDialog


def _clock(t: float) -> str:
    return dt.datetime.fromtimestamp(t).strftime("%H:%M")


def delete_question(counts: RangeCounts, seconds: float) -> tuple[str, str]:
    """(question, details) for deleting `counts` — the last `seconds` until now."""
    span = describe_span(seconds)
    question = f"Delete everything captured in the last {span} ({_clock(counts.start)} until now)?"
    if not (counts.segments or counts.events or counts.frames):
        return question, f"Nothing was captured between {_clock(counts.start)} and {_clock(counts.end)}."
    apps = f" in {', '.join(counts.apps)}" if counts.apps else ""

    def plural(count: int, word: str) -> str:
        return f"{count} {word}{'' if count == 1 else 's'}"
    details = (f"This deletes {plural(counts.segments, 'segment')}{apps}: {plural(counts.keys, 'keystroke')}, "
               f"{plural(counts.clicks, 'click')} and {plural(counts.frames, 'screenshot')}, plus anything "
               "captured while this question is open. They are removed from this computer for good "
               "and can never be released. This cannot be undone.")
    return question, details


def ask_delete(parent: QWidget | None, counts: RangeCounts, seconds: float) -> bool:
    """Ask; True only on an explicit "Delete". Nothing captured: say so and return False."""
    question, details = delete_question(counts, seconds)
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names the applications: shown literally
    box.setWindowTitle("Delete recent captures")
    box.setText(question)
    box.setInformativeText(details)
    if not (counts.segments or counts.events or counts.frames):
        box.setIcon(QMessageBox.Icon.Information)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
        return False
    box.setIcon(QMessageBox.Icon.Warning)
    delete = box.addButton("Delete for good", QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton("Keep", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)  # Enter must never delete
    box.exec()
    return box.clickedButton() is delete


def ask_flag(parent: QWidget | None, seconds: float) -> tuple[FlagCategory, str] | None:
    dialog = FlagDialog(f"everything captured in the last {describe_span(seconds)}", parent)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
