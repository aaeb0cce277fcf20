"""The development vault: realistic, consistent with what capture writes, reproducible, month-sized."""

from __future__ import annotations

import io
from collections import Counter
from datetime import date

import pytest
from PIL import Image

from app.core.errors import KnownError
from app.dev.seed.vault_seed import SeedPlan, seed_vault
from app.policy.rules.typed_text import reconstruct
from app.vault import event_store, ledger
from app.vault.queries import day_bounds

WEDNESDAY = date(2024, 5, 15)
SMALL = dict(last_day=WEDNESDAY, now=day_bounds(WEDNESDAY)[1], images_per_title=1, image_size=(320, 180),
             frame_interval_s=240.0, work_hours=1.5)
SPARSE = 120.0  # seconds between actions: few events, quick tests


def test_a_small_seed_is_consistent_with_what_capture_writes(vault_conn):
    # Sat..Wed: two weekend days without activity, three working days
    report = seed_vault(vault_conn, SeedPlan(days=5, seed=7, idle_mean_s=SPARSE, **SMALL))
    c = vault_conn
    days = {r[0] for r in c.execute("SELECT date(start, 'unixepoch', 'localtime') FROM segments")}
    assert days == {"2024-05-13", "2024-05-14", "2024-05-15"}
    assert report.segments == c.execute("SELECT count(*) FROM segments").fetchone()[0] > 100
    assert report.events == c.execute("SELECT count(*) FROM events").fetchone()[0]
    assert report.frames == c.execute("SELECT count(*) FROM frames").fetchone()[0]
    mismatched = c.execute(
        "SELECT count(*) FROM segments s WHERE frame_count != (SELECT count(*) FROM frames WHERE segment_id = s.id) "
        "OR key_count != (SELECT count(*) FROM events WHERE segment_id = s.id AND kind = 1) "
        "OR click_count != (SELECT count(*) FROM events WHERE segment_id = s.id AND kind = 2) "
        "OR EXISTS (SELECT 1 FROM events e WHERE e.segment_id = s.id AND (s.t0 + e.dt / 1000.0 < s.start - 0.001 "
        "OR s.t0 + e.dt / 1000.0 > s.end + 0.001))").fetchone()[0]
    assert mismatched == 0
    typed = 0
    for segment_id, text in c.execute("SELECT id, typed_text FROM segments WHERE key_count > 0").fetchall():
        assert reconstruct(event_store.key_presses(c, segment_id)) == text
        typed += bool(text.strip())
    assert typed > 20


def test_a_small_seed_has_gaps_states_flags_releases_and_a_valid_ledger(vault_conn):
    seed_vault(vault_conn, SeedPlan(days=21, seed=3, idle_mean_s=SPARSE, **SMALL))
    c = vault_conn
    reasons = {r[0] for r in c.execute("SELECT reason FROM gaps")}
    assert {"paused", "screen-locked"} <= reasons
    states = dict(c.execute("SELECT state, count(*) FROM segments GROUP BY state").fetchall())
    assert set(states) == {"held", "flagged", "approved", "released"}
    newest = day_bounds(WEDNESDAY)[1]
    young_released = c.execute("SELECT count(*) FROM segments WHERE state = 'released' AND start > ?",
                               (newest - 14 * 86400,)).fetchone()[0]
    assert young_released == 0  # recent days are still under review
    assert c.execute("SELECT count(*) FROM segments WHERE state = 'flagged'").fetchone()[0] == \
        c.execute("SELECT count(*) FROM flags").fetchone()[0]
    assert c.execute("SELECT count(*) FROM segments WHERE state = 'released' AND (released_at IS NULL OR bundle_id "
                     "NOT IN (SELECT bundle_id FROM releases))").fetchone()[0] == 0
    assert ledger.verify(c).ok
    kinds = Counter(e.kind for e in ledger.entries(c))
    assert kinds["consent"] == 1 and kinds["flag"] and kinds["approve"] and kinds["release"]
    width, height, blob = c.execute("SELECT width, height, image FROM frames LIMIT 1").fetchone()
    assert Image.open(io.BytesIO(blob)).size == (width, height) == (320, 180)


def test_the_same_seed_gives_the_same_vault(data_dir, memory_keystore, tmp_path):
    from app.core.paths import resolve_paths
    from app.vault.vault import open_vault
    from tests.helpers.keystore import MemoryKeyStore

    def seeded(root) -> list:
        handle = open_vault(resolve_paths(root).ensure(), MemoryKeyStore())
        conn = handle.connect()
        seed_vault(conn, SeedPlan(days=3, seed=11, idle_mean_s=SPARSE, **SMALL))
        rows = conn.execute("SELECT start, app, title, typed_text, state FROM segments ORDER BY id").fetchall()
        conn.close()
        return rows

    assert seeded(tmp_path / "a") == seeded(tmp_path / "b")


def test_the_default_density_makes_a_month_of_about_a_million_events_and_20k_screenshots(vault_conn):
    # One working day at the default density, scaled to the ~22 working days of 30 calendar days.
    report = seed_vault(vault_conn, SeedPlan(days=1, seed=1, last_day=WEDNESDAY, now=day_bounds(WEDNESDAY)[1],
                                             images_per_title=1, image_size=(160, 90)))
    # Rows: a keystroke is one row (its release is its held time), so ≈ 0.8–1.4 M events as sources
    # report them are ≈ 0.45–0.9 M rows a month (× 22).
    assert 20_000 <= report.events <= 40_000
    assert 700 <= report.frames <= 1_100  # × 22 ≈ 15–24 k


def test_seeding_refuses_a_vault_that_holds_data(vault_conn):
    vault_conn.execute("INSERT INTO segments (start, end, app, title, keystroke_mode) VALUES (1, 2, 'a', 'b', 'full')")
    with pytest.raises(KnownError):
        seed_vault(vault_conn, SeedPlan(days=1, **SMALL))
