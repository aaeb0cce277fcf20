"""The region reader: blocks cut along blank gaps, dark panels inverted, unchanged and scrolled
text served from the cache, words placed in frame coordinates; and the real Tesseract engine
reading text drawn with a real font."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PIL import Image, ImageDraw, ImageFont

from app.scan.engine import OcrUnavailable, OcrWord, default_engine, find_tessdata
from app.scan.regions import RegionReader, text_blocks

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


@dataclass
class RecordingEngine:
    """Says where it was asked to read: one word per call, covering the whole image."""

    name: str = "recording"
    version: str = "1"
    seen: list[Image.Image] = field(default_factory=list)

    def read(self, image: Image.Image) -> list[OcrWord]:
        self.seen.append(image.copy())
        return [OcrWord(f"w{len(self.seen)}", 0, 0, image.width, image.height, 90.0)]


def frame(lines: list[tuple[int, int, str]], dark_panel: bool = False) -> Image.Image:
    image = Image.new("RGB", (1200, 700), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 16)
    if dark_panel:
        draw.rectangle((0, 0, 250, 700), fill=(30, 33, 40))
        draw.text((20, 40), "Dark sidebar", font=font, fill=(230, 230, 230))
    for x, y, text in lines:
        draw.text((x, y), text, font=font, fill="black")
    return image


def test_blocks_are_cut_along_blank_gaps_and_blank_frames_have_none():
    image = frame([(300, 50, "First block of text"), (300, 300, "Second block"), (800, 50, "Beside")])
    boxes = [block.box for block in text_blocks(image.convert("L"))]
    assert len(boxes) == 3
    assert all(box[3] - box[1] < 30 for box in boxes)  # each is one line tall, not the frame
    assert text_blocks(Image.new("L", (640, 480), 255)) == []


def test_a_dark_panel_becomes_its_own_block_and_is_read_inverted():
    engine = RecordingEngine()
    RegionReader(engine).read_frame(frame([(300, 50, "Light content")], dark_panel=True))
    backgrounds = sorted(image.getpixel((1, 1)) for image in engine.seen)
    assert backgrounds == [255 - 33, 255]  # the panel's background (grey 33ish) was inverted to light
    assert len(engine.seen) == 2


def test_unchanged_blocks_come_from_the_cache_and_only_the_changed_one_is_read():
    engine = RecordingEngine()
    reader = RegionReader(engine)
    before = frame([(300, 50, "Unchanged heading"), (300, 300, "Old message")])
    after = frame([(300, 50, "Unchanged heading"), (300, 300, "New message!")])
    reader.read_frame(before)
    assert len(engine.seen) == 2
    words = reader.read_frame(after, previous=before)
    assert len(engine.seen) == 3 and reader.blocks_cached == 1
    assert [w.text for w in words] == ["w1", "w3"]
    reader.read_frame(after, previous=after)
    assert len(engine.seen) == 3  # an identical frame costs no OCR


def test_text_that_only_scrolled_is_not_read_again_and_its_words_move_with_it():
    engine = RecordingEngine()
    reader = RegionReader(engine)
    first = reader.read_frame(frame([(300, 300, "A line that will scroll")]))
    second = reader.read_frame(frame([(300, 120, "A line that will scroll")]))
    assert len(engine.seen) == 1
    assert second[0].y == first[0].y - 180 and second[0].text == first[0].text


def test_the_cache_is_bounded():
    engine = RecordingEngine()
    reader = RegionReader(engine, cache_blocks=2)
    for n in range(4):
        reader.read_frame(frame([(300, 50, f"Frame number {n}")]))
    reader.read_frame(frame([(300, 50, "Frame number 0")]))
    assert len(engine.seen) == 5  # the first frame's block was evicted and read again


@pytest.fixture(scope="module")
def tesseract():
    try:
        return default_engine()
    except OcrUnavailable as error:  # the suite's system deps install it; say so if not
        pytest.fail(f"Tesseract is part of the test dependencies (tools/system-deps.sh test): {error}")


def test_tesseract_reads_words_with_boxes_in_frame_coordinates_on_light_and_dark(tesseract):
    image = frame([(300, 50, "Prescription for Lisinopril"), (600, 400, "Kontoauszug März")], dark_panel=True)
    words = RegionReader(tesseract).read_frame(image)
    texts = [w.text for w in words]
    assert {"Prescription", "Lisinopril", "Kontoauszug", "März", "Dark", "sidebar"} <= set(texts)
    word = words[texts.index("Kontoauszug")]
    assert 595 <= word.x <= 605 and 398 <= word.y <= 410 and 90 <= word.w <= 130
    assert tesseract.name == "tesseract" and tesseract.version.startswith("5.")


def test_missing_models_are_named_with_the_package_to_install():
    with pytest.raises(OcrUnavailable, match="tesseract-ocr"):
        find_tessdata("xx+yy")


def framed(draw: ImageDraw.ImageDraw, x: int, y: int, text: str, font: ImageFont.FreeTypeFont) -> tuple[int, ...]:
    """`text` in a frame 5 px around it (a button, an address field): closer than any gap that
    separates blocks, so only recognising the frame as a rule keeps it away from the letters."""
    left, top, right, bottom = draw.textbbox((x, y), text, font=font)
    draw.rectangle((left - 5, top - 5, right + 5, bottom + 5), outline=(120, 120, 120))
    draw.text((x, y), text, font=font, fill="black")
    return left, top, right, bottom


def test_frames_of_buttons_and_fields_are_not_read_as_letters(tesseract):
    image = Image.new("RGB", (900, 300), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 15)
    letters = [framed(draw, 40, 40, "Compose", font), framed(draw, 300, 40, "https://mail.example.org/inbox", font)]
    boxes = [block.box for block in text_blocks(image.convert("L"))]
    assert len(boxes) == 2
    for box, (left, top, right, bottom) in zip(boxes, letters, strict=True):  # the letters, without their frame
        assert left - 2 <= box[0] and top - 2 <= box[1] and box[2] <= right + 2 and box[3] <= bottom + 2
    texts = [w.text for w in RegionReader(tesseract).read_frame(image)]
    assert texts == ["Compose", "https://mail.example.org/inbox"]


def test_a_table_grid_separates_its_cells():
    image = Image.new("L", (600, 200), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 14)
    for y in (20, 44, 68):
        draw.line((20, y, 580, y), fill=0)
    for y, text in ((25, "first row"), (49, "second row")):
        draw.text((30, y), text, font=font, fill=0)
    boxes = [block.box for block in text_blocks(image)]
    assert len(boxes) == 2 and all(box[3] - box[1] < 20 for box in boxes)  # the rules split the rows


def test_pictures_and_bars_without_text_are_not_sent_to_the_engine():
    engine = RecordingEngine()
    image = Image.new("RGB", (800, 400), "white")
    draw = ImageDraw.Draw(image)
    for index in range(6):  # a bar chart
        draw.rectangle((40 + index * 60, 300 - index * 30, 80 + index * 60, 350), fill=(87, 148, 242))
    draw.rectangle((500, 50, 700, 250), fill=(200, 30, 30))  # a photo-like solid block
    RegionReader(engine).read_frame(image)
    assert engine.seen == []
