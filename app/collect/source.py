"""What the collector needs of the drop box: list names, read an object, delete one.

A folder or S3 destination of the release side fits (the command line wires one in); tests use
an in-memory one.
"""

from __future__ import annotations

from typing import BinaryIO, Protocol


class DropSource(Protocol):
    """The drop box, as the collector reads it."""

    description: str

    def list(self, prefix: str) -> list[str]:
        """Every object name under `prefix`."""

    def get(self, name: str, into: BinaryIO) -> None:
        """Copy an object into a writable stream."""

    def delete(self, name: str) -> None:
        """Remove an object (withdrawn bundles, when the data team asks for it)."""
