"""`airlock dev seed`: a realistic month-sized vault to develop and measure the review window against.

Working days of office activity (seed_activity.py) with screenshots (seed_images.py), lunch pauses,
locked screens, excluded password-manager windows and the odd failed source as gaps, and the
states a month of reviewing leaves behind: old days mostly released or approved, recent days held,
sensitive moments flagged. Rows go in with batched SQL, one transaction per day.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from app.core.errors import KnownError
from app.core.model import ClickEvent, FlagCategory, GapReason, KeyEvent, SegmentState
from app.dev.seed.activity import TITLES_BY_KIND, ActivityGenerator, AppProfile, pick_profile
from app.dev.seed.images import image_pool
from app.policy.rules.typed_text import reconstruct
from app.vault import event_store, ledger
from app.vault.database import checkpoint_truncate, transaction
from app.vault.ledger import LedgerKind
from app.vault.queries import day_bounds

log = logging.getLogger("airlock.vault.seed")
HOUR = 3600.0


@dataclass(frozen=True)
class SeedPlan:
    """What to seed. The defaults give ≈ 1 M events and ≈ 20 k screenshots for 30 days."""

    days: int = 30
    seed: int = 1
    last_day: date | None = None  # default: today
    now: float | None = None  # nothing is seeded after this instant; default: the wall clock
    idle_mean_s: float = 22.0  # pause between actions: sets the event density
    frame_interval_s: float = 30.0
    work_hours: float = 8.5  # a working day (before a random overrun), lunch included
    images_per_title: int = 2
    image_size: tuple[int, int] = (960, 540)
    destination: str = "file:///var/tmp/airlock-outbox"


@dataclass
class SeedReport:
    days: int = 0
    segments: int = 0
    events: int = 0
    frames: int = 0
    gaps: int = 0
    image_bytes: int = 0
    states: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class _Break:
    start: float
    end: float
    reason: GapReason
    detail: str


ProgressFn = Callable[[int, int, SeedReport], None]


def seed_vault(conn, plan: SeedPlan, progress: ProgressFn | None = None) -> SeedReport:
    """Fill an empty vault with `plan.days` days of activity. Refuses a vault that holds segments."""
    if conn.execute("SELECT count(*) FROM segments").fetchall()[0][0]:
        raise KnownError("This vault already holds captured data; seeding only fills an empty vault.",
                         "Seed into a fresh data dir: `airlock --data-dir /tmp/airlock-dev dev seed`.")
    rng = random.Random(plan.seed)
    now = plan.now if plan.now is not None else time.time()
    last_day = plan.last_day or date.fromtimestamp(now)
    first_day = last_day - timedelta(days=plan.days - 1)
    pool = image_pool(TITLES_BY_KIND, plan.images_per_title, rng, plan.image_size)
    generator = ActivityGenerator(rng, plan.idle_mean_s)
    report = SeedReport()
    next_id = [1]
    with transaction(conn):
        ledger.append(conn, LedgerKind.CONSENT, {"scope": "development seed", "seed": plan.seed},
                      day_bounds(first_day)[0] + 8 * HOUR)
    for index in range(plan.days):
        day = first_day + timedelta(days=index)
        if day.weekday() < 5:
            with transaction(conn):
                _seed_day(conn, day, (last_day - day).days, plan, rng, generator, pool, now, report, next_id)
        report.days = index + 1
        if progress:
            progress(index + 1, plan.days, report)
    checkpoint_truncate(conn)
    log.info("seeded %d segments, %d events, %d frames", report.segments, report.events, report.frames)
    return report


def _breaks(day_start: float, rng: random.Random, index: int, hours: float) -> tuple[float, float, list[_Break]]:
    """The working span of a day and its gaps: lunch pause, locked screens, excluded windows, a failure."""
    work_start = day_start + 8.5 * HOUR + rng.uniform(0, HOUR)
    span = (hours + rng.uniform(0, 1.5) * hours / 8.5) * HOUR
    work_end = work_start + span
    lunch = work_start + span * rng.uniform(0.4, 0.5)
    breaks = [_Break(lunch, lunch + span * rng.uniform(0.06, 0.11), GapReason.PAUSED, "paused from the tray")]
    for _ in range(rng.randint(1, 2)):
        at = rng.uniform(work_start + span / 8, work_end - span / 8)
        breaks.append(_Break(at, at + span * rng.uniform(0.01, 0.03), GapReason.SCREEN_LOCKED, ""))
    for _ in range(rng.randint(0, 3)):
        at = rng.uniform(work_start, work_end)
        breaks.append(_Break(at, at + rng.uniform(10, 60), GapReason.EXCLUDED, "password managers"))
    if index % 9 == 4:
        at = rng.uniform(work_start, work_end)
        breaks.append(_Break(at, at + rng.uniform(60, 180), GapReason.SOURCE_FAILED, "screen capture stopped; restarted"))
    breaks.sort(key=lambda b: b.start)
    merged: list[_Break] = []
    for b in breaks:  # overlapping breaks would make overlapping gaps: keep the first
        if not merged or b.start >= merged[-1].end:
            merged.append(b)
    return work_start, work_end, merged


def _state_for(profile: AppProfile, age_days: int, rng: random.Random) -> tuple[SegmentState, tuple | None]:
    """The review state a month of use leaves: (state, (category, note) if flagged)."""
    if profile.sensitive is not None and rng.random() < 0.8:
        return SegmentState.FLAGGED, (profile.sensitive, profile.flag_note)
    if rng.random() < 0.01:
        return SegmentState.FLAGGED, (FlagCategory.OTHER, "Not sure about this one")
    if age_days >= 14:
        return rng.choices((SegmentState.RELEASED, SegmentState.APPROVED, SegmentState.HELD), (75, 10, 15))[0], None
    if age_days >= 4:
        return (SegmentState.APPROVED if rng.random() < 0.4 else SegmentState.HELD), None
    return SegmentState.HELD, None


def _seed_day(conn, day: date, age_days: int, plan: SeedPlan, rng: random.Random, generator: ActivityGenerator,
              pool: dict[str, list[bytes]], now: float, report: SeedReport, next_id: list[int]) -> None:
    day_start, _ = day_bounds(day)
    work_start, work_end, breaks = _breaks(day_start, rng, (day - date(2000, 1, 3)).days, plan.work_hours)
    work_end = min(work_end, now)
    review_at = min(work_end + 0.5 * HOUR, now)
    segments, events, frames, flags, gaps = [], [], [], [], []
    by_state: dict[SegmentState, list[int]] = {}
    t = work_start
    pending = list(breaks)
    while t < work_end:
        if pending and t >= pending[0].start:
            b = pending.pop(0)
            if b.start < now:
                gaps.append((b.start, min(b.end, now), b.reason.value, b.detail))
            t = max(t, b.end)
            continue
        limit = min(work_end, pending[0].start if pending else work_end)
        profile = pick_profile(rng)
        end = min(t + rng.triangular(15, 300, 100), limit)
        if end - t < 8:
            t = end + 1
            continue
        segment_id = next_id[0]
        next_id[0] += 1
        seg_events = generator.segment(profile, t, end)
        keys = [e for e in seg_events if isinstance(e, KeyEvent)]
        events += event_store.rows_for(segment_id, t, seg_events)
        shot_times, at = [], t + 0.5
        while at < end:
            shot_times.append(at)
            at += rng.uniform(plan.frame_interval_s - 5, plan.frame_interval_s + 5)
        title = rng.choice(profile.titles)
        images = pool[title]
        choice = rng.randrange(len(images))
        for at in shot_times:
            if rng.random() < 0.3:
                choice = rng.randrange(len(images))
            frames.append((segment_id, at, plan.image_size[0], plan.image_size[1], images[choice]))
            report.image_bytes += len(images[choice])
        state, flag = _state_for(profile, age_days, rng)
        if flag:
            flags.append((segment_id, flag[0].value, flag[1], review_at))
        by_state.setdefault(state, []).append(segment_id)
        approved_at = review_at if state in (SegmentState.APPROVED, SegmentState.RELEASED) else None
        released_at = min(review_at + 24 * HOUR, now) if state is SegmentState.RELEASED else None
        bundle = f"seed-{day.isoformat()}" if released_at else None
        segments.append((segment_id, t, end, t, profile.app, title, 4000 + rng.randrange(2000), profile.wm_class,
                         profile.mode.value, state.value, reconstruct(keys),
                         sum(1 for e in keys if e.pressed),
                         sum(1 for e in seg_events if isinstance(e, ClickEvent) and e.pressed),
                         len(shot_times), approved_at, released_at, bundle))
        t = end + rng.uniform(0.5, 20)
    conn.executemany(
        "INSERT INTO segments (id, start, end, t0, app, title, pid, wm_class, keystroke_mode, state, typed_text, "
        "key_count, click_count, frame_count, approved_at, released_at, bundle_id, end_reason) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'idle')", segments)
    event_store.insert_rows(conn, events)
    conn.executemany("INSERT INTO frames (segment_id, t, width, height, mime, left_px, top_px, scale, image) "
                     "VALUES (?, ?, ?, ?, 'image/jpeg', 0, 0, 0.5, ?)", frames)
    conn.executemany("INSERT INTO flags (segment_id, category, note, t) VALUES (?, ?, ?, ?)", flags)
    conn.executemany("INSERT INTO gaps (start, end, reason, detail) VALUES (?, ?, ?, ?)", gaps)
    _ledger_for_day(conn, day, by_state, flags, review_at, plan, len(events), len(frames))
    report.segments += len(segments)
    report.events += len(events)
    report.frames += len(frames)
    report.gaps += len(gaps)
    for state, ids in by_state.items():
        report.states[state.value] = report.states.get(state.value, 0) + len(ids)


def _ledger_for_day(conn, day: date, by_state: dict, flags: list, review_at: float, plan: SeedPlan,
                    events: int, frames: int) -> None:
    """The decisions that produced the day's states, in the ledger, as the real operations write them."""
    for segment_id, category, _note, t in flags:
        ledger.append(conn, LedgerKind.FLAG, {"segments": [segment_id], "category": category}, t)
    reviewed = by_state.get(SegmentState.APPROVED, []) + by_state.get(SegmentState.RELEASED, [])
    if reviewed:
        ledger.append(conn, LedgerKind.APPROVE, {"segments": sorted(reviewed), "approved": len(reviewed)}, review_at)
    released = by_state.get(SegmentState.RELEASED, [])
    if released:
        bundle = f"seed-{day.isoformat()}"
        at = review_at + 24 * HOUR
        summary = json.dumps({"segments": len(released)})
        conn.execute("INSERT INTO releases (bundle_id, t, destination, size, sha256, confirmation, summary) "
                     "VALUES (?, ?, ?, ?, ?, 'seeded', ?)",
                     (bundle, at, plan.destination, events * 40 + frames * 30000, "0" * 64, summary))
        ledger.append(conn, LedgerKind.RELEASE, {"bundle": bundle, "segments": len(released)}, at)
