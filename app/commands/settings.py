"""`airlock settings [--language CODE|system]`: my personal settings that have a command-line form.

The language is the one so far: the same personal setting as the settings dialog's "Language",
saved through the operations (a ledger entry; the running app switches at once) and mirrored beside
the vault for the CLI (app/core/language_choice.py).
"""

from __future__ import annotations

import dataclasses

from app.core import i18n
from app.core.errors import KnownError
from app.core.i18n import translate
from app.vault.operations.settings import load_personal
from app.vault.vault import open_vault

SYSTEM = "system"


def register(subparsers) -> None:
    parser = subparsers.add_parser("settings", help="show or change my personal settings (the language)")
    parser.add_argument("--language", metavar="CODE",
                        help=f'the language of Airlock\'s windows and output ("de", "en"), or "{SYSTEM}"')
    parser.set_defaults(func=run)


def run(args, context) -> int:
    conn = open_vault(context.paths, context.keystore(), create=False).connect()
    try:
        current = load_personal(conn)
    finally:
        conn.close()
    if args.language is None:
        print(_language_line(current.language))
        return 0
    language = None if args.language == SYSTEM else _known(args.language)
    from app.commands.routing import operations_for

    with operations_for(context) as operations:
        operations.save_personal(dataclasses.replace(current, language=language)).result()
    i18n.set_language(language)  # the answer in the language just chosen
    print(_language_line(language))
    return 0


def _known(code: str) -> str:
    if code not in i18n.available_languages():
        raise KnownError(translate("Cli", "There is no translation for “%1”.").replace("%1", code),
                         translate("Cli", "Choose one of: %1.").replace(
                             "%1", ", ".join([*i18n.available_languages(), SYSTEM])))
    return code


def _language_line(language: str | None) -> str:
    if language is None:
        system = i18n.resolve(i18n.system_language())
        return translate("Cli", "Language: as the system (%1)").replace("%1", i18n.LANGUAGE_NAMES.get(system, system))
    return translate("Cli", "Language: %1").replace("%1", i18n.LANGUAGE_NAMES.get(language, language))
