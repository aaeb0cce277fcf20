"""Screen words and suggestions in the vault: stored, listed, answered (redact, flag, dismiss) through
the one route for changes, recorded in the ledger, and gone with their frame or segment."""

from __future__ import annotations

import pytest

from app.control.operations import Operations
from app.core.errors import KnownError
from app.core.screen_text import MatchedWord, ScreenWord
from app.policy.rules.pause import PauseState
from app.vault import ledger, queries, screen_store
from app.vault.database import transaction
from app.vault.ledger_words import describe
from app.vault.operations.store import VaultOperations
from app.vault.reader import VaultReader
from app.vault.vault import VAULT_KEY_NAME
from tests.helpers.clock import FakeClock
from tests.helpers.vault_pages import find_in_vault
from tests.unit.vault.test_redaction import add_frame, encoded, max_channel, noisy_image, stored_pixels

WORDS = [ScreenWord("Patient", (40, 20, 60, 14), 0.9), ScreenWord("portal", (104, 20, 50, 14), 0.9),
         ScreenWord("diagnosis", (40, 60, 80, 14), 0.8), ScreenWord("meeting", (200, 150, 60, 14), 0.9)]


def read_frame(conn, frame_id: int, words=WORDS) -> None:
    with transaction(conn):
        screen_store.store_read(conn, frame_id, "test-ocr 1.0", words, now=200.0)


def suggest(conn, segment_id: int, frame_id: int | None, category: str = "health") -> int:
    matched = [MatchedWord("diagnosis", (40, 60, 80, 14)), MatchedWord("Patient", (40, 20, 60, 14))]
    with transaction(conn):
        sid = screen_store.add_suggestion(conn, segment_id, frame_id, category,
                                          "'diagnosis', 'Patient' on screen", matched, now=210.0)
    assert sid is not None
    return sid


@pytest.fixture
def operations(vault_conn):
    return Operations(PauseState(), FakeClock(500.0), VaultOperations(lambda fn: _now(fn, vault_conn)))


def _now(fn, conn):
    from concurrent.futures import Future
    future: Future = Future()
    try:
        future.set_result(fn(conn))
    except BaseException as exc:
        future.set_exception(exc)
    return future


def test_the_reader_lists_open_suggestions_with_words_and_boxes_in_frame_pixels(vault_handle, vault_conn):
    segment_id, frame_id = add_frame(vault_conn, encoded(noisy_image(), "JPEG"), "image/jpeg")
    read_frame(vault_conn, frame_id)
    sid = suggest(vault_conn, segment_id, frame_id)
    reader = VaultReader(vault_handle, threaded=False)
    [found] = reader.suggestions().result()
    assert found == queries.Suggestion(sid, segment_id, frame_id, "health", "'diagnosis', 'Patient' on screen",
                                       ("diagnosis", "Patient"), ((40, 60, 80, 14), (40, 20, 60, 14)), "open", 210.0,
                                       "editor", "doc", 100.0, ("screen", "screen"))
    assert reader.open_suggestion_count().result() == 1
    assert reader.suggestions(("dismissed",)).result() == []
    reader.close()


def test_the_same_category_on_the_same_frame_is_suggested_once_even_after_a_dismissal(vault_conn):
    segment_id, frame_id = add_frame(vault_conn, encoded(noisy_image(), "JPEG"), "image/jpeg")
    suggest(vault_conn, segment_id, frame_id)
    with transaction(vault_conn):
        again = screen_store.add_suggestion(vault_conn, segment_id, frame_id, "health", "r", [], now=1.0)
        other = screen_store.add_suggestion(vault_conn, segment_id, frame_id, "finance", "r", [], now=1.0)
    assert again is None and other is not None


def test_accepting_a_suggested_redaction_blacks_out_the_boxes_and_forgets_the_words(vault_conn, operations):
    segment_id, frame_id = add_frame(vault_conn, encoded(noisy_image(), "JPEG"), "image/jpeg")
    read_frame(vault_conn, frame_id)
    sid = suggest(vault_conn, segment_id, frame_id)
    change = operations.accept_suggested_redaction(sid).result()
    stored = stored_pixels(vault_conn, frame_id)
    assert max_channel(stored, (40, 60, 120, 74)) == 0 and max_channel(stored, (40, 20, 100, 34)) == 0
    assert change.frame_id == frame_id and change.extra["decision"] == "redacted"
    # The covered words left the frame's words, its search text and the suggestion's own quote.
    assert [w.text for w in screen_store.words_of(vault_conn, frame_id)] == ["portal", "meeting"]
    assert queries.suggestions(vault_conn, ("open",)) == []
    [answered] = queries.suggestions(vault_conn, ("redacted",))
    assert "diagnosis" not in answered.reason and set(answered.words) == {"•" * 9, "•" * 7}
    assert vault_conn.execute("SELECT count(*) FROM screen_search WHERE screen_search MATCH 'diagnosis'").fetchone()[0] == 0
    assert vault_conn.execute("SELECT count(*) FROM screen_search WHERE screen_search MATCH 'meeting'").fetchone()[0] == 1
    kinds = [e.kind for e in ledger.entries(vault_conn)]
    assert kinds[-2:] == ["redact", "suggestion"]
    assert describe(ledger.entries(vault_conn)[-1]) == \
        f"Suggestion {sid} (health) in segment {segment_id}: you redacted the words it boxed."


def test_redacted_screen_words_are_gone_from_the_vault_file_and_its_journal(vault_handle, vault_conn, operations,
                                                                           memory_keystore):
    segment_id, frame_id = add_frame(vault_conn, encoded(noisy_image(), "JPEG"), "image/jpeg")
    marker = "Zqxjvmarker"
    read_frame(vault_conn, frame_id, [ScreenWord(marker, (40, 60, 80, 14))])
    with transaction(vault_conn):
        sid = screen_store.add_suggestion(vault_conn, segment_id, frame_id, "health", f"'{marker}' on screen",
                                          [MatchedWord(marker, (40, 60, 80, 14))], now=1.0)
    key = memory_keystore.get(VAULT_KEY_NAME)
    assert find_in_vault(vault_handle.path, key, marker.encode())  # positive control
    operations.accept_suggested_redaction(sid).result()
    assert find_in_vault(vault_handle.path, key, marker.encode()) == []


def test_flagging_from_a_suggestion_flags_the_segment_with_its_category(vault_conn, operations):
    segment_id, frame_id = add_frame(vault_conn, encoded(noisy_image(), "JPEG"), "image/jpeg")
    sid = suggest(vault_conn, segment_id, frame_id, category="finance")
    change = operations.flag_from_suggestion(sid).result()
    assert change.segment_ids == (segment_id,) and change.extra["decision"] == "flagged"
    state, category = vault_conn.execute("SELECT s.state, f.category FROM segments s JOIN flags f "
                                         "ON f.segment_id = s.id WHERE s.id = ?", (segment_id,)).fetchone()
    assert (state, category) == ("flagged", "finance")
    assert [e.kind for e in ledger.entries(vault_conn)][-2:] == ["flag", "suggestion"]
    with pytest.raises(KnownError, match="already answered"):
        operations.dismiss_suggestion(sid).result()


def test_dismissing_closes_the_suggestion_and_says_so_in_the_activity_log(vault_conn, operations):
    segment_id, frame_id = add_frame(vault_conn, encoded(noisy_image(), "JPEG"), "image/jpeg")
    sid = suggest(vault_conn, segment_id, None, category="private-communication")
    operations.dismiss_suggestion(sid).result()
    assert queries.open_suggestion_count(vault_conn) == 0
    assert queries.suggestions(vault_conn, ("dismissed",))[0].id == sid
    entry = ledger.entries(vault_conn)[-1]
    assert entry.body == {"suggestion": sid, "segment": segment_id, "category": "private-communication",
                          "decision": "dismissed"}
    with pytest.raises(KnownError, match="no words on a screenshot"):
        operations.accept_suggested_redaction(suggest(vault_conn, segment_id, None, "health")).result()


def test_words_and_suggestions_go_with_their_frame_and_segment(vault_conn):
    segment_id, frame_id = add_frame(vault_conn, encoded(noisy_image(), "JPEG"), "image/jpeg")
    read_frame(vault_conn, frame_id)
    suggest(vault_conn, segment_id, frame_id)
    suggest(vault_conn, segment_id, None, "finance")
    vault_conn.execute("DELETE FROM frames WHERE id = ?", (frame_id,))
    assert vault_conn.execute("SELECT count(*) FROM screen_words").fetchone()[0] == 0
    assert vault_conn.execute("SELECT count(*) FROM frame_reads").fetchone()[0] == 0
    assert vault_conn.execute("SELECT count(*) FROM screen_search WHERE screen_search MATCH 'portal'").fetchone()[0] == 0
    assert [s.category for s in queries.suggestions(vault_conn, ())] == ["finance"]
    vault_conn.execute("DELETE FROM segments WHERE id = ?", (segment_id,))
    assert queries.suggestions(vault_conn, ()) == []


def test_scaling_a_frame_scales_its_word_and_suggestion_boxes(vault_conn):
    segment_id, frame_id = add_frame(vault_conn, encoded(noisy_image(), "JPEG"), "image/jpeg")
    read_frame(vault_conn, frame_id)
    suggest(vault_conn, segment_id, frame_id)
    with transaction(vault_conn):
        screen_store.scale_boxes(vault_conn, frame_id, 0.5)
    assert screen_store.words_of(vault_conn, frame_id)[0].box == (20, 10, 30, 7)
    assert queries.suggestions(vault_conn)[0].boxes[0] == (20, 30, 40, 7)


def test_search_finds_words_seen_on_screen_with_the_screenshot_and_the_boxes(vault_conn):
    segment_id, frame_id = add_frame(vault_conn, encoded(noisy_image(), "JPEG"), "image/jpeg")
    read_frame(vault_conn, frame_id)
    [hit] = queries.search(vault_conn, "diagn")
    assert (hit.segment.id, hit.frame_id, hit.boxes) == (segment_id, frame_id, ((40, 60, 80, 14),))
    assert "[diagnosis]" in hit.snippet
    [both] = queries.search(vault_conn, "patient portal")
    assert both.boxes == ((40, 20, 60, 14), (104, 20, 50, 14))
    assert queries.search(vault_conn, "nowhere") == []
    # The review window's filter finds the segment by what was on screen too.
    page = queries.timeline_page(vault_conn, queries.TimelineFilter(text="meeting"), 0, 1e12)
    assert [item.id for item in page.items] == [segment_id]
