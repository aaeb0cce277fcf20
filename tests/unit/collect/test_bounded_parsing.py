"""The collector's bounded readers on their own: JSON within size and depth, tar headers one by one."""

from __future__ import annotations

import io
import json
import tarfile

import pytest

from app.collect.bounded_json import nesting_depth_within, parse_json, parse_object
from app.collect.rejection import Rejected
from app.collect.tar_reader import STORAGE_BLOCK, TarExtractor


@pytest.mark.parametrize(("text", "depth"), [
    ("{}", 1), ("[[[]]]", 3), ('{"a": [1, {"b": []}]}', 4), ('"[[[[[[[["', 0), ('["\\"[[[[[[[["]', 1),
    ('{"a": "}}}}]]]]{{{{[[[[", "b": [[1]]}', 3), ("[" * 20 + "]" * 20, 20),
])
def test_depth_counts_brackets_outside_strings_only(text, depth):
    assert nesting_depth_within(text, depth) and (depth == 0 or not nesting_depth_within(text, depth - 1))


@pytest.mark.parametrize(("data", "reason"), [
    (b"[" * 60_000, "nests deeper than 16 levels"),
    (b'{"a": 1}' + b" " * 100, "larger than 64 bytes"),
    ('{"a": "\u00e9"}'.encode("utf-16"), "not UTF-8 text"),
    (b"\xef\xbb\xbf{}", "not readable JSON"),  # a BOM is not the bundle format's JSON
    (b'{"a": 1', "not readable JSON"),
    (b"1" * 5000, "not readable JSON"),  # beyond Python's integer digit limit: ValueError, not a crash
    (b"[1, 2]", "not a JSON object"),
])
def test_out_of_bounds_or_unreadable_json_is_rejected_with_the_reason(data, reason):
    with pytest.raises(Rejected, match=reason):
        parse_object(data, "the thing", max_bytes=64 if b"   " in data else 100_000, max_depth=16)


def test_json_within_bounds_parses_as_json_does():
    value = {"a": [1, 2.5, None, True, "[[[{{{"], "b": {"c": "é"}}
    data = json.dumps(value, ensure_ascii=False).encode()
    assert parse_json(data, "x", max_bytes=len(data), max_depth=3) == value


def _tar(*members: tuple[str, bytes]) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:") as archive:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return out.getvalue()


def _extract(tmp_path, data: bytes, chunk: int = 7, plain_bound: int = 1 << 20, ceiling: int = 1 << 20):
    extractor = TarExtractor(tmp_path / "out", plain_bound, ceiling, max_members=10)
    try:
        for start in range(0, len(data), chunk):  # odd chunk sizes: headers and data split anywhere
            extractor.write(data[start:start + chunk])
        return extractor.finish()
    finally:
        extractor.close()


def test_members_are_unpacked_with_their_sizes_and_hashes_in_any_chunking(tmp_path):
    files = _extract(tmp_path, _tar(("events.jsonl", b"{}\n" * 300), ("images/1-00001.jpg", b"\xff" * 700)))
    assert {name: facts.size for name, facts in files.items()} == {"events.jsonl": 900, "images/1-00001.jpg": 700}
    assert (tmp_path / "out" / "images" / "1-00001.jpg").read_bytes() == b"\xff" * 700
    assert oct((tmp_path / "out" / "events.jsonl").stat().st_mode & 0o777) == "0o600"


@pytest.mark.parametrize(("data", "reason"), [
    (_tar(("events.jsonl", b"x" * 100))[:700], "cut short"),
    (_tar(("events.jsonl", b"x"))[:-1024] + b"\x01" + b"\0" * 1023, "data after the end"),
    (_tar(("events.jsonl", b"a"), ("events.jsonl", b"b")), "events.jsonl twice"),
    (_tar(("../events.jsonl", b"x")), "unexpected entry"),
    (_tar(("/etc/passwd", b"x")), "unexpected entry"),
    (b"\x01" * 512, "damaged header"),
])
def test_what_is_not_a_clean_bundle_archive_is_rejected(tmp_path, data, reason):
    with pytest.raises(Rejected, match=reason):
        _extract(tmp_path, data)
    assert not (tmp_path / "events.jsonl").exists() and not list((tmp_path / "out").rglob("passwd"))


def test_sizes_are_held_to_the_sealed_size_and_to_the_ceiling_in_disk_blocks(tmp_path):
    tar = _tar(("events.jsonl", b"x" * 1000))
    with pytest.raises(Rejected, match="more than the 999 bytes of its sealed file"):
        _extract(tmp_path / "a", tar, plain_bound=999)
    tiny = _tar(*[(f"images/1-{n:05d}.jpg", b"x") for n in range(1, 4)])
    with pytest.raises(Rejected, match="ceiling"):
        _extract(tmp_path / "b", tiny, ceiling=2 * STORAGE_BLOCK)  # 3 bytes, but 3 blocks on disk
