"""Policy files: reading them, checking their signature, and the rules for evaluation files.

Which policy is in force, with the OS's managed settings laid over it, is decided in
app/policy/managed/effective.py; this module knows files only:
- a managed policy file must carry a valid detached signature (`policy.toml.sig`) by a key in the
  `trusted-keys` directory beside it (or where the managed settings say);
- a file named with `--policy FILE` / AIRLOCK_POLICY (evaluation and tests): if `FILE.sig` exists
  it must verify; a file that says `managed = true` must be signed; an unsigned evaluation file is
  accepted with `managed=False` and a visible warning.

Anything wrong (unreadable, unsigned, tampered, invalid) raises PolicyError: no capture, and a
message naming the file and the problem.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from app.core.errors import PolicyError
from app.core.i18n import fill, translate
from app.policy.file.parser import parse_policy
from app.policy.file.signature import ASK_IT_HINT, load_trusted_keys, signature_path, verify_policy_signature
from app.policy.model import Policy

POLICY_ENV = "AIRLOCK_POLICY"
POLICY_FILE_NAME = "policy.toml"
TRUSTED_KEYS_DIR_NAME = "trusted-keys"
MAX_POLICY_BYTES = 1_000_000  # a policy is a few KB; refuse absurd files instead of parsing them
EVALUATION_WARNING = ("This is an unsigned evaluation policy ({source}): it is not your organisation's "
                      "signed policy and is not enforced.")


def default_trusted_keys_dir(managed_path: Path) -> Path:
    """Trusted organisation keys sit beside the managed policy (e.g. /etc/airlock/trusted-keys/)."""
    return managed_path.parent / TRUSTED_KEYS_DIR_NAME


def present(path: Path) -> bool:
    """Whether a file is at `path`; unreadable locations count as present (fail closed)."""
    try:
        return path.exists()
    except OSError:
        return True


def read_policy_bytes(path: Path) -> bytes:
    """The file's bytes (signatures cover exact bytes); PolicyError if unreadable or absurdly large."""
    try:
        if not path.is_file():
            raise PolicyError(fill(translate("Errors", "%1: not a policy file (it is missing or a directory)"), path),
                              translate("Errors", ASK_IT_HINT))
        with path.open("rb") as handle:
            data = handle.read(MAX_POLICY_BYTES + 1)
    except OSError as exc:
        raise PolicyError(fill(translate("Errors", "%1: cannot read the policy (%2)"), path, exc.strerror or exc),
                          translate("Errors", ASK_IT_HINT)) from None
    if len(data) > MAX_POLICY_BYTES:
        raise PolicyError(fill(translate("Errors", "%1: the policy file is too large (over %2 bytes)"),
                               path, MAX_POLICY_BYTES),
                          translate("Errors", ASK_IT_HINT))
    return data


def _read_text(path: Path) -> str:
    try:
        return read_policy_bytes(path).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PolicyError(fill(translate("Errors", "%1: not UTF-8 text (byte %2)"), path, exc.start),
                          translate("Errors", ASK_IT_HINT)) from None


def parse_policy_bytes(data: bytes, path: Path) -> Policy:
    """Decode (UTF-8, an optional byte-order mark) and parse; PolicyError naming `path` otherwise."""
    try:
        text = data.decode("utf-8-sig")  # Notepad's byte-order mark is harmless
    except UnicodeDecodeError as exc:
        raise PolicyError(fill(translate("Errors", "%1: not UTF-8 text (byte %2)"), path, exc.start),
                          translate("Errors", ASK_IT_HINT)) from None
    return parse_policy(text, str(path))


def _verified(data: bytes, path: Path, trusted_keys_dir: Path) -> Policy:
    """Verify `path`'s detached signature over `data`, then parse; the result is managed."""
    return verified_policy_and_text(data, path, trusted_keys_dir)[0]


def verified_policy_and_text(data: bytes, path: Path, trusted_keys_dir: Path) -> tuple[Policy, str]:
    """`_verified`, also returning the verified text (managed settings are laid over its keys)."""
    sig_path = signature_path(path)
    if not present(sig_path):
        raise PolicyError(fill(translate("Errors", "%1: the policy is not signed (%2 is missing)"),
                               path, sig_path.name),
                          translate("Errors", ASK_IT_HINT))
    trusted = load_trusted_keys(trusted_keys_dir)
    if not trusted:
        raise PolicyError(fill(translate("Errors", "%1: no trusted policy keys are installed in %2, so the signature "
                                                   "cannot be checked"), path, trusted_keys_dir),
                          translate("Errors", ASK_IT_HINT))
    info = verify_policy_signature(data, _read_text(sig_path), trusted, str(sig_path))
    policy = parse_policy_bytes(data, path)
    text = data.decode("utf-8-sig")  # parse_policy_bytes decoded it already: it cannot fail here
    return dataclasses.replace(policy, managed=True, source=str(path), signer_key_id=info.key_id), text


def load_managed_policy(path: Path, trusted_keys_dir: Path) -> Policy:
    """The policy at the managed location: signature required, always."""
    return _verified(read_policy_bytes(path), path, trusted_keys_dir)


def load_evaluation_policy(path: Path, trusted_keys_dir: Path) -> Policy:
    """A policy named with --policy / AIRLOCK_POLICY (see the module docstring for the rules)."""
    data = read_policy_bytes(path)
    if present(signature_path(path)):
        return _verified(data, path, trusted_keys_dir)
    policy = parse_policy_bytes(data, path)
    if policy.managed:
        raise PolicyError(
            fill(translate("Errors", "%1: says managed = true but is not signed (%2 is missing)"),
                 path, signature_path(path).name),
            translate("Errors", "Sign it with `airlock policy sign --key KEY FILE`, or set managed = false to "
                                "evaluate it."),
        )
    warning = EVALUATION_WARNING.format(source=path)
    return dataclasses.replace(policy, source=str(path), warnings=(warning, *policy.warnings))


def same_file(first: Path, second: Path) -> bool:
    """Whether two paths name one file (a missing one is never the same)."""
    try:
        return first.resolve() == second.resolve() or first.samefile(second)
    except OSError:
        return False


def still_valid(policy: Policy, today: date | None = None) -> Policy:
    """The policy, unless its `valid_until` day has passed: then nothing may be captured under it."""
    today = today or date.today()
    if policy.valid_until is not None and today > policy.valid_until:
        raise PolicyError(fill(translate("Errors", "%1: the policy applied until %2; it has expired, so nothing is "
                                                   "captured."), policy.source, policy.valid_until.isoformat()),
                          translate("Errors", "Ask IT for the renewed policy (a signed file with a later "
                                              "valid_until)."))
    return policy
