"""Every review model passes Qt's model tester, loads incrementally and follows the vault."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.core.model import SegmentState
from app.policy.model import ReleasePolicy
from app.ui.models.event_list_model import EventListModel
from app.ui.models.filter_models import AppChoiceModel, DayChoiceModel
from app.ui.models.frame_strip_model import FrameStripModel
from app.ui.models.roles import KIND_DAY, KIND_GAP, Roles
from app.ui.models.thumbnails import ImageCache
from app.ui.models.timeline_model import TimelineModel
from app.ui.tasks import Reads
from app.vault import queries
from app.vault.operations import decisions, deletion
from app.vault.queries import TimelineFilter
from app.vault.reader import VaultReader
from tests.gui.review_support import NOW, fetch_all, seeded, seeded_template, segment_rows  # noqa: F401

pytestmark = pytest.mark.usefixtures("qapp")


def timeline(seeded, page_size=50, policy=None):
    model = TimelineModel(Reads(VaultReader(seeded.handle, threaded=False)), seeded.clock, policy, page_size=page_size)
    model.reload()
    return model


def test_timeline_model_passes_the_model_tester_while_loading_pages(qtmodeltester, seeded):
    model = timeline(seeded, page_size=7)
    assert model.rowCount() == 3 and model.index(0, 0).data(Roles.KIND) == KIND_DAY
    qtmodeltester.check(model)
    for row in range(model.rowCount()):
        model.fetchMore(model.index(row, 0))  # one page each
    qtmodeltester.check(model)
    fetch_all(model, model.index(0, 0))
    qtmodeltester.check(model)


def test_a_day_loads_page_by_page_until_every_segment_and_gap_is_there(seeded):
    model = timeline(seeded, page_size=5)
    newest = model.index(0, 0)
    summary = newest.data(Roles.ITEM)
    assert model.hasChildren(newest) and model.rowCount(newest) == 0 and model.canFetchMore(newest)
    model.fetchMore(newest)
    assert model.rowCount(newest) == 5
    fetch_all(model, newest)
    assert model.rowCount(newest) == summary.segments + summary.gaps
    assert not model.canFetchMore(newest)
    starts = [model.index(r, 0, newest).data(Roles.START) for r in range(model.rowCount(newest))]
    assert starts == sorted(starts)
    stored = seeded.query("SELECT count(*) FROM segments WHERE start >= ? AND start < ?", (summary.start, summary.end))
    assert len(segment_rows(model, newest)) == stored[0][0]
    kinds = {model.index(r, 0, newest).data(Roles.KIND) for r in range(model.rowCount(newest))}
    assert KIND_GAP in kinds


def test_rows_show_what_the_vault_holds_and_held_ones_say_when_they_become_eligible(seeded):
    model = timeline(seeded, policy=ReleasePolicy(hold_hours=72))
    newest = model.index(0, 0)
    fetch_all(model, newest)
    index, row = next((i, r) for i, r in segment_rows(model, newest) if r.state is SegmentState.HELD)
    sibling = lambda column: model.index(index.row(), column, newest)  # noqa: E731
    title, keys, frames = seeded.query("SELECT title, key_count, frame_count FROM segments WHERE id = ?", (row.id,))[0]
    assert sibling(2).data() == title and sibling(3).data() == keys and sibling(5).data() == frames
    assert sibling(6).data(Roles.BADGE).startswith("Held · eligible ")
    assert sibling(1).data(Qt.ItemDataRole.DecorationRole) is not None
    assert title in index.data(Qt.ItemDataRole.AccessibleTextRole)
    gap = next(model.index(r, 2, newest) for r in range(model.rowCount(newest))
               if model.index(r, 0, newest).data(Roles.KIND) == KIND_GAP)
    assert gap.data().startswith("Not captured: ")


def test_refresh_after_an_action_patches_rows_and_drops_deleted_ones(qtmodeltester, seeded):
    model = timeline(seeded)
    newest = model.index(0, 0)
    fetch_all(model, newest)
    rows = segment_rows(model, newest)
    gone, kept = rows[0][1].id, rows[1][1].id
    before = model.rowCount(newest)
    conn = seeded.connect()
    deletion.delete_segments(conn, [gone], now=NOW)
    decisions.approve(conn, [kept], now=NOW)
    conn.close()
    model.refresh_segments([gone, kept])
    assert model.rowCount(newest) == before - 1
    assert not model.segment_index(gone).isValid()
    assert model.segment_index(kept).data(Roles.STATE) == "approved"
    qtmodeltester.check(model)


def test_filters_reload_the_days_and_a_state_filter_drops_rows_that_leave_it(seeded):
    model = timeline(seeded)
    model.set_filter(TimelineFilter(state=SegmentState.HELD))
    newest = model.index(0, 0)
    fetch_all(model, newest)
    assert {r.state for _, r in segment_rows(model, newest)} == {SegmentState.HELD}
    assert all(model.index(r, 0, newest).data(Roles.KIND) != KIND_GAP for r in range(model.rowCount(newest)))
    target = segment_rows(model, newest)[0][1].id
    conn = seeded.connect()
    decisions.approve(conn, [target], now=NOW)
    conn.close()
    model.refresh_segments([target])
    assert not model.segment_index(target).isValid()


def test_choice_models(qtmodeltester, seeded):
    runner = Reads(VaultReader(seeded.handle, threaded=False))
    days, apps = DayChoiceModel(runner), AppChoiceModel(runner)
    days.load()
    apps.load()
    qtmodeltester.check(days)
    qtmodeltester.check(apps)
    assert days.rowCount() == 4 and days.index(0).data() == "All days" and days.value_at(0) is None
    assert [days.value_at(r).isoformat() for r in (1, 2, 3)] == ["2024-05-15", "2024-05-14", "2024-05-13"]
    stored = seeded.query("SELECT app, count(*) n FROM segments GROUP BY app ORDER BY n DESC, app")
    assert [apps.value_at(r) for r in range(1, apps.rowCount())] == [a for a, _ in stored]
    assert apps.index(1).data() == f"{stored[0][0]} ({stored[0][1]})"
    assert apps.row_of(stored[1][0]) == 2


def test_event_list_model_pages_through_a_segments_events(qtmodeltester, seeded):
    (segment_id, start, count), = seeded.query(
        "SELECT s.id, s.start, count(*) + count(e.held) n FROM segments s JOIN events e ON e.segment_id = s.id "
        "GROUP BY s.id ORDER BY n DESC LIMIT 1")
    model = EventListModel(Reads(VaultReader(seeded.handle, threaded=False)), page_size=25)
    model.set_segment(segment_id, start)
    qtmodeltester.check(model)
    fetch_all(model, QModelIndex())
    assert model.rowCount() == count > 25
    qtmodeltester.check(model)
    assert model.index(0, 0).data().startswith("+") and model.index(0, 2).data()


def test_frame_strip_loads_thumbnails_into_memory_only(qtmodeltester, qtbot, seeded):
    detail = _detail_with_frames(seeded)

    def files_beside_the_vault():
        return sorted(p.name for p in seeded.paths.data_dir.rglob("*") if p.is_file() and not p.name.startswith("vault.db"))

    files_before = files_beside_the_vault()
    cache = ImageCache(50)
    model = FrameStripModel(Reads(VaultReader(seeded.handle, threaded=False)), cache)
    model.set_frames(detail.frames, detail.segment.start)
    qtmodeltester.check(model)
    for row in range(model.rowCount()):
        model.index(row).data(Qt.ItemDataRole.DecorationRole)  # asks for the thumbnails
    qtbot.waitUntil(lambda: len(cache) == len(detail.frames))
    assert all(not cache.get(f.id).isNull() and cache.get(f.id).width() <= 160 for f in detail.frames)
    assert files_beside_the_vault() == files_before  # thumbnails live in memory only
    model.forget_thumbnail(detail.frames[0].id)
    assert detail.frames[0].id not in cache


def test_the_threaded_reader_delivers_results_on_the_gui_thread(qtbot, seeded):
    reader = VaultReader(seeded.handle)
    runner = Reads(reader)
    seen = []
    runner.read(lambda r: r._read(lambda conn: (threading.current_thread().name, queries.applications(conn))),
                lambda result: seen.append((threading.current_thread() is threading.main_thread(), result)))
    qtbot.waitUntil(lambda: bool(seen))
    on_gui_thread, (worker, apps) = seen[0]
    assert on_gui_thread and worker.startswith("airlock-reader") and apps
    failures = []
    runner.failed.connect(failures.append)
    runner.read(lambda r: r._read(lambda conn: conn.execute("SELECT nope FROM nowhere")))
    qtbot.waitUntil(lambda: bool(failures))
    runner.close()
    assert not [t for t in threading.enumerate() if t.name.startswith("airlock-reader")]


def _detail_with_frames(seeded):
    (segment_id,), = seeded.query("SELECT id FROM segments WHERE frame_count >= 3 ORDER BY id LIMIT 1")
    conn = seeded.connect()
    try:
        return queries.segment_detail(conn, segment_id)
    finally:
        conn.close()
