"""Synthetic screenshots for the development vault: believable desktop screens drawn with Pillow.

A few dozen distinct images (a handful per kind of application) are drawn once and reused, so a
month-sized vault is seeded in minutes. Nothing here is captured content.
"""

from __future__ import annotations

import io
import random
from collections.abc import Mapping, Sequence

SCREEN_KINDS = ("editor", "browser", "mail", "terminal", "sheet", "chat", "document", "bank")

_WORDS = ["review", "quarterly", "budget", "release", "notes", "customer", "meeting", "draft", "update", "forecast", "migration", "pipeline", "service", "latency", "invoice", "schedule", "deploy", "roadmap", "planning", "estimate", "feedback", "sprint", "design", "document", "metrics", "report", "support", "ticket", "backlog", "onboarding", "contract", "summary"]

_PALETTE = {
    "editor": ((30, 30, 36), (37, 37, 46), (212, 212, 220)),
    "browser": ((246, 246, 248), (255, 255, 255), (40, 40, 48)),
    "mail": ((240, 242, 245), (255, 255, 255), (30, 34, 40)),
    "terminal": ((18, 20, 24), (18, 20, 24), (190, 230, 190)),
    "sheet": ((248, 249, 250), (255, 255, 255), (32, 33, 36)),
    "chat": ((63, 14, 64), (255, 255, 255), (29, 28, 29)),
    "document": ((80, 84, 90), (255, 255, 255), (20, 20, 20)),
    "bank": ((246, 246, 248), (255, 255, 255), (25, 35, 60)),
}
_ACCENTS = ((66, 133, 244), (219, 68, 55), (15, 157, 88), (244, 160, 0), (171, 71, 188), (0, 172, 193))


def _fonts(scale: float):
    from PIL import ImageFont

    def font(name: str, size: int):
        try:  # DejaVu where installed (it has "—" and accents); Pillow's built-in font otherwise
            return ImageFont.truetype(name, size)
        except OSError:
            return ImageFont.load_default(size=size)

    size = max(8, round(13 * scale))
    return font("DejaVuSans.ttf", size), font("DejaVuSans.ttf", round(size * 1.4)), font("DejaVuSansMono.ttf", size)


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(_WORDS) for _ in range(words))
    return text[0].upper() + text[1:]


def draw_screen(kind: str, title: str, rng: random.Random, size: tuple[int, int] = (960, 540)):
    """One synthetic screen of an application `kind` with `title` in its title bar (a PIL image)."""
    from PIL import Image, ImageDraw

    width, height = size
    s = width / 960
    chrome, body, ink = _PALETTE[kind]
    accent = rng.choice(_ACCENTS)
    font, big, mono = _fonts(s)
    image = Image.new("RGB", size, (52, 58, 70))
    draw = ImageDraw.Draw(image)
    # desktop panel and the window's title bar
    draw.rectangle((0, 0, width, int(22 * s)), fill=(24, 26, 30))
    draw.text((int(8 * s), int(4 * s)), "Activities", fill=(220, 220, 220), font=font)
    draw.text((width - int(70 * s), int(4 * s)), f"{rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}",
              fill=(220, 220, 220), font=font)
    top = int(22 * s)
    draw.rectangle((0, top, width, top + int(26 * s)), fill=(225, 225, 228) if kind != "terminal" else (45, 45, 50))
    draw.text((int(12 * s), top + int(6 * s)), title[:90], font=font,
              fill=(30, 30, 30) if kind != "terminal" else (220, 220, 220))
    for i, colour in enumerate(((237, 106, 94), (245, 191, 79), (98, 197, 84))):
        x = width - int((20 + 18 * i) * s)
        draw.ellipse((x, top + int(8 * s), x + int(11 * s), top + int(19 * s)), fill=colour)
    area = (0, top + int(26 * s), width, height)
    draw.rectangle(area, fill=body)
    _LAYOUTS[kind](draw, area, s, rng, (chrome, body, ink, accent), (font, big, mono))
    return image


def _editor(draw, area, s, rng, colours, fonts):
    chrome, body, ink, accent = colours
    font, _big, mono = fonts
    x0, y0, x1, y1 = area
    draw.rectangle((x0, y0, x0 + int(200 * s), y1), fill=chrome)
    for i in range(14):
        name = f"{rng.choice(_WORDS)}_{rng.choice(_WORDS)}.py"
        draw.text((x0 + int(14 * s), y0 + int((12 + 22 * i) * s)), name, fill=(170, 170, 180), font=font)
    keywords = ((197, 134, 192), (86, 156, 214), (78, 201, 176), (206, 145, 120), (220, 220, 170))
    y, line = y0 + int(10 * s), 1
    while y < y1 - int(20 * s):
        draw.text((x0 + int(210 * s), y), f"{line:>3}", fill=(110, 110, 120), font=mono)
        indent = rng.choice((0, 0, 1, 1, 2, 3))
        x = x0 + int((250 + 28 * indent) * s)
        for _ in range(rng.randint(0, 5)):
            token = rng.choice(_WORDS) + rng.choice(("(", " =", ".", ",", ":", ""))
            draw.text((x, y), token, fill=rng.choice(keywords), font=mono)
            x += int((len(token) + 1) * 8 * s)
        y += int(19 * s)
        line += 1
    draw.rectangle((x0, y1 - int(20 * s), x1, y1), fill=accent)


def _browser(draw, area, s, rng, colours, fonts):
    chrome, body, ink, accent = colours
    font, big, _mono = fonts
    x0, y0, x1, y1 = area
    draw.rectangle((x0, y0, x1, y0 + int(64 * s)), fill=chrome)
    for i in range(rng.randint(2, 5)):
        draw.rounded_rectangle((x0 + int((8 + 170 * i) * s), y0 + int(6 * s), x0 + int((170 + 170 * i) * s),
                                y0 + int(28 * s)), radius=int(6 * s), fill=(255, 255, 255) if i == 0 else (228, 228, 232))
        draw.text((x0 + int((18 + 170 * i) * s), y0 + int(11 * s)), _sentence(rng, 2)[:18], fill=ink, font=font)
    draw.rounded_rectangle((x0 + int(90 * s), y0 + int(34 * s), x1 - int(90 * s), y0 + int(58 * s)),
                           radius=int(10 * s), fill=(255, 255, 255), outline=(210, 210, 215))
    draw.text((x0 + int(110 * s), y0 + int(39 * s)), f"https://{rng.choice(_WORDS)}.example.com/{rng.choice(_WORDS)}",
              fill=(90, 90, 100), font=font)
    draw.rectangle((x0, y0 + int(64 * s), x1, y0 + int(110 * s)), fill=accent)
    draw.text((x0 + int(140 * s), y0 + int(76 * s)), _sentence(rng, 3), fill=(255, 255, 255), font=big)
    y = y0 + int(130 * s)
    while y < y1 - int(40 * s):
        if rng.random() < 0.25:
            draw.text((x0 + int(140 * s), y), _sentence(rng, 4), fill=ink, font=big)
            y += int(34 * s)
        for _ in range(rng.randint(2, 4)):
            draw.text((x0 + int(140 * s), y), _sentence(rng, rng.randint(8, 13)), fill=(70, 70, 80), font=font)
            y += int(20 * s)
        y += int(14 * s)
    draw.rectangle((x1 - int(230 * s), y0 + int(130 * s), x1 - int(40 * s), y0 + int(330 * s)), fill=(240, 240, 244))


def _mail(draw, area, s, rng, colours, fonts):
    chrome, body, ink, accent = colours
    font, big, _mono = fonts
    x0, y0, x1, y1 = area
    draw.rectangle((x0, y0, x0 + int(160 * s), y1), fill=chrome)
    for i, folder in enumerate(("Inbox", "Starred", "Sent", "Drafts", "Archive", "Projects")):
        draw.text((x0 + int(16 * s), y0 + int((16 + 26 * i) * s)), folder, fill=ink, font=font)
    draw.rectangle((x0 + int(160 * s), y0, x0 + int(470 * s), y1), fill=(250, 250, 252))
    for i in range(12):
        y = y0 + int((8 + 44 * i) * s)
        if i == 2:
            draw.rectangle((x0 + int(160 * s), y - int(4 * s), x0 + int(470 * s), y + int(40 * s)), fill=(220, 232, 252))
        draw.text((x0 + int(172 * s), y), f"{rng.choice(('Ana', 'Ben', 'Chloé', 'Dev', 'Eli', 'Femi'))} "
                  f"{rng.choice(('Ortiz', 'Kim', 'Laurent', 'Patel', 'Nakamura'))}", fill=ink, font=font)
        draw.text((x0 + int(172 * s), y + int(18 * s)), _sentence(rng, 5), fill=(100, 100, 110), font=font)
    draw.text((x0 + int(490 * s), y0 + int(16 * s)), _sentence(rng, 4), fill=ink, font=big)
    y = y0 + int(60 * s)
    for _ in range(14):
        draw.text((x0 + int(490 * s), y), _sentence(rng, rng.randint(6, 9)), fill=(60, 60, 70), font=font)
        y += int(22 * s)
    draw.rounded_rectangle((x0 + int(490 * s), y1 - int(50 * s), x0 + int(580 * s), y1 - int(20 * s)),
                           radius=int(6 * s), fill=accent)
    draw.text((x0 + int(512 * s), y1 - int(43 * s)), "Reply", fill=(255, 255, 255), font=font)


def _terminal(draw, area, s, rng, colours, fonts):
    _chrome, _body, ink, accent = colours
    _font, _big, mono = fonts
    x0, y0, _x1, y1 = area
    y = y0 + int(8 * s)
    commands = ("git status", "pytest -q tests/unit", "ls -la", "make build", "git log --oneline -5",
                "docker compose ps", "tail -f service.log", "python manage.py migrate")
    while y < y1 - int(20 * s):
        if rng.random() < 0.3:
            draw.text((x0 + int(8 * s), y), f"dev@workstation:~/src/{rng.choice(_WORDS)}$ {rng.choice(commands)}",
                      fill=(120, 200, 255), font=mono)
        else:
            draw.text((x0 + int(8 * s), y), " ".join(rng.choice(_WORDS) for _ in range(rng.randint(2, 10))),
                      fill=ink, font=mono)
        y += int(17 * s)


def _sheet(draw, area, s, rng, colours, fonts):
    _chrome, _body, ink, accent = colours
    font, _big, _mono = fonts
    x0, y0, x1, y1 = area
    draw.rectangle((x0, y0, x1, y0 + int(30 * s)), fill=(240, 240, 240))
    cell_w, cell_h = int(100 * s), int(22 * s)
    for c in range(int((x1 - x0) / cell_w) + 1):
        draw.line((x0 + int(40 * s) + c * cell_w, y0 + int(30 * s), x0 + int(40 * s) + c * cell_w, y1), fill=(218, 220, 224))
    for r in range(int((y1 - y0) / cell_h)):
        y = y0 + int(30 * s) + r * cell_h
        draw.line((x0, y, x1, y), fill=(218, 220, 224))
        draw.text((x0 + int(8 * s), y + int(4 * s)), str(r + 1), fill=(120, 120, 120), font=font)
        for c in range(8):
            if r == 0:
                draw.rectangle((x0 + int(41 * s) + c * cell_w, y + 1, x0 + int(40 * s) + (c + 1) * cell_w - 1,
                                y + cell_h - 1), fill=accent)
                draw.text((x0 + int(46 * s) + c * cell_w, y + int(4 * s)), rng.choice(_WORDS)[:10],
                          fill=(255, 255, 255), font=font)
            elif rng.random() < 0.85:
                draw.text((x0 + int(46 * s) + c * cell_w, y + int(4 * s)), f"{rng.uniform(0, 99999):,.2f}",
                          fill=ink, font=font)


def _chat(draw, area, s, rng, colours, fonts):
    chrome, _body, ink, accent = colours
    font, big, _mono = fonts
    x0, y0, x1, y1 = area
    draw.rectangle((x0, y0, x0 + int(220 * s), y1), fill=chrome)
    for i in range(12):
        draw.text((x0 + int(16 * s), y0 + int((16 + 24 * i) * s)), f"# {rng.choice(_WORDS)}-{rng.choice(_WORDS)}",
                  fill=(230, 210, 230), font=font)
    y = y0 + int(16 * s)
    while y < y1 - int(80 * s):
        draw.rounded_rectangle((x0 + int(236 * s), y, x0 + int(268 * s), y + int(32 * s)), radius=int(6 * s),
                               fill=rng.choice(_ACCENTS))
        draw.text((x0 + int(280 * s), y), rng.choice(("Ana", "Ben", "Chloé", "Dev", "Eli")), fill=ink, font=font)
        draw.text((x0 + int(280 * s), y + int(17 * s)), _sentence(rng, rng.randint(4, 12)), fill=(60, 60, 60), font=font)
        y += int(50 * s)
    draw.rounded_rectangle((x0 + int(236 * s), y1 - int(56 * s), x1 - int(16 * s), y1 - int(16 * s)),
                           radius=int(8 * s), outline=(180, 180, 180), fill=(255, 255, 255))


def _document(draw, area, s, rng, colours, fonts):
    _chrome, body, ink, accent = colours
    font, big, _mono = fonts
    x0, y0, x1, y1 = area
    draw.rectangle(area, fill=(82, 86, 92))
    page = (x0 + int(230 * s), y0 + int(16 * s), x1 - int(230 * s), y1)
    draw.rectangle(page, fill=body)
    y = page[1] + int(30 * s)
    draw.text((page[0] + int(40 * s), y), _sentence(rng, 4), fill=ink, font=big)
    y += int(44 * s)
    while y < y1 - int(20 * s):
        for _ in range(rng.randint(3, 6)):
            draw.text((page[0] + int(40 * s), y), _sentence(rng, rng.randint(7, 10)), fill=(50, 50, 50), font=font)
            y += int(19 * s)
        y += int(12 * s)


def _bank(draw, area, s, rng, colours, fonts):
    """An online bank's accounts page: the kind of screen an employee redacts."""
    chrome, body, ink, _accent = colours
    font, big, mono = fonts
    x0, y0, x1, y1 = area
    navy = (18, 52, 110)
    draw.rectangle((x0, y0, x1, y0 + int(28 * s)), fill=chrome)
    draw.rounded_rectangle((x0 + int(90 * s), y0 + int(4 * s), x1 - int(90 * s), y0 + int(24 * s)),
                           radius=int(8 * s), fill=(255, 255, 255), outline=(210, 210, 215))
    draw.text((x0 + int(110 * s), y0 + int(7 * s)), "https://online.bank.example/accounts", fill=(90, 90, 100), font=font)
    draw.rectangle((x0, y0 + int(28 * s), x1, y0 + int(78 * s)), fill=navy)
    draw.text((x0 + int(40 * s), y0 + int(40 * s)), "Example Bank · Accounts", fill=(255, 255, 255), font=big)
    draw.text((x1 - int(200 * s), y0 + int(46 * s)), "Sam Rivera  ·  Log out", fill=(220, 228, 255), font=font)
    y = y0 + int(100 * s)
    for name in ("Current account", "Savings", "Joint account"):
        draw.rounded_rectangle((x0 + int(40 * s), y, x1 - int(300 * s), y + int(70 * s)), radius=int(8 * s),
                               fill=(248, 249, 252), outline=(220, 224, 232))
        draw.text((x0 + int(60 * s), y + int(12 * s)), name, fill=ink, font=big)
        number = "DE" + "".join(str(rng.randint(0, 9)) for _ in range(2)) + " " + " ".join(
            "".join(str(rng.randint(0, 9)) for _ in range(4)) for _ in range(4))
        draw.text((x0 + int(60 * s), y + int(42 * s)), number, fill=(90, 95, 110), font=mono)
        draw.text((x1 - int(480 * s), y + int(24 * s)), f"€ {rng.uniform(100, 25000):,.2f}", fill=ink, font=big)
        y += int(86 * s)
    draw.text((x0 + int(40 * s), y + int(6 * s)), "Recent transactions", fill=ink, font=big)
    y += int(40 * s)
    for _ in range(6):
        if y > y1 - int(24 * s):
            break
        draw.text((x0 + int(40 * s), y), f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}  "
                  f"{rng.choice(('Rent', 'Pharmacy', 'Supermarket', 'Salary', 'Electricity', 'Transfer'))}",
                  fill=(60, 60, 70), font=font)
        draw.text((x1 - int(480 * s), y), f"{rng.uniform(-900, 900):+,.2f}", fill=(60, 60, 70), font=font)
        y += int(22 * s)
    draw.rounded_rectangle((x1 - int(240 * s), y0 + int(100 * s), x1 - int(40 * s), y0 + int(140 * s)),
                           radius=int(8 * s), fill=navy)
    draw.text((x1 - int(200 * s), y0 + int(110 * s)), "New transfer", fill=(255, 255, 255), font=font)


_LAYOUTS = {"bank": _bank, "editor": _editor, "browser": _browser, "mail": _mail, "terminal": _terminal, "sheet": _sheet,
            "chat": _chat, "document": _document}


def encode_jpeg(image, quality: int = 55) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, optimize=True)
    return out.getvalue()


def image_pool(titles: Mapping[str, Sequence[str]], per_title: int, rng: random.Random,
               size: tuple[int, int] = (960, 540), quality: int = 55) -> dict[str, list[bytes]]:
    """`per_title` distinct encoded screens for each window title; `titles` maps a kind to its titles."""
    return {
        title: [encode_jpeg(draw_screen(kind, title, rng, size), quality) for _ in range(per_title)]
        for kind, kind_titles in titles.items()
        for title in kind_titles
    }
