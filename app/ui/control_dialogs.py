"""The two questions the controls ask: "delete exactly this?" and "flag it as what?".

The delete confirmation names the span (clock times and length) and what it holds (segments,
applications, keystrokes, clicks, screenshots) as counted by the vault, so the employee knows
exactly what goes. The texts are pure functions, tested without dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QWidget,
)

from app.control.durations import describe_span
from app.core.changes import RangeCounts
from app.core.model import FlagCategory
from app.ui.flag_dialog import FlagDialog
from app.ui.i18n import translate


def _clock(t: float) -> str:
    """A clock time in the employee's locale ("14:30", "2:30 PM")."""
    return QLocale().toString(QDateTime.fromMSecsSinceEpoch(int(t * 1000)).time(), QLocale.FormatType.ShortFormat)


def delete_question(counts: RangeCounts, seconds: float) -> tuple[str, str]:
    """(question, details) for deleting `counts` — the last `seconds` until now."""
    span = describe_span(seconds)
    question = translate("Controls", "Delete everything captured in the last %1 (%2 until now)?").replace(
        "%1", span).replace("%2", _clock(counts.start))
    if not (counts.segments or counts.events or counts.frames):
        return question, translate("Controls", "Nothing was captured between %1 and %2.").replace(
            "%1", _clock(counts.start)).replace("%2", _clock(counts.end))
    segments = (translate("Controls", "%n segment(s) in %1", None, counts.segments).replace("%1", ", ".join(counts.apps))
                if counts.apps else translate("Controls", "%n segment(s)", None, counts.segments))
    details = translate("Controls", "This deletes %1: %2, %3 and %4, plus anything captured while this question "
                        "is open. They are removed from this computer for good and can never be released. "
                        "This cannot be undone.")
    for key, part in (("%1", segments), ("%2", translate("Controls", "%n keystroke(s)", None, counts.keys)),
                      ("%3", translate("Controls", "%n click(s)", None, counts.clicks)),
                      ("%4", translate("Controls", "%n screenshot(s)", None, counts.frames))):
        details = details.replace(key, part)
    return question, details


def ask_delete(parent: QWidget | None, counts: RangeCounts, seconds: float) -> bool:
    """Ask; True only on an explicit "Delete". Nothing captured: say so and return False."""
    question, details = delete_question(counts, seconds)
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names the applications: shown literally
    box.setWindowTitle(translate("Controls", "Delete recent captures"))
    box.setText(question)
    box.setInformativeText(details)
    if not (counts.segments or counts.events or counts.frames):
        box.setIcon(QMessageBox.Icon.Information)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
        return False
    box.setIcon(QMessageBox.Icon.Warning)
    delete = box.addButton(translate("Controls", "Delete for good"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("Controls", "Keep"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)  # Enter must never delete
    box.exec()
    return box.clickedButton() is delete


def ask_flag(parent: QWidget | None, seconds: float) -> tuple[FlagCategory, str] | None:
    dialog = FlagDialog(translate("Controls", "everything captured in the last %1").replace("%1", describe_span(seconds)),
                        parent)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
