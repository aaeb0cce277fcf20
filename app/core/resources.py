"""Where resources/ (icons, desktop entries, licence) live, for source and frozen runs."""

from __future__ import annotations

import os
import sys
from pathlib import Path

RESOURCES_ENV = "AIRLOCK_RESOURCES"


def resource_dir() -> Path:
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)  # set by PyInstaller
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
