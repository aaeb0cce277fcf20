"""Find the line of a key in TOML text, so a semantic error can say where it is.

tomllib returns plain values without positions. This walks the text's table headers and
`key = value` lines, tracking which table each key belongs to (counting `[[array]]` tables), and
returns the best line for a path such as ("release", "hold_hours") or ("exclusions", 1, "title").
It is a best-effort reader for error messages only: values are never interpreted.
"""

from __future__ import annotations

import re

Path = tuple[str | int, ...]

_BARE_KEY = r"[A-Za-z0-9_\-]+"
_BASIC_KEY = r'"(?:[^"\\]|\\.)*"'
_LITERAL_KEY = r"'[^']*'"
_KEY_PART = rf"\s*(?:{_BARE_KEY}|{_BASIC_KEY}|{_LITERAL_KEY})\s*"
_DOTTED_KEY = rf"{_KEY_PART}(?:\.{_KEY_PART})*"
# A header is alone on its line (a comment aside), so `["a"],` inside an array is not one.
_ARRAY_HEADER = re.compile(rf"^\s*\[\[({_DOTTED_KEY})\]\]\s*(?:#.*)?$")
_TABLE_HEADER = re.compile(rf"^\s*\[({_DOTTED_KEY})\]\s*(?:#.*)?$")
_KEY_LINE = re.compile(rf"^({_DOTTED_KEY})=")
_PART = re.compile(rf"{_BARE_KEY}|{_BASIC_KEY}|{_LITERAL_KEY}")


def _split_key(dotted: str) -> list[str]:
    parts = []
    for token in _PART.findall(dotted):
        if token.startswith('"'):
            token = token[1:-1].encode("utf-8", "replace").decode("unicode_escape", "replace")
        elif token.startswith("'"):
            token = token[1:-1]
        parts.append(token)
    return parts


class KeyLocator:
    """Maps key paths to 1-based line numbers in one TOML text."""

    def __init__(self, text: str) -> None:
        self._lines: list[tuple[int, Path]] = []  # (line, full path of the key or table)
        self._scan(text)

    def _scan(self, text: str) -> None:
        table: Path = ()
        array_counts: dict[tuple[str, ...], int] = {}
        in_multiline = False
        for number, line in enumerate(text.splitlines(), start=1):
            # Skip the insides of multi-line strings: their lines are values, not keys.
            quotes = line.count('"""') + line.count("'''")
            if in_multiline:
                in_multiline = quotes % 2 == 0
                continue
            if quotes % 2 == 1:
                in_multiline = True
            if match := _ARRAY_HEADER.match(line):
                name = tuple(_split_key(match.group(1)))
                index = array_counts.get(name, 0)
                array_counts[name] = index + 1
                table = name + (index,)
                self._lines.append((number, table))
            elif match := _TABLE_HEADER.match(line):
                table = self._resolve(tuple(_split_key(match.group(1))), array_counts)
                self._lines.append((number, table))
            elif match := _KEY_LINE.match(line.lstrip()):
                self._lines.append((number, table + tuple(_split_key(match.group(1)))))

    @staticmethod
    def _resolve(name: tuple[str, ...], array_counts: dict[tuple[str, ...], int]) -> Path:
        """A sub-table of an array table ([exclusions.x] after [[exclusions]]) lives in its last entry."""
        resolved: list[str | int] = []
        for depth, part in enumerate(name):
            resolved.append(part)
            count = array_counts.get(name[: depth + 1])
            if count and depth + 1 < len(name):
                resolved.append(count - 1)
        return tuple(resolved)

    def line_of(self, path: Path) -> int | None:
        """The line defining `path`; else the line of its nearest enclosing table or inline value."""
        best_line, best_depth = None, -1
        for number, full in self._lines:
            if full == path:
                return number
            if len(full) < len(path) and path[: len(full)] == full and len(full) > best_depth:
                best_line, best_depth = number, len(full)
        return best_line
