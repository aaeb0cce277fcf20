"""`airlock init` creates this user's vault and key; `airlock forget-me --yes` removes both."""

from __future__ import annotations

import shutil

from app.core.errors import KnownError
from app.core.i18n import translate
from app.vault.vault import VAULT_KEY_NAME, open_vault, vault_state

DEVICE_KEY_NAME = "device-signing-key"


def register(subparsers) -> None:
    init = subparsers.add_parser("init", help="create the encrypted vault and its key (done on first start too)")
    init.set_defaults(func=run_init)
    forget = subparsers.add_parser("forget-me", help="delete this user's vault, logs and keys for good")
    forget.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    forget.set_defaults(func=run_forget)


def run_init(args, context) -> int:
    keystore = context.keystore()
    open_vault(context.paths, keystore)
    _state, detail = vault_state(context.paths, keystore)
    print(translate("Cli", "Vault: %1 (%2).").replace("%1", str(context.paths.vault)).replace("%2", detail))
    return 0


def run_forget(args, context) -> int:
    if not args.yes:
        raise KnownError(translate("Cli", "This deletes everything Airlock holds for you, for good."),
                         translate("Cli", "Run again with --yes to confirm."))
    keystore = context.keystore()
    for directory in {context.paths.data_dir, context.paths.log_dir, context.paths.run_dir}:
        shutil.rmtree(directory, ignore_errors=True)
    # Keys go last: a vault without a key is unreadable, a key without a vault is harmless.
    for name in (VAULT_KEY_NAME, DEVICE_KEY_NAME):
        keystore.delete(name)
    print(translate("Cli", "Removed %1 and Airlock's keys for it from the keyring.").replace(
        "%1", str(context.paths.data_dir)))
    return 0
