"""The employee's chosen language, mirrored beside the vault so the CLI can speak it cheaply.

The choice itself is a personal setting inside the encrypted vault (saved with its ledger entry).
Opening the vault needs the keyring and costs about 110 ms (20 µs for this file), which `airlock pause` or
`airlock status` should not pay just to pick a catalogue, and which a command whose vault cannot
be opened (the keyring locked or absent: "the vault cannot be read") cannot pay at all. So whenever the setting is saved, its
language code alone — "de", nothing captured, nothing secret — is written to a one-line file in the
profile's data dir (0600, in the 0700 dir), and every command reads that file at start. The file
lives and dies with the profile: `forget-me` removes it with the vault, and `--data-dir` profiles
keep their own. A missing or unreadable file means "as the system".
"""

from __future__ import annotations

import os
import re
from pathlib import Path

FILE_NAME = "language"
_CODE = re.compile(r"[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})?")  # "de", "pt_BR", "qps"


def read_choice(directory: Path) -> str | None:
    """The language code mirrored in `directory`, or None (as the system)."""
    try:
        text = (directory / FILE_NAME).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text if _CODE.fullmatch(text) else None


def write_choice(directory: Path, language: str | None) -> None:
    """Mirror `language` (None: as the system, the file goes). Replaced atomically; best effort —
    the vault holds the setting, and a failure here only leaves the CLI in the system's language."""
    target = directory / FILE_NAME
    try:
        if language is None or not _CODE.fullmatch(language):
            target.unlink(missing_ok=True)
            return
        temporary = directory / f".{FILE_NAME}.tmp"
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as file:
            file.write(language + "\n")
        os.replace(temporary, target)
    except OSError:
        return
