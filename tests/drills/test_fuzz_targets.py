"""Fuzzing what Airlock parses from outside the process (the policy parser has its own:
tests/unit/policy/test_policy_fuzz.py).

- control channel: every parser of app/control/protocol.py on mutated and generated lines — only
  ProtocolError may escape; and lines sent to a live, authenticated ControlServer backed by the real
  controls over a real vault — always an answer, never an "internal" one, the server stays up;
- collector: see tests/drills/test_collector_attacks.py (it shares `mutate_bytes`, `mutate_json`
  and `random_json`);
- vault rows the review window reads: hostile `events.data`/`kind`, titles, typed text, app names,
  gap reasons, flag categories, redaction specs, frame MIME types and image bytes, read through
  app/vault/queries.py, the review's words (labels, describe_event) and its image decoder.

Examples per target: settings.count(10 000, 100 000) (the live server target: 2 000 / 20 000).
"""

from __future__ import annotations

import json
import random
import shutil
import tempfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.drills.settings import count, report

FUZZ = settings(max_examples=count(10_000, 100_000), deadline=None, suppress_health_check=list(HealthCheck),
                database=None)
LIVE = settings(max_examples=count(2_000, 20_000), deadline=None, suppress_health_check=list(HealthCheck),
                database=None)

FIELD_NAMES = ("id", "command", "args", "seconds", "until", "category", "note", "auth", "nonce", "ok", "result",
               "error", "proof", "pid", "code", "message", "hint", "airlock", "version", "challenge")
COMMANDS = ("status", "pause", "resume", "delete_last", "flag_last", "preview_last", "show", "health", "")
CATEGORIES = ("health", "finance", "personal-communication", "credentials", "other", "HEALTH", "")
ODD_NUMBERS = (0, -1, 1, 2**31, 2**31 - 1, 2**63, -2**63, 10**400, 1e308, -1e308, 1e-320, -0.0, 0.5, 366 * 86400,
               366 * 86400 + 1, 32503680000.0, 32503680001.0, 1.7e9)


def random_json(rng: random.Random, depth: int = 0):
    """A JSON value from one seeded generator (cheaper than a recursive Hypothesis strategy)."""
    roll = rng.random()
    if depth < 3 and roll < 0.15:
        return [random_json(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    if depth < 3 and roll < 0.3:
        return {rng.choice(FIELD_NAMES) if rng.random() < 0.7 else rng.randbytes(3).hex(): random_json(rng, depth + 1)
                for _ in range(rng.randint(0, 4))}
    return rng.choice((None, True, False, rng.choice(ODD_NUMBERS), rng.uniform(-1e6, 1e10), rng.randint(-9, 10**6),
                       rng.choice(COMMANDS), rng.choice(CATEGORIES), "x" * rng.choice((0, 1, 999, 1001, 9000)),
                       "\ud800", "é☃\u0000", rng.randbytes(32).hex(), float("nan"), float("inf")))


def structured_request(rng: random.Random) -> dict:
    """A request of the right shape whose values are hostile: reaches the command handlers."""
    args = {name: random_json(rng, 2) if rng.random() < 0.4 else rng.choice(ODD_NUMBERS)
            for name in rng.sample(("seconds", "until", "category", "note"), rng.randint(0, 3))}
    if "category" in args and rng.random() < 0.7:
        args["category"] = rng.choice(CATEGORIES)
    if "note" in args and rng.random() < 0.5:
        args["note"] = "n" * rng.choice((0, 10, 1000, 1001))
    message = {"id": rng.choice((1, 0, -1, 2**31, None, "1", True)), "command": rng.choice(COMMANDS), "args": args}
    return {k: v for k, v in message.items() if rng.random() < 0.93}


def make_line(seed: int) -> bytes:
    rng = random.Random(seed)
    roll = rng.random()
    if roll < 0.3:
        return mutate_bytes(rng.choice(CONTROL_SEEDS), rng)
    if roll < 0.7:
        value = structured_request(rng)
    elif roll < 0.9:
        value = random_json(rng)
    else:
        return rng.randbytes(rng.randint(0, 64))
    return json.dumps(value, allow_nan=True).encode("utf-8", "surrogatepass")


FRAGMENTS = (b"{", b"}", b"[", b"]", b'"', b":", b",", b"\\", b"\\u", b"\\ud800", b"\x00", b"\xff", b"\n", b"NaN",
             b"Infinity", b"1e999", b"-0", b"null", b"true", b'"id":', b'"args":{}', b"9" * 30, b"\xc3", b"\xe2\x80")
CONTROL_SEEDS = (
    b'{"id":1,"command":"status"}', b'{"id":2,"command":"pause","args":{"seconds":1800}}',
    b'{"id":3,"command":"pause","args":{"until":1900000000.5}}', b'{"id":4,"command":"resume","args":{}}',
    b'{"id":5,"command":"delete_last","args":{"seconds":300}}', b'{"id":6,"command":"preview_last","args":{"seconds":60}}',
    b'{"id":7,"command":"flag_last","args":{"seconds":900,"category":"health","note":"mine"}}',
    b'{"id":8,"command":"show"}', b'{"airlock":"control","version":1,"challenge":"' + b"ab" * 32 + b'"}',
    b'{"auth":"' + b"cd" * 32 + b'","nonce":"' + b"ef" * 32 + b'"}', b'{"ok":true,"proof":"' + b"01" * 32 + b'","pid":42}',
    b'{"id":9,"ok":false,"error":{"code":"failed","message":"no","hint":"h"}}', b'{"id":1,"ok":true,"result":{}}',
)


def mutate_bytes(data: bytes, rng: random.Random, fragments=FRAGMENTS) -> bytes:
    """1-4 byte-level changes: flips, deletions, insertions of tokens or random bytes, duplications."""
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        kind = rng.random()
        position = rng.randrange(len(data) + 1)
        if kind < 0.25 and data:
            data[min(position, len(data) - 1)] ^= 1 << rng.randrange(8)
        elif kind < 0.45:
            del data[position:position + rng.randint(1, 16)]
        elif kind < 0.8:
            data[position:position] = rng.choice(fragments) if rng.random() < 0.7 else rng.randbytes(rng.randint(1, 8))
        elif data:
            start = rng.randrange(len(data))
            data[position:position] = data[start:start + rng.randint(1, 64)]
    return bytes(data)


def _lines():
    return st.integers(0, 2**64).map(make_line)


# -- control channel ----------------------------------------------------------------------------------

@FUZZ
@given(line=_lines())
def test_control_protocol_parsers_only_raise_protocol_error(line):
    from app.control import protocol
    from app.control.protocol import ProtocolError

    for parse in (protocol.parse_request, protocol.parse_hello, protocol.parse_auth, protocol.parse_auth_reply,
                  lambda data: protocol.parse_reply(data, 1)):
        try:
            parse(line)
        except ProtocolError as error:
            assert isinstance(error.message, str) and error.code in protocol.ErrorCode
    try:
        request = protocol.parse_request(line)
    except ProtocolError:
        return
    protocol.encode(protocol.ok_reply(request.id, {"echo": repr(request.args)}))  # a reply can always be sent


@pytest.fixture(scope="module")
def live_server():
    """A ControlServer over the real controls acting on a real vault (on tmpfs: fsyncs are cheap)."""
    from app.control.client import ControlClient
    from app.control.headless import HeadlessOperations
    from app.control.server import ControlServer
    from app.core.clock import SystemClock
    from app.core.paths import resolve_paths
    from app.policy.rules.pause import PauseState
    from app.vault.operations.store import VaultOperations
    from app.vault.vault import open_vault
    from tests.helpers.keystore import MemoryKeyStore

    root = tempfile.mkdtemp(prefix="airlock-fuzz-", dir="/dev/shm")
    try:
        paths = resolve_paths(root).ensure()
        conn = open_vault(paths, MemoryKeyStore()).connect()
        controls = HeadlessOperations(PauseState(), SystemClock(), VaultOperations.direct(conn))
        controls.start()
        server = ControlServer(paths, controls)
        server.start()
        client = ControlClient.connect(paths)
        yield server, client
        client.close()
        server.stop()
        controls.stop()
        conn.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)


LIVE_STATS = {"sent": 0, "ok": 0, "refused": 0, "reconnects": 0}


@LIVE
@given(line=_lines())
def test_control_server_answers_every_line(live_server, line):
    server, client = live_server
    line = line.replace(b"\n", b" ").replace(b"\r", b" ")
    sock = client._sock
    sock.sendall(line + b"\n")
    reply = json.loads(client._reader.readline())
    LIVE_STATS["sent"] += 1
    assert server.running
    if reply.get("ok") is True:
        LIVE_STATS["ok"] += 1
        return
    LIVE_STATS["refused"] += 1
    code = reply["error"]["code"]
    assert code != "internal", (line, reply)  # an unhandled exception in a handler
    if code == "too-large":  # the server closes such a connection: open a new one
        from app.control.client import ControlClient

        client._reader.close()
        sock.close()
        fresh = ControlClient.connect(server._paths)
        client._sock, client._reader = fresh._sock, fresh._reader
        LIVE_STATS["reconnects"] += 1


def test_control_fuzz_counts():
    report("fuzz control channel", parser_examples=FUZZ.max_examples, live_lines=LIVE_STATS["sent"],
           live_ok=LIVE_STATS["ok"], live_refused=LIVE_STATS["refused"], reconnects=LIVE_STATS["reconnects"])


# -- JSON mutation (also the collector's drill: tests/drills/test_collector_attacks.py) ------------------

def mutate_json(data: bytes, rng: random.Random) -> bytes:
    """Change a JSON document's structure: a field's value, a missing field, an extra field, a type."""
    try:
        value = json.loads(data)
    except ValueError:
        return mutate_bytes(data, rng)
    target = value
    path = []
    while isinstance(target, (dict, list)) and target and rng.random() < 0.6:
        key = rng.choice(list(target)) if isinstance(target, dict) else rng.randrange(len(target))
        path.append((target, key))
        target = target[key]
    if not path:
        return json.dumps(random_json(rng) if rng.random() < 0.3 else value, allow_nan=True).encode()
    parent, key = path[-1]
    roll = rng.random()
    if roll < 0.6:
        parent[key] = random_json(rng, 1)
    elif roll < 0.8 and isinstance(parent, dict):
        del parent[key]
    elif isinstance(parent, dict):
        parent[rng.choice(FIELD_NAMES)] = random_json(rng, 1)
    else:
        parent.append(random_json(rng, 1))
    return json.dumps(value, allow_nan=True, ensure_ascii=rng.random() < 0.5).encode("utf-8", "surrogatepass")



# -- vault rows the review window reads ------------------------------------------------------------------

ODD_TEXT = ("", " ", "\n\n", "\t", "•", "é", "☃", "😀", "\u202e", "\x00", "\x7f", "a" * 5000, "' OR 1=1 --", '"', "*",
            "NEAR(", "AND", "OR NOT", "^", "-", ":", "()", "{}", "\\", "%", "_", "title:x", "\ufeff")
IMAGE_SEEDS: list[bytes] = []


def odd_text(rng: random.Random) -> str:
    parts = [rng.choice(ODD_TEXT) if rng.random() < 0.6 else "".join(chr(rng.choice((rng.randrange(32, 127),
             rng.randrange(0xA0, 0xD7FF), rng.randrange(0xE000, 0x10FFFF)))) for _ in range(rng.randint(0, 12)))
             for _ in range(rng.randint(0, 3))]
    return "".join(parts)


def odd_value(rng: random.Random):
    """What a damaged or hostile row may hold in any column: SQLite keeps whatever type it is given."""
    return rng.choice((None, 0, 1, -1, 2**62, -(2**62), 1e300, float("-inf"), 0.5, "", "a", "left", "shift", "•",
                       odd_text(rng), rng.randbytes(rng.randint(0, 8))))


def odd_event_row(rng: random.Random, sid: int, n: int) -> tuple:
    """A schema-2 event row (segment_id, dt, n, kind, code, char, mods, held, x, y, dx, dy) with hostile values."""
    kind = rng.choice((1, 2, 3, 4, 5, 0, 99, -1, "key", None))
    plausible = rng.random() < 0.5  # half look like real rows, with one odd column
    row = [sid, rng.choice((0, 5, -5, 2**40, -(2**40))), n, kind,
           rng.choice(("a", "shift", "left")) if plausible else odd_value(rng),
           rng.choice((None, "", "A")) if plausible else odd_value(rng),
           rng.choice((0, 1, 3)) if plausible else odd_value(rng),
           rng.choice((None, 95)) if plausible else odd_value(rng)]
    row += [rng.randint(-5, 3000) if plausible else odd_value(rng) for _ in range(4)]
    if plausible:
        row[rng.randrange(4, 12)] = odd_value(rng)
    return tuple(row)


def odd_image(rng: random.Random) -> bytes:
    if not IMAGE_SEEDS:
        from tests.helpers.seed import jpeg

        IMAGE_SEEDS.extend([jpeg(), jpeg((0, 0, 0), (640, 360))])
    roll = rng.random()
    if roll < 0.5:
        return mutate_bytes(rng.choice(IMAGE_SEEDS), rng)
    if roll < 0.8:
        return rng.randbytes(rng.randint(0, 512))
    return rng.choice((b"", b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n" + rng.randbytes(64), b"GIF89a" + rng.randbytes(32),
                       IMAGE_SEEDS[0][:200]))


def insert_hostile_rows(conn, rng: random.Random) -> tuple[int, list[int]]:
    start = rng.choice((1_700_000_000.0, 0.0, 4_000_000_000.0, 1_795_000_000.5))
    end = start + rng.choice((0.0, 5.0, -5.0, 86400 * 3))
    sid = conn.execute(
        "INSERT INTO segments (start, end, t0, end_reason, app, title, keystroke_mode, state, typed_text, key_count, "
        "click_count, frame_count, approved_at, released_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (start, end, rng.choice((start, 0.0, -1e300, 1e300)), rng.choice((None, "idle", odd_text(rng))),
         odd_text(rng), odd_text(rng), rng.choice(("full", "masked", "none", odd_text(rng))),
         rng.choice(("held", "flagged", "approved", "released")), odd_text(rng), rng.choice((0, -1, 2**62)),
         rng.randint(-1, 9), rng.randint(0, 3), rng.choice((None, start)), rng.choice((None, end)))).lastrowid
    conn.executemany("INSERT OR IGNORE INTO events (segment_id, dt, n, kind, code, char, mods, held, x, y, dx, dy) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     [odd_event_row(rng, sid, n) for n in range(rng.randint(0, 6))])
    frames = [conn.execute(
        "INSERT INTO frames (segment_id, t, width, height, mime, left_px, top_px, scale, image) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (sid, start + rng.random(), rng.choice((0, -1, 96, 2**31)), rng.choice((0, 64, -5)),
         rng.choice(("image/jpeg", "image/png", "", "text/html", odd_text(rng))), rng.randint(-5, 5), 0,
         rng.choice((1.0, 0.0, -1.0, 1e300)), odd_image(rng))).lastrowid for _ in range(rng.randint(0, 2))]
    if rng.random() < 0.4:
        conn.execute("INSERT INTO flags (segment_id, category, note, t) VALUES (?, ?, ?, ?)",
                     (sid, rng.choice(("health", "finance", odd_text(rng))), odd_text(rng), start))
    if rng.random() < 0.4:
        conn.execute("INSERT INTO redactions (segment_id, t, kind, target_id, spec) VALUES (?, ?, ?, ?, ?)",
                     (sid, start, rng.choice(("frame-rect", "text-span")), rng.choice((None, *frames, -1)),
                      json.dumps(random_json(rng), allow_nan=True)))
    if rng.random() < 0.5:
        conn.execute("INSERT INTO gaps (start, end, reason, detail) VALUES (?, ?, ?, ?)",
                     (start, rng.choice((None, end)), rng.choice(("paused", "excluded", odd_text(rng))), odd_text(rng)))
    return sid, frames


@pytest.fixture(scope="module")
def review_vault():
    from app.core.paths import resolve_paths
    from app.vault.vault import open_vault
    from tests.helpers.keystore import MemoryKeyStore

    root = tempfile.mkdtemp(prefix="airlock-fuzz-review-", dir="/dev/shm")
    try:
        conn = open_vault(resolve_paths(root).ensure(), MemoryKeyStore()).connect()
        yield conn
        conn.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)


REVIEW_STATS = {"rows": 0, "unreadable_events": 0, "unreadable_images": 0, "images_shown": 0, "qt_decoder_warnings": 0}


@pytest.fixture
def quiet_image_decoders():
    """Count Qt's decoder warnings for garbage images instead of printing ten thousand of them."""
    from PySide6.QtCore import qInstallMessageHandler

    def count_it(mode, context, message) -> None:
        REVIEW_STATS["qt_decoder_warnings"] += 1

    previous = qInstallMessageHandler(count_it)
    yield
    qInstallMessageHandler(previous)


@FUZZ
@given(seed=st.integers(0, 2**64))
def test_review_reads_hostile_rows_without_crashing(review_vault, quiet_image_decoders, seed):
    from datetime import date

    from app.policy.model import ReleaseMode, ReleasePolicy
    from app.ui.models.event_list_model import describe_event
    from app.ui.models.labels import gap_label, state_badge, time_span
    from app.ui.models.thumbnails import decode
    from app.vault import queries

    rng = random.Random(seed)
    conn = review_vault
    conn.execute("BEGIN")
    try:
        sid, frames = insert_hostile_rows(conn, rng)
        REVIEW_STATS["rows"] += 1
        policy = ReleasePolicy(mode=rng.choice(list(ReleaseMode)), hold_hours=rng.choice((0.0, 72.0)),
                               destination="file:///drop")
        # Every example reads its segment's detail, events and screenshots; the list views take turns
        # (each statement costs SQLCipher's locked-memory bookkeeping: the budget allows a few per example).
        view = rng.randrange(4)
        flt = queries.TimelineFilter(text=odd_text(rng) if rng.random() < 0.5 else "")
        if view == 0:
            for day in queries.days(conn, flt):
                assert isinstance(day.day, date)
        elif view == 1:
            for item in queries.timeline_page(conn, flt, 0.0, 5e9).items:
                if isinstance(item, queries.GapRow):
                    assert isinstance(gap_label(item), str)
                else:
                    assert state_badge(item, policy, 1_800_000_000.0).text
                    assert time_span(item.start, item.end)
        elif view == 2:
            for hit in queries.search(conn, odd_text(rng) or "a"):
                assert isinstance(hit.snippet, str)
        else:
            queries.applications(conn)
        detail = queries.segment_detail(conn, sid)
        assert detail is not None
        for row in queries.events_page(conn, sid).items:
            REVIEW_STATS["unreadable_events"] += row.event is None
            assert isinstance(describe_event(row), str)
        for frame_id in frames:
            mime, image = queries.frame_image(conn, frame_id)
            shown = decode(image, 160)  # what the screenshot panel and the strip do; null: "could not be read"
            REVIEW_STATS["unreadable_images" if shown.isNull() else "images_shown"] += 1
    finally:
        conn.execute("ROLLBACK")


def test_review_fuzz_counts():
    report("fuzz review rows", examples=REVIEW_STATS["rows"], **{k: v for k, v in REVIEW_STATS.items() if k != "rows"})
