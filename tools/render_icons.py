"""Render resources/icons/airlock.svg to the hicolor PNG sizes packaging needs.

    python tools/render_icons.py            # writes resources/icons/hicolor/<N>x<N>/apps/airlock.png
    python tools/render_icons.py --sheet F  # also a preview sheet of every tray icon (for review)

Runs offscreen (no display needed). The SVGs are the sources; the PNGs are committed so the .deb
build needs no SVG renderer.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def write_hicolor() -> list[Path]:
    written = []
    for size in HICOLOR_SIZES:
        target = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "airlock.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(ICONS / "airlock.svg", size).save(str(target)):
            raise SystemExit(f"could not write {target}")
        written.append(target)
    return written


def write_sheet(path: Path) -> None:
    """Every tray icon at 16, 22 and 32 px on a light and a dark panel, plus the app icon."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    states = ("recording", "paused", "excluded", "error")
    sizes = (16, 22, 32, 64)
    cell = 80
    sheet = QImage(cell * len(sizes) * 2 + 20, cell * len(states) + 200, QImage.Format.Format_ARGB32)
    sheet.fill(QColor("#ffffff"))
    painter = QPainter(sheet)
    painter.fillRect(QRect(cell * len(sizes), 0, cell * len(sizes) + 20, cell * len(states)), QColor("#2b2b2b"))
    for row, state in enumerate(states):
        for panel, variant in enumerate(("light", "dark")):
            for col, size in enumerate(sizes):
                x = panel * (cell * len(sizes)) + col * cell + (cell - size) // 2
                y = row * cell + (cell - size) // 2
                painter.drawImage(x, y, render(ICONS / "tray" / f"{state}-{variant}.svg", size))
    for col, state in enumerate(states):
        painter.drawImage(col * 48 + 10, cell * len(states) + 10, render(ICONS / "tray" / f"{state}-template.svg", 32))
    painter.drawImage(300, cell * len(states) + 10, render(ICONS / "airlock.svg", 128))
    painter.setPen(Qt.GlobalColor.black)
    painter.end()
    sheet.save(str(path))


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sheet", type=Path, help="also write a preview sheet PNG here")
    args = parser.parse_args()
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for path in write_hicolor():
        print(path.relative_to(ROOT))
    if args.sheet:
        write_sheet(args.sheet)
        print(args.sheet)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
