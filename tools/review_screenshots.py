"""Make the README's screenshots of the review window: a real window on Xvfb + openbox.

    python tools/review_screenshots.py (--data-dir DIR | --seed DAYS) [--out docs/images] [--scale 2] [--language de]

Seed the vault first (`airlock --data-dir DIR dev seed`); its key comes from the keyring. Or `--seed 5`:
a fresh vault of five days in a private keyring of its own (the README's pictures; nothing real is touched). The window
runs in a child process on the virtual display; this process drives it through stdin and takes
each picture with imagemagick's `import` (window frame included). Images:
review-timeline.png (timeline with a segment open), review-redaction.png (the redaction tool in
use), review-needs-a-look.png (the moments that look sensitive, words boxed); with --scale 2 also
review-scaled-200.png (QT_SCALE_FACTOR=2). With --language de the window speaks German (LANGUAGE/LANG
for the child) and the names end in -de (review-timeline-de.png).

For "Needs a look" the child first reads a few of the newest held screenshots of private pages (and
mail) with the real OCR engine and detectors (app/scan, app/policy/detectors) and stores what they find in the vault,
as the scan worker would.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def parent(args) -> int:
    from tests.e2e.harness.desktop import Desktop

    data_dir = args.data_dir
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    scale = args.scale
    size = (1600, 1000) if scale == 1 else (int(1600 * scale), int(1000 * scale))
    with tempfile.TemporaryDirectory() as work, Desktop(Path(work), size=size) as desk:
        env = {**desk.env, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
        if scale != 1:
            env["QT_SCALE_FACTOR"] = str(scale)
        if args.language:
            env.update(LANGUAGE=args.language, LANG=f"{args.language}_{args.language.upper()}.UTF-8")
        child = subprocess.Popen([sys.executable, __file__, "--child", "--data-dir", data_dir], env=env,
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        names = (["review-timeline.png", "review-redaction.png", "review-needs-a-look.png"] if scale == 1
                 else ["review-scaled-200.png"])
        if args.language:
            names = [name.replace(".png", f"-{args.language}.png") for name in names]
        for name in names:
            line = child.stdout.readline().split()
            if not line or line[0] != "ready":
                child.kill()
                raise SystemExit(f"the review window did not get ready for {name}")
            subprocess.run(["import", "-window", line[1], "-frame", str(out / name)], env=desk.env, check=True)
            print(f"wrote {out / name}")
            child.stdin.write("next\n")
            child.stdin.flush()
        child.wait(30)
    return 0


def child(args) -> int:
    from PySide6.QtCore import QRectF, QTimer
    from PySide6.QtWidgets import QApplication

    from app.control.operations import Operations
    from app.core.clock import SystemClock
    from app.core.paths import resolve_paths
    from app.policy.model import ReleasePolicy
    from app.policy.rules.pause import PauseState
    from app.ui.i18n import install_language, translate
    from app.ui.models.roles import Roles
    from app.ui.review.screenshot_panel import clicks_in_frame
    from app.ui.review.window import ReviewServices, ReviewWindow
    from app.vault.keystore import KeyringKeyStore
    from app.vault.operations.store import VaultOperations
    from app.vault.reader import VaultReader
    from app.vault.vault import open_vault

    paths = resolve_paths(args.data_dir)
    handle = open_vault(paths, KeyringKeyStore(paths.data_dir), create=False)
    conn = handle.connect()
    if not args.scale_run:
        read_some_screenshots(conn)
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Airlock")
    install_language(None)  # the system's, as the app does
    clock = SystemClock()
    operations = Operations(PauseState(), clock, VaultOperations.direct(handle.connect()))
    window = ReviewWindow(ReviewServices(VaultReader(handle), operations, clock, ReleasePolicy()))
    window.resize(1440, 900)
    window.show()

    def settle(predicate, then) -> None:
        def check():
            if predicate():
                QTimer.singleShot(400, then)  # let thumbnails and the image come in
            else:
                QTimer.singleShot(50, check)
        check()

    def open_segment(sql: str) -> None:
        rows = conn.execute(sql).fetchall()
        segment_id = rows[0][0]
        for row in range(window.model.rowCount()):
            day = window.model.index(row, 0)
            window.view.expand(day)
            while window.model.canFetchMore(day):
                window.model.fetchMore(day)
                app.processEvents()
            index = window.model.segment_index(segment_id)
            if index.isValid():
                window.view.setCurrentIndex(index)
                window.view.scrollTo(index)
                return

    def announce() -> None:
        print(f"ready {int(window.winId())}", flush=True)
        sys.stdin.readline()

    def timeline() -> None:
        newest = window.model.index(0, 0).data(Roles.START)
        open_segment("SELECT id FROM segments WHERE app = 'thunderbird' AND state = 'held' AND click_count >= 2 "
                     f"AND key_count >= 40 AND frame_count >= 4 AND start >= {newest} ORDER BY start LIMIT 1")
        settle(lambda: window.detail.detail is not None, show_clicks)

    def show_clicks() -> None:
        detail, panel = window.detail.detail, window.detail.screenshots
        frames = detail.frames
        for row, frame in enumerate(frames):  # the first screenshot with clicks drawn on it
            since = frame.t if row else float("-inf")
            until = frames[row + 1].t if row + 1 < len(frames) else float("inf")
            if clicks_in_frame(frame, since, until, detail.clicks):
                panel.show_frame(row)
                break
        settle(lambda: panel.viewer.has_image(), lambda: (announce(), redaction()))

    def redaction() -> None:
        if args.scale_run:
            window.close()
            return
        open_segment("SELECT id FROM segments WHERE title LIKE 'Online Banking%' AND frame_count >= 3 "
                     "AND state = 'flagged' ORDER BY start DESC LIMIT 1")

        def draw() -> None:
            panel = window.detail.screenshots
            panel.set_redacting(True)
            for rect in ((52, 186, 210, 22), (52, 272, 210, 22), (52, 358, 210, 22), (468, 160, 160, 220)):
                panel.viewer.add_rect(QRectF(*rect))  # account numbers and balances
            window.statusBar().showMessage(translate(
                "ReviewFlows", "Drag on the screenshot to mark areas, then press “Black out”."))
            QTimer.singleShot(300, lambda: (announce(), needs_a_look()))

        settle(lambda: window.detail.screenshots.viewer.has_image(), draw)

    def needs_a_look() -> None:
        window.detail.screenshots.set_redacting(False)
        window.statusBar().clearMessage()
        window.show_view(window.NEEDS_A_LOOK)
        model = window.needs.model
        shown = [row for row in range(model.rowCount()) if model.suggestion(row).category in ("health", "finance")]
        if shown:
            window.needs.select_row(shown[0])
        settle(lambda: window.needs.selected() is not None and window.detail.screenshots.viewer.marks(),
               lambda: (announce(), window.close()))

    settle(lambda: window.model.rowCount() > 0 and window.detail.detail is not None, timeline)
    app.exec()
    conn.close()
    return 0


def read_some_screenshots(conn, per_kind: int = 2) -> None:
    """Read the newest held bank, patient portal, HR, chat and mail screenshots (one per segment)
    with the real engine and detectors, and store words and suggestions as the scan worker does."""
    from app.core.screen_text import MatchedWord, ScreenWord, SuggestedMoment
    from app.policy.detectors.matching import find_sensitive
    from app.policy.detectors.model import TextWord
    from app.policy.detectors.wordlists import load_rules
    from app.scan.engine import default_engine
    from app.scan.regions import RegionReader
    from app.scan.worker import _decoded
    from app.vault.scan_store import VaultScanSource

    if conn.execute("SELECT count(*) FROM suggestions WHERE state = 'open'").fetchone()[0]:
        return
    # The seed's private screens the employee has not flagged yet (what a scan is for), and some mail.
    titles = ("Online Banking%", "MyChart%", "Workday%", "Signal%", "%Thunderbird")
    frames = [row[0] for title in titles for row in conn.execute(
        "SELECT (SELECT id FROM frames WHERE segment_id = s.id ORDER BY t LIMIT 1) FROM segments s "
        "WHERE s.state = 'held' AND s.frame_count > 0 AND s.title LIKE ? ORDER BY s.start DESC LIMIT ?",
        (title, per_kind))]
    source, rules = VaultScanSource(conn), load_rules()
    engine = default_engine()
    reader = RegionReader(engine)
    for frame_id in frames:
        frame = source.load_frame(frame_id)
        if frame is None:
            continue
        words = [ScreenWord(w.text, (w.x, w.y, w.w, w.h), w.confidence) for w in reader.read_frame(_decoded(frame))]
        findings = find_sensitive(rules, screen=[TextWord(w.text, w.box) for w in words], title=frame.title,
                                  app=frame.app)
        moments = [SuggestedMoment(f.category, f.reason, tuple(MatchedWord(m.text, m.box, f.source) for m in f.matched))
                   for f in findings if f.source == "screen"]
        source.save_frame(frame, f"{engine.name} {getattr(engine, 'version', '')}".strip(), words, moments, time.time())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    chosen = parser.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--data-dir", help="a seeded data dir (`airlock --data-dir DIR dev seed`)")
    chosen.add_argument("--seed", type=int, metavar="DAYS", help="seed a vault of DAYS days in a private keyring first")
    parser.add_argument("--out", default=str(ROOT / "docs" / "images"))
    parser.add_argument("--scale", type=float, default=1)
    parser.add_argument("--language", default="", help='e.g. "de": the window in that language, names end in -de')
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.scale_run = os.environ.get("QT_SCALE_FACTOR") not in (None, "", "1")
    if args.child:
        return child(args)
    if args.seed is None:
        return parent(args)
    return seeded_then(parent, args)


def seeded_then(run, args) -> int:
    """`run(args)` on a fresh seeded vault whose key lives in a private keyring (the e2e harness)."""
    from tests.e2e.harness.keyring import keyring_session

    with tempfile.TemporaryDirectory() as work, keyring_session(Path(work) / "keyring") as keyring:
        args.data_dir = str(Path(work) / "data")
        os.environ.update({k: v for k, v in keyring.env.items() if k.startswith(("DBUS_", "GNOME_KEYRING", "HOME",
                                                                                   "XDG_"))})
        subprocess.run([sys.executable, "-m", "app", "--data-dir", args.data_dir, "dev", "seed", "--days",
                        str(args.seed)], env=os.environ, cwd=ROOT, check=True)
        return run(args)


if __name__ == "__main__":
    raise SystemExit(main())
