"""A progress bar for the terminal, fed by the collector's workers.

Drawn on standard error only when it is a terminal (a log file or a pipe gets no bar); the
machine-readable summary (`--json`) goes to standard output, untouched by the bar.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from typing import TextIO

from app.core.i18n import fill, format_decimal, format_number, translate

BAR_WIDTH = 30


@dataclass
class Progress:
    """Bundles listed and done, bytes read, across every worker; redrawn at most 10 times a second."""

    stream: TextIO = field(default_factory=lambda: sys.stderr)
    enabled: bool | None = None
    listed: int = 0
    done: int = 0
    bytes_read: int = 0
    started: float = field(default_factory=time.monotonic)
    _drawn: float = 0.0

    def __post_init__(self) -> None:
        if self.enabled is None:
            self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())

    def update(self, listed: int = 0, done: int = 0, bytes_read: int = 0) -> None:
        self.listed += listed
        self.done += done
        self.bytes_read += bytes_read
        now = time.monotonic()
        if self.enabled and now - self._drawn >= 0.1:
            self._drawn = now
            self.stream.write("\r" + self.line(now))
            self.stream.flush()

    def line(self, now: float | None = None) -> str:
        elapsed = max(1e-6, (now or time.monotonic()) - self.started)
        total = max(self.listed, self.done)
        filled = int(BAR_WIDTH * self.done / total) if total else 0
        words = fill(translate("Collect", "%1/%2 bundles  %3 MB  %4 bundles/s  %5 MB/s"),
                     format_number(self.done), format_number(total), format_decimal(self.bytes_read / 1e6),
                     format_decimal(self.done / elapsed), format_decimal(self.bytes_read / 1e6 / elapsed))
        return f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {words}"

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r" + self.line() + "\n")
            self.stream.flush()
