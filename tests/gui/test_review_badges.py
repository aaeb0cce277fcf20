"""The review window's badge says what the release gate says of a segment now: still being recorded
(its end is a recorded fact, issue 15), a suggested moment waiting for an answer, screenshots not yet
read (issue 16), on hold, waiting for approval, or leaving with the next release. It never promises a
departure the gate would refuse."""

from __future__ import annotations

import pytest

from app.core.model import SegmentState
from app.policy.model import ReleaseMode, ReleasePolicy
from app.policy.release.gate import GateCode, GateHolds, may_release
from app.ui.models.roles import Roles
from app.ui.models.timeline_model import TimelineModel
from app.ui.tasks import Reads
from app.vault import screen_store
from app.vault.reader import VaultReader
from app.vault.release_store import ReleaseStore
from tests.gui.review_support import NOW, fetch_all, seeded, seeded_template, segment_rows  # noqa: F401

pytestmark = pytest.mark.usefixtures("qapp")

AFTER_HOLD = ReleasePolicy(mode=ReleaseMode.AFTER_HOLD, hold_hours=0, recipients=("age1recipient",))
LEAVES = "Held · leaves next release"


@pytest.fixture
def waiting(seeded):
    """The seeded vault with every screenshot and text read, then: one segment with an unanswered
    suggestion, one whose screenshots were not read, and the newest one still being recorded."""
    conn = seeded.connect()
    held = [row[0] for row in conn.execute(
        "SELECT id FROM segments WHERE state = 'held' AND frame_count > 0 ORDER BY start")]
    suggested, unread, recording = held[0], held[1], held[-1]
    for (frame_id,) in conn.execute("SELECT id FROM frames WHERE segment_id != ?", (unread,)).fetchall():
        screen_store.store_read(conn, frame_id, "test", [], NOW)
    conn.execute("INSERT OR IGNORE INTO text_reads (segment_id, read_at) SELECT id, ? FROM segments", (NOW,))
    screen_store.add_suggestion(conn, suggested, None, "health", "a test suggestion", [], NOW)
    conn.execute("UPDATE segments SET end_reason = NULL WHERE id = ?", (recording,))
    conn.commit()
    yield conn, {"suggested": suggested, "unread": unread, "recording": recording}
    conn.close()


def badges(seeded, policy, holds) -> dict[int, tuple[SegmentState, str]]:
    """Every segment's state and badge, as the timeline shows them (all days, all pages loaded)."""
    model = TimelineModel(Reads(VaultReader(seeded.handle, threaded=False)), seeded.clock, policy, holds=holds)
    model.reload()
    shown = {}
    for row in range(model.rowCount()):
        day = model.index(row, 0)
        fetch_all(model, day)
        for index, segment in segment_rows(model, day):
            shown[segment.id] = (segment.state, index.data(Roles.BADGE))
    return shown


@pytest.mark.parametrize("holds", [GateHolds(), GateHolds(suggestions=False), GateHolds(unread=True),
                                   GateHolds(suggestions=False, unread=True)], ids=repr)
def test_a_badge_says_a_segment_leaves_exactly_when_the_gate_would_let_it(seeded, waiting, holds):
    conn, _named = waiting
    shown = badges(seeded, AFTER_HOLD, holds)
    facts = ReleaseStore(conn).facts_for(list(shown), NOW)
    verdicts = {segment_id: may_release(facts[segment_id], AFTER_HOLD, NOW, hold_suggestions=holds.suggestions,
                                        hold_unread=holds.unread)
                for segment_id, (state, _badge) in shown.items() if state is SegmentState.HELD}
    assert any(v.allowed for v in verdicts.values()) and any(not v.allowed for v in verdicts.values())
    for segment_id, verdict in verdicts.items():
        assert (shown[segment_id][1] == LEAVES) == verdict.allowed, (segment_id, shown[segment_id], verdict)


def test_each_reason_the_gate_holds_a_segment_is_named_on_its_badge(seeded, waiting):
    _conn, named = waiting
    strict = badges(seeded, AFTER_HOLD, GateHolds(suggestions=True, unread=True))
    assert strict[named["recording"]][1] == "Being recorded"
    assert strict[named["suggested"]][1] == "Held · needs a look"
    assert strict[named["unread"]][1] == "Held · not yet read"
    lenient = badges(seeded, AFTER_HOLD, GateHolds(suggestions=False, unread=False))
    assert lenient[named["recording"]][1] == "Being recorded"  # whatever the policy: it has not ended
    assert lenient[named["suggested"]][1] == lenient[named["unread"]][1] == LEAVES
    explicit = badges(seeded, ReleasePolicy(hold_hours=0, recipients=("age1recipient",)), GateHolds(unread=True))
    assert explicit[named["unread"]][1] == "Held · not yet read"  # read first, then approve
    assert explicit[named["suggested"]][1] == "Held · needs a look"
    assert {badge for segment_id, (state, badge) in explicit.items()
            if state is SegmentState.HELD and segment_id not in named.values()} == {"Held · needs approval"}


def test_a_segment_still_being_recorded_is_never_called_eligible_whatever_the_clock(seeded, waiting):
    conn, named = waiting
    long_ago = ReleasePolicy(mode=ReleaseMode.AFTER_HOLD, hold_hours=0, recipients=("age1recipient",))
    seeded.clock.advance(365 * 86400.0)
    shown = badges(seeded, long_ago, GateHolds())
    assert shown[named["recording"]][1] == "Being recorded"
    facts = ReleaseStore(conn).facts_for([named["recording"]], seeded.clock.now())
    assert may_release(facts[named["recording"]], long_ago, seeded.clock.now()).code is GateCode.OPEN


def test_the_open_window_follows_the_gate_when_screenshots_are_read_and_the_rules_tighten(qtbot, seeded, waiting):
    """What the gate waits for moves by itself (the background reader, a segment ending); the desktop
    app asks the window to read it again on each status change, and on the employee's settings."""
    from app.ui.review.window import ReviewWindow
    from tests.gui.review_support import sync_services

    conn, named = waiting
    services, ops_conn = sync_services(seeded.handle, seeded.clock, AFTER_HOLD)
    window = ReviewWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.set_gate(AFTER_HOLD, GateHolds(unread=True))
    index = window.model.segment_index(named["unread"])
    while not index.isValid():  # its day's pages load on demand
        day = next(window.model.index(r, 0) for r in range(window.model.rowCount())
                   if window.model.canFetchMore(window.model.index(r, 0)))
        window.model.fetchMore(day)
        index = window.model.segment_index(named["unread"])
    window.view.setCurrentIndex(index)
    qtbot.waitUntil(lambda: window.detail.detail is not None and window.detail.detail.segment.id == named["unread"])
    assert index.data(Roles.BADGE) == "Held · not yet read"
    assert "Held · not yet read" in window.detail.badge_label.text()

    for (frame_id,) in conn.execute("SELECT id FROM frames WHERE segment_id = ?", (named["unread"],)).fetchall():
        screen_store.store_read(conn, frame_id, "test", [], NOW)
    conn.commit()
    window.refresh_waiting()
    qtbot.waitUntil(lambda: window.model.segment_index(named["unread"]).data(Roles.BADGE) == LEAVES)
    assert LEAVES in window.detail.badge_label.text()

    window.set_gate(ReleasePolicy(hold_hours=0, recipients=("age1recipient",)), GateHolds(unread=True))
    qtbot.waitUntil(lambda: window.model.segment_index(named["unread"]).data(Roles.BADGE) == "Held · needs approval")
    assert "Held · needs approval" in window.detail.badge_label.text()
    window.close()
    ops_conn.close()


def test_the_desktop_app_reads_the_badges_again_when_its_status_moves(qtbot, seeded, waiting, tmp_path):
    """WindowHost (the desktop app's windows): the status of each capture tick reaches the review
    window; when it moved (a segment began or ended, screenshots were read), the badges follow."""
    import dataclasses

    from app.control.interface import StatusReport
    from app.core.model import CaptureStatus
    from app.policy.file.parser import default_policy
    from app.ui.window_host import WindowHost
    from tests.gui.review_support import sync_services

    conn, named = waiting
    services, ops_conn = sync_services(seeded.handle, seeded.clock)
    policy = dataclasses.replace(default_policy(tmp_path), release=AFTER_HOLD)
    host = WindowHost(VaultReader(seeded.handle, threaded=False), services.operations, seeded.clock, policy,
                      reads_screenshots=True)
    host.status_changed(StatusReport(CaptureStatus.RECORDING, not_yet_read=3, segments={"held": 40}))
    host.open_review()
    window = host.review
    qtbot.addWidget(window)
    qtbot.waitExposed(window)

    def badge() -> str | None:
        index = window.model.segment_index(named["unread"])
        for row in range(window.model.rowCount()):
            day = window.model.index(row, 0)
            if not index.isValid() and window.model.canFetchMore(day):
                window.model.fetchMore(day)
                index = window.model.segment_index(named["unread"])
        return index.data(Roles.BADGE) if index.isValid() else None

    qtbot.waitUntil(lambda: badge() == "Held · not yet read")  # IT's policy holds what was not read here
    for (frame_id,) in conn.execute("SELECT id FROM frames WHERE segment_id = ?", (named["unread"],)).fetchall():
        screen_store.store_read(conn, frame_id, "test", [], NOW)
    conn.commit()
    host.status_changed(StatusReport(CaptureStatus.RECORDING, not_yet_read=3, segments={"held": 40}))
    assert badge() == "Held · not yet read"  # the status did not move: nothing is read again
    host.status_changed(StatusReport(CaptureStatus.RECORDING, not_yet_read=0, segments={"held": 40}))
    qtbot.waitUntil(lambda: badge() == LEAVES)
    window.close()
    ops_conn.close()


def test_the_standalone_review_window_reads_the_badges_again_by_itself(qtbot, seeded, waiting):
    """`airlock review` has no status feed: it reads what the gate waits for again on a timer, so a
    segment that stopped being recorded stops being shown as such."""
    from app.ui.review.standalone import keep_badges_current
    from app.ui.review.window import ReviewServices, ReviewWindow

    conn, named = waiting
    # Reads only (a direct operations route would close the open segment: nothing records there).
    window = ReviewWindow(ReviewServices(VaultReader(seeded.handle, threaded=False), object(), seeded.clock,
                                         AFTER_HOLD))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    fetch_all(window.model, window.model.index(0, 0))  # the newest day holds the recording segment
    assert window.model.segment_index(named["recording"]).data(Roles.BADGE) == "Being recorded"
    conn.execute("UPDATE segments SET end_reason = 'stopped' WHERE id = ?", (named["recording"],))
    conn.commit()
    keep_badges_current(window, interval_ms=50)
    qtbot.waitUntil(lambda: window.model.segment_index(named["recording"]).data(Roles.BADGE) == LEAVES)
    window.close()

