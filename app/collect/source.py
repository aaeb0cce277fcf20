"""What the collector needs of the drop box: list it, read an object (bounded), delete one.

The release side's folder and S3 destinations fit (the command line wires one in); tests use an
in-memory one. Failures of the store are `KnownError`s (message and hint), reported per object.
"""

from __future__ import annotations

from typing import BinaryIO, Protocol

from app.bundle.drop_box import ListedObject


class DropSource(Protocol):
    """The drop box, as the collector reads it."""

    description: str

    def objects(self, prefix: str) -> list[ListedObject]:
        """Every object under `prefix` (where the store keeps versions: each name's first version)."""

    def open(self, name: str, limit: int) -> BinaryIO:
        """A readable stream of one object; the store may stop after `limit + 1` bytes."""

    def delete(self, name: str) -> None:
        """Remove an object (withdrawn bundles, when the data team asks for it)."""
