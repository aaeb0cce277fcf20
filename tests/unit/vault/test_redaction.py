"""Redaction replaces stored data in place: black pixels in the stored image, masked text and keys,
a spec-only record, a ledger entry — and the original gone from the vault file and its WAL."""

from __future__ import annotations

import io
import json
import random

import pytest
from PIL import Image, ImageDraw

from app.core.errors import KnownError
from app.core.model import KeyEvent
from app.policy.rules.typed_text import reconstruct
from app.vault import event_store, ledger, queries
from app.vault.operations.redaction import Rect, mask_typed_text, redact_frame
from app.vault.vault import VAULT_KEY_NAME
from tests.helpers.vault_pages import find_in_vault


def noisy_image(width: int = 320, height: int = 200, seed: int = 3) -> Image.Image:
    """A busy, bright image: any pixel left un-blacked inside a rectangle would show."""
    rng = random.Random(seed)
    image = Image.new("RGB", (width, height), (250, 250, 240))
    draw = ImageDraw.Draw(image)
    for _ in range(300):
        x, y = rng.randrange(width), rng.randrange(height)
        draw.rectangle((x, y, x + rng.randrange(3, 30), y + rng.randrange(3, 12)),
                       fill=(rng.randrange(120, 256), rng.randrange(120, 256), rng.randrange(120, 256)))
    return image


def encoded(image: Image.Image, fmt: str) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, quality=80) if fmt == "JPEG" else image.save(out, fmt)
    return out.getvalue()


def add_frame(conn, blob: bytes, mime: str, size=(320, 200)) -> tuple[int, int]:
    segment_id = conn.execute("INSERT INTO segments (start, end, app, title, keystroke_mode, frame_count) "
                              "VALUES (100, 200, 'editor', 'doc', 'full', 1)").lastrowid
    frame_id = conn.execute("INSERT INTO frames (segment_id, t, width, height, mime, image) VALUES (?, 150, ?, ?, ?, ?)",
                            (segment_id, size[0], size[1], mime, blob)).lastrowid
    return segment_id, frame_id


def stored_pixels(conn, frame_id: int) -> Image.Image:
    mime, blob = queries.frame_image(conn, frame_id)
    return Image.open(io.BytesIO(blob)).convert("RGB")


def max_channel(image: Image.Image, box: tuple[int, int, int, int]) -> int:
    return max(max(band) for band in (image.crop(box).getextrema()))


@pytest.mark.parametrize("fmt,mime", [("JPEG", "image/jpeg"), ("PNG", "image/png")])
def test_pixels_inside_the_rectangles_are_black_in_the_stored_image(vault_conn, fmt, mime):
    segment_id, frame_id = add_frame(vault_conn, encoded(noisy_image(), fmt), mime)
    result = redact_frame(vault_conn, frame_id, [Rect(37, 21, 50, 30), Rect(200, 150, 500, 500)], now=300.0)
    stored = stored_pixels(vault_conn, frame_id)
    assert stored.size == (320, 200)
    assert max_channel(stored, (37, 21, 87, 51)) == 0
    assert max_channel(stored, (200, 150, 320, 200)) == 0  # clipped to the image
    assert max_channel(stored, (0, 0, 30, 20)) > 100  # the rest is still the screenshot
    applied = result.extra["rects"]
    if fmt == "JPEG":  # grown to whole 8x8 blocks so no block mixes black with what was there
        assert applied == [[32, 16, 56, 40], [200, 144, 120, 56]]
    else:
        assert applied == [[37, 21, 50, 30], [200, 150, 120, 50]]
    assert result.segment_ids == (segment_id,) and result.frame_id == frame_id


def test_frame_redaction_records_the_spec_and_a_ledger_entry_and_truncates_the_wal(vault_handle, vault_conn):
    _segment_id, frame_id = add_frame(vault_conn, encoded(noisy_image(), "JPEG"), "image/jpeg")
    redact_frame(vault_conn, frame_id, [Rect(8, 8, 16, 16)], now=300.0)
    kind, target, spec = vault_conn.execute("SELECT kind, target_id, spec FROM redactions").fetchone()
    assert (kind, target, json.loads(spec)) == ("frame-rect", frame_id, {"x": 8, "y": 8, "w": 16, "h": 16})
    entry = ledger.entries(vault_conn)[-1]
    assert entry.kind == "redact" and entry.body["frame"] == frame_id and entry.body["rects"] == [[8, 8, 16, 16]]
    assert ledger.verify(vault_conn).ok
    assert (vault_handle.path.parent / "vault.db-wal").stat().st_size == 0


def test_the_original_image_bytes_are_gone_from_the_vault_file_and_wal(vault_handle, vault_conn, memory_keystore):
    original = encoded(noisy_image(640, 400, seed=9), "PNG")  # PNG: stored bytes are distinctive
    _segment_id, frame_id = add_frame(vault_conn, original, "image/png", (640, 400))
    probe = original[len(original) // 2: len(original) // 2 + 48]
    key = memory_keystore.get(VAULT_KEY_NAME)
    assert find_in_vault(vault_handle.path, key, probe)  # positive control: it is there before
    redact_frame(vault_conn, frame_id, [Rect(0, 0, 640, 400)], now=300.0)
    assert find_in_vault(vault_handle.path, key, probe) == []


def test_rectangles_outside_the_image_or_a_missing_frame_are_refused(vault_conn):
    _segment_id, frame_id = add_frame(vault_conn, encoded(noisy_image(), "PNG"), "image/png")
    with pytest.raises(KnownError):
        redact_frame(vault_conn, frame_id, [Rect(400, 300, 10, 10)], now=1.0)
    with pytest.raises(KnownError):
        redact_frame(vault_conn, 999, [Rect(0, 0, 10, 10)], now=1.0)
    assert vault_conn.execute("SELECT count(*) FROM redactions").fetchone()[0] == 0
    assert not [e for e in ledger.entries(vault_conn) if e.kind == "redact"]


def typing(t0: float, text: str, typo_after: int | None = None) -> list[KeyEvent]:
    events, t = [], t0
    for index, ch in enumerate(text):
        key = "space" if ch == " " else ch.lower()
        char = None if ch == " " else ch
        mods = frozenset({"shift"}) if ch.isupper() else frozenset()
        events += [KeyEvent(t, key, True, char, mods), KeyEvent(t + 0.05, key, False, char, mods)]
        t += 0.1
        if typo_after == index:
            events += [KeyEvent(t, "x", True, "x"), KeyEvent(t + 0.05, "x", False, "x"),
                       KeyEvent(t + 0.1, "backspace", True), KeyEvent(t + 0.15, "backspace", False)]
            t += 0.2
    return events


def add_typed_segment(conn, events: list[KeyEvent], stored_text: str | None = None) -> int:
    text = reconstruct(events) if stored_text is None else stored_text
    segment_id = conn.execute("INSERT INTO segments (start, end, t0, app, title, keystroke_mode, typed_text, key_count, "
                              "end_reason) VALUES (100, 200, 100, 'editor', 'login', 'full', ?, ?, 'idle')",
                              (text, sum(e.pressed for e in events))).lastrowid
    event_store.insert_rows(conn, event_store.rows_for(segment_id, 100.0, events))
    return segment_id


def stored_keys(conn, segment_id: int) -> list[KeyEvent]:
    """The key presses as stored (each with its held time: releases are not rows of their own)."""
    return event_store.key_presses(conn, segment_id)


def test_masking_a_span_masks_the_text_its_keystrokes_and_the_search_index(vault_handle, vault_conn, memory_keystore):
    text = "user Sam password Hunter2zz ok"
    segment_id = add_typed_segment(vault_conn, typing(100.0, text, typo_after=20))
    start = text.index("Hunter2zz")
    key = memory_keystore.get(VAULT_KEY_NAME)
    assert find_in_vault(vault_handle.path, key, b"Hunter2zz")  # positive control
    result = mask_typed_text(vault_conn, segment_id, start, start + 9, now=300.0)

    masked = vault_conn.execute("SELECT typed_text FROM segments WHERE id = ?", (segment_id,)).fetchone()[0]
    assert masked == "user Sam password ••••••••• ok"
    events = stored_keys(vault_conn, segment_id)
    assert reconstruct(events) == masked  # keystrokes and text agree
    hidden = [e for e in events if e.key == "•"]
    assert len(hidden) == 9 and all(e.char == "•" and not e.modifiers for e in hidden)  # one row per keystroke
    assert all(e.held == 0.05 for e in hidden)  # the timing stays
    assert result.extra["masked_chars"] == 9 and result.extra["masked_events"] == 9
    assert [e.key for e in events if e.key in ("x", "backspace")] == ["x", "backspace"]  # the typo stays as typed
    assert queries.search(vault_conn, "Hunter2zz") == [] and queries.search(vault_conn, "password")
    for needle in (b"Hunter2zz", b"hunter2zz"):  # text and the index's lower-cased token
        assert find_in_vault(vault_handle.path, key, needle) == []
    spec = json.loads(vault_conn.execute("SELECT spec FROM redactions WHERE kind = 'text-span'").fetchone()[0])
    assert spec == {"start": start, "end": start + 9}
    entry = ledger.entries(vault_conn)[-1]
    assert entry.kind == "redact" and entry.body == {"segment": segment_id, "text_span": [start, start + 9], "events": 9}
    assert ledger.verify(vault_conn).ok


def test_masking_keeps_line_breaks_so_the_text_keeps_its_shape(vault_conn):
    events = typing(100.0, "ab") + [KeyEvent(101.0, "enter", True), KeyEvent(101.05, "enter", False)] + typing(102.0, "cd")
    segment_id = add_typed_segment(vault_conn, events)
    mask_typed_text(vault_conn, segment_id, 1, 4, now=300.0)
    assert vault_conn.execute("SELECT typed_text FROM segments").fetchone()[0] == "a•\n•d"
    assert reconstruct(stored_keys(vault_conn, segment_id)) == "a•\n•d"


def test_when_stored_text_and_keystrokes_differ_matching_runs_are_aligned(vault_conn):
    # e.g. an earlier partial delete left the text shorter than what the keys rebuild
    segment_id = add_typed_segment(vault_conn, typing(100.0, "alpha secret"), stored_text="secret")
    mask_typed_text(vault_conn, segment_id, 0, 6, now=300.0)
    keys = stored_keys(vault_conn, segment_id)
    assert reconstruct(keys) == "alpha ••••••"
    assert vault_conn.execute("SELECT typed_text FROM segments").fetchone()[0] == "••••••"


def test_an_empty_or_impossible_span_is_refused(vault_conn):
    segment_id = add_typed_segment(vault_conn, typing(100.0, "abc"))
    for start, end in ((1, 1), (2, 1), (0, 9), (-1, 2)):
        with pytest.raises(KnownError):
            mask_typed_text(vault_conn, segment_id, start, end, now=1.0)
    with pytest.raises(KnownError):
        mask_typed_text(vault_conn, 999, 0, 1, now=1.0)
    assert vault_conn.execute("SELECT typed_text FROM segments").fetchone()[0] == "abc"
