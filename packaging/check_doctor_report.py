"""Check an `airlock doctor --json` report from an installed copy (used by the installer CI jobs).

    airlock doctor --json | python packaging/check_doctor_report.py [--keyring-backend NAME]
        [--setting KEY=VALUE@ORIGIN-PREFIX ...]

Fails (exit 1, with the reasons) unless the report shows a frozen build, an accepted keyring
backend that is not keyring's `fail` or `null`, a SQLCipher version and every icon loaded, and
each `--setting` in force with that value, read from a place starting with ORIGIN-PREFIX (the
registry on Windows, the managed preferences on macOS).
"""

from __future__ import annotations

import argparse
import json
import sys


def problems(report: dict, expected_backend: str | None, settings: tuple[str, ...] = ()) -> list[str]:
    """What is wrong with the report (empty when it passes)."""
    found = []
    policy = report.get("policy", {})
    if policy.get("refused"):
        found.append(f"the policy cannot be used: {policy['refused']}")
    in_force = {entry.get("key"): entry for entry in policy.get("settings", [])}
    for wanted in settings:
        key, _, rest = wanted.partition("=")
        value, _, origin = rest.partition("@")
        entry = in_force.get(key)
        if entry is None or entry.get("value") != value or not str(entry.get("from", "")).startswith(origin):
            found.append(f"setting {key} is {entry}, expected {value!r} from {origin}...")
    keyring = report.get("keyring", {})
    backend = str(keyring.get("backend", ""))
    if not keyring.get("accepted"):
        found.append(f"keyring backend {backend!r} not accepted: {keyring.get('reason')}")
    if backend.lower().split(".")[-1] in ("", "fail", "null") or "fail" in backend.lower():
        found.append(f"keyring backend is {backend!r}")
    if expected_backend and expected_backend.lower() not in backend.lower():
        found.append(f"keyring backend {backend!r} is not {expected_backend!r}")
    if not report.get("sqlcipher"):
        found.append("no SQLCipher version reported")
    if not report.get("frozen"):
        found.append("not the frozen build")
    icons = report.get("icons", {})
    if not icons.get("all_loaded") or not icons.get("count"):
        found.append(f"icons not all loaded: {icons}")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keyring-backend", help="a substring the backend's name must contain")
    parser.add_argument("--setting", action="append", default=[], metavar="KEY=VALUE@ORIGIN",
                        help="a setting that must be in force with this value, read from ORIGIN...")
    args = parser.parse_args()
    text = sys.stdin.read()
    try:
        report = json.loads(text)
    except json.JSONDecodeError as exc:
        print(f"doctor printed no JSON ({exc}):\n{text}", file=sys.stderr)
        return 1
    found = problems(report, args.keyring_backend, tuple(args.setting))
    for problem in found:
        print(f"doctor report: {problem}", file=sys.stderr)
    print(json.dumps(report, indent=2))
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
