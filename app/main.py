"""The composition root: parse the command line, build the objects a command needs, run it.

`airlock` alone starts the desktop app; sub-commands drive Airlock without windows.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import logging.handlers
import sys

from app import APP_NAME, __version__
from app.core.errors import KnownError
from app.core.log_guard import ContentGuard
from app.core.paths import make_private_file

# Sub-command modules under app/commands, registered in this order (the order of --help).
COMMAND_MODULES = (
    "desktop",
    "record",
    "control",
    "review",
    "consent",
    "policy",
    "release",
    "export",
    "ledger",
    "doctor",
    "scanning",
    "scan_child",
    "profile",
    "settings",
    "dev",
)


# Which module registers each command, so a run imports only what it uses (an `airlock pause`
# typed in a terminal should act at once, not after importing the capture and release stacks).
COMMAND_HOMES = {
    "app": "desktop", "record": "record",
    "status": "control", "pause": "control", "resume": "control", "delete": "control", "flag": "control",
    "review": "review", "search": "review", "consent": "consent", "policy": "policy",
    "approve": "release", "release": "release", "releases": "release", "withdraw": "release",
    "collect": "release", "keys": "release", "export": "export", "ledger": "ledger", "doctor": "doctor",
    "scan": "scanning", "suggestions": "scanning", "scan-worker": "scan_child",
    "init": "profile", "forget-me": "profile", "settings": "settings", "dev": "dev",
}


def _chosen_command(argv: list[str]) -> str | None:
    """The first word that names a command (options with values are skipped)."""
    takes_value = {"--data-dir", "--policy"}
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word in takes_value:
            skip = True
        elif not word.startswith("-"):
            return word
    return None


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="airlock",
        description=f"{APP_NAME} {__version__}: capture of computer use that you review before anything leaves.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="use this data directory instead of the per-user default (also AIRLOCK_DATA_DIR)")
    parser.add_argument("--policy", metavar="FILE",
                        help="evaluate with this policy file (also AIRLOCK_POLICY); refused while a managed policy is in force")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more (never captured content)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    chosen = COMMAND_HOMES.get(_chosen_command(argv or []) or "")
    for name in COMMAND_MODULES if chosen is None else (chosen,):
        try:
            module = importlib.import_module(f"app.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"app.commands.{name}":
                raise
            continue  # a command family not built into this version
        module.register(subparsers)
    return parser


def setup_logging(context, verbose: bool) -> None:
    """Log to stderr (warnings) and to a private file; the content guard sits on every handler."""
    root = logging.getLogger("airlock")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    guard = ContentGuard()
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.addFilter(guard)
    console.setFormatter(logging.Formatter("airlock: %(message)s"))
    root.addHandler(console)
    try:
        context.paths.ensure()
        handler = logging.handlers.RotatingFileHandler(context.paths.log_file, maxBytes=1_000_000, backupCount=2)
        make_private_file(context.paths.log_file)
    except OSError:
        return  # an unwritable log dir must not stop the app; stderr still gets warnings
    handler.addFilter(guard)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def speak_the_chosen_language(paths) -> None:
    """The employee's language from the settings (mirrored beside the vault: one small file, no
    keyring), else the system's. The desktop app reads the vault's own setting again at start."""
    from app.core import i18n
    from app.core.language_choice import read_choice

    chosen = read_choice(paths.data_dir)
    if chosen is not None:
        i18n.set_language(chosen)


def main(argv: list[str] | None = None) -> int:
    from app.commands.context import CommandContext

    argv = list(sys.argv[1:] if argv is None else argv)
    if _chosen_command(argv) is None and not {"-h", "--help", "--version"} & set(argv):
        argv.append("app")  # `airlock` alone starts the desktop app
    args = build_parser(argv).parse_args(argv)
    if getattr(args, "json", False):
        # Machine output is not translated: --json answers (messages and errors included) stay English.
        from app.core.i18n import SOURCE_LANGUAGE, set_language

        set_language(SOURCE_LANGUAGE)
    context = CommandContext(args)
    speak_the_chosen_language(context.paths)
    setup_logging(context, args.verbose)
    try:
        return int(args.func(args, context) or 0)
    except KnownError as error:
        print(f"airlock: {error.message}", file=sys.stderr)
        if error.hint:
            print(error.hint, file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130


def main_gui() -> int:
    """Entry point of the windowed executable: the desktop app unless a command is given."""
    return main()
