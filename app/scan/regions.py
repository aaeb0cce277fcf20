"""Reading a frame region by region, so a day of screenshots costs minutes, not hours.

A frame is cut into blocks along blank gaps (a recursive XY cut; each block's background is
recomputed, so a dark panel becomes its own block and is inverted to dark-on-light, which
Tesseract reads far better). Blocks too small or too solid to hold text are skipped, unless they
are areas of different backgrounds side by side or overlapping (two windows and the desktop
between them, which no blank line separates): those are split into their flat areas and each is
cut against its own background. Each block
read is cached by the hash of its pixels, so what did not change since the previous frame of the
same window — and text that only scrolled — is not read again; only the changed blocks cost OCR.
"""

from __future__ import annotations

import hashlib
from array import array
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageOps

from app.scan.engine import OcrEngine, OcrWord

INK_CONTRAST = 48  # grey levels from the background that count as ink
ROW_GAP = 10  # blank rows that separate blocks (more than a paragraph's line spacing)
COLUMN_GAP = 22  # blank columns that separate blocks (more than the space between words)
MIN_TEXT_HEIGHT = 7  # below this nothing readable fits (an 8 pt glyph at 96 dpi is ~8 px)
MAX_INK_SHARE = 0.55  # text covers well under half its box; more is a picture, a bar or a button
MAX_STROKE = 30  # px: mean ink run along a row; letters ~2-5 (a frame line left in a field adds some); bars, photos: more
RULE_SHARE = 0.85  # a row or column this full of ink is a rule or a frame, not text...
RULE_WIDTH = 3  # ...if it is this thin
PADDING = 10  # Tesseract reads glyphs touching the image's edge poorly
SMALL_TEXT_HEIGHT = 24  # single lines lower than this are read enlarged 2x (small UI fonts)
PANEL_CELL = 8  # px: the grid on which flat areas (windows, the desktop, sidebars) are found
FLAT_SPREAD = INK_CONTRAST // 2  # a cell is flat if no pixel is this far from the cell's mean...
PANEL_STEP = INK_CONTRAST // 4  # ...and joins its flat neighbour if their greys are this close
MIN_PANEL_CELLS = 8  # smaller flat areas hold no line of text
GROW_REACH = 3  # cells: an area grows across this much text or grid to more of its own background


@dataclass(frozen=True, slots=True)
class Block:
    """A part of the frame to read: its box (left, top, right, bottom) and background grey."""

    box: tuple[int, int, int, int]
    background: int

    @property
    def dark(self) -> bool:
        return self.background < 128


class RegionReader:
    """Reads frames through `engine`, block by block, with a bounded cache of what it read."""

    def __init__(self, engine: OcrEngine, cache_blocks: int = 20_000) -> None:
        self.engine = engine
        self._cache: OrderedDict[bytes, tuple[OcrWord, ...]] = OrderedDict()
        self._cache_blocks = cache_blocks
        self.blocks_read = 0  # how many blocks went to the engine (the rest came from the cache)
        self.blocks_cached = 0
        self._last: tuple[bytes, tuple[OcrWord, ...]] | None = None

    def read_frame(self, image: Image.Image, previous: Image.Image | None = None) -> list[OcrWord]:
        """The words on `image` in its own pixel coordinates. Blocks seen before (in `previous`, the
        window's frame before, or anywhere else: scrolled text) come from the cache; a frame equal to
        `previous` costs only the comparison."""
        gray = image.convert("L")
        if (previous is not None and previous.size == gray.size and self._last is not None
                and ImageChops.difference(gray, previous.convert("L")).getbbox() is None
                and self._last[0] == _digest(gray)):
            return list(self._last[1])
        words: list[OcrWord] = []
        for block in text_blocks(gray):
            words.extend(self._read_block(gray, block))
        self._last = (_digest(gray), tuple(words))
        return words

    def _read_block(self, gray: Image.Image, block: Block) -> list[OcrWord]:
        left, top, _, _ = block.box
        crop = gray.crop(block.box)
        key = hashlib.blake2b(crop.tobytes(), digest_size=16, person=bytes([block.dark]) + crop.size[0].to_bytes(4, "big")).digest()
        found = self._cache.get(key)
        if found is None:
            found = tuple(self._ocr(crop, block))
            self.blocks_read += 1
            self._cache[key] = found
            if len(self._cache) > self._cache_blocks:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
            self.blocks_cached += 1
        return [OcrWord(w.text, w.x + left, w.y + top, w.w, w.h, w.confidence) for w in found]

    def _ocr(self, crop: Image.Image, block: Block) -> list[OcrWord]:
        if block.dark:
            crop = ImageOps.invert(crop)
        background = 255 - block.background if block.dark else block.background
        scale = 2 if crop.height < SMALL_TEXT_HEIGHT else 1
        if scale > 1:
            crop = crop.resize((crop.width * scale, crop.height * scale), Image.Resampling.LANCZOS)
        padded = ImageOps.expand(crop, PADDING, fill=background)
        words = self.engine.read(padded)
        return [
            OcrWord(w.text, (w.x - PADDING) // scale, (w.y - PADDING) // scale, max(1, w.w // scale),
                    max(1, w.h // scale), w.confidence)
            for w in words
        ]


def _digest(gray: Image.Image) -> bytes:
    return hashlib.blake2b(gray.tobytes(), digest_size=16).digest()


# ---- cutting a frame into blocks ---------------------------------------------------------------


def text_blocks(gray: Image.Image) -> list[Block]:
    """The blocks of `gray` that may hold text, in reading order (top to bottom, left to right)."""
    found: list[Block] = []
    _cut(gray, (0, 0, gray.width, gray.height), found, depth=0)
    # set: two windows' rectangles may share the corner where one overlaps the other
    return sorted(set(found), key=lambda block: (block.box[1], block.box[0], block.box[2], block.box[3]))


def _cut(gray: Image.Image, box: tuple[int, int, int, int], found: list[Block], depth: int,
         in_panel: bool = False) -> None:
    crop = gray.crop(box)
    histogram = crop.histogram()
    background = max(range(256), key=histogram.__getitem__)
    table = [0 if abs(level - background) < INK_CONTRAST else 1 for level in range(256)]
    ink = crop.point(table).convert("F")
    # Rules out first (rows, then columns), so a frame's sides do not fill the other profile.
    for line in _rules(_row_profile(ink)):
        ink.paste(0.0, (0, line, ink.width, line + 1))
    for line in _rules(_profile(ink.resize((ink.width, 1), Image.Resampling.BOX))):
        ink.paste(0.0, (line, 0, line + 1, ink.height))
    rows = _row_profile(ink)
    columns = _profile(ink.resize((ink.width, 1), Image.Resampling.BOX))
    row_runs = list(_runs(rows, ROW_GAP))
    column_runs = list(_runs(columns, COLUMN_GAP))
    if not row_runs or not column_runs:
        return  # blank
    left, top = box[0], box[1]
    trimmed = (left + column_runs[0][0], top + row_runs[0][0], left + column_runs[-1][1], top + row_runs[-1][1])
    if depth < 40 and len(row_runs) > 1:
        for start, end in row_runs:
            _cut(gray, (trimmed[0], top + start, trimmed[2], top + end), found, depth + 1, in_panel)
        return
    if depth < 40 and len(column_runs) > 1:
        for start, end in column_runs:
            _cut(gray, (left + start, trimmed[1], left + end, trimmed[3]), found, depth + 1, in_panel)
        return
    if trimmed != box and depth < 40:  # a panel of another colour: cut again against its own background
        inner = _inner_background(gray, trimmed, background)
        if inner is not None:
            _cut(gray, inner, found, depth + 1, in_panel)
            return
    width, height = trimmed[2] - trimmed[0], trimmed[3] - trimmed[1]
    share = sum(rows[row_runs[0][0]:row_runs[-1][1]]) * crop.width / max(1, width * height)
    if height < MIN_TEXT_HEIGHT or width < MIN_TEXT_HEIGHT:
        return
    if share <= MAX_INK_SHARE and _strokes_are_thin(gray.crop(trimmed).point(table)):
        found.append(Block(trimmed, background))
    elif not in_panel and depth < 40:
        # Too solid for text as a whole, but it may be windows of other backgrounds side by side or
        # overlapping, with the desktop between them as "ink" no blank line cuts through: cut each
        # flat area against its own background instead (once: inside a panel, solid is solid).
        for panel in _panels(gray, trimmed):
            _cut(gray, panel, found, depth + 1, in_panel=True)


def _panels(gray: Image.Image, box: tuple[int, int, int, int]) -> list[tuple[int, int, int, int]]:
    """Rectangles in `box`, smaller than it, each around one background (a window's inside, the
    desktop, a sidebar). Found on a grid of cells: a flat cell (one grey) joins its flat neighbours
    of nearly the same grey; a window's frame and title are not flat, so they part two windows even
    of the same colour. Each area's rectangle, largest area first, then grows over whatever is not
    another background (its text, a table's grid), so pockets between words and cells of a table
    end up inside their window's rectangle."""
    left, top, right, bottom = box
    columns, rows = (right - left) // PANEL_CELL, (bottom - top) // PANEL_CELL
    if columns < 2 or rows < 2:
        return []
    crop = gray.crop((left, top, left + columns * PANEL_CELL, top + rows * PANEL_CELL))
    means = crop.reduce(PANEL_CELL)
    spread = ImageChops.difference(crop, means.resize(crop.size, Image.Resampling.NEAREST))
    rough = spread.point([0 if level < FLAT_SPREAD else 255 for level in range(256)]).reduce(PANEL_CELL)
    flat = rough.point([255] + [0] * 255)
    grown: dict[tuple[int, int, int, int], int] = {}  # rectangle (in cells): its grey
    for _cells, grey, area in sorted(_flat_areas(means.tobytes(), rough.tobytes(), columns, rows), reverse=True):
        if any(abs(grey - other) <= PANEL_STEP and _contains(rectangle, area) for rectangle, other in grown.items()):
            continue  # a pocket of the same background in an area already grown
        same = means.point([255 if abs(level - grey) <= PANEL_STEP else 0 for level in range(256)])
        own, foreign = ImageChops.multiply(same, flat), ImageChops.subtract(flat, same)
        grown.setdefault(_grow(area, own, foreign), grey)
    panels = []
    for x0, y0, x1, y1 in grown:
        panel = (left + x0 * PANEL_CELL, top + y0 * PANEL_CELL, right if x1 == columns else left + x1 * PANEL_CELL,
                 bottom if y1 == rows else top + y1 * PANEL_CELL)
        if panel != box:
            panels.append(panel)
    return panels


def _flat_areas(level: bytes, rough: bytes, columns: int, rows: int) -> Iterator[tuple[int, int, tuple[int, int, int, int]]]:
    """(cells, grey, (x0, y0, x1, y1) in cells, end exclusive) of each area of flat cells of nearly
    one grey, at least MIN_PANEL_CELLS large."""
    seen = bytearray(rough)  # rough cells count as seen: they start no area and join none
    for start in range(columns * rows):
        if seen[start]:
            continue
        seen[start] = 1
        stack, cells = [start], 0
        low_x = high_x = start % columns
        low_y = high_y = start // columns
        while stack:
            cell = stack.pop()
            cells += 1
            x, y = cell % columns, cell // columns
            low_x, high_x, low_y, high_y = min(low_x, x), max(high_x, x), min(low_y, y), max(high_y, y)
            for near, inside in ((cell - 1, x > 0), (cell + 1, x < columns - 1), (cell - columns, y > 0),
                                 (cell + columns, y < rows - 1)):
                if inside and not seen[near] and abs(level[near] - level[cell]) <= PANEL_STEP:
                    seen[near] = 1
                    stack.append(near)
        if cells >= MIN_PANEL_CELLS:
            yield cells, level[start], (low_x, low_y, high_x + 1, high_y + 1)


def _grow(area: tuple[int, int, int, int], own: Image.Image, foreign: Image.Image) -> tuple[int, int, int, int]:
    """`area` (in cells) grown a side at a time over strips that hold no cell of another background
    and reach one of its own within GROW_REACH strips: so it crosses a table's grid and lines of
    text, and stops at its window's frame, where another background (or nothing) lies beyond."""
    x0, y0, x1, y1 = area
    columns, rows = own.size

    def reach(strips: list[tuple[int, int, int, int]]) -> int:
        for n, strip in enumerate(strips, 1):
            if foreign.crop(strip).getbbox() is not None:
                return 0
            if own.crop(strip).getbbox() is not None:
                return n
        return 0

    while True:
        before = (x0, y0, x1, y1)
        x0 -= reach([(x, y0, x + 1, y1) for x in range(x0 - 1, max(-1, x0 - 1 - GROW_REACH), -1)])
        x1 += reach([(x, y0, x + 1, y1) for x in range(x1, min(columns, x1 + GROW_REACH))])
        y0 -= reach([(x0, y, x1, y + 1) for y in range(y0 - 1, max(-1, y0 - 1 - GROW_REACH), -1)])
        y1 += reach([(x0, y, x1, y + 1) for y in range(y1, min(rows, y1 + GROW_REACH))])
        if (x0, y0, x1, y1) == before:
            return before


def _contains(outer: tuple[int, int, int, int], inner: tuple[int, int, int, int]) -> bool:
    return outer[0] <= inner[0] and outer[1] <= inner[1] and inner[2] <= outer[2] and inner[3] <= outer[3]


def _inner_background(gray: Image.Image, box: tuple[int, int, int, int], outer: int) -> tuple[int, int, int, int] | None:
    """`box` again if its own background differs from the one around it (so it is cut anew)."""
    histogram = gray.crop(box).histogram()
    inner = max(range(256), key=histogram.__getitem__)
    return box if abs(inner - outer) >= INK_CONTRAST else None


def _profile(line: Image.Image) -> array[float]:
    return array("f", line.tobytes())


def _strokes_are_thin(ink: Image.Image) -> bool:
    """Whether the ink is drawn in strokes as thin as letters', not filled shapes (bars, icons,
    photos): the mean length of a horizontal run of ink, from the count of ink pixels and of
    ink/background changes along the rows."""
    inked = ink.histogram()[1]
    shifted = ImageChops.difference(ink.crop((1, 0, ink.width, ink.height)), ink.crop((0, 0, ink.width - 1, ink.height)))
    changes = shifted.histogram()[1]
    return inked <= MAX_STROKE * max(1, changes / 2)


def _row_profile(ink: Image.Image) -> array[float]:
    return _profile(ink.resize((1, ink.height), Image.Resampling.BOX))


def _rules(profile: array[float]) -> Iterator[int]:
    """Rules: thin lines across the whole block (frames of buttons and fields, table grids). They
    are blanked so they separate blocks instead of gluing them together, and never reach Tesseract.
    Wider full stretches are panels of another colour and stay."""
    start = -1
    for index, value in enumerate([*profile, 0.0]):
        if value >= RULE_SHARE:
            start = index if start < 0 else start
        elif start >= 0:
            if index - start <= RULE_WIDTH:
                yield from range(start, index)
            start = -1


def _runs(profile: array[float], gap: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the stretches with ink, joined across blank stretches shorter than `gap`."""
    start = end = -1
    for index, value in enumerate(profile):
        if value > 0:
            if start < 0:
                start = index
            elif index - end >= gap:
                yield start, end
                start = index
            end = index + 1
    if start >= 0:
        yield start, end
