"""Issue 16, "the gate respects it": segments whose screenshots were not read yet stay, while this
computer reads screenshots — through the real commands (argument parser, vault, gate, Tesseract)."""

from __future__ import annotations

import dataclasses
import json

import pytest
from release_seeding import SegmentSpec, jpeg, mark_read, seed_segments
from test_release_commands import run

from app.commands import scanning
from app.policy.model import ScanPolicy
from app.vault.release_store import ReleaseStore

UNREAD = "held: 1 screenshot not yet read"


@pytest.fixture
def unread(rig):
    """Two approved segments, one screenshot each, nothing read (as after `record --no-scan`)."""
    start = rig.clock.now() - 1800
    ids = seed_segments(rig.handle, [SegmentSpec("mail", "Inbox", "hi", (jpeg(),), start=start - 600),
                                     SegmentSpec("excel", "Budget", "numbers", (jpeg(), jpeg((9, 9, 9))),
                                                 start=start)]).ids
    rig.consent()
    run(rig, "approve", "--segment", *map(str, ids))
    return ids


def _dry_run(rig, capsys) -> str:
    capsys.readouterr()
    assert run(rig, "release", "--dry-run") == 0
    return capsys.readouterr().out


def test_the_store_counts_what_was_not_read_per_segment(rig, unread):
    facts = {f.id: f for f in ReleaseStore(rig.conn).candidate_facts(rig.clock.now())}
    assert [(facts[i].unread_frames, facts[i].text_unread) for i in unread] == [(1, True), (2, True)]
    mark_read(rig.handle)
    facts = {f.id: f for f in ReleaseStore(rig.conn).candidate_facts(rig.clock.now())}
    assert [(facts[i].unread_frames, facts[i].text_unread) for i in unread] == [(0, False), (0, False)]


def test_the_dry_run_holds_unread_segments_and_says_why_then_lets_them_go_once_read(rig, unread, capsys):
    out = _dry_run(rig, capsys)
    assert "Nothing would leave now." in out
    assert "Held back: 2 segments with screenshots not yet read for sensitive moments" in out
    assert f"  #{unread[0]} {UNREAD}\n" in out and f"  #{unread[1]} held: 2 screenshots not yet read\n" in out
    assert "`airlock scan` reads them now" in out
    mark_read(rig.handle)
    out = _dry_run(rig, capsys)
    assert "Would send 2 segments in 1 bundle" in out and "not yet read" not in out


def test_releases_lists_the_unread_segments_beside_the_suggestions(rig, unread, capsys):
    capsys.readouterr()
    run(rig, "releases")
    out = capsys.readouterr().out
    assert f"segment #{unread[0]} {UNREAD}" in out and "`airlock scan`" in out


def test_without_an_engine_or_with_reading_off_nothing_waits_and_the_dry_run_says_so(rig, unread, capsys,
                                                                                   monkeypatch):
    monkeypatch.setattr(scanning, "engine_missing", lambda: "tesserocr is not installed")
    out = _dry_run(rig, capsys)
    assert "Would send 2 segments" in out and "not yet read" not in out
    assert "not read for sensitive moments here (no OCR engine here (tesserocr is not installed))" in out
    monkeypatch.undo()
    rig.policy = dataclasses.replace(rig.policy, scan=ScanPolicy(enabled=False))
    out = _dry_run(rig, capsys)
    assert "Would send 2 segments" in out and "(the policy turns reading screenshots off)" in out


def test_the_policy_may_let_unread_segments_go(rig, unread, capsys):
    rig.policy = dataclasses.replace(rig.policy, scan=ScanPolicy(hold_unread=False))
    rig.consent()
    out = _dry_run(rig, capsys)
    assert "Would send 2 segments" in out and "not yet read" not in out and "not read for sensitive" not in out


def test_release_on_battery_does_not_read_and_sends_nothing_unread(rig, unread, capsys, monkeypatch):
    monkeypatch.setattr("app.release.power.on_ac_power", lambda: False)
    capsys.readouterr()
    assert run(rig, "release") == 0
    out = capsys.readouterr().out
    assert "Not reading screenshots on battery power: 2 segments not read yet" in out
    assert "Nothing to send." in out and not list(rig.drop.rglob("*.age"))


def test_release_on_mains_power_reads_the_held_segments_first_then_sends_them(rig, unread, capsys, monkeypatch):
    if not scanning.engine_status()[0]:
        pytest.skip("no OCR engine here: the suite's system-deps install Tesseract")
    monkeypatch.setattr("app.release.power.on_ac_power", lambda: True)
    capsys.readouterr()
    assert run(rig, "release") == 0
    out = capsys.readouterr().out
    assert "Reading the screenshots of 2 segments before they may leave" in out and "Sent bundle" in out
    read = rig.conn.execute("SELECT count(*) FROM frame_reads").fetchone()[0]
    assert read == 3, "every screenshot of the sent segments was read by the real engine"
    run(rig, "releases", "--json")
    (row,) = json.loads(capsys.readouterr().out)
    assert sorted(s["id"] for s in row["segments"]) == sorted(unread)


def test_release_reads_only_what_would_otherwise_leave(rig, unread, capsys, monkeypatch):
    """Segments still in their hold are left to the background reader: the release reads nothing."""
    rig.policy = dataclasses.replace(rig.policy, release=dataclasses.replace(rig.policy.release, hold_hours=24.0))
    rig.consent()
    monkeypatch.setattr("app.release.power.on_ac_power", lambda: True)
    capsys.readouterr()
    assert run(rig, "release") == 0
    out = capsys.readouterr().out
    assert "Reading the screenshots" not in out and "Nothing to send." in out
    assert rig.conn.execute("SELECT count(*) FROM frame_reads").fetchone()[0] == 0


def test_the_service_asks_for_a_reading_only_on_mains_power_and_then_asks_the_gate_again(rig, unread):
    service = rig.service(hold_unread=True)
    asked: list[list[int]] = []
    rig.on_ac = False
    report = service.run(read_first=lambda ids: asked.append(list(ids)))
    assert asked == [] and report.unread_on_battery == 2 and report.sent == []
    assert report.blocked == {"unread": 2}
    rig.on_ac = True
    report = service.run(read_first=lambda ids: (asked.append(list(ids)), mark_read(rig.handle)))
    assert asked == [unread] and report.unread_on_battery == 0
    assert sorted(s["id"] for r in report.sent for s in r["segments"]) == sorted(unread)


def test_the_service_holds_nothing_for_reading_unless_told_screenshots_are_read_here(rig, unread):
    assert rig.service().plan().unread == ()
    assert rig.service(hold_unread=True).plan().unread == tuple(unread)
    off = dataclasses.replace(rig.policy, scan=ScanPolicy(enabled=False))
    assert rig.service(off, hold_unread=True).plan().unread == ()
