"""Tray states differ in shape, not only in colour: each icon's silhouette (its opaque pixels, what
is left with no colour at all) differs from every other's, at the 16 and 22 px a panel shows, in
every variant (light, dark, and the macOS template the menu bar tints). Without a vault the tray
shows a padlock, not the generic warning."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QIcon

from app.core.model import CaptureStatus
from app.ui.icons import NO_VAULT, TRAY_SHAPES, IconSet, PanelShade, tray_name
from app.ui.tray import TrayIcon
from tests.gui.tray_support import env  # noqa: F401 - the fixture

MIN_DIFFERENT = 0.08  # of the icon's pixels: a shape one tells apart at a glance, not a speck


def silhouette(icons: IconSet, name: str, shade: PanelShade, size: int) -> list[bool]:
    image = QIcon(str(icons.shape_path(name, shade))).pixmap(size, size).toImage()
    return [image.pixelColor(x, y).alpha() >= 128 for y in range(size) for x in range(size)]


def grey(icons: IconSet, name: str, shade: PanelShade, size: int) -> list[int]:
    """The icon as a colour-blind (achromat) eye sees it: lightness only, on the panel's shade."""
    image = QIcon(str(icons.shape_path(name, shade))).pixmap(size, size).toImage()
    back = 255 if shade is PanelShade.LIGHT else 40
    values = []
    for y in range(size):
        for x in range(size):
            colour = image.pixelColor(x, y)
            alpha = colour.alphaF()
            values.append(round(colour.lightness() * alpha + back * (1 - alpha)) // 64)  # four grey levels
    return values


@pytest.mark.parametrize("platform, shades", [("linux", (PanelShade.LIGHT, PanelShade.DARK)),
                                              ("darwin", (PanelShade.LIGHT,))])
@pytest.mark.parametrize("size", [16, 22])
def test_every_pair_of_states_differs_in_silhouette(platform, shades, size):
    icons = IconSet(platform=platform)
    for shade in shades:
        shapes = {name: silhouette(icons, name, shade, size) for name in TRAY_SHAPES}
        for first, second in itertools.combinations(TRAY_SHAPES, 2):
            different = sum(a != b for a, b in zip(shapes[first], shapes[second], strict=True)) / size ** 2
            assert different >= MIN_DIFFERENT, f"{first} and {second} ({platform}, {shade.value}, {size} px): " \
                                               f"silhouettes differ in {different:.0%} of the pixels"


@pytest.mark.parametrize("shade", list(PanelShade))
def test_every_pair_of_states_differs_in_grey(shade):
    icons = IconSet(platform="linux")
    greys = {name: grey(icons, name, shade, 22) for name in TRAY_SHAPES}
    for first, second in itertools.combinations(TRAY_SHAPES, 2):
        different = sum(a != b for a, b in zip(greys[first], greys[second], strict=True)) / 22 ** 2
        assert different >= MIN_DIFFERENT, (first, second)


def test_without_a_vault_not_capturing_is_a_padlock():
    assert tray_name(CaptureStatus.NOT_CAPTURING, vault=False) == NO_VAULT
    assert tray_name(CaptureStatus.NOT_CAPTURING, vault=True) == "error"
    assert tray_name(CaptureStatus.RECORDING, vault=False) == "recording"
    icons = IconSet()
    for shade in PanelShade:
        assert icons.tray_path(CaptureStatus.NOT_CAPTURING, shade, vault=False).is_file()
        assert not icons.tray(CaptureStatus.NOT_CAPTURING, shade, vault=False).pixmap(22, 22).isNull()
    assert IconSet(platform="darwin").tray_path(CaptureStatus.NOT_CAPTURING, PanelShade.DARK,
                                                vault=False).name == "locked-template.svg"


def test_the_tray_shows_the_padlock_when_the_vault_goes(env, qtbot):
    icons = IconSet()
    tray = TrayIcon(env.controller, env.menu(), icons, "Ctrl+Alt+P")
    recording = tray.icon.icon().cacheKey()
    env.controls.vault_unavailable("keyring locked")
    qtbot.waitUntil(lambda: env.controller.current.state is CaptureStatus.NOT_CAPTURING, timeout=5000)
    padlock = icons.tray(CaptureStatus.NOT_CAPTURING, vault=False)
    assert tray.icon.icon().cacheKey() == padlock.cacheKey() != recording
