"""`airlock status|pause|resume|delete|flag`: against a running instance (a real control server in
this process, real writer and vault) and, when none runs, directly on the vault."""

from __future__ import annotations

import argparse
import json

import pytest

from app.commands import control as control_command
from app.control.headless import HeadlessOperations
from app.control.instance import InstanceLock
from app.control.server import ControlServer
from app.core.errors import ControlError
from app.policy.rules.pause import PauseState
from app.vault import ledger
from app.vault.in_flight import InFlightGuard
from app.vault.operations import settings
from app.vault.operations.store import VaultOperations
from app.vault.writer import VaultWriter
from tests.helpers.clock import FakeClock
from tests.helpers.seed import SeededSegment, seed

NOW = 1_700_000_000.0


class FakeContext:
    def __init__(self, paths, keystore) -> None:
        self.paths = paths
        self.args = argparse.Namespace(policy=None)
        self.clock = FakeClock(NOW)
        self._keystore = keystore

    def keystore(self):
        return self._keystore

    def policy(self):
        from app.policy.file.parser import default_policy

        return default_policy(self.paths.data_dir)


def run(context, *argv: str) -> int:
    parser = argparse.ArgumentParser(prog="airlock")
    control_command.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(list(argv))
    return args.func(args, context)


@pytest.fixture
def context(data_dir, memory_keystore):
    return FakeContext(data_dir, memory_keystore)


@pytest.fixture
def seeded(vault_handle):
    return seed(vault_handle, [SeededSegment(NOW - 3000, "mail", "Inbox", "older"),
                               SeededSegment(NOW - 120, "editor", "notes.txt", "recent")])


@pytest.fixture
def instance(context, vault_handle):
    """A running instance in this process: writer, controls, control server."""
    pause = PauseState()
    writer = VaultWriter(vault_handle, InFlightGuard(pause), on_error=lambda error: controls.report_vault_error(error))
    controls = HeadlessOperations(pause, context.clock, VaultOperations(writer.run))
    writer.start()
    lock = InstanceLock(context.paths.instance_lock)
    lock.acquire("headless")
    server = ControlServer(context.paths, controls)
    server.start()
    yield controls
    server.stop()
    writer.stop()
    lock.release()


def test_status_json_of_a_running_instance(context, seeded, instance, capsys):
    assert run(context, "status", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["state"] == "recording" and report["running"] is True and report["mode"] == "headless"
    assert report["waiting_for_review"] == 2 and report["describe"] == "Recording"


def test_pause_for_and_resume_through_the_running_instance(context, seeded, instance, vault_conn, capsys):
    assert run(context, "pause", "--for", "30m") == 0
    assert capsys.readouterr().out.startswith("Paused until ")
    assert instance.pause_state.current(NOW).until == NOW + 1800
    assert settings.load_pause(vault_conn).until == NOW + 1800  # saved before the command returned
    assert run(context, "resume", "--json") == 0
    assert json.loads(capsys.readouterr().out)["state"] == "recording"
    kinds = [e.kind for e in ledger.entries(vault_conn)]
    assert kinds[-2:] == ["pause", "resume"]


def test_delete_last_through_the_running_instance(context, seeded, instance, vault_conn, capsys):
    assert run(context, "delete", "--last", "5m", "--dry-run") == 0
    assert "would remove 1 segment, 6 keystrokes, 1 click, 1 screenshot" in capsys.readouterr().out
    assert run(context, "delete", "--last", "5m") == 0
    assert "Deleted the last 5 minutes: 1 segment" in capsys.readouterr().out
    assert [r[0] for r in vault_conn.execute("SELECT title FROM segments")] == ["Inbox"]
    assert ledger.entries(vault_conn)[-1].kind == "delete"


def test_flag_last_through_the_running_instance(context, seeded, instance, vault_conn, capsys):
    assert run(context, "flag", "--last", "15m", "--category", "health", "--note", "clinic") == 0
    assert "Flagged 1 segment" in capsys.readouterr().out
    assert vault_conn.execute("SELECT state FROM segments WHERE title = 'notes.txt'").fetchone()[0] == "flagged"
    assert ledger.entries(vault_conn)[-1].body["category"] == "health"


def test_without_an_instance_a_pause_is_saved_for_the_next_start(context, seeded, vault_conn, capsys):
    assert run(context, "pause", "--until", "tomorrow") == 0
    out = capsys.readouterr().out
    assert "Paused until tomorrow 08:00" in out and "applies when it starts" in out
    saved = settings.load_pause(vault_conn)
    assert saved is not None and saved.paused_at == NOW
    assert run(context, "status") == control_command.NOT_RUNNING_EXIT
    assert "Paused until tomorrow 08:00" in capsys.readouterr().out
    assert run(context, "resume") == 0
    assert settings.load_pause(vault_conn) is None


def test_without_an_instance_delete_acts_on_the_vault(context, seeded, vault_conn, capsys):
    assert run(context, "delete", "--last", "1h", "--json") == 0
    assert json.loads(capsys.readouterr().out)["segments"] == 2
    assert vault_conn.execute("SELECT count(*) FROM segments").fetchone()[0] == 0


def test_without_a_vault_status_says_why_and_pause_refuses(context, capsys):
    assert run(context, "status") == control_command.NOT_RUNNING_EXIT
    assert "not running" in capsys.readouterr().out.lower()
    with pytest.raises(Exception, match="no vault"):
        run(context, "pause")


def test_a_running_instance_whose_channel_is_gone_is_named(context, vault_handle):
    lock = InstanceLock(context.paths.instance_lock)
    lock.acquire("desktop")
    try:
        with pytest.raises(ControlError, match="does not answer"):
            run(context, "status")
    finally:
        lock.release()


def test_bad_spans_and_times_are_refused_by_the_parser(context, capsys):
    with pytest.raises(SystemExit):
        run(context, "delete", "--last", "5 parsecs")
    assert "not a duration" in capsys.readouterr().err


def test_known_problems_have_short_reasons_for_the_tooltip():
    from app.commands.desktop import short_reason
    from app.core.errors import KeyringUnavailable, KnownError, VaultLocked

    assert short_reason(KeyringUnavailable("Not capturing: the keyring refused access (InitError).")) == \
        "keyring locked or unavailable"
    assert short_reason(VaultLocked("Vault locked: …")) == "vault locked (its key is not in the keyring)"
    assert short_reason(KnownError("Something else went wrong.")) == "Something else went wrong"


def test_status_says_when_the_screenshot_reader_died_and_came_back(tmp_path):
    from app.control.interface import StatusReport
    from app.core.model import CaptureStatus

    operations = HeadlessOperations(PauseState(), FakeClock(1000.0), None)
    operations.report_scan_progress("Reading screenshots: 3 of 9", 2)
    report = StatusReport.from_dict(json.loads(json.dumps(operations.snapshot().to_dict())))
    assert (report.scan_progress, report.scan_restarts) == ("Reading screenshots: 3 of 9", 2)
    text = control_command._status_text(StatusReport(CaptureStatus.RECORDING, segments={"held": 1}, scan_restarts=2,
                                                     scan_progress="Reading screenshots: 3 of 9"))
    assert "Reading screenshots: 3 of 9.\nThe screenshot reader stopped unexpectedly and was started again (2 times)." \
        in text


def test_status_json_counts_the_screenshots_not_yet_read_that_hold_segments(context, seeded, capsys, monkeypatch,
                                                                           vault_conn):
    from app.commands import scanning

    monkeypatch.setattr(scanning, "engine_missing", lambda: "")
    assert run(context, "status", "--json") != 0  # not running
    frames = vault_conn.execute("SELECT count(*) FROM frames").fetchone()[0]
    assert frames >= 2 and json.loads(capsys.readouterr().out)["not_yet_read"] == frames
    vault_conn.execute("INSERT INTO frame_reads (frame_id, engine, read_at, text) SELECT id, 'test', 0, '' FROM frames")
    vault_conn.commit()
    run(context, "status", "--json")
    assert json.loads(capsys.readouterr().out)["not_yet_read"] == 0


def test_status_json_counts_nothing_unread_when_screenshots_are_not_read_here(context, seeded, capsys, monkeypatch):
    from app.commands import scanning

    monkeypatch.setattr(scanning, "engine_missing", lambda: "tesserocr is not installed")
    run(context, "status", "--json")
    assert json.loads(capsys.readouterr().out)["not_yet_read"] == 0


def test_a_running_instance_reports_the_screenshots_not_yet_read(context, seeded, vault_handle, capsys):
    pause = PauseState()
    writer = VaultWriter(vault_handle, InFlightGuard(pause))
    controls = HeadlessOperations(pause, context.clock, VaultOperations(writer.run), reads_screenshots=True)
    writer.start()
    try:
        assert controls.status().not_yet_read == 2
        assert HeadlessOperations(pause, context.clock, VaultOperations(writer.run)).status().not_yet_read == 0
        assert controls.refresh_counts().result(10) == 2
    finally:
        writer.stop()
