"""Renders the evaluation's screens: each scene becomes a real Qt window, full screen on the eval
desktop's X server; the screen is grabbed from the server with mss (as Airlock's capture does) and
saved as PNG beside its truth (labels, title, application, and every text item on screen with its
box and point size, read back from the widgets).

    python -m bench.eval_sensitive.render OUT_DIR --count 220 [--seed 16]     (DISPLAY set)

Synchronisation without sleeps: each window carries a small marker square whose colour encodes the
screen's number; a grab counts once the marker shows that number and two grabs in a row agree.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import mss
from PIL import Image
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bench.eval_sensitive.content import Scene, scenes

SIZE = (1920, 1080)
MARKER = 6


class Bars(QWidget):
    """A bar chart without text (dashboards have pictures, too)."""

    def __init__(self, count: int, colour: QColor) -> None:
        super().__init__()
        self.count, self.colour = count, colour
        self.setMinimumHeight(160)

    def paintEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        width = self.width() // max(1, self.count)
        for index in range(self.count):
            height = 20 + (index * 37) % 130
            painter.fillRect(index * width + 4, self.height() - height, width - 8, height, self.colour)
        painter.end()


def _palette(dark: bool) -> QPalette:
    palette = QPalette()
    if dark:
        for role, colour in ((QPalette.ColorRole.Window, "#1e1f22"), (QPalette.ColorRole.Base, "#2b2d31"),
                             (QPalette.ColorRole.AlternateBase, "#313338"), (QPalette.ColorRole.Text, "#e6e6e6"),
                             (QPalette.ColorRole.WindowText, "#e6e6e6"), (QPalette.ColorRole.Button, "#3a3c42"),
                             (QPalette.ColorRole.ButtonText, "#e6e6e6"), (QPalette.ColorRole.PlaceholderText, "#9a9a9a")):
            palette.setColor(role, QColor(colour))
    return palette


def _label(text: str, *, bold: bool = False, grow: int = 0, wrap: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if bold or grow:
        font = label.font()
        font.setBold(bold)
        font.setPointSize(font.pointSize() + grow)
        label.setFont(font)
    label.setWordWrap(wrap)
    return label


def build(scene: Scene, number: int) -> QWidget:
    window = QWidget()
    window.setWindowTitle(scene.title)
    window.setWindowFlag(Qt.WindowType.FramelessWindowHint)
    window.setPalette(_palette(scene.dark))
    window.setAutoFillBackground(True)
    window.setFont(QFont(scene.family, scene.points))
    outer = QVBoxLayout(window)
    outer.setContentsMargins(0, 0, 0, 0)
    if scene.url:
        chrome = QHBoxLayout()
        chrome.setContentsMargins(12, 8, 12, 8)
        chrome.addWidget(_label(scene.title.split(" — ")[0][:40]))
        address = QLineEdit(scene.url)
        address.setMinimumWidth(900)
        chrome.addWidget(address)
        chrome.addStretch(1)
        outer.addLayout(chrome)
    body = QHBoxLayout()
    body.setContentsMargins(12, 12, 12, 12)
    body.setSpacing(24)
    if scene.sidebar:
        sidebar = QListWidget()
        sidebar.addItems(scene.sidebar)
        sidebar.setFixedWidth(300)
        body.addWidget(sidebar)
    column = QVBoxLayout()
    column.setSpacing(14)
    for kind, value in scene.blocks:
        column.addWidget(_block(kind, value, scene)) if kind not in ("fields", "buttons", "checks") else column.addLayout(_block_layout(kind, value))
    column.addStretch(1)
    body.addLayout(column, 1)
    outer.addLayout(body, 1)
    marker = QWidget(window)
    marker.setAutoFillBackground(True)
    marker_palette = marker.palette()
    marker_palette.setColor(QPalette.ColorRole.Window, marker_colour(number))
    marker.setPalette(marker_palette)
    marker.setGeometry(SIZE[0] - MARKER, SIZE[1] - MARKER, MARKER, MARKER)
    return window


def marker_colour(number: int, step: int = 0) -> QColor:
    return QColor(number % 256, (number // 256) % 256, 173 + step)


def _block(kind: str, value: Any, scene: Scene) -> QWidget:
    if kind == "heading":
        return _label(value, bold=True, grow=6)
    if kind == "note":
        return _label(value)
    if kind == "input":
        field = QLineEdit()
        field.setPlaceholderText(value)
        return field
    if kind == "paragraphs":
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        for text in value:
            paragraph = _label(text, wrap=True)
            paragraph.setMaximumWidth(1100)
            layout.addWidget(paragraph)
        return holder
    if kind == "bubbles":
        holder = QWidget()
        layout = QVBoxLayout(holder)
        for mine, text in value:
            bubble = _label(text)
            bubble.setStyleSheet("QLabel { background: %s; border-radius: 8px; padding: 8px; color: %s; }"
                                 % (("#005c4b", "#e9edef") if scene.dark else ("#d9fdd3", "#111b21")) if mine else
                                 "QLabel { background: %s; border-radius: 8px; padding: 8px; color: %s; }"
                                 % (("#202c33", "#e9edef") if scene.dark else ("#ffffff", "#111b21")))
            layout.addWidget(bubble, alignment=Qt.AlignmentFlag.AlignRight if mine else Qt.AlignmentFlag.AlignLeft)
        return holder
    if kind == "table":
        headers, rows = value
        table = QTableWidget(len(rows), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        for column in range(len(headers)):
            table.setColumnWidth(column, table.columnWidth(column) + 40)
        table.setMinimumHeight(min(760, table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(len(rows))) + 4))
        return table
    if kind == "code":
        editor = QPlainTextEdit()
        editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        editor.setPlainText("\n".join(value))
        editor.setMinimumHeight(900)
        return editor
    if kind == "cards":
        holder = QWidget()
        layout = QHBoxLayout(holder)
        for title, number in value:
            card = QFrame()
            card.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(card)
            inner.addWidget(_label(title))
            inner.addWidget(_label(number, bold=True, grow=8))
            layout.addWidget(card)
        return holder
    if kind == "bars":
        return Bars(value, QColor("#5794f2"))
    raise ValueError(kind)


def _block_layout(kind: str, value: Any) -> QFormLayout | QHBoxLayout:
    if kind == "fields":
        form = QFormLayout()
        for label, text, _shown in value:
            field = QLineEdit(text)
            field.setMinimumWidth(420)
            form.addRow(_label(label), field)
        return form
    row = QHBoxLayout()
    for text in value:
        if kind == "checks":
            box = QCheckBox(text)
            box.setChecked(True)
            row.addWidget(box)
        else:
            row.addWidget(QPushButton(text))
    row.addStretch(1)
    return row


# ---- the truth: every text item on screen, read back from the widgets ------------------------------


def _points(widget: QWidget) -> float:
    font = widget.font()
    return font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 72 / 96


def _global(widget: QWidget, rect: QRect) -> list[int]:
    top_left = widget.mapToGlobal(rect.topLeft())
    return [top_left.x(), top_left.y(), rect.width(), rect.height()]


def truth_items(window: QWidget) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []

    def add(text: str, widget: QWidget, rect: QRect, points: float) -> None:
        if text.strip():
            items.append({"text": text, "box": _global(widget, rect), "points": points})

    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            add(widget.text(), widget, widget.contentsRect(), _points(widget))
        elif isinstance(widget, QLineEdit):
            add(widget.text() or widget.placeholderText(), widget, widget.rect(), _points(widget))
        elif isinstance(widget, QAbstractButton):
            add(widget.text().replace("&", ""), widget, widget.rect(), _points(widget))
        elif isinstance(widget, QListWidget):
            for row in range(widget.count()):
                item = widget.item(row)
                add(item.text(), widget.viewport(), widget.visualItemRect(item), _points(widget))
        elif isinstance(widget, QTableWidget):
            header = widget.horizontalHeader()
            for column in range(widget.columnCount()):
                rect = QRect(header.sectionViewportPosition(column), 0, header.sectionSize(column), header.height())
                add(widget.horizontalHeaderItem(column).text(), header.viewport(), rect, _points(header))
            viewport = widget.viewport().rect()
            for row in range(widget.rowCount()):
                for column in range(widget.columnCount()):
                    rect = widget.visualItemRect(widget.item(row, column))
                    if viewport.contains(rect):
                        add(widget.item(row, column).text(), widget.viewport(), rect, _points(widget))
        elif isinstance(widget, QPlainTextEdit):
            metrics = widget.fontMetrics()
            block = widget.document().firstBlock()
            while block.isValid():
                rect = widget.cursorRect(QTextCursor(block))
                if rect.bottom() < widget.viewport().height():
                    line = QRect(rect.x(), rect.y(), metrics.horizontalAdvance(block.text()) + 2, rect.height())
                    add(block.text(), widget.viewport(), line, _points(widget))
                block = block.next()
    return items


def grab(screen: mss.base.MSSBase) -> Image.Image:
    shot = screen.grab({"left": 0, "top": 0, "width": SIZE[0], "height": SIZE[1]})
    return Image.frombytes("RGB", shot.size, shot.bgra, "raw", "BGRX")


def wait_for_screen(app: QApplication, screen: mss.base.MSSBase, number: int, step: int = 0,
                    timeout: float = 20.0) -> Image.Image:
    expected = marker_colour(number, step)
    wanted = (expected.red(), expected.green(), expected.blue())
    deadline = time.monotonic() + timeout
    last: Image.Image | None = None
    while time.monotonic() < deadline:
        app.processEvents()
        image = grab(screen)
        if image.getpixel((SIZE[0] - 2, SIZE[1] - 2)) == wanted:
            if last is not None and image.tobytes() == last.tobytes():
                return image
            last = image
        else:
            last = None
    raise TimeoutError(f"screen {number} did not appear within {timeout} s")


NEXT_EVERY = 4  # every fourth screen also gets the window's next frame, with one line changed


def _change_a_little(window: QWidget, number: int) -> None:
    """The window's next frame: one more line in its last text item (a new message, an edit)."""
    labels = [label for label in window.findChildren(QLabel) if label.isVisible() and label.text().strip()]
    tables = window.findChildren(QTableWidget)
    editors = window.findChildren(QPlainTextEdit)
    if editors:
        editors[0].appendPlainText("# edited 12:05")
    elif tables:
        tables[0].item(0, 0).setText(tables[0].item(0, 0).text() + " (edited)")
    else:
        labels[-1].setText(labels[-1].text() + " (edited 12:05)")
    marker = next(child for child in window.children() if isinstance(child, QWidget) and child.width() == MARKER)
    palette = marker.palette()
    palette.setColor(QPalette.ColorRole.Window, marker_colour(number, step=1))
    marker.setPalette(palette)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=220)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(["eval-render", "-platform", "xcb"])
    truths = []
    with getattr(mss, "MSS", mss.mss)() as screen:
        for number, scene in enumerate(scenes(args.count, args.seed)):
            app.setFont(QFont(scene.family, scene.points))  # before the widgets exist: tables size columns to it
            window = build(scene, number + 1)
            window.setGeometry(0, 0, *SIZE)
            window.showFullScreen()
            image = wait_for_screen(app, screen, number + 1)
            name = f"{number:03d}-{scene.kind}"
            image.save(args.out / f"{name}.png")
            items = truth_items(window)  # before the next frame changes it
            next_frame = None
            if number % NEXT_EVERY == 0:
                next_frame = f"{name}-next"
                _change_a_little(window, number + 1)
                wait_for_screen(app, screen, number + 1, step=1).save(args.out / f"{next_frame}.png")
            truths.append({"name": name, "next": next_frame, "kind": scene.kind, "labels": list(scene.labels), "title": scene.title,
                           "app": scene.app, "family": scene.family, "points": scene.points, "dark": scene.dark,
                           "items": items})
            window.close()
            window.deleteLater()
            app.processEvents()
    (args.out / "truth.json").write_text(json.dumps({"count": len(truths), "seed": args.seed, "screens": truths}, indent=1))
    print(f"rendered {len(truths)} screens into {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
