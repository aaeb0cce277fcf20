"""A real Qt window showing given lines of text, for the scan tests: OCR reads what it shows.

Run as `python text_window.py --title T --geometry WxH+X+Y LINE...`. It prints its X window id on
stdout once the window is shown and its text painted, then runs until terminated.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--title", required=True)
    parser.add_argument("--geometry", default="900x500+60+60")
    parser.add_argument("--point-size", type=int, default=18)
    parser.add_argument("lines", nargs="+")
    args = parser.parse_args()
    size, _, place = args.geometry.partition("+")
    width, height = (int(v) for v in size.split("x"))
    x, _, y = place.partition("+")

    app = QApplication([sys.argv[0]])
    window = QWidget()
    window.setWindowTitle(args.title)
    window.setStyleSheet("background: white; color: black;")
    layout = QVBoxLayout(window)
    for line in args.lines:
        label = QLabel(line)
        label.setFont(QFont("DejaVu Sans", args.point_size))
        layout.addWidget(label)
    layout.addStretch()
    window.setGeometry(int(x or 0), int(y or 0), width, height)
    window.show()

    def announce() -> None:
        window.repaint()
        sys.stdout.write(f"{int(window.winId())}\n")
        sys.stdout.flush()

    QTimer.singleShot(0, announce)  # after the first paint has been queued and run
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
