"""Logging that cannot leak captured content.

Every string argument of a log record is replaced by a placeholder unless the caller marked it
`safe(...)` (our own messages, paths, error texts). Format strings are literals in our code, so
whatever a record carries, typed text or a window title cannot reach a log line by accident.
"""

from __future__ import annotations

import logging


class safe(str):  # noqa: N801 - used like a function: log.info("%s", safe(x))
    """A string the author vouches contains no captured content."""

    __slots__ = ()


class ContentGuard(logging.Filter):
    """Replace unmarked string arguments; drop exception text from unknown sources of strings."""

    PLACEHOLDER = "[text withheld]"

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(self._guard(a) for a in args)
        return True

    def _guard(self, value: object) -> object:
        if isinstance(value, safe):
            return value  # still marked: a second guard (another handler) lets it through too
        if isinstance(value, (str, bytes, bytearray)):
            return self.PLACEHOLDER
        if isinstance(value, (int, float, bool)) or value is None:
            return value
        return f"<{type(value).__name__}>"
