"""What assistive technology hears about a control: its name, its description, and — for the few
custom-painted widgets Qt would announce as an anonymous "client" area — a role.

`accessible(widget, name, description)` sets the two texts (both already translated by the
caller). `announce_as(widget, role)` gives a widget a role through an accessibility factory
(Qt's documented way to change what a widget reports), installed once on first use.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

_ROLE_PROPERTY = "airlockAccessibleRole"
_installed = False


def accessible(widget: QWidget, name: str, description: str) -> QWidget:
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    return widget


def announce_as(widget: QWidget, role: QAccessible.Role) -> None:
    """Report `role` for `widget` (set before the widget is first asked about)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
    widget.setProperty(_ROLE_PROPERTY, int(role.value))


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    # Qt owns the interface it is given (it deletes it with the widget).
    if isinstance(obj, QWidget):
        role = obj.property(_ROLE_PROPERTY)
        if role is not None:
            return QAccessibleWidget(obj, QAccessible.Role(role))
    return None
