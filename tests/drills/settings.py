"""How hard the drills push: a quick setting for every `make test`, a full one by flag.

AIRLOCK_DRILLS=full (or `make drills`) runs the full counts; the default is the quick setting that
still meets the issue's CI minimums.
"""

from __future__ import annotations

import os

FULL = os.environ.get("AIRLOCK_DRILLS", "quick") == "full"


def count(quick: int, full: int) -> int:
    return full if FULL else quick


REPORTED: list[str] = []  # shown in pytest's terminal summary (tests/conftest.py), even without -s


def report(name: str, **numbers) -> None:
    """Drills print their counts: at once with -s, and in the summary at the end of every run."""
    details = ", ".join(f"{key}={value}" for key, value in numbers.items())
    line = f"[drill] {name}: {details}"
    REPORTED.append(line)
    print(line)
