"""Windows of different backgrounds side by side or overlapping: each window's text is read.

Found by the desktop e2e of the scan worker: beside Airlock's own status window the region reader
read nothing of the text window. The union of the two windows (and the desktop's black between
and beside them) had no blank line to cut along; against its majority background (white) the black
counted as ink in long runs, so the whole union failed the thin-strokes test and was dropped with
the text inside it. Now a region too solid for text is split into its flat areas, each area's
rectangle grown across its text and grid and cut against its own background (app/scan/regions.py:
`_panels`).

tests/fixtures/scan/desktop_*.jpg are two screenshots the desktop app stored (at its policy's half
size, on Xvfb: only the test's made-up patient portal and test card number): the status window
overlapping the text window's lower right corner, and the status window above it, not
overlapping. The table below draws the general cases with a real font and reads them with the real
engine, and spreadsheet_under_dashboard.jpg composes two of the evaluation's rendered screens, so
the fix is not fitted to two frames.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from app.scan.engine import OcrUnavailable, default_engine
from app.scan.regions import RegionReader, text_blocks
from tests.unit.scan.test_regions import RecordingEngine

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "scan"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


@pytest.fixture(scope="module")
def engine():
    try:
        return default_engine()
    except OcrUnavailable as missing:  # the suite's system deps install it; say so if not
        pytest.fail(f"Tesseract is part of the test dependencies (tools/system-deps.sh test): {missing}")


def words_read(engine, frame: Image.Image) -> set[str]:
    return {w.text.strip(":,.").lower() for w in RegionReader(engine).read_frame(frame)}


@pytest.mark.parametrize("name", ["desktop_two_windows.jpg", "desktop_status_window_above.jpg"])
def test_a_text_window_beside_the_status_window_is_read(engine, name):
    frame = Image.open(FIXTURES / name).convert("RGB").resize((1920, 1080))
    words = words_read(engine, frame)
    assert {"myhealth", "patient", "diagnosis", "hypertension", "prescription", "4111", "expires"} <= words
    assert {"pause", "privacy"} <= words  # and the status window is still read


# ---- the general case, drawn ----------------------------------------------------------------------

WHITE, PAPER, DARK, TERMINAL, DESKTOP = (255, 255, 255), (239, 239, 239), (43, 45, 52), (0, 0, 0), (0, 0, 0)


def window(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], background: tuple[int, int, int],
           lines: list[str], ink: tuple[int, int, int]) -> None:
    """A window as openbox draws one: a title bar, a 1 px frame, its inside, lines of 16 px text."""
    left, top, right, bottom = box
    draw.rectangle(box, fill=background, outline=(90, 90, 90))
    draw.rectangle((left, top, right, top + 22), fill=(110, 130, 170))
    font = ImageFont.truetype(FONT, 20)
    for n, line in enumerate(lines):
        draw.text((left + 14, top + 36 + 30 * n), line, font=font, fill=ink)


LEFT = ["Diagnosis hypertension", "Prescription refill"]
RIGHT = ["Quarterly invoice", "Payment overdue"]

# (what it shows, desktop, first window, second window): the second is drawn last (on top).
LAYOUTS = {
    "white beside light grey, top edges level": (DESKTOP, ((40, 40, 700, 400), WHITE, LEFT, (0, 0, 0)),
                                                 ((740, 40, 1400, 400), PAPER, RIGHT, (0, 0, 0))),
    "dark window beside a light one": (DESKTOP, ((40, 40, 700, 400), WHITE, LEFT, (0, 0, 0)),
                                       ((740, 120, 1400, 480), DARK, RIGHT, (220, 220, 220))),
    "light window beside a dark one, on a light desktop": ((200, 200, 200), ((40, 40, 700, 400), DARK, LEFT, (220, 220, 220)),
                                                          ((740, 120, 1400, 480), WHITE, RIGHT, (0, 0, 0))),
    "a wide window below and left of another": (DESKTOP, ((40, 380, 1000, 740), WHITE, LEFT, (0, 0, 0)),
                                                 ((1040, 40, 1400, 340), PAPER, RIGHT, (0, 0, 0))),
    "a window overlapping another's lower right corner": (DESKTOP, ((40, 40, 900, 460), WHITE, LEFT, (0, 0, 0)),
                                                          ((700, 320, 1400, 700), PAPER, RIGHT, (0, 0, 0))),
    "a dark window overlapping a light one": (DESKTOP, ((40, 40, 900, 460), WHITE, LEFT, (0, 0, 0)),
                                              ((700, 320, 1400, 700), DARK, RIGHT, (220, 220, 220))),
    "two white windows overlapping": (DESKTOP, ((40, 40, 900, 460), WHITE, LEFT, (0, 0, 0)),
                                      ((700, 320, 1400, 700), WHITE, RIGHT, (0, 0, 0))),
    "a terminal beside an editor, same height": (DESKTOP, ((40, 40, 700, 700), TERMINAL, LEFT, (200, 200, 200)),
                                                 ((710, 40, 1400, 700), WHITE, RIGHT, (0, 0, 0))),
}


def desktop(layout: str) -> Image.Image:
    background, *windows = LAYOUTS[layout]
    image = Image.new("RGB", (1440, 760), background)
    draw = ImageDraw.Draw(image)
    for box, fill, lines, ink in windows:
        window(draw, box, fill, lines, ink)
    return image


@pytest.mark.parametrize("layout", LAYOUTS)
def test_each_window_of_two_is_read_whatever_their_backgrounds(engine, layout):
    words = words_read(engine, desktop(layout))
    assert {"diagnosis", "hypertension", "prescription", "refill"} <= words, layout
    assert {"quarterly", "invoice", "payment", "overdue"} <= words, layout


@pytest.mark.parametrize("layout", LAYOUTS)
def test_no_block_reaches_across_two_windows(layout):
    """Each block lies within one window (on top): a block spanning both would be read as one
    picture, with the desktop's colour in it."""
    _, (first, *_), (second, *_) = LAYOUTS[layout]
    for block in text_blocks(desktop(layout).convert("L")):
        left, top, right, bottom = block.box
        inside = [box for box in (second, first) if box[0] <= left and box[1] <= top and right <= box[2] and bottom <= box[3]]
        assert inside, (layout, block.box)


def test_a_picture_stays_unread_when_split_into_flat_areas():
    """The split only finds text: a bar chart is flat bars on a flat background, and none of its
    areas holds a block."""
    image = Image.new("L", (800, 400), 255)
    draw = ImageDraw.Draw(image)
    for n, height in enumerate((120, 260, 180, 300, 90)):
        draw.rectangle((60 + 140 * n, 360 - height, 160 + 140 * n, 360), fill=(40 + 40 * n))
    draw.rectangle((40, 20, 760, 380), outline=0)
    assert text_blocks(image) == []




def test_a_spreadsheet_under_another_window_is_read(engine):
    """Two real rendered screens of the evaluation set (bench/eval_sensitive/layouts.py: a
    spreadsheet, a dashboard over its right half). The spreadsheet's grid breaks its background into
    pockets beside the words; only grown across the grid does a rectangle hold them."""
    words = words_read(engine, Image.open(FIXTURES / "spreadsheet_under_dashboard.jpg").convert("RGB"))
    assert {"sku", "product", "units", "revenue", "margin", "beta", "east", "73473", "32885", "6466"} <= words
    assert {"service", "overview", "requests/s", "degraded", "load-balancer"} <= words


def test_the_corner_two_rectangles_share_is_read_once():
    engine = RecordingEngine()
    RegionReader(engine).read_frame(desktop("a dark window overlapping a light one"))
    assert len(engine.seen) == len({image.tobytes() for image in engine.seen})
    blocks = [block.box for block in text_blocks(desktop("a dark window overlapping a light one").convert("L"))]
    assert len(blocks) == len(set(blocks))
