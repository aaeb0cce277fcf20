"""`airlock review` opens the review window; `airlock search TEXT [--json]` searches from a terminal.

Search prints what the employee asked to see of their own vault (titles, a snippet of typed text)
to their terminal; nothing of it goes to a log.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import datetime

from app.core.display import detect_display, has_display
from app.core.errors import KnownError
from app.core.i18n import fill, translate
from app.vault import queries
from app.vault.vault import open_vault


def register(subparsers) -> None:
    review = subparsers.add_parser("review", help="open the review window: see, delete, flag, redact and approve")
    review.set_defaults(func=run_review)
    search = subparsers.add_parser("search", help="search typed text and window titles in the vault")
    search.add_argument("text", help="words to find (each as a prefix; all must match)")
    search.add_argument("--json", action="store_true", help="print a JSON array (one object per matching segment)")
    search.add_argument("--limit", type=int, default=50, help="at most this many results, newest first (default 50)")
    search.set_defaults(func=run_search)


def run_review(args, context) -> int:
    if not has_display():
        raise KnownError(fill(translate("Errors", "The review window needs a graphical session: %1"),
                              detect_display().explanation),
                         translate("Errors", "From a terminal, `airlock search WORDS` finds captured segments."))
    handle = open_vault(context.paths, context.keystore(), create=False)
    from app.commands.routing import RoutedOperations
    from app.control.ui_presence import UiPresence
    from app.ui.review.standalone import run_review_app
    from app.ui.review.window import ReviewServices
    from app.vault.reader import VaultReader

    # Changes go to the running Airlock if there is one (ordered with its capture), else to the vault.
    operations = RoutedOperations(context)
    # Held before the window appears: a recorder of this profile, running now or started later,
    # never captures this process's windows (the search typed there, the captures it shows).
    try:
        with UiPresence(context.paths):
            release, holds = _gate(handle, context.policy())
            return run_review_app(ReviewServices(VaultReader(handle), operations, context.clock, release, holds))
    finally:
        operations.close()


def run_search(args, context) -> int:
    handle = open_vault(context.paths, context.keystore(), create=False)
    conn = handle.connect()
    try:
        hits = queries.search(conn, args.text, limit=max(1, args.limit))
    finally:
        conn.close()
    if args.json:
        print(json.dumps([{"id": h.segment.id, "start": h.segment.start, "end": h.segment.end, "app": h.segment.app,
                           "title": h.segment.title, "state": h.segment.state.value, "snippet": h.snippet,
                           "frame": h.frame_id, "boxes": [list(box) for box in h.boxes]}
                          for h in hits], ensure_ascii=False, indent=1))
        return 0
    if not hits:
        print(translate("Cli", "Nothing matches %1.").replace("%1", repr(args.text)), file=sys.stderr)
        return 1
    try:
        for hit in hits:
            seg = hit.segment
            when = datetime.fromtimestamp(seg.start).strftime("%a %d %b %Y %H:%M")
            snippet = " ⏎ ".join(line for line in hit.snippet.splitlines() if line.strip())
            seen = "  " + fill(translate("Cli", "on screenshot %1"), hit.frame_id) if hit.frame_id is not None else ""
            print(f"{when}  #{seg.id}  {seg.app}  {seg.state.value}{seen}\n    {seg.title}\n    {snippet}")
        sys.stdout.flush()
    except BrokenPipeError:  # `airlock search … | head`: the reader has enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _gate(handle, policy):
    """The rules `airlock release` applies (IT's policy as the employee tightened it), for the badges."""
    from app.commands.scanning import not_read_because
    from app.policy.release.gate import GateHolds
    from app.vault.operations.settings import effective_for

    conn = handle.connect()
    try:
        effective = effective_for(conn, policy)
    finally:
        conn.close()
    return effective.release, GateHolds.under(effective, not not_read_because(effective))
