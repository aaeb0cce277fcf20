"""`airlock export --to DIR [--zip]`: download everything the vault holds about you."""

from __future__ import annotations

import sys

from app.core.i18n import translate
from app.policy.file.canonical import policy_to_mapping
from app.vault.export import export_all
from app.vault.vault import open_vault


def register(subparsers) -> None:
    parser = subparsers.add_parser("export", help="download my data: every segment, event, screenshot, flag and the ledger")
    parser.add_argument("--to", required=True, metavar="DIR", help="folder to write the export into")
    parser.add_argument("--zip", action="store_true", help="one .zip file instead of a folder")
    parser.set_defaults(func=run)


def run(args, context) -> int:
    conn = open_vault(context.paths, context.keystore(), create=False).connect()
    try:
        result = export_all(conn, args.to, policy_to_mapping(context.policy()), context.clock.now(),
                            as_zip=args.zip, progress=_progress_bar)
    finally:
        conn.close()
    print(file=sys.stderr)
    print(translate("Cli", "Exported %1, %2 and %3 to %4").replace(
        "%1", translate("Cli", "%n segment(s)", None, result.segments)).replace(
        "%2", translate("Cli", "%n event(s)", None, result.events)).replace(
        "%3", translate("Cli", "%n screenshot(s)", None, result.frames)).replace("%4", str(result.path)))
    print(translate("Cli", "Open %1 to read it.").replace(
        "%1", str(result.path / "index.html" if not args.zip else result.path)))
    return 0


def _progress_bar(done: int, total: int) -> None:
    width = 30
    filled = width * done // max(total, 1)
    count = translate("Cli", "%1/%n segment(s)", None, total).replace("%1", str(done))
    print(f"\r[{'#' * filled}{'.' * (width - filled)}] {count}", end="", file=sys.stderr, flush=True)
