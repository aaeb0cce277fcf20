"""Wait on a condition instead of sleeping a fixed time."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class WaitTimeout(AssertionError):
    """The condition did not hold in time (an AssertionError so pytest shows it as a failure)."""


def wait_until(
    predicate: Callable[[], T],
    timeout: float = 10.0,
    interval: float = 0.02,
    message: str = "",
) -> T:
    """Poll `predicate` until it returns a truthy value and return that value.

    Raises WaitTimeout after `timeout` seconds. The poll interval grows gently (up to 0.2 s) so a
    long wait does not spin.
    """
    deadline = time.monotonic() + timeout
    delay = interval
    last_error: Exception | None = None
    while True:
        try:
            value = predicate()
            if value:
                return value
        except Exception as error:
            last_error = error
        if time.monotonic() >= deadline:
            detail = f" (last error: {last_error!r})" if last_error else ""
            raise WaitTimeout(f"timed out after {timeout:.1f} s waiting for {message or predicate!r}{detail}")
        time.sleep(delay)
        delay = min(delay * 1.5, 0.2)
