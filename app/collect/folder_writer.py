"""The folder dataset: `<dataset>/<bundle-id>/` holds each bundle's files as they were in it.

Bundles are unpacked in a hidden staging folder inside the dataset directory and moved into place
with one rename, so a bundle is in the dataset whole or not at all. Everything is private to the
data team's account (directories 0700, files 0600) whatever the umask.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from app.bundle.drop_box import BUNDLE_ID
from app.bundle.layout import MANIFEST_FILE
from app.collect.verified import VerifiedBundle
from app.collect.writer import WriteFailed
from app.core.paths import make_private_dir

_MAX_MANIFEST_BYTES = 64 * 1024 * 1024


class FolderDatasetWriter:
    """Writes each verified bundle to `<dataset>/<bundle-id>/` (a DatasetWriter)."""

    def __init__(self, dataset: Path) -> None:
        self.dataset = dataset
        self.description = str(dataset)

    def _folder(self, bundle_id: str) -> Path:
        if not BUNDLE_ID.match(bundle_id):
            raise ValueError(f"not a bundle id: {bundle_id!r}")
        return self.dataset / bundle_id

    def staging_root(self) -> Path:
        if not self.dataset.is_dir():
            make_private_dir(self.dataset)
        return self.dataset

    def owner(self, bundle_id: str) -> str | None:
        folder = self._folder(bundle_id)
        if not folder.is_dir():
            return None
        try:
            manifest = folder / MANIFEST_FILE
            if manifest.stat().st_size > _MAX_MANIFEST_BYTES:
                return ""
            device = json.loads(manifest.read_bytes()).get("device_id")
        except (OSError, ValueError, RecursionError, AttributeError):
            return ""  # held, but its manifest is unreadable: no withdrawal can match it
        return device if isinstance(device, str) else ""

    def write(self, bundle: VerifiedBundle) -> None:
        target = self._folder(bundle.bundle_id)
        if target.exists():
            raise WriteFailed("the dataset already holds a bundle of this id")
        _make_private_tree(bundle.root)
        try:
            os.replace(bundle.root, target)
        except OSError as exc:
            raise WriteFailed(f"it could not be moved into the dataset ({exc.strerror})") from None

    def remove(self, bundle_id: str) -> bool:
        folder = self._folder(bundle_id)
        if not folder.is_dir():
            return False
        shutil.rmtree(folder)
        return True

    def finish(self) -> None:
        """Nothing is batched: each bundle was in place when `write` returned."""


def _make_private_tree(root: Path) -> None:
    """0700 directories and 0600 files below `root` (the verifier created them so already; the
    dataset must not depend on that)."""
    if os.name != "posix":
        return
    os.chmod(root, 0o700)
    for folder, directories, files in os.walk(root):
        for name in directories:
            os.chmod(os.path.join(folder, name), 0o700)
        for name in files:
            os.chmod(os.path.join(folder, name), 0o600)
