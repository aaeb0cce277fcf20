"""Reading widgets as assistive technology does, through Qt's accessibility interfaces (the same
ones the AT-SPI bridge serves to screen readers): every control that can take the keyboard must
have a role, a name and a description."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QTabBar, QTabWidget, QWidget

# Roles that tell a listener nothing about what the control is.
NO_ROLES = {QAccessible.Role.NoRole, QAccessible.Role.Client, QAccessible.Role.Pane, QAccessible.Role.Grouping,
            QAccessible.Role.Window}


def _inner_part(widget: QWidget) -> bool:
    """A widget that is part of another control (a combo box's or spin box's line edit, a tab bar's
    scroll buttons), or one that
    hands the keyboard to another (a tab widget to its tab bar): assistive technology meets the other."""
    parent = widget.parentWidget()
    proxy = widget.focusProxy()
    return isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar)) or (proxy is not None and widget.isAncestorOf(proxy))


def focusable_controls(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget)
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus and not _inner_part(w) and w.isVisibleTo(window)]


def describe(widget: QWidget) -> tuple[QAccessible.Role, str, str]:
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.role(), interface.text(QAccessible.Text.Name), interface.text(QAccessible.Text.Description))


def silent_controls(window: QWidget) -> list[str]:
    """Every control, on every tab page, without a role, a name or a description."""
    problems: list[str] = []
    tab_widgets = window.findChildren(QTabWidget)
    pages = [(None, -1)] + [(tabs, i) for tabs in tab_widgets for i in range(tabs.count())]
    for tabs, index in pages:
        if tabs is not None:
            tabs.setCurrentIndex(index)
        for widget in focusable_controls(window):
            role, name, description = describe(widget)
            if isinstance(widget, QTabBar):  # read as its tabs: each needs a name and a description
                problems += _silent_tabs(widget)
                continue
            what = f"{type(widget).__name__} {widget.objectName() or name!r} (in {type(widget.parentWidget()).__name__})"
            if role in NO_ROLES:
                problems.append(f"{what}: no role ({role})")
            if not name.strip():
                problems.append(f"{what}: no name")
            if not description.strip():
                problems.append(f"{what}: no description")
    return sorted(set(problems))


def _silent_tabs(bar: QTabBar) -> list[str]:
    interface = QAccessible.queryAccessibleInterface(bar)
    tabs = [interface.child(i) for i in range(interface.childCount())]
    return [f"tab {tab.text(QAccessible.Text.Name)!r}: no description" for tab in tabs
            if tab.role() == QAccessible.Role.PageTab and not tab.text(QAccessible.Text.Description).strip()]


def assert_announced(window: QWidget) -> None:
    problems = silent_controls(window)
    assert not problems, f"{type(window).__name__}: controls assistive technology cannot announce:\n" + "\n".join(problems)
