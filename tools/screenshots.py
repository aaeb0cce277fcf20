"""Screenshots for the README: the tray menu open, and the status window — taken under Xvfb.

    .venv/bin/python tools/screenshots.py [--out docs/images] [--language de]

Starts its own Xvfb + openbox + trayer desktop and a private gnome-keyring (the e2e harness),
runs the real desktop app on a temporary data dir, types into two windows so there is something
to review (its background reading suggests a look at the chat), photographs the notification that
says so, then right-clicks the tray icon and photographs the menu, pauses for an hour and
photographs the status window. Nothing touches the real user's files or keyring. With --language de
the app runs in German (LANGUAGE and LANG) and the pictures are tray-notification-de.png,
tray-menu-de.png, status-window-de.png.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.harness.desktop import Desktop  # noqa: E402 - after the path is set
from tests.e2e.harness.keyring import keyring_session  # noqa: E402
from tests.e2e.harness.waiting import wait_until  # noqa: E402

BACKDROP = 0x3B4A5C  # a calm slate desktop instead of Xvfb's black
SIZE = (1280, 800)


class Shooter:
    def __init__(self, desk: Desktop, keyring, data: Path, workdir: Path, language: str = "") -> None:
        self.desk, self.workdir = desk, workdir
        self.env = {**keyring.env, "DISPLAY": desk.display, "XDG_SESSION_TYPE": "x11", "AIRLOCK_DATA_DIR": str(data)}
        if language:
            self.env.update(LANGUAGE=language, LANG=f"{language}_{language.upper()}.UTF-8")
        for name in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
            self.env.pop(name, None)
        self.app: subprocess.Popen | None = None

    def airlock(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "app", *args], env=self.env, capture_output=True, text=True,
                              timeout=120, cwd=ROOT)

    def status(self) -> dict:
        return json.loads(self.airlock("status", "--json").stdout or "{}")

    def start_app(self) -> None:
        self.airlock("consent", "--accept")
        log = open(self.workdir / "app.log", "wb")  # noqa: SIM115 - lives as long as the app
        self.app = subprocess.Popen([sys.executable, "-m", "app", "-v"], env=self.env, stdout=log,
                                    stderr=subprocess.STDOUT, cwd=ROOT, start_new_session=True)
        # Typing before capture has started would leave nothing to review.
        wait_until(lambda: "capture started" in (self.workdir / "app.log").read_text(errors="replace"), timeout=60,
                   message="the app to start capturing")

    def stop_app(self) -> None:
        if self.app is not None and self.app.poll() is None:
            self.app.terminate()
            self.app.wait(30)

    def backdrop(self) -> None:
        from Xlib import display

        conn = display.Display(self.desk.display)
        root = conn.screen().root
        root.change_attributes(background_pixel=BACKDROP)
        root.clear_area(0, 0, 0, 0)
        conn.sync()
        conn.close()

    def something_to_review(self) -> None:
        for title, text in (("Quarterly report - Editor", "Revenue grew in the third quarter. "),
                            ("WhatsApp - Alex", "Home by 7 ")):  # the scan worker suggests a look at this one
            window = self.desk.open_window(title, geometry="600x300+80+120")
            self.desk.focus(window)
            self.desk.type_text(text)
            self.desk.close_window(window)
        # A window keeps the focus, so the menu is shot while recording (with no focused window the
        # app stops capturing after a grace, and the menu would catch it in between).
        self.desk.focus(self.desk.open_window("Notes", geometry="500x200+60+560"))
        wait_until(lambda: self.status().get("state") == "recording" and self.status().get("waiting_for_review", 0) >= 2,
                   timeout=60, message="segments to review, while recording")
        # The background worker reads once the keyboard is idle; the chat's title is enough to suggest it.
        wait_until(lambda: self.status().get("needs_a_look", 0) >= 1, timeout=180, message="a moment that needs a look")

    def visible_airlock_windows(self) -> list[tuple[int, tuple[int, int, int, int]]]:
        found = self.desk.xdotool("search", "--onlyvisible", "--class", "^Airlock$").split()
        return [(int(w), self.desk.window_geometry(int(w))) for w in found]

    def tray_icon(self) -> tuple[int, int, int, int]:
        def icon():
            for _, (x, y, w, h) in self.visible_airlock_windows():
                if 16 <= w <= 64 and 16 <= h <= 64 and y < 24:
                    return x, y, w, h
            return None
        return wait_until(icon, timeout=20, message="the tray icon")

    def shoot(self, target: Path, box: tuple[int, int, int, int]) -> None:
        full = self.workdir / "full.png"
        self.desk.screenshot(full)
        x, y, w, h = box
        subprocess.run(["convert", str(full), "-crop", f"{w}x{h}+{x}+{y}", "+repage", str(target)], check=True)
        print(target)

    def balloon(self) -> tuple[int, int, int, int] | None:
        """Qt's notification balloon beside the tray icon, while it shows."""
        for _, (x, y, w, h) in self.visible_airlock_windows():
            if w > 150 and 30 < h < 150:
                return x, y, w, h
        return None

    def notification(self, target: Path) -> None:
        """The "needs a look" notification, then wait until it has gone (a click on it would open
        the review window)."""
        x, y, w, h = wait_until(self.balloon, timeout=30, message="the notification")
        left = max(0, x - 24)
        self.shoot(target, (left, 0, SIZE[0] - left, y + h + 24))
        wait_until(lambda: self.balloon() is None, timeout=60, message="the notification to go")

    def tray_menu(self, target: Path) -> None:
        x, y, w, h = self.tray_icon()
        self.desk.click(x + w // 2, y + h // 2, button=3)

        def menu():
            for _, (mx, my, mw, mh) in self.visible_airlock_windows():
                if mw > 150 and mh > 150:
                    return mx, my, mw, mh
            return None
        mx, my, mw, mh = wait_until(menu, timeout=15, message="the tray menu")
        left = max(0, mx - 36)
        self.shoot(target, (left, 0, SIZE[0] - left, min(SIZE[1], my + mh + 28)))
        self.desk.key("Escape")

    def status_window(self, target: Path) -> None:
        self.airlock("pause", "--for", "1h")
        self.airlock()  # a second start brings the window forward

        def window():
            for _, (x, y, w, h) in self.visible_airlock_windows():
                if w > 300 and h > 150:
                    return x, y, w, h
            return None
        x, y, w, h = wait_until(window, timeout=15, message="the status window")
        margin, title_bar, handle = 24, 26, 8  # openbox's frame: a title bar above, a grip below
        self.shoot(target, (x - margin, y - title_bar - margin, w + 2 * margin, h + title_bar + handle + 2 * margin))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    parser.add_argument("--language", default="", help='e.g. "de": the app in that language, names end in -de')
    args = parser.parse_args()
    suffix = f"-{args.language}" if args.language else ""
    args.out.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="airlock-shots-"))
    try:
        with keyring_session(workdir / "keyring") as keyring, Desktop(workdir, tray=True, size=SIZE) as desk:
            shooter = Shooter(desk, keyring, workdir / "data", workdir, args.language)
            shooter.backdrop()
            shooter.start_app()
            try:
                shooter.something_to_review()
                shooter.notification(args.out / f"tray-notification{suffix}.png")
                shooter.tray_menu(args.out / f"tray-menu{suffix}.png")
                shooter.status_window(args.out / f"status-window{suffix}.png")
            finally:
                shooter.stop_app()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
