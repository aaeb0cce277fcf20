"""The review window on a seeded vault: it opens on the newest day, searches, filters, shows a
segment's detail, names every control for assistive technology, and works with the real runner."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from app.core.model import SegmentState
from app.policy.model import ReleasePolicy
from app.ui.models.roles import KIND_GAP, KIND_SEGMENT, Roles
from app.ui.review.dialogs import ConfirmDialog
from app.ui.review.window import ReviewServices, ReviewWindow
from app.ui.tasks import Reads
from app.vault.reader import VaultReader
from tests.gui.review_support import (  # noqa: F401 - fixtures
    fetch_all,
    review_window,
    seeded,
    seeded_template,
    segment_rows,
    sync_services,
)


def loaded_segments(window):
    rows = []
    for row in range(window.model.rowCount()):
        day = window.model.index(row, 0)
        fetch_all(window.model, day)
        rows.extend(item for _, item in segment_rows(window.model, day))
    return rows


def test_it_opens_on_the_newest_day_with_the_first_segment_shown(review_window, seeded):
    window = review_window
    newest = window.model.index(0, 0)
    assert window.view.isExpanded(newest) and window.model.rowCount(newest) > 0
    (first_id,), = seeded.query("SELECT id FROM segments WHERE start >= ? ORDER BY start LIMIT 1",
                                (newest.data(Roles.ITEM).start,))
    assert window.detail.detail.segment.id == first_id
    held, flagged, approved, released = (seeded.query("SELECT count(*) FROM segments WHERE state = ?", (s,))[0][0]
                                         for s in ("held", "flagged", "approved", "released"))
    assert window.counts_label.text() == f"{held:,} held · {flagged:,} flagged · {approved:,} approved · {released:,} released"
    kinds = {window.model.index(r, 0, newest).data(Roles.KIND) for r in range(window.model.rowCount(newest))}
    assert kinds == {KIND_SEGMENT, KIND_GAP}  # what was not captured shows too


def test_search_finds_typed_words_and_title_words(qtbot, review_window, seeded):
    window = review_window
    (text,), = seeded.query("SELECT typed_text FROM segments WHERE keystroke_mode = 'full' AND typed_text LIKE '%forecast%' "
                            "LIMIT 1")
    window.search.setText("forecast")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    found = loaded_segments(window)
    expected = seeded.query("SELECT id FROM segments WHERE typed_text LIKE '%forecast%' OR title LIKE '%forecast%'")
    assert sorted(r.id for r in found) == sorted(i for (i,) in expected) and found
    assert "matching segment" in window.statusBar().currentMessage()
    window.search.clear()
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert len(loaded_segments(window)) == seeded.query("SELECT count(*) FROM segments")[0][0]


def test_typing_in_the_search_box_searches_after_a_short_pause(qtbot, review_window):
    window = review_window
    qtbot.keyClicks(window.search, "Grafana")
    qtbot.waitUntil(lambda: window.model.current_filter.text == "Grafana", timeout=15000)
    assert {r.app for r in loaded_segments(window)} == {"firefox"}


def test_filters_by_application_state_and_day(review_window, seeded):
    window = review_window
    window.app_filter.setCurrentIndex(window.app_choices.row_of("slack"))
    assert {r.app for r in loaded_segments(window)} == {"slack"}
    window.app_filter.setCurrentIndex(0)
    window.state_filter.setCurrentIndex(window.state_filter.findData(SegmentState.FLAGGED))
    flagged = loaded_segments(window)
    assert flagged and {r.state for r in flagged} == {SegmentState.FLAGGED}
    assert len(flagged) == seeded.query("SELECT count(*) FROM segments WHERE state = 'flagged'")[0][0]
    window.state_filter.setCurrentIndex(0)
    window.day_filter.setCurrentIndex(3)  # the oldest of the three days
    assert window.model.rowCount() == 1 and window.model.index(0, 0).data(Roles.ITEM).day.isoformat() == "2024-05-13"


def test_the_detail_shows_screenshots_clicks_typed_text_and_raw_events(qtbot, review_window, seeded):
    window = review_window
    (segment_id, text, frames, clicks), = seeded.query(
        "SELECT id, typed_text, frame_count, click_count FROM segments WHERE frame_count >= 2 AND click_count >= 1 "
        "AND key_count >= 5 ORDER BY id LIMIT 1")
    loaded_segments(window)
    window.view.setCurrentIndex(window.model.segment_index(segment_id))
    detail = window.detail
    assert detail.text_panel.text() == text
    assert detail.screenshots.strip_model.rowCount() == frames
    def marks() -> int:  # each click is a ring and a dot
        qtbot.waitUntil(detail.screenshots.viewer.has_image)
        scene = detail.screenshots.viewer.scene()
        return sum(1 for item in scene.items() if type(item).__name__ == "QGraphicsEllipseItem") // 2

    shown = []
    for _ in range(frames):
        shown.append(marks())
        detail.screenshots.next_frame()
    assert sum(shown) == clicks  # every click drawn once, on the screenshot it belongs to
    # The first page of stored rows, each key press shown with its release (at its held time).
    assert detail.events_model.rowCount() == seeded.query(
        "SELECT count(*) + count(held) FROM (SELECT held FROM events WHERE segment_id = ? ORDER BY dt, n LIMIT 200)",
        (segment_id,))[0][0]
    detail.screenshots.scrubber.setValue(0)
    assert detail.screenshots.current_frame().id == seeded.query(
        "SELECT id FROM frames WHERE segment_id = ? ORDER BY t LIMIT 1", (segment_id,))[0][0]
    detail.screenshots.scrubber.setValue(detail.screenshots.scrubber.maximum())
    assert detail.screenshots.current_frame().id == seeded.query(
        "SELECT id FROM frames WHERE segment_id = ? ORDER BY t DESC LIMIT 1", (segment_id,))[0][0]
    zoom = detail.screenshots.viewer.zoom()
    detail.screenshots.zoom_in_button.click()
    assert detail.screenshots.viewer.zoom() > zoom


def test_every_control_has_an_accessible_name(review_window):
    window = review_window
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSlider, QPlainTextEdit, QTabWidget)
    controls = [w for w in window.findChildren(QWidget)
                if isinstance(w, kinds) and w.isVisibleTo(window) and not isinstance(w.parent(), (QComboBox, QAbstractSlider))
                and type(w).__name__ not in ("QScrollBar", "QHeaderView", "QToolBarExtension")]
    unnamed = [f"{type(w).__name__} {w.objectName()}" for w in controls
               if not w.accessibleName() and not getattr(w, "text", lambda: "")()]
    assert len(controls) > 15
    assert unnamed == []
    assert all(action.toolTip() for action in (window.delete_action, window.flag_action, window.approve_action))
    assert window.delete_action.shortcut().toString() and window.flag_action.shortcut().toString() == "F"


def test_the_window_works_with_the_threaded_reader_and_writer(qtbot, seeded):
    """As in the app: reads on the reader's thread, changes on the recorder's writer thread."""
    from app.control.operations import Operations
    from app.policy.rules.pause import PauseState
    from app.vault.in_flight import InFlightGuard
    from app.vault.operations.store import VaultOperations
    from app.vault.writer import VaultWriter

    pause = PauseState()
    writer = VaultWriter(seeded.handle, InFlightGuard(pause))
    writer.start()
    operations = Operations(pause, seeded.clock, VaultOperations(writer.run))
    window = ReviewWindow(ReviewServices(VaultReader(seeded.handle), operations, seeded.clock, ReleasePolicy()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=10_000)
    assert window.model.rowCount() == 3
    with qtbot.waitSignal(window.changed, timeout=10_000):
        window.approve_action.trigger()
    segment_id = window.detail.detail.segment.id
    qtbot.waitUntil(lambda: window.model.segment_index(segment_id).data(Roles.STATE) == "approved", timeout=10_000)
    assert seeded.query("SELECT state FROM segments WHERE id = ?", (segment_id,)) == [("approved",)]
    window.close()
    writer.stop()


class HeldReads(Reads):
    """Reads that wait until the test lets them through, to order them against focus changes."""

    def __init__(self, reader, parent=None) -> None:
        super().__init__(reader, parent)
        self.held: list = []

    def read(self, ask, on_done=None, on_error=None) -> None:
        self.held.append((ask, on_done, on_error))

    def release(self) -> None:
        held, self.held = self.held, []
        for ask, on_done, on_error in held:
            super().read(ask, on_done, on_error)


def test_keyboard_only_from_the_moment_it_opens(qtbot, seeded):
    """The timeline has the keyboard at once (in the search box N, P and Delete would type or do
    nothing), the window still opens on the first segment although the focused view made the day
    row current before the day's first page arrived (the order seen on a real X display), and
    Home, Delete ask to delete that day."""
    services, conn = sync_services(seeded.handle, seeded.clock)
    runner = HeldReads(VaultReader(seeded.handle, threaded=False))
    window = ReviewWindow(services, runner)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.view.hasFocus)
        while not window.model.rowCount():
            runner.release()  # the days arrive; the newest is expanded and its first page asked for
        window.view.clearFocus()
        window.view.setFocus()  # the focus comes (again) while the first page is on its way
        assert window.view.currentIndex() == window.model.index(0, 0)
        runner.release()
        newest = window.model.index(0, 0)
        first = window.model.index(0, 0, newest)
        assert window.view.currentIndex() == first and first.data(Roles.KIND) == KIND_SEGMENT
        runner.release()
        assert window.detail.detail.segment.id == first.data(Roles.SEGMENT_ID)

        keyboard = QApplication.focusWidget()
        assert keyboard is window.view
        qtbot.keyClick(keyboard, Qt.Key.Key_N)
        assert window.view.currentIndex().data(Roles.SEGMENT_ID) not in (None, first.data(Roles.SEGMENT_ID))
        qtbot.keyClick(keyboard, Qt.Key.Key_Home)
        assert window.selection() == ([], [newest.data(Roles.ITEM)])
        qtbot.keyClick(keyboard, Qt.Key.Key_Delete)
        runner.release()  # what deleting it would remove
        assert isinstance(window.flows.dialog, ConfirmDialog)
        assert newest.data(Roles.ITEM).day.strftime("%a %d %b") in window.flows.dialog.text_label.text()
        window.flows.dialog.reject()
    finally:
        window.close()
        conn.close()
