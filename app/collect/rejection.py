"""The collector's own refusal: one object failed a check, and `str()` says which, for the data team."""

from __future__ import annotations


class Rejected(Exception):
    """A bundle or notice failed a check; `str()` is the reason shown to the data team."""
