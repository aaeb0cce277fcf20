"""`airlock policy sign|verify|show|keygen`: the organisation's policy, signed and checked.

IT creates a signing key once (`keygen`), signs each policy (`sign`), and installs the policy, its
`.sig` and the public key on every machine; `verify` checks a file the way Airlock will.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.errors import PolicyError
from app.core.i18n import fill, translate
from app.policy.consent.summary import consent_scope
from app.policy.file.canonical import policy_to_mapping
from app.policy.file.location import (
    POLICY_ENV,
    load_evaluation_policy,
    load_managed_policy,
    parse_policy_bytes,
    read_policy_bytes,
)
from app.policy.file.signature import (
    key_id,
    load_private_key,
    private_key_pem,
    public_key_pem,
    sign_policy,
    signature_path,
)
from app.policy.file.toml_writer import policy_to_toml
from app.policy.managed.effective import policy_location, value_words
from app.policy.managed.settings import managed_store_for

PRIVATE_KEY_NAME = "policy-signing.key"
PUBLIC_KEY_NAME = "policy-signing.pub"


def register(subparsers) -> None:
    parser = subparsers.add_parser("policy", help="sign, verify and show the organisation's policy")
    actions = parser.add_subparsers(dest="policy_action", required=True, metavar="ACTION")

    sign = actions.add_parser("sign", help="sign a policy file with the organisation's key (writes FILE.sig)")
    sign.add_argument("--key", required=True, type=Path, help="the private signing key (from `policy keygen`)")
    sign.add_argument("file", type=Path, metavar="FILE")
    sign.set_defaults(func=run_sign)

    verify = actions.add_parser("verify", help="check a policy's signature and contents as Airlock will")
    verify.add_argument("file", type=Path, nargs="?", metavar="FILE",
                        help="default: --policy / AIRLOCK_POLICY, else the managed location")
    verify.add_argument("--trusted-keys", type=Path, metavar="DIR",
                        help="directory of trusted public keys (default: trusted-keys beside the managed policy)")
    verify.set_defaults(func=run_verify)

    show = actions.add_parser("show", help="show the policy in force")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=run_show)

    keygen = actions.add_parser("keygen", help="create the organisation's policy-signing key pair")
    keygen.add_argument("--out", required=True, type=Path, metavar="DIR")
    keygen.set_defaults(func=run_keygen)


def run_sign(args, context) -> int:
    key = load_private_key(args.key)
    data = read_policy_bytes(args.file)
    policy = parse_policy_bytes(data, args.file)  # never sign a policy Airlock would refuse
    target = signature_path(args.file)
    target.write_text(sign_policy(data, key), encoding="utf-8")
    print(fill(translate("Cli", "Signed %1 with key %2; wrote %3."), args.file, key_id(key.public_key()), target))
    if not policy.managed:
        print(translate("Cli", "Note: the policy does not say `managed = true`; at the managed location it is "
                        "enforced anyway."))
    print(translate("Cli", "Install the policy and its .sig in the managed location, and the public key in its "
                    "trusted-keys directory."))
    return 0


def run_verify(args, context) -> int:
    managed_path, managed_keys = policy_location(managed_store_for().read())
    named = args.file or getattr(context.args, "policy", None) or os.environ.get(POLICY_ENV)
    file = Path(named) if named else managed_path
    keys_dir = args.trusted_keys or managed_keys
    if not named:
        policy = load_managed_policy(file, keys_dir)
    elif not signature_path(file).exists():
        raise PolicyError(fill(translate("Errors", "%1: the policy is not signed (%2 is missing)"), file,
                               signature_path(file).name),
                          translate("Errors", "Sign it with `airlock policy sign --key KEY FILE`."))
    else:
        policy = load_evaluation_policy(file, keys_dir)
    print(fill(translate("Cli", "OK: %1 is valid and signed by trusted key %2."), file, policy.signer_key_id))
    print(fill(translate("Cli", "Policy hash %1"), policy.content_hash))
    for warning in policy.warnings:
        print(fill(translate("Cli", "Warning: %1"), warning))
    return 0


def run_show(args, context) -> int:
    resolved = context.resolved_policy()
    policy = resolved.policy
    if args.json:
        print(json.dumps({
            "source": policy.source,
            "settings": {source.key: {"value": source.value, "from": source.origin} for source in resolved.sources},
            "managed": policy.managed,
            "signer_key_id": policy.signer_key_id or None,
            "policy_hash": policy.content_hash,
            "consent_scope": consent_scope(policy),
            "warnings": list(policy.warnings),
            "policy": policy_to_mapping(policy),
        }, indent=2, ensure_ascii=False))
        return 0
    # The comments are in the reader's language; the TOML below them is the policy itself, as signed.
    origin = fill(translate("Cli", "signed by key %1"), policy.signer_key_id) if policy.managed else translate(
        "Cli", "not signed")
    print("# " + fill(translate("Cli", "Policy in force: %1 (%2)"), policy.source, origin))
    print("# " + fill(translate("Cli", "Policy hash: %1"), policy.content_hash))
    for line in translate("Cli", "The built-in exclusions (password managers, authenticators, private browsing, "
                          "login prompts)\nalways apply and are not listed below.").splitlines():
        print("# " + line)
    for warning in policy.warnings:
        print("# " + fill(translate("Cli", "Warning: %1"), warning))
    managed_here = [source for source in resolved.sources if source.origin.startswith(resolved.store)]
    if managed_here:
        print("# " + fill(translate("Cli", "Set by the OS's managed settings (%1):"), resolved.store))
        for source in managed_here:
            print(f"#   {source.key} = {value_words(source.value)}")
    print()
    print(policy_to_toml(policy), end="")
    return 0


def run_keygen(args, context) -> int:
    out: Path = args.out
    private_path, public_path = out / PRIVATE_KEY_NAME, out / PUBLIC_KEY_NAME
    for path in (private_path, public_path):
        if path.exists():
            raise PolicyError(fill(translate("Errors", "%1 already exists; not overwriting a signing key."), path),
                              translate("Errors", "Choose another --out directory, or move the old key away first."))
    out.mkdir(parents=True, exist_ok=True)
    key = Ed25519PrivateKey.generate()
    # Created 0600 from the start: the private key is never readable by others, not even briefly.
    descriptor = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(private_key_pem(key))
    public_path.write_bytes(public_key_pem(key.public_key()))
    print(fill(translate("Cli", "Created the policy-signing key %1:"), key_id(key.public_key())))
    print("  " + fill(translate("Cli", "private: %1 (keep it offline; only for `airlock policy sign`)"), private_path))
    print("  " + fill(translate("Cli", "public: %1 (install it in the trusted-keys directory on every machine, "
                                "e.g. %2/)"), public_path, policy_location(managed_store_for().read())[1]))
    return 0
