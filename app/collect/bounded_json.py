"""JSON from the drop box, parsed only within bounds: size first, then nesting depth.

Python's `json` recurses once per nesting level, so 60 KB of `[[[[…` ends in RecursionError; the
depth is therefore measured before parsing, by counting brackets outside strings (a cheap count
decides for the common case of few brackets). The bytes must be UTF-8 (the bundle format's only
encoding): json would otherwise guess UTF-16 or UTF-32, where a byte-level count could be misled.
Anything out of bounds or unreadable is `Rejected`.
"""

from __future__ import annotations

import json
import re
from typing import Any

from app.collect.rejection import Rejected

_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")


def nesting_depth_within(text: str, max_depth: int) -> bool:
    """True if `text`'s arrays and objects nest at most `max_depth` deep (strings do not count)."""
    if text.count("[") + text.count("{") <= max_depth:
        return True
    depth = 0
    for bracket in _BRACKET.finditer(_STRING.sub('""', text)):
        if bracket.group() in ("[", "{"):
            depth += 1
            if depth > max_depth:
                return False
        else:
            depth -= 1
    return True


def parse_json(data: bytes, what: str, *, max_bytes: int, max_depth: int) -> Any:
    """The JSON value in `data`; Rejected naming `what` if it is too large, too deep or unreadable."""
    if len(data) > max_bytes:
        raise Rejected(f"{what} is larger than {max_bytes} bytes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise Rejected(f"{what} is not UTF-8 text") from None
    if not nesting_depth_within(text, max_depth):
        raise Rejected(f"{what} nests deeper than {max_depth} levels")
    try:
        return json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: a guard should the depth count ever be fooled
        raise Rejected(f"{what} is not readable JSON") from None


def parse_object(data: bytes, what: str, *, max_bytes: int, max_depth: int) -> dict[str, Any]:
    """Like `parse_json`, for a value that must be a JSON object."""
    value = parse_json(data, what, max_bytes=max_bytes, max_depth=max_depth)
    if not isinstance(value, dict):
        raise Rejected(f"{what} is not a JSON object")
    return value
