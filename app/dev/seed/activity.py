"""Believable office activity for the development vault: applications, titles, typing, pointer use.

Pure generation from a `random.Random`: no I/O, no clock. `seeding.py` turns it into rows.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from app.core.model import ClickEvent, FlagCategory, InputEvent, KeyEvent, KeystrokeMode, MoveEvent, ScrollEvent
from app.policy.rules.keystrokes import apply_mode

SCREEN_W, SCREEN_H = 1920, 1080


@dataclass(frozen=True)
class AppProfile:
    """One application as used at work: its windows, what is typed there and how it is used."""

    app: str
    wm_class: str
    kind: str  # a seed_images.SCREEN_KINDS entry
    titles: tuple[str, ...]
    phrases: tuple[str, ...]
    weight: float
    typing: float  # share of actions that type a phrase
    scrolling: float  # share of actions that scroll
    mode: KeystrokeMode = KeystrokeMode.FULL
    sensitive: FlagCategory | None = None  # flagged by the employee more often than not
    flag_note: str = ""


PROFILES: tuple[AppProfile, ...] = (
    AppProfile("code", "Code", "editor", (
        "invoice_totals.py — billing-service — Visual Studio Code",
        "test_rounding.py — billing-service — Visual Studio Code",
        "README.md — billing-service — Visual Studio Code",
        "deploy.yaml — infra — Visual Studio Code"), (
        "def total_due(invoice):", "return sum(line.amount for line in invoice.lines)",
        "assert response.status_code == 200", "# TODO: round half to even for EUR",
        "logger.info(\"invoice %s settled\", invoice.id)", "for line in invoice.lines:",
        "raise ValueError(\"currency mismatch\")", "from decimal import Decimal, ROUND_HALF_EVEN",
        "replicas: 3", "timeout_seconds = 30"), 3.0, 0.55, 0.2),
    AppProfile("firefox", "firefox", "browser", (
        "BILL-1423 Rounding error in EUR invoices — Jira — Mozilla Firefox",
        "Q3 planning — Confluence — Mozilla Firefox",
        "python decimal quantize half even — Stack Overflow — Mozilla Firefox",
        "Pull request #381: Fix EUR rounding — GitHub — Mozilla Firefox",
        "Grafana — billing latency — Mozilla Firefox"), (
        "python decimal quantize half even", "sprint board billing", "Looks good to me, merging after CI passes.",
        "grafana p99 latency billing", "Could we add a test for the zero amount case?"), 3.2, 0.2, 0.45),
    AppProfile("thunderbird", "Thunderbird", "mail", (
        "Inbox (12) — sam.rivera@acme.example — Mozilla Thunderbird",
        "Re: Q3 budget review — Mozilla Thunderbird",
        "Write: Vendor contract renewal — Mozilla Thunderbird"), (
        "Hi Ana, thanks for the update on the forecast.", "I will send the revised numbers by Thursday.",
        "Could we move our sync to Wednesday afternoon?", "Best regards, Sam",
        "Attached is the signed contract for the renewal."), 1.6, 0.45, 0.3),
    AppProfile("slack", "Slack", "chat", (
        "#billing-team — Acme — Slack", "#incidents — Acme — Slack", "#random — Acme — Slack"), (
        "standup in 5?", "deploy is green, rolling out to eu-west now", "can someone review PR 381?",
        "thanks! looking now", "lunch at 12:30?", "the nightly job failed again, on it"), 1.4, 0.5, 0.25),
    AppProfile("gnome-terminal", "Gnome-terminal", "terminal", (
        "dev@workstation: ~/src/billing-service", "dev@workstation: ~/src/infra"), (
        "git status", "pytest -q tests/unit", "git commit -am \"Fix rounding in EUR invoices\"",
        "docker compose up -d db", "git push origin fix/eur-rounding", "make lint"), 1.2, 0.7, 0.1),
    AppProfile("libreoffice", "libreoffice-calc", "sheet", (
        "Q3 forecast.ods — LibreOffice Calc", "Team capacity 2024.ods — LibreOffice Calc"), (
        "12500", "=SUM(B2:B14)", "Marketing", "0.15", "=B7*(1+C2)", "Hosting"), 1.0, 0.45, 0.2),
    AppProfile("evince", "Evince", "document", (
        "Vendor contract 2024.pdf — Document Viewer", "Architecture review.pdf — Document Viewer"),
        ("payment terms",), 0.6, 0.05, 0.75),
    AppProfile("firefox", "firefox", "browser", ("MyChart — Appointments — Mozilla Firefox",), (
        "dermatology follow up", "reschedule to next week"), 0.12, 0.3, 0.4,
        sensitive=FlagCategory.HEALTH, flag_note="Booking a doctor's appointment"),
    AppProfile("firefox", "firefox", "bank", ("Online Banking — Accounts — Mozilla Firefox",), (
        "rent transfer", "savings"), 0.1, 0.2, 0.4, sensitive=FlagCategory.FINANCE, flag_note="Personal banking"),
    AppProfile("signal-desktop", "Signal", "chat", ("Signal — Alex",), (
        "running late, home by 7", "can you pick up the kids?", "love you"), 0.12, 0.6, 0.1,
        mode=KeystrokeMode.MASKED, sensitive=FlagCategory.PERSONAL_COMMUNICATION, flag_note="Private chat"),
    AppProfile("firefox", "firefox", "browser", ("Workday — My performance review — Mozilla Firefox",), (
        "I led the billing migration this half.",), 0.06, 0.4, 0.3,
        sensitive=FlagCategory.HR_PERFORMANCE, flag_note="My own review"),
)

TITLES_BY_KIND: dict[str, tuple[str, ...]] = {}
for _profile in PROFILES:
    TITLES_BY_KIND[_profile.kind] = TITLES_BY_KIND.get(_profile.kind, ()) + _profile.titles

_SHIFTED = set('~!@#$%^&*()_+{}|:"<>?')


def pick_profile(rng: random.Random) -> AppProfile:
    return rng.choices(PROFILES, weights=[p.weight for p in PROFILES])[0]


class ActivityGenerator:
    """Input events for one segment: typing phrases, pointing and clicking, scrolling, pauses.

    `idle_mean_s` sets the density (seconds of reading/thinking between actions).
    """

    def __init__(self, rng: random.Random, idle_mean_s: float) -> None:
        self.rng = rng
        self.idle_mean_s = idle_mean_s
        self.pointer = (SCREEN_W // 2, SCREEN_H // 2)

    def segment(self, profile: AppProfile, t0: float, t1: float) -> list[InputEvent]:
        rng = self.rng
        events: list[InputEvent] = []
        t = t0 + rng.uniform(0.2, 1.5)
        while t < t1 - 2.0:
            r = rng.random()
            if r < profile.typing:
                t = self._type(events, rng.choice(profile.phrases), t, enter=profile.kind not in ("mail", "document"))
            elif r < profile.typing + profile.scrolling:
                t = self._scroll(events, t)
            else:
                t = self._point_and_click(events, t)
            t += min(rng.expovariate(1 / self.idle_mean_s), 4 * self.idle_mean_s)  # no hour-long lulls
        events.sort(key=lambda e: e.t)
        kept: list[InputEvent] = []
        for event in events:
            if event.t >= t1:
                break
            if isinstance(event, KeyEvent):
                masked = apply_mode(event, profile.mode)
                if masked is not None:
                    kept.append(masked)
                continue
            kept.append(event)
        return kept

    def _type(self, out: list, phrase: str, t: float, enter: bool) -> float:
        rng = self.rng
        for ch in phrase:
            if ch.isalpha() and rng.random() < 0.03:  # a typo, then backspace
                t = self._key(out, rng.choice("asdfghjkl"), t)
                t = self._key(out, "backspace", t, char=None)
            if ch == " ":
                t = self._key(out, "space", t, char=None)
            elif ch.isupper() or ch in _SHIFTED:
                out.append(KeyEvent(t, "shift", True))
                t = self._key(out, ch.lower(), t + 0.05, char=ch, modifiers=frozenset({"shift"}))
                out.append(KeyEvent(t, "shift", False))
                t += 0.02
            else:
                t = self._key(out, ch, t)
        # phrases end a line (code, commands, messages, searches) or a sentence (mail, documents)
        t = self._key(out, "enter" if enter else "space", t, char=None)
        return t

    def _key(self, out: list, key: str, t: float, char: str | None = "", modifiers: frozenset = frozenset()) -> float:
        char = key if char == "" else char
        out.append(KeyEvent(t, key, True, char, modifiers))
        out.append(KeyEvent(t + self.rng.uniform(0.04, 0.09), key, False, char, modifiers))
        return t + self.rng.uniform(0.09, 0.22)

    def _move_to(self, out: list, target: tuple[int, int], t: float) -> float:
        (x0, y0), (x1, y1) = self.pointer, target
        steps = max(3, min(24, int((abs(x1 - x0) + abs(y1 - y0)) / 60)))
        for i in range(1, steps + 1):
            t += 1 / 30  # moves are coalesced to 30 Hz before storage
            out.append(MoveEvent(t, x0 + (x1 - x0) * i // steps, y0 + (y1 - y0) * i // steps))
        self.pointer = target
        return t

    def _point_and_click(self, out: list, t: float) -> float:
        rng = self.rng
        target = (rng.randint(40, SCREEN_W - 40), rng.randint(80, SCREEN_H - 40))
        t = self._move_to(out, target, t)
        for _ in range(2 if rng.random() < 0.1 else 1):
            button = "right" if rng.random() < 0.05 else "left"
            out.append(ClickEvent(t + 0.05, *target, button, True))
            out.append(ClickEvent(t + 0.13, *target, button, False))
            t += 0.2
        return t

    def _scroll(self, out: list, t: float) -> float:
        rng = self.rng
        t = self._move_to(out, (rng.randint(400, 1500), rng.randint(300, 900)), t)
        for _ in range(rng.randint(3, 12)):
            t += rng.uniform(0.05, 0.15)
            out.append(ScrollEvent(t, *self.pointer, 0, -1 if rng.random() < 0.85 else 1))
        return t
