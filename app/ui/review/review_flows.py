"""What happens when the employee acts: which dialog asks what, and which action then runs.

Works on the window's selection (segments, whole days) or a chosen time range. The open dialog
is kept in `dialog` (keyboard users and tests reach it there).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from app.core.changes import RangeCounts
from app.ui.flag_dialog import FlagDialog
from app.ui.i18n import translate
from app.ui.models.labels import category_label, short_day
from app.ui.review.dialogs import ConfirmDialog, RangeDialog, describe_span
from app.vault.queries import Suggestion

HOUR = 3600.0


def _segments(n: int) -> str:
    return translate("ReviewFlows", "%n segment(s)", None, n)


class ReviewFlows:
    def __init__(self, window) -> None:
        self.window = window
        self.dialog: QDialog | None = None
        self.suggestion: Suggestion | None = None  # whose boxes the redaction tool holds ("Redact these")

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _targets(self) -> tuple[list[int], list[tuple[float, float]], str, list]:
        """(segment ids, day spans, words for them, segment rows) of the selection."""
        segments, days = self.window.selection()
        spans = [(d.start, d.end) for d in days]
        ids = [s.id for s in segments if not any(a <= s.start < b for a, b in spans)]
        words = []
        if days:
            words.append(", ".join(short_day(d.day) for d in days))
        if ids:
            words.append(_segments(len(ids)))
        joined = translate("ReviewFlows", "%1 and %2").replace("%1", words[0]).replace("%2", words[1]) \
            if len(words) == 2 else (words[0] if words else translate("ReviewFlows", "nothing"))
        return ids, spans, joined, [s for s in segments if s.id in ids]

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    # -- delete ----------------------------------------------------------------------------------

    def delete_selected(self) -> None:
        ids, spans, words, rows = self._targets()
        if ids or spans:
            self._delete(ids, spans, words, rows)

    def _delete(self, ids: list[int], spans: list, words: str, rows: list) -> None:
        self.window.review_actions.preview(ids, spans, lambda counts: self._confirm_delete(ids, spans, words, counts))

    def _confirm_delete(self, ids, spans, words: str, counts: RangeCounts) -> None:
        text = translate("ReviewFlows", "Delete %1?\n\n%2 with %3, %4 and %5 will be removed from the vault and its "
                         "journal at once. The deletion is recorded in your ledger (counts only).\n\n"
                         "This cannot be undone.")
        for key, part in (("%1", words), ("%2", _segments(counts.segments)),
                          ("%3", translate("ReviewFlows", "%n keystroke(s)", None, counts.keys)),
                          ("%4", translate("ReviewFlows", "%n click(s)", None, counts.clicks)),
                          ("%5", translate("ReviewFlows", "%n screenshot(s)", None, counts.frames))):
            text = text.replace(key, part)
        actions = self.window.review_actions
        dialog = ConfirmDialog(self.window, translate("ReviewFlows", "Delete captured data"), text, translate("ReviewFlows", "&Delete for good"),
                               lambda done, failed: actions.delete(ids, spans, done, failed))
        dialog.finished_with.connect(lambda _r: self._status(translate("ReviewFlows", "Deleted %1.").replace("%1", words)))
        self._open(dialog)

    # -- flag, unflag, approve -------------------------------------------------------------------

    def flag_selected(self) -> None:
        ids, spans, words, _rows = self._targets()
        if ids or spans:
            self._flag(ids, spans, words)

    def _flag(self, ids, spans, words: str) -> None:
        dialog = FlagDialog(words, self.window)

        def accepted() -> None:
            category, note = dialog.choice()
            self.window.review_actions.flag(ids, category, note, spans,
                                            lambda result: self._status(translate("ReviewFlows", "Flagged %n segment(s).", None, result)))

        dialog.accepted.connect(accepted)
        self._open(dialog)

    def unflag_selected(self) -> None:
        ids, spans, _words, _rows = self._targets()
        if ids or spans:
            self.window.review_actions.unflag(ids, spans,
                                              lambda result: self._status(translate("ReviewFlows", "Unflagged %n segment(s).", None, result)))

    def approve_selected(self) -> None:
        ids, spans, _words, _rows = self._targets()
        if ids or spans:
            self._approve(ids, spans)

    def _approve(self, ids, spans) -> None:
        def done(result: int) -> None:
            self._status(translate("ReviewFlows", "Approved %n segment(s) (flagged and released ones are left as they "
                                   "are).", None, result) if result < len(ids)
                         else translate("ReviewFlows", "Approved %n segment(s).", None, result))

        self.window.review_actions.approve(ids, spans, done)

    # -- time range ------------------------------------------------------------------------------

    def act_on_range(self) -> None:
        segments, days = self.window.selection()
        spans = [(s.start, s.end) for s in segments] + [(d.start, d.end) for d in days]
        now = self.window.services.clock.now()
        start, end = (min(a for a, _ in spans), max(b for _, b in spans)) if spans else (now - HOUR, now)
        dialog = RangeDialog(self.window, start, end)

        def accepted() -> None:
            span = dialog.span()
            words = describe_span(*span)
            action = dialog.chosen_action()
            if action == "delete":
                self._delete([], [span], words, [])
            elif action == "flag":
                self._flag([], [span], words)
            else:
                self._approve([], [span])

        dialog.accepted.connect(accepted)
        self._open(dialog)

    # -- redaction -------------------------------------------------------------------------------

    def toggle_redaction(self) -> None:
        detail = self.window.detail
        if detail.detail is None or not detail.detail.frames:
            return
        detail.tabs.setCurrentWidget(detail.screenshots)
        panel = detail.screenshots
        panel.set_redacting(not panel.redact_button.isChecked())
        panel.viewer.setFocus()
        if panel.redact_button.isChecked():
            self._status(translate("ReviewFlows", "Drag on the screenshot, or press R and use the arrow keys, to mark "
                                                  "areas; then press “Black out”."))

    def confirm_frame_redaction(self, frame_id: int, rects: list) -> None:
        detail = self.window.detail.detail
        if detail is None:
            return
        text = translate("ReviewFlows", "Black out %n area(s) of this screenshot?\n\nThe stored screenshot is replaced "
                         "by one where these areas are black. The original is not kept anywhere. This cannot be "
                         "undone.", None, len(rects))
        actions = self.window.review_actions
        suggestion = self.suggestion if self.suggestion is not None and self.suggestion.frame_id == frame_id else None
        if suggestion is None:
            def perform(done, failed) -> None:
                actions.redact_frame(frame_id, rects, done, failed)
        else:  # the suggested boxes, as adjusted: blacked out, and the suggestion settled with it
            def perform(done, failed) -> None:
                actions.accept_suggestion(suggestion.id, rects, done, failed)
        dialog = ConfirmDialog(self.window, translate("ReviewFlows", "Redact screenshot"), text,
                               translate("ReviewFlows", "&Black out"), perform)
        dialog.finished_with.connect(lambda _r: self._after_frame_redaction())
        self._open(dialog)

    def _after_frame_redaction(self) -> None:
        self.window.detail.screenshots.set_redacting(False)
        self._status(translate("ReviewFlows", "Screenshot redacted."))

    def redaction_toggled(self, on: bool) -> None:
        if not on:
            self.suggestion = None  # the tool closed: a later redaction is the employee's own

    # -- answers to a suggestion ("Needs a look") ------------------------------------------------

    def redact_suggestion(self, suggestion: Suggestion, loaded: bool = False) -> None:
        """"Redact these": the redaction tool on the suggestion's screenshot with its boxes drawn."""
        if suggestion.frame_id is None or not suggestion.boxes:
            return  # found in typed text or a title: nothing to box (the button is off for these)
        detail = self.window.detail
        if detail.detail is None or detail.detail.segment.id != suggestion.segment_id:
            if not loaded:  # pressed while its segment was still on its way: once it is shown
                self.window.load_detail(suggestion.segment_id, frame_id=suggestion.frame_id,
                                        then=lambda: self.redact_suggestion(suggestion, loaded=True))
            return
        detail.tabs.setCurrentWidget(detail.screenshots)
        if not detail.screenshots.start_redaction(suggestion.frame_id, suggestion.boxes):
            self._status(translate("ReviewFlows", "That screenshot is no longer in the vault."))
            return
        self.suggestion = suggestion
        detail.screenshots.viewer.setFocus()
        self._status(translate("ReviewFlows", "%n area(s) marked. Adjust them if needed (drag to add, Clear to start "
                               "again), then press “Black out”.", None, len(suggestion.boxes)))

    def flag_suggestion(self, suggestion: Suggestion) -> None:
        label = category_label(suggestion.category)
        self.window.review_actions.flag_suggestion(
            suggestion.id, lambda _change: self._status(
                translate("ReviewFlows", "Flagged as %1: this segment will never leave.").replace("%1", label)))

    def dismiss_suggestion(self, suggestion: Suggestion) -> None:
        self.window.review_actions.dismiss_suggestion(
            suggestion.id, lambda _change: self._status(translate("ReviewFlows", "Marked as not sensitive.")))

    def confirm_text_mask(self, start: int, end: int) -> None:
        detail = self.window.detail.detail
        if detail is None:
            return
        segment_id = detail.segment.id
        text = translate("ReviewFlows", "Mask %n character(s) of the typed text?\n\nThey become • in the vault, and "
                         "the keystrokes that typed them are masked too. The original is not kept anywhere. This "
                         "cannot be undone.", None, end - start)
        actions = self.window.review_actions
        dialog = ConfirmDialog(self.window, translate("ReviewFlows", "Mask typed text"), text, translate("ReviewFlows", "&Mask"),
                               lambda done, failed: actions.mask_text(segment_id, start, end, done, failed))
        dialog.finished_with.connect(lambda _r: self._status(translate("ReviewFlows", "Typed text masked.")))
        self._open(dialog)
