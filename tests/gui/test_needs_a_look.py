""""Needs a look": the review window lists the suggested moments with their words boxed on the
screenshot; "Redact these", "Flag as …" and "Not sensitive" change the vault through the real
operations, and the counts in the review window, the tray and the notification follow."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pytest
from PIL import Image
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QTabWidget, QWidget

from app.control.operations import Operations
from app.core.model import FlagCategory, SegmentState
from app.policy.model import ReleasePolicy
from app.policy.rules.pause import PauseState
from app.ui.activity_log import ActivityLogWindow
from app.ui.control_flows import ControlFlows
from app.ui.control_menu import ControlMenu, QuitRule, WindowHooks
from app.ui.controller import AppController
from app.ui.icons import IconSet
from app.ui.notifications import NoticeKind, Notifier
from app.ui.review.dialogs import ConfirmDialog
from app.ui.review.frame_viewer import MARK_COLOUR
from app.ui.review.window import ReviewServices, ReviewWindow
from app.ui.tray import TrayIcon
from app.vault.operations.store import VaultOperations
from app.vault.reader import VaultReader
from tests.gui.shown import shown
from tests.helpers.clock import FakeClock
from tests.helpers.seed import SeededSegment, SeededSuggestion, seed, seed_suggestions

T0 = 1_715_760_000.0  # Wed 15 May 2024, 08:00 UTC
BLUE = (40, 90, 200)
ORANGE = (MARK_COLOUR.red(), MARK_COLOUR.green(), MARK_COLOUR.blue())  # far from BLUE: a box is told apart
SIZE = (640, 400)
SEGMENTS = [SeededSegment(T0, "firefox", "Patient portal", "hello", BLUE, SIZE),
            SeededSegment(T0 + 600, "firefox", "Online banking", "world", BLUE, SIZE),
            SeededSegment(T0 + 1200, "signal-desktop", "Signal", "again", BLUE, SIZE)]
HEALTH = SeededSuggestion(0, "health", (("diagnosis", (96, 120, 120, 24)), ("prescription", (96, 200, 160, 24))))
FINANCE = SeededSuggestion(1, "finance", (("IBAN", (320, 80, 64, 24)),))
CHAT = SeededSuggestion(2, "private-communication", (("Mum", (40, 300, 48, 24)),))


@dataclass
class Desk:
    """The review window, the tray and the notifier over one vault and one operations route."""

    window: ReviewWindow
    tray: TrayIcon
    menu: ControlMenu
    controller: AppController
    operations: Operations
    reader: VaultReader
    notifier: Notifier
    segment_ids: list[int]
    suggestion_ids: list[int]

    def tray_says(self, text: str | None) -> bool:
        tip = shown(self.tray.icon.toolTip())
        return text in tip if text is not None else "need a look" not in tip and "needs a look" not in tip


@pytest.fixture
def desk(qtbot, vault_handle):
    segment_ids = seed(vault_handle, SEGMENTS)
    suggestion_ids = seed_suggestions(vault_handle, segment_ids, [HEALTH, FINANCE, CHAT], now=T0 + 1800)
    clock = FakeClock(T0 + 3600)
    conn = vault_handle.connect()
    operations = Operations(PauseState(), clock, VaultOperations.direct(conn))
    controller = AppController(operations, clock)
    notifier = Notifier()
    controller.notice.connect(notifier.notify)
    flows = ControlFlows(controller, clock)
    menu = ControlMenu(flows, clock, WindowHooks(open_review=lambda: None), QuitRule(True, lambda: None))
    tray = TrayIcon(controller, menu, IconSet())
    reader = VaultReader(vault_handle, threaded=False)
    window = ReviewWindow(ReviewServices(reader, operations, clock, ReleasePolicy()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    controller.start()
    yield Desk(window, tray, menu, controller, operations, reader, notifier, segment_ids, suggestion_ids)
    controller.stop()
    window.close()
    conn.close()


def open_needs_a_look(qtbot, desk: Desk) -> None:
    window = desk.window
    window.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Go › Needs a look
    assert window.views.currentWidget() is window.needs
    assert window.needs.list.hasFocus()


def stored_image(desk: Desk, frame_id: int) -> Image.Image:
    _mime, data = desk.reader.frame_image(frame_id).result()
    return Image.open(io.BytesIO(data)).convert("RGB")


def rendered_colour(viewer, x: float, y: float):
    """The colour the viewer shows at image point (x, y)."""
    picture = viewer.viewport().grab().toImage()
    return picture.pixelColor(viewer.mapFromScene(QPointF(x, y)))


def near(colour, rgb, tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip((colour.red(), colour.green(), colour.blue()), rgb, strict=True))


def counts_follow(qtbot, desk: Desk, count: int) -> None:
    """The review window and the tray show `count` moments (or none)."""
    window = desk.window
    if count:
        words = f"{count} moment{'s' * (count != 1)} need{'s' * (count == 1)} a look"
        assert window.needs.heading.text() == words
        assert window.views.tabText(window.NEEDS_A_LOOK) == f"Needs a &look ({count})"
        assert window.counts_label.text().startswith(f"{words} · ")
        qtbot.waitUntil(lambda: desk.tray_says(f"{words} before the next release"), timeout=5000)
        desk.menu.rebuild()
        assert desk.menu.entry("needs-a-look").text() == f"{words} before the next release…"
    else:
        assert window.needs.heading.text() == "Nothing needs a look"
        assert window.views.tabText(window.NEEDS_A_LOOK) == "Needs a &look"
        assert "look" not in window.counts_label.text() and window.counts_label.text().endswith("0 released")
        qtbot.waitUntil(lambda: desk.tray_says(None), timeout=5000)
        desk.menu.rebuild()
        with pytest.raises(KeyError):
            desk.menu.entry("needs-a-look")


def test_the_view_lists_each_moment_and_boxes_its_words_on_the_screenshot(qtbot, desk):
    window = desk.window
    qtbot.waitUntil(lambda: desk.tray_says("3 moments need a look before the next release"), timeout=5000)
    open_needs_a_look(qtbot, desk)
    needs = window.needs
    rows = [needs.model.index(r).data() for r in range(needs.model.rowCount())]
    assert rows == ["Health · Wed 15 May 08:00 · firefox\n'diagnosis', 'prescription' on screen",
                    "Finance · Wed 15 May 08:10 · firefox\n'IBAN' on screen",
                    "Private communication · Wed 15 May 08:20 · signal-desktop\n'Mum' on screen"]
    counts_follow(qtbot, desk, 3)
    kinds = (QAbstractButton, QAbstractItemView, QTabWidget)
    unnamed = [type(w).__name__ for w in needs.findChildren(QWidget) if isinstance(w, kinds) and w.isVisibleTo(window)
               and not w.accessibleName() and not getattr(w, "text", lambda: "")()]
    assert unnamed == [] and needs.list.accessibleName() == "Suggested moments"
    assert [b.accessibleName() for b in (needs.redact_button, needs.flag_button, needs.dismiss_button)] == [
        "Redact these", "Flag as health", "Not sensitive"]
    # The first moment is selected: its segment and screenshot show, the words boxed.
    assert needs.selected().id == desk.suggestion_ids[0]
    assert needs.reason.text() == "'diagnosis', 'prescription' on screen"
    assert needs.flag_button.text() == "&Flag as health" and needs.flag_button.accessibleName() == "Flag as health"
    assert window.detail.detail.segment.id == desk.segment_ids[0]
    viewer = window.detail.screenshots.viewer
    qtbot.waitUntil(viewer.has_image)
    assert [(r.x(), r.y(), r.width(), r.height()) for r in viewer.marks()] == [(94, 118, 124, 28), (94, 198, 164, 28)]
    qtbot.waitUntil(lambda: near(rendered_colour(viewer, 94, 130), ORANGE))  # the left edge of the first box
    assert near(rendered_colour(viewer, 156, 160), BLUE)  # between the boxes: the screenshot as it is
    assert near(rendered_colour(viewer, 500, 350), BLUE)
    # N moves to the next moment (P back); its screenshot has its own box.
    qtbot.keyClick(needs.list, Qt.Key.Key_N)
    assert needs.selected().id == desk.suggestion_ids[1]
    assert window.detail.detail.segment.id == desk.segment_ids[1]
    qtbot.waitUntil(viewer.has_image)
    assert [(r.x(), r.y(), r.width(), r.height()) for r in viewer.marks()] == [(318, 78, 68, 28)]
    qtbot.waitUntil(lambda: near(rendered_colour(viewer, 318, 92), ORANGE))
    assert near(rendered_colour(viewer, 94, 130), BLUE)  # the first moment's box is not on this one
    qtbot.keyClick(needs.list, Qt.Key.Key_P)
    assert needs.selected().id == desk.suggestion_ids[0]
    # The timeline's segment actions stay off here: F or Delete must not act on a hidden selection.
    assert not window.flag_action.isEnabled() and not window.delete_action.isEnabled()
    # One notice for the batch, however often the counts are refreshed.
    desk.controller.refresh_counts()
    desk.operations.status()
    assert [n.kind for n in desk.notifier.shown] == [NoticeKind.NEEDS_A_LOOK]
    assert desk.notifier.shown[0].title == "3 moments need a look before the next release"


def test_redact_these_prefills_the_tool_and_blacks_out_the_stored_pixels(qtbot, desk):
    window = desk.window
    open_needs_a_look(qtbot, desk)
    needs, panel = window.needs, window.detail.screenshots
    viewer = panel.viewer
    qtbot.waitUntil(viewer.has_image)
    frame_id = needs.selected().frame_id
    needs.redact_button.click()
    assert panel.redact_button.isChecked() and window.detail.tabs.currentWidget() is panel
    assert [(r.x(), r.y(), r.width(), r.height()) for r in viewer.rects()] == [(94, 118, 124, 28), (94, 198, 164, 28)]
    assert panel.apply_button.text() == "Black out 2 areas"
    panel.apply_button.click()
    dialog = window.flows.dialog
    assert isinstance(dialog, ConfirmDialog) and "Black out 2 areas" in dialog.text_label.text()
    with qtbot.waitSignal(window.changed):
        dialog.confirm_button.click()

    stored = stored_image(desk, frame_id)
    for x, y, w, h in ((96, 120, 120, 24), (96, 200, 160, 24)):
        assert max(high for _low, high in stored.crop((x, y, x + w, y + h)).getextrema()) == 0
    assert all(abs(a - b) <= 12 for a, b in zip(stored.getpixel((400, 300)), BLUE, strict=True))  # only the boxes
    [done] = desk.reader.suggestions(("redacted",)).result()
    assert done.id == desk.suggestion_ids[0]
    counts_follow(qtbot, desk, 2)
    assert needs.selected().id == desk.suggestion_ids[1]  # the next moment moved up
    assert not panel.redact_button.isChecked()
    assert [n.kind for n in desk.notifier.shown] == [NoticeKind.NEEDS_A_LOOK]  # fewer: no new notice


def test_redact_these_waits_for_its_screenshot_when_pressed_early(qtbot, desk):
    window = desk.window
    open_needs_a_look(qtbot, desk)
    panel = window.detail.screenshots
    window.detail.show_detail(None)  # as if the moment's segment were still on its way from the reader
    window.needs.redact_button.click()
    assert window.detail.detail.segment.id == desk.segment_ids[0]
    assert panel.redact_button.isChecked() and len(panel.viewer.rects()) == 2


def test_adjusted_boxes_are_what_is_blacked_out(qtbot, desk):
    window = desk.window
    open_needs_a_look(qtbot, desk)
    needs, panel = window.needs, window.detail.screenshots
    qtbot.waitUntil(panel.viewer.has_image)
    frame_id = needs.selected().frame_id
    needs.redact_button.click()
    panel.clear_button.click()  # the employee keeps "prescription" visible, blacks out a wider "diagnosis"
    panel.viewer.add_rect(QRectF(80, 112, 200, 40))
    panel.apply_button.click()
    with qtbot.waitSignal(window.changed):
        window.flows.dialog.confirm_button.click()
    stored = stored_image(desk, frame_id)
    assert max(high for _low, high in stored.crop((80, 112, 280, 152)).getextrema()) == 0
    assert min(low for low, _high in stored.crop((100, 204, 250, 220)).getextrema()) > 20  # not blacked out
    assert [s.id for s in desk.reader.suggestions(("redacted",)).result()] == [desk.suggestion_ids[0]]


def test_flag_flags_the_segment_with_the_category(qtbot, desk):
    window = desk.window
    open_needs_a_look(qtbot, desk)
    needs = window.needs
    needs.step(1)
    assert needs.flag_button.text() == "&Flag as finance"
    with qtbot.waitSignal(window.changed):
        needs.flag_button.click()
    segment = desk.reader.segment_detail(desk.segment_ids[1]).result().segment
    assert segment.state is SegmentState.FLAGGED and segment.flag_category is FlagCategory.FINANCE
    assert [s.id for s in desk.reader.suggestions(("flagged",)).result()] == [desk.suggestion_ids[1]]
    counts_follow(qtbot, desk, 2)
    assert window.detail.detail.segment.id == desk.segment_ids[2]  # on to the next moment


def test_a_category_without_a_flag_of_its_own_is_named_in_the_flag(qtbot, desk, vault_handle):
    [religion] = seed_suggestions(vault_handle, desk.segment_ids, [SeededSuggestion(2, "religion", (("Mass", (40, 340, 48, 24)),))])
    window = desk.window
    window.reload_all()
    open_needs_a_look(qtbot, desk)
    needs = window.needs
    needs.select_row(needs.model.row_of(religion))
    assert needs.flag_button.text() == "&Flag as religion"
    with qtbot.waitSignal(window.changed):
        needs.flag_button.click()
    segment = desk.reader.segment_detail(desk.segment_ids[2]).result().segment
    assert (segment.state, segment.flag_category, segment.flag_note) == (SegmentState.FLAGGED, FlagCategory.OTHER, "religion")


def test_a_moment_found_in_typed_text_shows_that_text_and_offers_no_boxes(qtbot, desk, vault_handle):
    from app.vault import screen_store
    from app.vault.database import transaction

    conn = vault_handle.connect()
    with transaction(conn):
        typed = screen_store.add_suggestion(conn, desk.segment_ids[1], None, "credentials", "'hunter2' typed",
                                            [screen_store.MatchedWord("hunter2", None, "typed")], now=T0)
    conn.close()
    window = desk.window
    window.reload_all()
    open_needs_a_look(qtbot, desk)
    window.needs.select_row(window.needs.model.row_of(typed))
    assert window.detail.detail.segment.id == desk.segment_ids[1]
    assert window.detail.tabs.currentWidget() is window.detail.text_panel
    assert not window.needs.redact_button.isEnabled() and window.needs.flag_button.isEnabled()
    assert window.detail.screenshots.viewer.marks() == []
    window.needs.select_row(window.needs.model.row_of(desk.suggestion_ids[1]))  # back to one seen on screen
    assert window.detail.tabs.currentWidget() is window.detail.screenshots
    qtbot.waitUntil(lambda: len(window.detail.screenshots.viewer.marks()) == 1)


def test_not_sensitive_dismisses_and_the_last_answer_empties_the_view(qtbot, desk):
    window = desk.window
    open_needs_a_look(qtbot, desk)
    needs = window.needs
    for expected in (2, 1, 0):
        answered = needs.selected()
        with qtbot.waitSignal(window.changed):
            qtbot.keyClick(needs.list, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # "&Not sensitive"
        counts_follow(qtbot, desk, expected)
        assert answered.id in [s.id for s in desk.reader.suggestions(("dismissed",)).result()]
        segment = desk.reader.segment_detail(answered.segment_id).result().segment
        assert segment.state is SegmentState.HELD  # dismissing changes nothing else
    assert needs.selected() is None and not needs.dismiss_button.isEnabled()
    assert window.detail.detail is None


def test_the_activity_log_shows_each_decision(qtbot, desk, vault_handle):
    window = desk.window
    open_needs_a_look(qtbot, desk)
    needs = window.needs
    with qtbot.waitSignal(window.changed):
        needs.flag_button.click()
    with qtbot.waitSignal(window.changed):
        needs.dismiss_button.click()
    log = ActivityLogWindow(VaultReader(vault_handle, threaded=False))
    qtbot.addWidget(log)
    said = [log.model.index(r, 1).data() for r in range(log.model.rowCount())]
    assert said[-2:] == [
        f"Suggestion {desk.suggestion_ids[0]} (health) in segment {desk.segment_ids[0]}: you flagged the segment.",
        f"Suggestion {desk.suggestion_ids[1]} (finance) in segment {desk.segment_ids[1]}: "
        "you dismissed it as not sensitive."]
    assert log.verified.ok


def test_a_new_batch_is_told_once(qtbot, desk, vault_handle):
    qtbot.waitUntil(lambda: len(desk.notifier.shown) == 1, timeout=5000)
    seed_suggestions(vault_handle, desk.segment_ids, [SeededSuggestion(0, "credentials", (("password", (10, 10, 80, 20)),))])
    desk.controller.refresh_counts()
    qtbot.waitUntil(lambda: len(desk.notifier.shown) == 2, timeout=5000)
    assert desk.notifier.shown[1].title == "4 moments need a look before the next release"
    assert "Mum" not in desk.notifier.shown[1].message and "password" not in desk.notifier.shown[1].message
    desk.controller.refresh_counts()  # the store runs at once here: a notice would be emitted by now
    desk.operations.status()
    desk.controller.pause_now()  # other news for the tray does not tell the same moments again
    desk.controller.resume_now()
    assert desk.controller.current.state.value == "recording"
    assert len(desk.notifier.shown) == 2


def test_the_tray_entry_opens_the_view_and_moments_found_later_reach_it(qtbot, desk, vault_handle):
    from app.ui.window_host import WindowHost

    host = WindowHost(desk.reader, desk.operations, FakeClock(T0 + 3600), None)
    desk.controller.status_changed.connect(host.status_changed)
    menu = ControlMenu(ControlFlows(desk.controller, FakeClock(T0 + 3600)), FakeClock(T0 + 3600), host.hooks(),
                       QuitRule(True, lambda: None))
    desk.operations.report_scan_progress("Reading screenshots: 3 of 10")
    menu.entry("needs-a-look").trigger()
    review = host.review
    qtbot.addWidget(review)
    assert review.isVisible() and review.views.currentWidget() is review.needs
    assert review.needs.count() == 3
    assert review.needs.progress.isVisible() and review.needs.progress.text() == "Reading screenshots: 3 of 10"
    desk.operations.report_scan_progress("Screenshots read: 10 of 10")
    qtbot.waitUntil(lambda: review.needs.progress.text() == "Screenshots read: 10 of 10", timeout=5000)
    # The scan worker stores a new moment; the next count (the tray's timer) brings it into the open window.
    seed_suggestions(vault_handle, desk.segment_ids, [SeededSuggestion(1, "credentials", (("password", (10, 10, 80, 20)),))])
    desk.controller.refresh_counts()
    qtbot.waitUntil(lambda: review.needs.count() == 4, timeout=5000)
    assert review.views.tabText(review.NEEDS_A_LOOK) == "Needs a &look (4)"
    assert [review.needs.model.suggestion(r).category for r in range(4)] == [
        "health", "finance", "credentials", "private-communication"]
    review.close()


def test_without_a_tray_the_status_window_says_how_many_wait(qtbot, desk):
    from app.ui.status_window import StatusWindow

    clock = FakeClock(T0 + 3600)
    window = StatusWindow(ControlFlows(desk.controller, clock), clock, IconSet(), WindowHooks(),
                          QuitRule(True, lambda: None), always_available=True)
    qtbot.addWidget(window)
    window.show_status(desk.controller.current)
    assert window.waiting.text().splitlines()[-1] == "3 moments need a look before the next release"
    open_needs_a_look(qtbot, desk)
    desk.window.needs.dismiss_button.click()  # it follows the controller's status from here
    qtbot.waitUntil(lambda: window.waiting.text().splitlines()[-1] == "2 moments need a look before the next release",
                    timeout=5000)


def test_with_the_threaded_reader_and_writer_each_answer_moves_on(qtbot, vault_handle):
    """As in the app: reads on the reader's thread, answers on the writer's; the view and the
    screenshot follow the answers in order, whatever order the reads come back in."""
    from app.vault.in_flight import InFlightGuard
    from app.vault.writer import VaultWriter

    segment_ids = seed(vault_handle, SEGMENTS)
    seed_suggestions(vault_handle, segment_ids, [HEALTH, FINANCE, CHAT], now=T0 + 1800)
    clock, pause = FakeClock(T0 + 3600), PauseState()
    writer = VaultWriter(vault_handle, InFlightGuard(pause))
    writer.start()
    window = ReviewWindow(ReviewServices(VaultReader(vault_handle), Operations(pause, clock, VaultOperations(writer.run)),
                                         clock, ReleasePolicy()))
    qtbot.addWidget(window)
    window.show()
    window.show_view(window.NEEDS_A_LOOK)
    needs, viewer = window.needs, window.detail.screenshots.viewer
    qtbot.waitUntil(lambda: needs.count() == 3 and viewer.has_image() and len(viewer.marks()) == 2, timeout=10_000)
    for remaining, (segment, boxes) in ((2, (1, 1)), (1, (2, 1))):
        needs.dismiss_button.click()
        qtbot.waitUntil(lambda r=remaining: needs.count() == r, timeout=10_000)
        qtbot.waitUntil(lambda s=segment, b=boxes: window.detail.detail is not None
                        and window.detail.detail.segment.id == segment_ids[s] and viewer.has_image()
                        and len(viewer.marks()) == b, timeout=10_000)
    window.close()
    writer.stop()


def test_keyboard_alone_answers_each_moment(qtbot, desk):
    """Ctrl+2 opens the view with the keyboard in its list; Down moves; Alt+R, Alt+F and Alt+N answer."""
    window = desk.window
    open_needs_a_look(qtbot, desk)
    needs, panel = window.needs, window.detail.screenshots
    qtbot.keyClick(needs.list, Qt.Key.Key_Down)
    assert needs.selected().id == desk.suggestion_ids[1]
    qtbot.waitUntil(panel.viewer.has_image)
    qtbot.keyClick(needs.list, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # "&Redact these…" (an animated click)
    qtbot.waitUntil(panel.redact_button.isChecked)
    assert len(panel.viewer.rects()) == 1 and panel.viewer.hasFocus()
    panel.set_redacting(False)  # changed their mind: the tool closes, nothing is changed
    assert desk.reader.suggestions().result()[1].state == "open"
    needs.list.setFocus()
    with qtbot.waitSignal(window.changed):
        qtbot.keyClick(needs.list, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # "&Flag as finance"
    assert desk.reader.segment_detail(desk.segment_ids[1]).result().segment.state is SegmentState.FLAGGED
    counts_follow(qtbot, desk, 2)
