"""Qt facts for `airlock doctor`: the Qt version and whether every icon loads (works with no display)."""

from __future__ import annotations

import os
from pathlib import Path


def qt_version() -> str:
    try:
        import PySide6
        from PySide6 import QtCore
    except ImportError as exc:  # a broken install is a finding, not a crash
        return f"unavailable ({exc})"
    return f"Qt {QtCore.qVersion()}, PySide6 {PySide6.__version__}"


def check_icons(icon_dir: Path) -> dict[str, bool]:
    """Render each SVG/PNG icon offscreen; {file name: loaded}."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # doctor must work without a display
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    # A widgets application (not QGuiApplication): the one Qt application of the process may
    # later have to show windows (the test suite's, or the app's after doctor's checks).
    app = QApplication.instance() or QApplication([])
    results = {}
    for path in sorted(icon_dir.rglob("*")):
        if path.suffix.lower() not in (".svg", ".png"):
            continue
        pixmap = QIcon(str(path)).pixmap(32, 32)
        results[str(path.relative_to(icon_dir))] = not pixmap.isNull()
    del app
    return results
