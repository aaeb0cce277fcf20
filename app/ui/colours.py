"""Colours derived from the desktop's palette, each text colour readable on its background.

Nothing here is a fixed light or dark colour: an accent keeps its hue and is made darker or lighter
until its WCAG contrast against the palette's background reaches 4.5:1 (the AA level for text), so
the same code serves a light, a dark and a high-contrast palette. In a high-contrast palette the
accents give way to the palette's own text colour.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

AA_TEXT = 4.5  # WCAG 2 contrast for normal text
HIGH_CONTRAST = 19.0  # text this far from both window and base: black on white or the reverse

Role = QPalette.ColorRole

# The hue of each meaning; the shade actually used is computed against the background.
ACCENTS = {
    "recording": "#c62828",
    "paused": "#b26a00",
    "excluded": "#1565c0",
    "not-capturing": "#d84315",
    "held": "#a06800",
    "flagged": "#c62828",
    "approved": "#2e7d32",
    "released": "#1565c0",
    "good": "#2e7d32",
    "bad": "#c62828",
}


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour (0 black … 1 white)."""
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio, 1 … 21, the same whichever colour is given first."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def is_dark(colour: QColor) -> bool:
    return relative_luminance(colour) < 0.18


def is_high_contrast(palette: QPalette) -> bool:
    """The palette is a high-contrast theme (pure black and white). (Qt 6.10's contrast preference
    hint is not used: PySide 6.11 deletes the hints object it returns, and Qt then crashes.)"""
    return contrast_ratio(palette.color(Role.Window), palette.color(Role.WindowText)) >= HIGH_CONTRAST \
        and contrast_ratio(palette.color(Role.Base), palette.color(Role.Text)) >= HIGH_CONTRAST


def readable_on(colour: QColor, background: QColor, minimum: float = AA_TEXT) -> QColor:
    """`colour`'s hue at the nearest lightness that reads on `background` with `minimum` contrast."""
    if contrast_ratio(colour, background) >= minimum:
        return QColor(colour)
    hue = max(colour.hslHueF(), 0.0)  # achromatic colours report -1
    saturation, lightness = colour.hslSaturationF(), colour.lightnessF()
    step = -0.02 if not is_dark(background) else 0.02
    while 0.0 <= lightness <= 1.0:
        lightness += step
        candidate = QColor.fromHslF(hue, saturation, min(max(lightness, 0.0), 1.0))
        if contrast_ratio(candidate, background) >= minimum:
            return candidate
    return QColor("black") if step < 0 else QColor("white")


def blend(base: QColor, over: QColor, amount: float) -> QColor:
    """`over` laid on `base` at opacity `amount`."""
    return QColor.fromRgbF(*(b + (o - b) * amount for b, o in
                             ((base.redF(), over.redF()), (base.greenF(), over.greenF()), (base.blueF(), over.blueF()))))


def current_palette() -> QPalette:
    app = QGuiApplication.instance()
    return app.palette() if isinstance(app, QGuiApplication) else QPalette()


def accent_text(meaning: str, palette: QPalette | None = None, background: Role = Role.Window) -> QColor:
    """The text colour of `meaning` (an ACCENTS key) on the palette's `background` role."""
    palette = palette or current_palette()
    if is_high_contrast(palette):
        return palette.color(Role.Text if background in (Role.Base, Role.AlternateBase) else Role.WindowText)
    return readable_on(QColor(ACCENTS[meaning]), palette.color(background))


def muted_text(palette: QPalette | None = None, background: Role = Role.Window) -> QColor:
    """Secondary text (hints, hashes): softer than the text colour, still readable."""
    palette = palette or current_palette()
    back = palette.color(background)
    text = palette.color(Role.Text if background in (Role.Base, Role.AlternateBase) else Role.WindowText)
    return readable_on(blend(text, back, 0.35), back)


def badge_colours(meaning: str, palette: QPalette | None = None, alternate: bool = False) -> tuple[QColor, QColor]:
    """(background, text) of a state badge on a view's row (Base, or AlternateBase on alternate rows):
    a tint of the accent and its readable text."""
    palette = palette or current_palette()
    base = palette.color(Role.AlternateBase if alternate else Role.Base)
    if is_high_contrast(palette):
        return base, palette.color(Role.Text)
    background = blend(base, QColor(ACCENTS[meaning]), 0.18)
    return background, readable_on(QColor(ACCENTS[meaning]), background)


def css(colour: QColor) -> str:
    return colour.name(QColor.NameFormat.HexRgb)
