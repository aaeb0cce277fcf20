"""The tray's state icons and the app icon, from resources/icons (SVG, rendered by Qt).

Each capture state has its own shape as well as colour (dot, bars, slash, warning triangle, and a
padlock when the vault cannot be opened), so the states stay distinct for colour-blind eyes, in
monochrome and at 16 px (tests/gui/test_tray_shapes.py compares their silhouettes). `light` icons have dark strokes for
light panels, `dark` the reverse; on macOS the black `template` icon is marked as a mask so the
menu bar tints it.
"""

from __future__ import annotations

import enum
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPalette

from app.core.model import CaptureStatus
from app.core.resources import resource

TRAY_NAMES = {
    CaptureStatus.RECORDING: "recording",
    CaptureStatus.PAUSED: "paused",
    CaptureStatus.EXCLUDED: "excluded",
    CaptureStatus.NOT_CAPTURING: "error",
}
NO_VAULT = "locked"  # not capturing because there is no vault to write to (keyring, key, damage)
TRAY_SHAPES = (*TRAY_NAMES.values(), NO_VAULT)


def tray_name(state: CaptureStatus, vault: bool = True) -> str:
    return NO_VAULT if state is CaptureStatus.NOT_CAPTURING and not vault else TRAY_NAMES[state]


class PanelShade(str, enum.Enum):
    """The shade of the panel the icon sits on."""

    LIGHT = "light"
    DARK = "dark"


def panel_shade(app: QGuiApplication | None = None) -> PanelShade:
    """Dark if the desktop says so (Qt's colour scheme), else judged from the window colour."""
    app = app or QGuiApplication.instance()
    if app is None:
        return PanelShade.LIGHT
    scheme = app.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return PanelShade.DARK
    if scheme == Qt.ColorScheme.Light:
        return PanelShade.LIGHT
    window = app.palette().color(QPalette.ColorRole.Window)
    return PanelShade.DARK if window.lightness() < 128 else PanelShade.LIGHT


class IconSet:
    """Loads each icon once. `platform` is injectable so tests reach the macOS branch."""

    def __init__(self, directory: Path | None = None, platform: str = sys.platform) -> None:
        self._directory = directory or resource("icons")
        self._platform = platform
        self._cache: dict[str, QIcon] = {}

    def tray_path(self, state: CaptureStatus, shade: PanelShade, vault: bool = True) -> Path:
        return self.shape_path(tray_name(state, vault), shade)

    def shape_path(self, name: str, shade: PanelShade) -> Path:
        variant = "template" if self._platform == "darwin" else shade.value
        return self._directory / "tray" / f"{name}-{variant}.svg"

    def tray(self, state: CaptureStatus, shade: PanelShade | None = None, vault: bool = True) -> QIcon:
        """`vault`: whether there is a vault; without one, not capturing shows the padlock."""
        path = self.tray_path(state, shade or panel_shade(), vault)
        icon = self._load(path)
        if self._platform == "darwin":
            icon.setIsMask(True)  # a template image: the menu bar colours it
        return icon

    def app(self) -> QIcon:
        return self._load(self._directory / "airlock.svg")

    def _load(self, path: Path) -> QIcon:
        key = str(path)
        if key not in self._cache:
            if not path.is_file():
                raise FileNotFoundError(f"icon missing: {path}")
            self._cache[key] = QIcon(key)
        return self._cache[key]
