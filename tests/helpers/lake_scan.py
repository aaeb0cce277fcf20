"""Looking for content anywhere in a lake: every object, Parquet decoded, everything else raw.

A Parquet file is compressed, so its bytes may not show a string it holds: it is decoded and
every value (strings, binaries, lists) is searched. JSON (the Delta log, run logs, journals) and
any other object are searched as they are.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyarrow as pa
import pyarrow.parquet as pq


def _values(data: bytes) -> Iterable[bytes]:
    table = pq.read_table(pa.BufferReader(data))
    for column in table.columns:
        for value in column.to_pylist():
            yield from _flatten(value)


def _flatten(value) -> Iterable[bytes]:
    if value is None:
        return
    if isinstance(value, bytes):
        yield value
    elif isinstance(value, str):
        yield value.encode()
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _flatten(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _flatten(item)
    else:
        yield str(value).encode()


def markers_found(objects: Iterable[tuple[str, bytes]], markers: Iterable[str]) -> dict[str, list[str]]:
    """{marker: [object names holding it]} for every marker found in any object."""
    wanted = [m.encode() for m in markers]
    found: dict[str, list[str]] = {}
    for name, data in objects:
        haystacks = [data]
        if name.endswith(".parquet") or data[:4] == b"PAR1":
            haystacks += list(_values(data))
        for marker in wanted:
            if any(marker in h for h in haystacks):
                found.setdefault(marker.decode(), []).append(name)
    return found


def folder_objects(root) -> Iterable[tuple[str, bytes]]:
    """Every file under a local lake folder, as (relative name, bytes)."""
    for path in sorted(root.rglob("*")):
        if path.is_file():
            yield path.relative_to(root).as_posix(), path.read_bytes()
