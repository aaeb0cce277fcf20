"""`airlock search`, `airlock review` without a display, and `airlock dev seed` (small)."""

from __future__ import annotations

import argparse
import io
import json
from contextlib import redirect_stderr

import pytest

from app.commands import dev as dev_command
from app.commands import review as review_command
from app.core.errors import KnownError
from app.dev.seed.vault_seed import SeedReport
from app.vault.operations import deletion
from tests.helpers.clock import FakeClock

NOW = 1_700_000_000.0


class FakeContext:
    def __init__(self, paths, keystore) -> None:
        self.paths = paths
        self.args = argparse.Namespace(policy=None)
        self.clock = FakeClock(NOW)
        self._keystore = keystore

    def keystore(self):
        return self._keystore


def run(module, context, *argv: str) -> int:
    parser = argparse.ArgumentParser(prog="airlock")
    module.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(list(argv))
    return args.func(args, context)


@pytest.fixture
def context(data_dir, memory_keystore):
    return FakeContext(data_dir, memory_keystore)


@pytest.fixture
def vault(vault_conn):
    def add(start, title, text):
        return vault_conn.execute("INSERT INTO segments (start, end, app, title, keystroke_mode, typed_text) "
                                  "VALUES (?, ?, 'editor', ?, 'full', ?)", (start, start + 60, title, text)).lastrowid
    return {"old": add(NOW - 7200, "budget.ods", "quarterly numbers"),
            "new": add(NOW - 600, "mail", "the quarterly review is moved"),
            "gone": add(NOW - 300, "chat", "quarterly secret")}


def test_search_prints_matches_newest_first_and_json(context, vault, vault_conn, capsys):
    deletion.delete_segments(vault_conn, [vault["gone"]], now=NOW)
    assert run(review_command, context, "search", "quarter") == 0
    out = capsys.readouterr().out
    assert out.index(f"#{vault['new']}") < out.index(f"#{vault['old']}") and "secret" not in out
    assert "[quarterly]" in out
    assert run(review_command, context, "search", "quarterly review", "--json") == 0
    hits = json.loads(capsys.readouterr().out)
    assert [h["id"] for h in hits] == [vault["new"]] and hits[0]["state"] == "held" and hits[0]["title"] == "mail"


def test_search_without_a_match_says_so_and_exits_1(context, vault, capsys):
    assert run(review_command, context, "search", "nothing-like-this") == 1
    assert "Nothing matches" in capsys.readouterr().err


def test_search_without_a_vault_is_a_known_error(context):
    with pytest.raises(KnownError):
        run(review_command, context, "search", "x")


def test_review_without_a_display_explains_and_points_to_search(context, vault, monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    with pytest.raises(KnownError) as raised:
        run(review_command, context, "review")
    assert "graphical session" in raised.value.message and "airlock search" in raised.value.hint


def test_dev_seed_fills_an_empty_vault_with_progress_on_stderr(context, monkeypatch, capsys):
    captured = {}

    def fake_seed(conn, plan, progress):
        captured["plan"] = plan
        report = SeedReport(days=plan.days, segments=5, events=50, frames=2, gaps=1, states={"held": 5})
        for day in range(1, plan.days + 1):
            progress(day, plan.days, report)
        return report

    monkeypatch.setattr(dev_command, "seed_vault", fake_seed)
    stderr = io.StringIO()
    with redirect_stderr(stderr):
        assert run(dev_command, context, "dev", "seed", "--days", "3", "--seed", "9") == 0
    assert (captured["plan"].days, captured["plan"].seed) == (3, 9)
    lines = stderr.getvalue().splitlines()
    assert len(lines) == 3 and "day 3/3" in lines[-1] and "50 events" in lines[-1]
    assert "5 segments (5 held)" in capsys.readouterr().out


def test_dev_seed_refuses_zero_days(context):
    with pytest.raises(KnownError):
        run(dev_command, context, "dev", "seed", "--days", "0")
