"""`airlock ledger verify|show`: check and read the hash-chained record of every decision."""

from __future__ import annotations

import datetime as dt
import json

from app.core.i18n import translate
from app.vault import ledger
from app.vault.ledger_words import describe
from app.vault.vault import open_vault


def register(subparsers) -> None:
    parser = subparsers.add_parser("ledger", help="verify or show the ledger of every decision")
    actions = parser.add_subparsers(dest="ledger_action", required=True, metavar="ACTION")
    verify = actions.add_parser("verify", help="check the hash chain and report the first broken link")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(func=run_verify)
    show = actions.add_parser("show", help="list the entries")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=run_show)


def run_verify(args, context) -> int:
    conn = open_vault(context.paths, context.keystore(), create=False).connect()
    try:
        result = ledger.verify(conn)
    finally:
        conn.close()
    if args.json:
        print(json.dumps({"ok": result.ok, "checked": result.checked,
                          "first_broken": result.first_broken, "reason": result.reason}))
    elif result.ok:
        print(translate("Cli", "Ledger intact: %n entries, every link checked.", None, result.checked))
    else:
        print(translate("Cli", "Ledger BROKEN at entry %1: %2. (%n entries before it are intact.)", None,
                        result.checked).replace("%1", str(result.first_broken)).replace("%2", str(result.reason)))
    return 0 if result.ok else 1


def run_show(args, context) -> int:
    conn = open_vault(context.paths, context.keystore(), create=False).connect()
    try:
        items = ledger.entries(conn)
    finally:
        conn.close()
    if args.json:
        print(json.dumps([{"seq": e.seq, "t": e.t, "kind": e.kind, "body": e.body} for e in items], indent=1))
        return 0
    for e in items:
        when = dt.datetime.fromtimestamp(e.t).strftime("%Y-%m-%d %H:%M:%S")
        print(f"{e.seq:>6}  {when}  {describe(e)}")
    return 0
