"""Release commands: approve, release (--dry-run), releases, withdraw, collect, keys.

Window titles are captured content: `release --dry-run` prints them to this terminal only; nothing
here logs them.
"""

from __future__ import annotations

import datetime
import getpass
import json
import logging
import re
import sys
from pathlib import Path

from app.collect.limits import MIB, CollectLimits
from app.core.errors import KnownError
from app.core.i18n import QT_TRANSLATE_NOOP, fill, format_number, translate
from app.core.log_guard import safe
from app.release.service import PENDING_DIR_NAME, ReleaseService, blocked_words

log = logging.getLogger("airlock.release")

DEFAULT_BUNDLE_MB = CollectLimits().max_bundle_bytes // MIB

_DURATION = re.compile(r"^(\d+(?:\.\d+)?)([smhd])$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def _positive_int(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(fill(translate("Errors", "%1 is not a positive whole number"), repr(text)))
    return value


def register(subparsers) -> None:
    approve = subparsers.add_parser("approve", help="approve held segments for release")
    which = approve.add_mutually_exclusive_group(required=True)
    which.add_argument("--last", metavar="DURATION", help="segments of the last DURATION (e.g. 1h, 30m, 2d)")
    which.add_argument("--segment", metavar="ID", type=int, nargs="+", help="these segment ids")
    approve.set_defaults(func=run_approve)

    release = subparsers.add_parser("release", help="send what the release gate allows now (sealed and signed)")
    release.add_argument("--dry-run", action="store_true", help="print exactly what would leave; send nothing")
    release.set_defaults(func=run_release)

    releases = subparsers.add_parser("releases", help="what left this computer: when, where, receipts")
    releases.add_argument("--json", action="store_true", help="machine-readable output")
    releases.set_defaults(func=run_releases)

    withdraw = subparsers.add_parser("withdraw", help="withdraw a released bundle (signed notice to the destination)")
    withdraw.add_argument("bundle", metavar="BUNDLE", help="bundle id (see `airlock releases`)")
    withdraw.set_defaults(func=run_withdraw)

    collect = subparsers.add_parser("collect", help="data team: verify, open and unpack bundles; apply withdrawals")
    collect.add_argument("--from", dest="source", required=True, metavar="URL",
                         help="file:///folder or s3://bucket/prefix (S3 credentials from the AWS environment)")
    collect.add_argument("--identity", required=True, metavar="FILE", help="the organisation's age identity file")
    collect.add_argument("--trusted-devices", required=True, metavar="DIR", help="folder of device public keys (PEM)")
    output = collect.add_mutually_exclusive_group(required=True)
    output.add_argument("--dataset", metavar="DIR", help="unpack each bundle into DIR/<bundle-id>/ (small sites)")
    output.add_argument("--to", metavar="URL", help="write Delta Lake tables to s3://bucket/prefix or a folder "
                        "(docs/dataset.md)")
    lake = collect.add_argument_group("lake output (--to)")
    lake.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes (each takes a shard)")
    lake.add_argument("--shard", metavar="I/N", help="this machine's shard of the devices (several machines)")
    lake.add_argument("--signing-key", metavar="FILE", help="the collector's Ed25519 key that signs run logs")
    lake.add_argument("--work-dir", metavar="DIR", help="private local folder for batches in flight "
                      "(default ~/.cache/airlock-collector)")
    lake.add_argument("--retention-hours", type=int, default=0, metavar="H",
                      help="how long files a withdrawal removed stay for readers of old versions (default 0)")
    lake.add_argument("--batch-mb", type=int, default=256, metavar="MB", help="commit a batch at this size")
    lake.add_argument("--batch-bundles", type=int, default=500, metavar="N", help="commit a batch at this many bundles")
    lake.add_argument("--lease-seconds", type=float, default=600.0, metavar="S", help="shard lease duration")
    lake.add_argument("--lake-s3-endpoint", metavar="URL", help="endpoint of the lake's store (default --s3-endpoint)")
    lake.add_argument("--full-listing", action="store_true",
                      help="look at every object again, not only those after each device's cursor")
    lake.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bar")
    collect.add_argument("--s3-endpoint", metavar="URL", help="endpoint of an S3-compatible store")
    collect.add_argument("--s3-region", default="us-east-1", metavar="REGION")
    collect.add_argument("--delete-withdrawn", action="store_true", help="also delete withdrawn bundles at the source")
    collect.add_argument("--max-bundle-mb", type=_positive_int, default=DEFAULT_BUNDLE_MB, metavar="MB",
                         help=f"refuse sealed bundles (and unpacked files) larger than this (default {DEFAULT_BUNDLE_MB})")
    collect.add_argument("--json", action="store_true", help="machine-readable report")
    collect.set_defaults(func=run_collect)

    keys = subparsers.add_parser("keys", help="organisation keys, this device's key, object store credentials")
    actions = keys.add_subparsers(dest="keys_action", metavar="ACTION", required=True)
    init_org = actions.add_parser("init-org", help="create the organisation's age identity and signing key")
    init_org.add_argument("--out", required=True, metavar="DIR", help="an empty folder for the keys")
    init_org.set_defaults(func=run_init_org)
    device = actions.add_parser("device", help="print this device's public signing key (for the collector)")
    device.set_defaults(func=run_device_key)
    collector_key = actions.add_parser("collector-key", help="create the collector's run-log signing key")
    collector_key.add_argument("--out", required=True, metavar="DIR", help="a folder for the key pair")
    collector_key.set_defaults(func=run_collector_key)
    s3 = actions.add_parser("s3-credentials", help="store write-only object store credentials in the keyring")
    s3.add_argument("--access-key-id", required=True, metavar="ID")
    s3.add_argument("--secret-stdin", action="store_true", help="read the secret key from standard input")
    s3.set_defaults(func=run_s3_credentials)


# -- composition --------------------------------------------------------------------------------

class _Opened:
    """A vault connection, its release store and a service, closed together. `not_read` says why
    screenshots are not read here ("" when they are: then unread segments are held)."""

    def __init__(self, paths, keystore, policy, clock) -> None:
        from app.bundle.signing import DeviceSigner
        from app.commands.scanning import not_read_because
        from app.release.destination_factory import open_destination
        from app.vault.operations.settings import effective_for
        from app.vault.release_store import ReleaseStore
        from app.vault.vault import open_vault

        self.handle = open_vault(paths, keystore, create=False)
        self.conn = self.handle.connect()
        try:
            _close_left_open(paths, self.conn)
            self.store = ReleaseStore(self.conn)
            signer = DeviceSigner.load_or_create(keystore)
            destination = open_destination(policy.release, keystore, self.store)
            # The gate obeys the policy as the employee tightened it (longer hold, explicit approval).
            self.effective = effective_for(self.conn, policy)
            self.not_read = not_read_because(self.effective)
            self.service = ReleaseService(self.store, self.effective, signer, destination,
                                          paths.data_dir / PENDING_DIR_NAME, clock, consent_policy=policy,
                                          hold_unread=not self.not_read)
        except BaseException:
            self.conn.close()
            raise

    def __enter__(self) -> _Opened:
        return self

    def __exit__(self, *exc) -> None:
        self.conn.close()


def _close_left_open(paths, conn) -> None:
    """If no Airlock runs, a segment still marked open was left so by a crash: close it (at its last
    event) so it is judged by its hold, not held back as "being recorded". A running Airlock owns
    its open segment: then nothing is touched."""
    from app.control.instance import AlreadyRunning, InstanceLock
    from app.vault.segment_ends import close_open_segments

    lock = InstanceLock(paths.instance_lock)
    try:
        lock.acquire("cli", patience=0.0)
    except AlreadyRunning:
        return
    try:
        close_open_segments(conn)
    finally:
        lock.release()


def open_release(paths, keystore, policy, clock) -> _Opened:
    """The release service for a profile, with its own vault connection (close with `with`)."""
    return _Opened(paths, keystore, policy, clock)


def _when(t: float) -> str:
    return datetime.datetime.fromtimestamp(t).strftime("%Y-%m-%d %H:%M")


def parse_duration(text: str) -> float:
    match = _DURATION.match(text.strip().lower())
    if not match:
        raise KnownError(fill(translate("Errors", "%1 is not a duration."), repr(text)),
                         translate("Errors", "Use a number and a unit: 90s, 30m, 1h, 2d."))
    return float(match.group(1)) * _UNIT_SECONDS[match.group(2)]


# -- handlers -----------------------------------------------------------------------------------

def run_approve(args, context) -> int:
    from app.commands.routing import operations_for

    now = context.clock.now()
    spans = [(now - parse_duration(args.last), now)] if args.last else []
    with operations_for(context) as operations:
        change = operations.approve(list(args.segment or ()), spans).result()
    if args.last and not change.segment_ids:
        print(translate("Cli", "No segments in the last %1.").replace("%1", args.last))
        return 0
    count = len(change.segment_ids)
    print(translate("Cli", "Approved %1 of %n segment(s) (flagged and already approved or released ones are left "
                    "as they are).", None, count).replace("%1", str(change.count)))
    return 0


def run_release(args, context) -> int:
    policy = context.policy()
    with open_release(context.paths, context.keystore(), policy, context.clock) as opened:
        if args.dry_run:
            _print_plan(opened.service.plan(), policy, opened.not_read)
            return 0
        report = opened.service.run(read_first=lambda ids: _read_first(opened, context, ids))
    for receipt in report.sent:
        segments = receipt["segments"]
        print(translate("Cli", "Sent bundle %1: %2, %3 bytes → %4").replace("%1", receipt["bundle_id"]).replace(
            "%2", translate("Cli", "%n segment(s)", None, len(segments))).replace(
            "%3", str(receipt["size"])).replace("%4", str(receipt["destination"])))
    for bundle_id in report.discarded:
        print(translate("Cli", "Discarded bundle %1 before it completed: its segments changed or may no longer "
                        "leave.").replace("%1", bundle_id))
    if report.deferred:
        print(translate("Cli", "Not sending now: %1.").replace("%1", str(report.deferred)))
    if report.unread_on_battery:
        print(translate("Cli", "Not reading screenshots on battery power: %n segment(s) not read yet "
                        "(`airlock scan` reads them now).", None, report.unread_on_battery))
    if not report.sent and not report.deferred:
        print(translate("Cli", "Nothing to send."))
    for line in blocked_words(report.blocked):
        print(translate("Cli", "Held back: %1.").replace("%1", line))
    return 0


def _read_first(opened, context, segment_ids) -> None:
    """Read the screenshots of segments held only because they were not read yet, in the
    foreground, so they may leave with this release (or stay for what reading finds). The service
    asks only on mains power: on battery the employee's `airlock scan` (or the recorder, once
    plugged in) does it."""
    from app.commands.scanning import build_worker

    print(translate("Cli", "Reading the screenshots of %n segment(s) before they may leave…", None,
                    len(segment_ids)), flush=True)
    effective = opened.effective
    worker = build_worker(opened.handle, effective.capture.scale, effective.capture.jpeg_quality,
                          effective.scan.word_additions(), context.clock, segments=segment_ids)
    try:
        worker.run(until_done=True)
    except Exception as exc:  # noqa: BLE001 - what was not read stays held by the gate; the release goes on
        log.warning("reading before the release stopped: %s", safe(type(exc).__name__))
    finally:
        worker.stop()


def _print_plan(plan, policy, not_read: str = "") -> None:
    segments = plan.segments
    if not segments:
        print(translate("Cli", "Nothing would leave now."))
    else:
        print(translate("Cli", "Would send %1 in %2 to %3, sealed to %n recipient(s):", None,
                        len(policy.release.recipients)).replace(
            "%1", translate("Cli", "%n segment(s)", None, len(segments))).replace(
            "%2", translate("Cli", "%n bundle(s)", None, len(plan.bundles))).replace("%3", policy.release.destination))
        for number, bundle in enumerate(plan.bundles, start=1):
            print("  " + translate("Cli", "bundle %1: %2").replace("%1", str(number)).replace(
                "%2", translate("Cli", "%n segment(s)", None, len(bundle))))
            for s in bundle:
                # The title goes to this terminal only (it is content), never to a log.
                print(f"    #{s.id}  {_when(s.start)} – {_when(s.end)}  {s.app or '?'} — {s.title!r}  "
                      + ", ".join((translate("Cli", "%n keystroke(s)", None, s.keys),
                                   translate("Cli", "%n click(s)", None, s.clicks),
                                   translate("Cli", "%n screenshot(s)", None, s.frames))))
    for line in blocked_words(plan.blocked):
        print(translate("Cli", "Held back: %1.").replace("%1", line))
    for segment_id, why in sorted(plan.held.items()):
        print(f"  #{segment_id} {why}")
    if plan.unread:
        print(translate("Cli", "`airlock scan` reads them now; `airlock release` reads them first on mains power."))
    if not_read:
        # Said so the employee knows no suggestion was looked for, not hidden behind "may leave".
        print(translate("Cli", "Screenshots are not read for sensitive moments here (%1): segments leave "
                        "without suggestions.").replace("%1", not_read))


def run_releases(args, context) -> int:
    from app.commands.scanning import not_read_because
    from app.policy.release.gate import GateCode, may_release, suggestions_words
    from app.vault.operations.settings import effective_for
    from app.vault.release_store import ReleaseStore
    from app.vault.vault import open_vault

    conn = open_vault(context.paths, context.keystore(), create=False).connect()
    try:
        rows = ReleaseStore(conn).releases()
        effective = effective_for(conn, context.policy())
        facts = ReleaseStore(conn).candidate_facts(context.clock.now())
    finally:
        conn.close()
    waiting = {}
    if effective.scan.hold_suggestions:
        waiting = {f.id: suggestions_words(f.open_suggestions) for f in facts if f.open_suggestions}
    if not not_read_because(effective):  # unread ones: as the gate says it (after their hold, as the dry run)
        for f in facts:
            decision = may_release(f, effective.release, context.clock.now(),
                                   hold_suggestions=effective.scan.hold_suggestions,
                                   hold_unread=effective.scan.hold_unread)
            if decision.code is GateCode.UNREAD:
                waiting[f.id] = decision.reason
    if args.json:
        print(json.dumps(rows, indent=1))
        return 0
    if not rows:
        print(translate("Cli", "Nothing has left this computer."))
    for row in rows:
        counts = row["counts"]
        spans = ", ".join(f"{_when(s['start'])}–{_when(s['end'])[-5:]}" for s in row["segments"])
        withdrawn = "  " + fill(translate("Cli", "WITHDRAWN %1"),
                                _when(row["withdrawn_at"])) if row["withdrawn_at"] else ""
        print(f"{row['bundle_id']}  {_when(row['t'])}  → {row['destination']}{withdrawn}")
        print("  " + fill(translate("Cli", "%n segment(s) (%1)", None, len(row["segments"])), spans))
        print("  " + fill(translate("Cli", "%1, %2, %3, %4; %5 bytes"),
                          translate("Cli", "%n event(s)", None, counts.get("events", 0)),
                          translate("Cli", "%n keystroke(s)", None, counts.get("keys", 0)),
                          translate("Cli", "%n click(s)", None, counts.get("clicks", 0)),
                          translate("Cli", "%n screenshot(s)", None, counts.get("frames", 0)),
                          format_number(row["size"])))
        print("  " + fill(translate("Cli", "sha256 %1  receipt etag %2"), row["sha256"],
                          row["confirmation"].get("etag", "")))
    if waiting:
        print(translate("Cli", "Not leaving until you answer what was suggested (`airlock suggestions`) or they "
                               "are read (`airlock scan`):"))
        for segment_id, why in sorted(waiting.items()):
            print("  " + fill(translate("Cli", "segment #%1 %2"), segment_id, why))
    return 0


def run_withdraw(args, context) -> int:
    with open_release(context.paths, context.keystore(), context.policy(), context.clock) as opened:
        opened.service.withdraw(args.bundle)
    print(fill(translate("Cli", "Withdrawal of %1 sent to the destination and recorded. The data team's collector "
                         "removes it from their dataset."), args.bundle))
    return 0


def run_collect(args, context) -> int:
    if args.to:
        try:
            from app.commands.collect_lake import run_lake
        except ImportError:  # the desktop bundle leaves the lake output out (build.spec)
            raise KnownError(translate("Errors", "This installation of Airlock has no lake output."),
                             translate("Errors", "Run the collector from a pip installation: "
                                       "pip install 'airlock[lake]'.")) from None
        return run_lake(args, context)
    from app.bundle.sealing import load_identity
    from app.bundle.signing import TrustedDevices
    from app.collect.collector import Collector, CollectStatus
    from app.collect.folder_writer import FolderDatasetWriter
    from app.release.destinations import Destination, MemoryJournal, S3Location, parse_destination
    from app.release.folder_destination import FolderDestination
    from app.release.s3_destination import S3Destination

    where = parse_destination(args.source)
    destination: Destination
    if isinstance(where, S3Location):
        destination = S3Destination(where, MemoryJournal(), endpoint=args.s3_endpoint, region=args.s3_region)
    else:
        destination = FolderDestination(where)
    collector = Collector(destination, load_identity(Path(args.identity)),
                          TrustedDevices.load(Path(args.trusted_devices)), FolderDatasetWriter(Path(args.dataset)),
                          CollectLimits(max_bundle_bytes=args.max_bundle_mb * MIB))
    report = collector.run(delete_withdrawn=args.delete_withdrawn)
    if args.json:
        print(json.dumps(report.as_dict(), indent=1))
    else:
        for o in report.outcomes:
            detail = f": {o.reason}" if o.reason else ""
            extra = " " + fill(translate("Collect", "(%1, %2, %3)"),
                               translate("Collect", "%n segment(s)", None, o.segments),
                               translate("Collect", "%n event(s)", None, o.events),
                               translate("Collect", "%n image(s)", None, o.images)) \
                if o.status is CollectStatus.UNPACKED else ""
            device = f"{o.device}/" if o.device else ""
            print(f"{_status_word(o.status.value):>16}  {device}{o.bundle_id}{extra}{detail}")
        print(", ".join(f"{report.count(s)} {_status_word(s.value)}" for s in CollectStatus))
    return 1 if report.count(CollectStatus.REJECTED) else 0  # ignored objects are not the data team's failure


# What became of each object, in `airlock collect`'s human output (--json keeps the values).
_STATUS_WORDS = {"unpacked": QT_TRANSLATE_NOOP("Collect", "unpacked"),
                 "already-present": QT_TRANSLATE_NOOP("Collect", "already-present"),
                 "waiting": QT_TRANSLATE_NOOP("Collect", "waiting"), "rejected": QT_TRANSLATE_NOOP("Collect", "rejected"),
                 "withdrawn": QT_TRANSLATE_NOOP("Collect", "withdrawn"), "ignored": QT_TRANSLATE_NOOP("Collect", "ignored")}


def _status_word(value: str) -> str:
    return translate("Collect", _STATUS_WORDS[value]) if value in _STATUS_WORDS else value


def run_init_org(args, context) -> int:
    from app.release.org_keys import init_org

    print(init_org(Path(args.out)).instructions())
    return 0


def run_device_key(args, context) -> int:
    from app.bundle.signing import DeviceSigner

    signer = DeviceSigner.load_or_create(context.keystore())
    print(fill(translate("Collect", "Device id %1. Give the data team this public key (save as %1.pub in the "
                         "collector's trusted-devices folder):"), signer.device_id), file=sys.stderr)
    print(signer.public_pem().decode(), end="")
    return 0


def run_collector_key(args, context) -> int:
    from app.release.org_keys import init_collector_key

    private, public = init_collector_key(Path(args.out))
    print(fill(translate("Collect", "Collector signing key written to %1 (0600: keep it on the collector host) and "
                         "its public key to %2 (give it to whoever audits the lake's run logs)."), private, public))
    return 0


def run_s3_credentials(args, context) -> int:
    from app.release.s3_destination import ACCESS_KEY_NAME, SECRET_KEY_NAME

    secret = (sys.stdin.readline().strip() if args.secret_stdin else
              getpass.getpass(translate("Collect", "Secret access key: ")))
    if not secret:
        raise KnownError(translate("Errors", "No secret access key was given."))
    keystore = context.keystore()
    keystore.set(ACCESS_KEY_NAME, args.access_key_id.encode())
    keystore.set(SECRET_KEY_NAME, secret.encode())
    print(translate("Collect", "Object store credentials stored in the keyring."))
    return 0
