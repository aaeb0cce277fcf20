"""Colours follow the desktop's palette and every text colour we set reads at WCAG AA (4.5:1) on
its background — in a light, a dark and two high-contrast palettes. Custom-painted widgets (the
screenshot viewer, the timeline's badges, the focus frame) paint with palette roles, not fixed
light colours."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from app.core.model import CaptureStatus
from app.ui.colours import (
    AA_TEXT,
    ACCENTS,
    accent_text,
    badge_colours,
    contrast_ratio,
    is_high_contrast,
    muted_text,
    readable_on,
)
from app.ui.control_menu import QuitRule, WindowHooks
from app.ui.icons import IconSet
from app.ui.models.roles import Roles
from app.ui.models.timeline_model import COL_STATE
from app.ui.review.frame_viewer import FrameViewer
from app.ui.review.timeline_view import BADGE_STATES
from app.ui.status_window import StatusWindow
from tests.gui.review_support import review_window, seeded, seeded_template  # noqa: F401
from tests.gui.tray_support import env  # noqa: F401 - the fixture

Role = QPalette.ColorRole


def palette(window: str, text: str, base: str, highlight: str, alternate: str | None = None) -> QPalette:
    result = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        for role, colour in ((Role.Window, window), (Role.WindowText, text), (Role.Base, base), (Role.Text, text),
                             (Role.Button, window), (Role.ButtonText, text), (Role.Highlight, highlight),
                             (Role.HighlightedText, base), (Role.AlternateBase, alternate or base),
                             (Role.ToolTipBase, base), (Role.ToolTipText, text), (Role.Mid, alternate or window)):
            result.setColor(group, role, QColor(colour))
    return result


PALETTES = {
    "light": palette("#efefef", "#000000", "#ffffff", "#308cc6", "#f7f7f7"),
    "dark": palette("#202124", "#e8eaed", "#121212", "#8ab4f8", "#2a2b2e"),
    "high-contrast-black": palette("#000000", "#ffffff", "#000000", "#ffff00"),
    "high-contrast-white": palette("#ffffff", "#000000", "#ffffff", "#0000c0"),
}


def test_wcag_contrast_is_computed_as_the_standard_says():
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio(QColor("white"), QColor("#767676")) == contrast_ratio(QColor("#767676"), QColor("white"))
    assert contrast_ratio(QColor("#c62828"), QColor("#c62828")) == pytest.approx(1.0)


def test_readable_on_keeps_the_hue_and_reaches_the_contrast():
    for background in ("#ffffff", "#efefef", "#121212", "#202124", "#777777"):
        for accent in ACCENTS.values():
            made = readable_on(QColor(accent), QColor(background))
            assert contrast_ratio(made, QColor(background)) >= AA_TEXT, (accent, background)
    orange = readable_on(QColor("#ff9800"), QColor("white"))
    assert abs(orange.hslHue() - QColor("#ff9800").hslHue()) <= 2


@pytest.mark.parametrize("name", PALETTES)
def test_every_text_colour_reads_on_its_background(name):
    shades = PALETTES[name]
    for meaning in ACCENTS:
        for background in (Role.Window, Role.Base):
            colour = accent_text(meaning, shades, background)
            assert contrast_ratio(colour, shades.color(background)) >= AA_TEXT, (meaning, background)
    for state in BADGE_STATES:
        for alternate in (False, True):
            background, text = badge_colours(state, shades, alternate)
            assert contrast_ratio(text, background) >= AA_TEXT, state
    for background in (Role.Window, Role.Base):
        assert contrast_ratio(muted_text(shades, background), shades.color(background)) >= AA_TEXT


def test_high_contrast_palettes_are_recognised_and_used_as_they_are():
    assert not is_high_contrast(PALETTES["light"]) and not is_high_contrast(PALETTES["dark"])
    for name in ("high-contrast-black", "high-contrast-white"):
        shades = PALETTES[name]
        assert is_high_contrast(shades)
        assert accent_text("flagged", shades) == shades.color(Role.WindowText)  # no tinted text on a strict theme
        assert badge_colours("flagged", shades) == (shades.color(Role.Base), shades.color(Role.Text))


def test_dark_palette_gives_dark_badges_not_light_ones():
    dark = PALETTES["dark"]
    for state in BADGE_STATES:
        background, text = badge_colours(state, dark)
        assert background.lightness() < 80 and text.lightness() > background.lightness()


@pytest.mark.parametrize("name", PALETTES)
def test_the_screenshot_viewer_paints_with_palette_roles_and_shows_focus(qtbot, name):
    shades = PALETTES[name]
    viewer = FrameViewer()
    viewer.setPalette(shades)
    qtbot.addWidget(viewer)
    viewer.resize(320, 200)
    viewer.show_image(None, message="No screenshot")
    viewer.show()
    qtbot.waitExposed(viewer)
    image = viewer.viewport().grab().toImage()
    assert image.pixelColor(image.width() - 10, image.height() - 10) == shades.color(Role.Base)
    assert viewer._placeholder.defaultTextColor() == shades.color(Role.Text)
    assert image.pixelColor(0, 0) == shades.color(Role.Base)  # no focus: no frame

    viewer.activateWindow()
    viewer.setFocus()
    qtbot.waitUntil(viewer.hasFocus)
    framed = viewer.viewport().grab().toImage()
    edge = framed.pixelColor(0, framed.height() // 2)
    assert edge != shades.color(Role.Base)
    assert contrast_ratio(edge, shades.color(Role.Base)) >= 3.0  # WCAG's minimum for a focus indicator
    assert edge == readable_on(shades.color(Role.Highlight), shades.color(Role.Base), 3.0)


def painted_badge(view, index, alternate: bool) -> QImage:
    """The delegate's painting of `index` into an image of a roomy cell (no selection, no hover)."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(0, 0, 220, 32)
    option.state = QStyle.StateFlag.State_Enabled
    option.features = QStyleOptionViewItem.ViewItemFeature.Alternate if alternate else \
        QStyleOptionViewItem.ViewItemFeature.None_
    image = QImage(220, 32, QImage.Format.Format_RGB32)
    image.fill(view.palette().color(Role.AlternateBase if alternate else Role.Base))
    painter = QPainter(image)
    view.itemDelegateForColumn(COL_STATE).paint(painter, option, index)
    painter.end()
    return image


@pytest.mark.parametrize("name", ["dark", "high-contrast-black"])
def test_timeline_badges_and_focus_follow_the_palette(qtbot, review_window, name):
    shades = PALETTES[name]
    window = review_window
    window.setPalette(shades)
    window.show()
    qtbot.waitExposed(window)
    view, model = window.view, window.model
    day = model.index(0, 0)
    view.expand(day)
    qtbot.waitUntil(lambda: model.rowCount(day) > 0)
    row = next(r for r in range(model.rowCount(day)) if model.index(r, 0, day).data(Roles.STATE) in BADGE_STATES)
    index = model.index(row, COL_STATE, day)
    state = index.data(Roles.STATE)
    for alternate in (False, True):
        image = painted_badge(view, index, alternate)
        colours = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}
        background, text = badge_colours(state, view.palette(), alternate)
        assert background.name() in colours and text.name() in colours, (alternate, background.name(), text.name())
        assert not colours & {"#fff3bf", "#ffe3e3", "#d3f9d8", "#e7f5ff"}  # none of the old fixed light pills

    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    image = view.viewport().grab().toImage()
    frame = readable_on(shades.color(Role.Highlight), shades.color(Role.Base), 3.0)
    assert image.pixelColor(0, image.height() - 1) == frame


def heading_colour(window: StatusWindow) -> QColor:
    return QColor(re.search(r"color: (#[0-9a-f]{6})", window.heading.styleSheet()).group(1))


@pytest.mark.parametrize("name", PALETTES)
def test_status_window_text_reads_in_every_palette(env, qtbot, name):
    shades = PALETTES[name]
    window = StatusWindow(env.flows, env.clock, IconSet(), WindowHooks(), QuitRule(True, lambda: None), always_available=False)
    qtbot.addWidget(window)
    window.setPalette(shades)
    for state in CaptureStatus:
        from app.control.interface import StatusReport

        window.show_status(StatusReport(state, describe=state.value))
        assert contrast_ratio(heading_colour(window), shades.color(Role.Window)) >= AA_TEXT, state
    hint = QColor(re.search(r"color: (#[0-9a-f]{6})", window.hint.styleSheet()).group(1))
    assert contrast_ratio(hint, shades.color(Role.Window)) >= AA_TEXT
    assert "palette(" in window.banner.styleSheet() and "#" not in window.banner.styleSheet()


def test_a_theme_switch_recolours_the_status_window(env, qtbot):
    window = StatusWindow(env.flows, env.clock, IconSet(), WindowHooks(), QuitRule(True, lambda: None), always_available=False)
    qtbot.addWidget(window)
    window.setPalette(PALETTES["light"])
    light = heading_colour(window)
    window.setPalette(PALETTES["dark"])
    dark = heading_colour(window)
    assert dark != light and contrast_ratio(dark, PALETTES["dark"].color(Role.Window)) >= AA_TEXT


def html_colours(markup: str) -> list[QColor]:
    return [QColor(found) for found in re.findall(r"color:\s*(#[0-9a-fA-F]{6})", markup)]


@pytest.mark.parametrize("name", PALETTES)
def test_the_consent_text_reads_on_the_text_view_in_every_palette(name, data_dir):
    from app.policy.consent.summary import consent_summary
    from app.policy.file.parser import default_policy
    from app.ui.consent_window import summary_html

    shades = PALETTES[name]
    markup = summary_html(consent_summary(default_policy(data_dir.data_dir)), ["Screenshots every 30 s"], shades)
    colours = html_colours(markup)
    assert len(colours) == 2 and "gray" not in markup  # the "what changed" heading and the policy hash
    for colour in colours:
        assert contrast_ratio(colour, shades.color(Role.Base)) >= AA_TEXT, colour.name()


@pytest.mark.parametrize("name", ["dark", "high-contrast-white"])
def test_the_activity_log_banner_reads_in_every_palette(qtbot, vault_handle, name):
    from app.ui.activity_log import ActivityLogWindow
    from app.vault.reader import VaultReader

    shades = PALETTES[name]
    window = ActivityLogWindow(VaultReader(vault_handle, threaded=False))
    qtbot.addWidget(window)
    window.setPalette(shades)
    window.reload()
    qtbot.waitUntil(lambda: window.verified is not None)
    (colour,) = html_colours(window.banner.styleSheet())
    assert contrast_ratio(colour, shades.color(Role.Window)) >= AA_TEXT


def test_lettered_application_discs_keep_their_letter_readable():
    from app.ui.models.app_icons import DISC_COLOURS

    assert len({c.name() for c in DISC_COLOURS}) == len(DISC_COLOURS)  # still told apart
    for disc in DISC_COLOURS:
        assert contrast_ratio(QColor("white"), disc) >= AA_TEXT, disc.name()
