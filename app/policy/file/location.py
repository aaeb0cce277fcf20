"""Which policy is in force, read from where, and checked how.

Order of precedence:
1. A managed policy at the per-OS managed location (Linux `/etc/airlock/policy.toml`, Windows
   `%ProgramData%\\Airlock\\policy.toml`, macOS `/Library/Application Support/Airlock/policy.toml`).
   It must carry a valid detached signature (`policy.toml.sig`) by a key in the `trusted-keys`
   directory beside it. While it exists, `--policy` / AIRLOCK_POLICY naming another file is refused:
   an employee cannot swap the organisation's policy for their own.
2. Otherwise `--policy FILE` or AIRLOCK_POLICY (evaluation and tests). If `FILE.sig` exists it
   must verify against the trusted keys (the policy is then managed); a file that says
   `managed = true` must be signed; an unsigned evaluation file is accepted with `managed=False`
   and a visible warning.
3. Otherwise the built-in default (app/policy/model.py `default_policy`).

Anything wrong (unreadable, unsigned, tampered, invalid) raises PolicyError: no capture, and a
message naming the file and the problem.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Mapping
from datetime import date
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

from app.core.errors import PolicyError
from app.core.paths import Paths
from app.policy.file.parser import default_policy, parse_policy
from app.policy.file.signature import ASK_IT_HINT, load_trusted_keys, signature_path, verify_policy_signature
from app.policy.model import Policy

POLICY_ENV = "AIRLOCK_POLICY"
POLICY_FILE_NAME = "policy.toml"
TRUSTED_KEYS_DIR_NAME = "trusted-keys"
MAX_POLICY_BYTES = 1_000_000  # a policy is a few KB; refuse absurd files instead of parsing them
EVALUATION_WARNING = ("This is an unsigned evaluation policy ({source}): it is not your organisation's "
                      "signed policy and is not enforced.")
_WINDOWS_PROGRAM_DATA = r"C:\ProgramData"


def managed_dir_for(platform: str, program_data: str | None = None) -> PurePath:
    """The managed-policy directory of an OS (`platform` as in sys.platform)."""
    if platform.startswith("win"):
        return PureWindowsPath(program_data or _WINDOWS_PROGRAM_DATA) / "Airlock"
    if platform == "darwin":
        return PurePosixPath("/Library/Application Support/Airlock")
    return PurePosixPath("/etc/airlock")


def _windows_program_data() -> str | None:
    """ProgramData from the machine registry, not the environment, which a user can change."""
    try:
        import winreg

        key = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList"
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, key) as handle:
            value, _ = winreg.QueryValueEx(handle, "ProgramData")
        return os.path.expandvars(str(value))
    except (ImportError, OSError):
        return None


def default_managed_policy_path() -> Path:
    """The managed policy file on this OS."""
    program_data = _windows_program_data() if sys.platform.startswith("win") else None
    return Path(managed_dir_for(sys.platform, program_data)) / POLICY_FILE_NAME


def default_trusted_keys_dir(managed_path: Path) -> Path:
    """Trusted organisation keys sit beside the managed policy (e.g. /etc/airlock/trusted-keys/)."""
    return managed_path.parent / TRUSTED_KEYS_DIR_NAME


def _present(path: Path) -> bool:
    """Whether a file is at `path`; unreadable locations count as present (fail closed)."""
    try:
        return path.exists()
    except OSError:
        return True


def read_policy_bytes(path: Path) -> bytes:
    """The file's bytes (signatures cover exact bytes); PolicyError if unreadable or absurdly large."""
    try:
        if not path.is_file():
            raise PolicyError(f"{path}: not a policy file (it is missing or a directory)", ASK_IT_HINT)
        with path.open("rb") as handle:
            data = handle.read(MAX_POLICY_BYTES + 1)
    except OSError as exc:
        raise PolicyError(f"{path}: cannot read the policy ({exc.strerror or exc})", ASK_IT_HINT) from None
    if len(data) > MAX_POLICY_BYTES:
        raise PolicyError(f"{path}: the policy file is too large (over {MAX_POLICY_BYTES} bytes)", ASK_IT_HINT)
    return data


def _read_text(path: Path) -> str:
    try:
        return read_policy_bytes(path).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PolicyError(f"{path}: not UTF-8 text (byte {exc.start})", ASK_IT_HINT) from None


def parse_policy_bytes(data: bytes, path: Path) -> Policy:
    """Decode (UTF-8, an optional byte-order mark) and parse; PolicyError naming `path` otherwise."""
    try:
        text = data.decode("utf-8-sig")  # Notepad's byte-order mark is harmless
    except UnicodeDecodeError as exc:
        raise PolicyError(f"{path}: not UTF-8 text (byte {exc.start})", ASK_IT_HINT) from None
    return parse_policy(text, str(path))


def _verified(data: bytes, path: Path, trusted_keys_dir: Path) -> Policy:
    """Verify `path`'s detached signature over `data`, then parse; the result is managed."""
    sig_path = signature_path(path)
    if not _present(sig_path):
        raise PolicyError(f"{path}: the policy is not signed ({sig_path.name} is missing)", ASK_IT_HINT)
    trusted = load_trusted_keys(trusted_keys_dir)
    if not trusted:
        raise PolicyError(f"{path}: no trusted policy keys are installed in {trusted_keys_dir}, so the "
                          "signature cannot be checked", ASK_IT_HINT)
    info = verify_policy_signature(data, _read_text(sig_path), trusted, str(sig_path))
    policy = parse_policy_bytes(data, path)
    return dataclasses.replace(policy, managed=True, source=str(path), signer_key_id=info.key_id)


def load_managed_policy(path: Path, trusted_keys_dir: Path) -> Policy:
    """The policy at the managed location: signature required, always."""
    return _verified(read_policy_bytes(path), path, trusted_keys_dir)


def load_evaluation_policy(path: Path, trusted_keys_dir: Path) -> Policy:
    """A policy named with --policy / AIRLOCK_POLICY (see the module docstring for the rules)."""
    data = read_policy_bytes(path)
    if _present(signature_path(path)):
        return _verified(data, path, trusted_keys_dir)
    policy = parse_policy_bytes(data, path)
    if policy.managed:
        raise PolicyError(
            f"{path}: says managed = true but is not signed ({signature_path(path).name} is missing)",
            "Sign it with `airlock policy sign --key KEY FILE`, or set managed = false to evaluate it.",
        )
    warning = EVALUATION_WARNING.format(source=path)
    return dataclasses.replace(policy, source=str(path), warnings=(warning, *policy.warnings))


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.resolve() == second.resolve() or first.samefile(second)
    except OSError:
        return False


def load_effective_policy(paths: Paths, policy_arg: str | None, env: Mapping[str, str],
                          managed_path: Path | None = None, trusted_keys_dir: Path | None = None,
                          today: date | None = None) -> Policy:
    """The policy in force for this run. `managed_path`/`trusted_keys_dir` default to the OS's.

    Tests must pass both: unit tests never read the real /etc/airlock. Personal settings are not
    applied here (see app/policy/personal.py `effective_policy`).
    """
    managed_path = Path(managed_path) if managed_path is not None else default_managed_policy_path()
    keys_dir = Path(trusted_keys_dir) if trusted_keys_dir is not None else default_trusted_keys_dir(managed_path)
    override, origin = (policy_arg, "--policy") if policy_arg else (env.get(POLICY_ENV) or None, POLICY_ENV)
    if _present(managed_path):
        if override and not _same_file(Path(override), managed_path):
            raise PolicyError(
                f"A managed policy is in force on this computer ({managed_path}); {origin} cannot replace it.",
                f"Remove {origin} to run with your organisation's policy. You can make it stricter in "
                "your personal settings, never looser.",
            )
        return still_valid(load_managed_policy(managed_path, keys_dir), today)
    if override:
        return still_valid(load_evaluation_policy(Path(override).expanduser(), keys_dir), today)
    return default_policy(paths.data_dir)


def still_valid(policy: Policy, today: date | None = None) -> Policy:
    """The policy, unless its `valid_until` day has passed: then nothing may be captured under it."""
    today = today or date.today()
    if policy.valid_until is not None and today > policy.valid_until:
        raise PolicyError(f"{policy.source}: the policy applied until {policy.valid_until.isoformat()}; "
                          "it has expired, so nothing is captured.",
                          "Ask IT for the renewed policy (a signed file with a later valid_until).")
    return policy
