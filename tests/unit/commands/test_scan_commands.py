"""`airlock scan` and `airlock suggestions` over a real vault with the real OCR engine: --since,
--json, the list with words and boxes, and answering a suggestion through the operations."""

from __future__ import annotations

import argparse
import io
import json

import pytest
from PIL import Image, ImageDraw, ImageFont

from app.commands import scanning
from app.policy.file.parser import default_policy
from tests.helpers.clock import FakeClock

NOW = 1_700_000_000.0
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


class FakeContext:
    def __init__(self, paths, keystore) -> None:
        self.paths = paths
        self.args = argparse.Namespace(policy=None)
        self.clock = FakeClock(NOW)
        self._keystore = keystore

    def keystore(self):
        return self._keystore

    def policy(self):
        return default_policy(self.paths.data_dir)


def run(context, *argv: str) -> int:
    parser = argparse.ArgumentParser(prog="airlock")
    scanning.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(list(argv))
    return args.func(args, context)


def _screen(text: str) -> bytes:
    image = Image.new("RGB", (900, 160), "white")
    ImageDraw.Draw(image).text((30, 50), text, fill="black", font=ImageFont.truetype(FONT, 34))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def vault(vault_conn):
    def add(start: float, text: str) -> int:
        segment = vault_conn.execute(
            "INSERT INTO segments (start, end, app, title, keystroke_mode, frame_count, end_reason) "
            "VALUES (?, ?, 'browser', 'Portal', 'full', 1, 'idle')", (start, start + 60)).lastrowid
        vault_conn.execute("INSERT INTO frames (segment_id, t, width, height, mime, scale, image) "
                           "VALUES (?, ?, 900, 160, 'image/png', 1.0, ?)", (segment, start + 30, _screen(text)))
        return segment
    return {"old": add(NOW - 3 * 86400, "Your diagnosis: hypertension"), "new": add(NOW - 600, "Patient diagnosis")}


@pytest.fixture
def context(data_dir, memory_keystore):
    return FakeContext(data_dir, memory_keystore)


def test_scan_since_reads_only_the_recent_screenshots_and_suggestions_list_and_answer(context, vault, vault_conn,
                                                                                   capsys):
    assert run(context, "scan", "--since", "1d", "--json") == 0
    assert json.loads(capsys.readouterr().out) == {"read": 1, "total": 1, "open_suggestions": 1}
    assert run(context, "suggestions", "--json") == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert (listed["segment"], listed["category"], listed["state"]) == (vault["new"], "health", "open")
    assert "diagnosis" in [w.lower() for w in listed["words"]] and len(listed["boxes"]) == len(listed["words"])
    x, y, w, h = listed["boxes"][listed["words"].index(next(w for w in listed["words"] if w.lower() == "diagnosis"))]
    # Where the word was drawn (y 50, 34 px), in the stored frame: read at full size, then kept at the
    # policy's scale 0.5.
    assert vault_conn.execute("SELECT width, scale FROM frames WHERE id = ?", (listed["frame"],)).fetchone() == (450, 0.5)
    assert 15 <= x < 450 and 20 <= y <= 32 and w > 30 and 10 <= h <= 25

    assert run(context, "suggestions", "--dismiss", str(listed["id"])) == 0
    assert f"Dismissed suggestion {listed['id']}" in capsys.readouterr().out
    assert run(context, "suggestions") == 0
    assert "Nothing waits" in capsys.readouterr().out
    assert run(context, "suggestions", "--all", "--json") == 0
    assert [s["state"] for s in json.loads(capsys.readouterr().out)] == ["dismissed"]
    # Without --since the older screenshot is read too.
    assert run(context, "scan", "--json") == 0
    assert json.loads(capsys.readouterr().out)["read"] == 2
