"""The release commands, run in-process through their real argument parser."""

from __future__ import annotations

import argparse
import io
import json
import logging

import pytest
from release_seeding import SegmentSpec, jpeg, mark_read, seed_segments

from app.commands import release as commands
from app.core.errors import KnownError
from app.release.s3_destination import ACCESS_KEY_NAME, SECRET_KEY_NAME

TITLE = "Secret Project — Budget.xlsx"


class Context:
    def __init__(self, rig):
        self.paths, self.clock, self._rig = rig.paths, rig.clock, rig

    def keystore(self):
        return self._rig.keystore

    def policy(self):
        return self._rig.policy


def run(rig, *argv: str) -> int:
    parser = argparse.ArgumentParser(prog="airlock")
    commands.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.func(args, Context(rig))


@pytest.fixture
def seeded(rig):
    start = rig.clock.now() - 1800
    old, recent = seed_segments(rig.handle, [SegmentSpec("mail", "Inbox", "hi", (jpeg(),), start=start - 7200),
                                             SegmentSpec("excel", TITLE, "numbers", (jpeg(),), start=start)]).ids
    mark_read(rig.handle)
    rig.consent()
    return [recent, old]


def test_approve_last_hour_then_dry_run_shows_titles_on_the_terminal_only(rig, seeded, capsys, caplog):
    caplog.set_level(logging.DEBUG, logger="airlock")
    assert run(rig, "approve", "--last", "1h") == 0
    assert "Approved 1 of 1 segment" in capsys.readouterr().out
    assert run(rig, "release", "--dry-run") == 0
    out = capsys.readouterr().out
    assert f"#{seeded[0]}" in out and TITLE in out and f"#{seeded[1]}" not in out
    assert "1 segment waiting for your approval" in out
    assert not list(rig.drop.iterdir())
    assert TITLE not in caplog.text and "numbers" not in caplog.text


def test_release_releases_and_withdraw(rig, seeded, capsys, caplog):
    caplog.set_level(logging.DEBUG, logger="airlock")
    run(rig, "approve", "--segment", *map(str, seeded))
    assert run(rig, "release") == 0
    assert "Sent bundle" in capsys.readouterr().out
    assert TITLE not in caplog.text, "a real send logs ids and sizes, never titles"
    run(rig, "releases", "--json")
    (row,) = json.loads(capsys.readouterr().out)
    assert sorted(s["id"] for s in row["segments"]) == sorted(seeded)
    run(rig, "releases")
    text = capsys.readouterr().out
    assert row["bundle_id"] in text and "2 segments" in text and TITLE not in text
    assert run(rig, "withdraw", row["bundle_id"]) == 0
    run(rig, "releases")
    assert "WITHDRAWN" in capsys.readouterr().out


def test_collect_reports_and_fails_on_a_rejected_bundle(rig, seeded, capsys, tmp_path):
    run(rig, "approve", "--segment", *map(str, seeded))
    run(rig, "release")
    trusted = tmp_path / "trusted"
    trusted.mkdir()
    run(rig, "keys", "device")
    (trusted / "device.pub").write_text(capsys.readouterr().out)
    collect = ("collect", "--from", rig.drop.as_uri(), "--identity", str(rig.org.identity_file),
               "--trusted-devices", str(trusted), "--dataset", str(tmp_path / "ds"), "--json")
    assert run(rig, *collect) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["unpacked"] == 1
    sealed = next(rig.drop.glob("*/bundles/*.age"))
    (tmp_path / "ds" / sealed.name.removesuffix(".age")).rename(tmp_path / "moved")
    data = bytearray(sealed.read_bytes())
    data[-1] ^= 1
    sealed.write_bytes(bytes(data))
    assert run(rig, *collect[:-1]) == 1
    assert "rejected" in capsys.readouterr().out


def test_keys_init_org_and_s3_credentials(rig, capsys, tmp_path, monkeypatch):
    assert run(rig, "keys", "init-org", "--out", str(tmp_path / "org")) == 0
    assert "recipients = [\"age1" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret\n"))
    assert run(rig, "keys", "s3-credentials", "--access-key-id", "AKIA", "--secret-stdin") == 0
    assert rig.keystore.get(ACCESS_KEY_NAME) == b"AKIA" and rig.keystore.get(SECRET_KEY_NAME) == b"s3cret"
    assert "s3cret" not in capsys.readouterr().out


def test_durations():
    assert commands.parse_duration("90s") == 90 and commands.parse_duration("1.5h") == 5400
    with pytest.raises(KnownError, match="not a duration"):
        commands.parse_duration("an hour")
