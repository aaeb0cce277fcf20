"""The release service: gate → bundle → sign → seal → deliver → receipt, and withdrawal.

Only segments that `may_release` allows are read for bundling. A sealed bundle waits in
`<data>/pending-release/` (ciphertext only) with its state in the vault's outbox record, so a
killed run resumes the same bytes: the destination then holds exactly one copy. While it uploads
the gate is asked again (every few seconds, and once more right before the envelope makes it
visible); if the employee flagged or deleted a bundled segment meanwhile, it is discarded. Local copies are removed only after the destination confirmed and the
receipt is committed.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import json
import logging
import secrets
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.bundle.drop_box import envelope_name, sealed_name, withdrawal_name
from app.bundle.layout import ENVELOPE_FORMAT, WITHDRAWAL_FORMAT
from app.bundle.sealing import seal_chunks
from app.bundle.signing import ENVELOPE_DOMAIN, WITHDRAWAL_DOMAIN, DeviceSigner
from app.core.clock import Clock
from app.core.errors import KnownError, ReleaseError
from app.core.i18n import fill, translate
from app.core.log_guard import safe
from app.core.paths import make_private_dir
from app.policy.consent.summary import ConsentState, consent_state
from app.policy.model import Policy
from app.policy.release.gate import GateCode, GateDecision, SegmentFacts, may_release
from app.release import power
from app.release.bundle_writer import BundleHeader, BundleWriter, ContentChanged
from app.release.destinations import Destination, UploadStopped
from app.release.redaction import RedactionFailed
from app.release.source import ReleaseSource

log = logging.getLogger("airlock.release")

MAX_BUNDLE_BYTES = 256 * 1024 * 1024
MAX_BUNDLE_SEGMENTS = 500
PENDING_DIR_NAME = "pending-release"  # under the data dir: sealed bundles waiting to be confirmed
GATE_RECHECK_S = 2.0
REDACTION_FAILED = "redaction-failed"  # while uploading, the gate is asked again at most this often


@dataclass(frozen=True)
class PlannedSegment:
    """A segment the gate lets through. `app`/`title` are content: for the user's terminal only."""

    id: int
    start: float
    end: float
    app: str
    title: str
    keys: int
    clicks: int
    frames: int


@dataclass(frozen=True)
class ReleasePlan:
    bundles: tuple[tuple[PlannedSegment, ...], ...]
    blocked: dict[str, int]
    held: dict[int, str] = field(default_factory=dict)  # segment -> why, for holds the employee can answer
    unread: tuple[int, ...] = ()  # segments held because they were not read yet (`run(read_first=…)` reads them)

    @property
    def segments(self) -> list[PlannedSegment]:
        return [s for bundle in self.bundles for s in bundle]


@dataclass
class ReleaseReport:
    sent: list[dict[str, Any]] = field(default_factory=list)
    discarded: list[str] = field(default_factory=list)  # bundle ids abandoned because the gate changed
    deferred: str = ""  # why nothing (more) was sent now, e.g. "on battery"
    blocked: dict[str, int] = field(default_factory=dict)
    unread_on_battery: int = 0  # segments that wait to be read: reading is left to mains power


def new_bundle_id(now: float, device_id: str) -> str:
    stamp = datetime.datetime.fromtimestamp(now, datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{stamp}-{device_id[:8]}-{secrets.token_hex(4)}"


class ReleaseService:
    """One per run (CLI) or per background tick (app); not thread-safe."""

    def __init__(self, source: ReleaseSource, policy: Policy, signer: DeviceSigner, destination: Destination,
                 outbox_dir: Path, clock: Clock, on_ac_power: Callable[[], bool] | None = None,
                 max_bundle_bytes: int = MAX_BUNDLE_BYTES, consent_policy: Policy | None = None,
                 hold_unread: bool = False) -> None:
        self._source = source
        self._policy = policy
        # Consent is given to IT's policy; `policy` may be stricter (the employee's own tightenings).
        self._consent_policy = consent_policy or policy
        self._release = policy.release
        self._holds_suggestions = policy.scan.hold_suggestions
        # Whether screenshots are read here at all (policy, and an OCR engine) is the composition's to know.
        self._holds_unread = hold_unread and policy.scan.enabled and policy.scan.hold_unread
        self._signer = signer
        self._destination = destination
        self._outbox = outbox_dir
        self._clock = clock
        self._on_ac_power = on_ac_power or power.on_ac_power
        self._max_bytes = max_bundle_bytes

    # -- what would leave --------------------------------------------------------------------

    def plan(self) -> ReleasePlan:
        """Run the gate now: the segments that may leave, grouped into bundles, and why others wait."""
        now = self._clock.now()
        allowed: list[int] = []
        blocked: dict[str, int] = {}
        held: dict[int, str] = {}
        unread: list[int] = []
        for facts in self._source.candidate_facts(now):
            decision = self._gate(facts, now)
            if decision.allowed:
                allowed.append(int(facts.id))
            else:
                blocked[decision.code.value] = blocked.get(decision.code.value, 0) + 1
                if decision.code in (GateCode.SUGGESTIONS_OPEN, GateCode.UNREAD):
                    held[int(facts.id)] = decision.reason
                if decision.code is GateCode.UNREAD:
                    unread.append(int(facts.id))
        planned = []
        for segment_id in allowed:
            view = self._source.segment(segment_id)
            planned.append(PlannedSegment(segment_id, view.start, view.end, view.app, view.title,
                                          view.key_count, view.click_count, view.frame_count))
        planned.sort(key=lambda s: (s.start, s.id))
        return ReleasePlan(tuple(self._split(planned)), blocked, held, tuple(unread))

    def _gate(self, facts: SegmentFacts, now: float) -> GateDecision:
        return may_release(facts, self._release, now, hold_suggestions=self._holds_suggestions,
                           hold_unread=self._holds_unread)

    def _split(self, planned: list[PlannedSegment]) -> list[tuple[PlannedSegment, ...]]:
        bundles: list[tuple[PlannedSegment, ...]] = []
        current: list[PlannedSegment] = []
        size = 0
        for segment in planned:
            estimate = self._source.estimated_size(segment.id)
            if current and (size + estimate > self._max_bytes or len(current) >= MAX_BUNDLE_SEGMENTS):
                bundles.append(tuple(current))
                current, size = [], 0
            current.append(segment)
            size += estimate
        if current:
            bundles.append(tuple(current))
        return bundles

    # -- sending -----------------------------------------------------------------------------

    def run(self, read_first: Callable[[Sequence[int]], None] | None = None) -> ReleaseReport:
        """Resume a pending bundle, then bundle and send everything the gate allows.

        `read_first(segment_ids)`, on mains power: read the segments the gate holds only because
        they were not read yet (the composition runs the scan worker), then ask the gate again."""
        self._require_consent()
        report = ReleaseReport()
        if self._release.ac_power_only and not self._on_ac_power():
            report.deferred = "on battery power (the policy sends only on AC power)"
            return report
        make_private_dir(self._outbox)
        try:
            pending = self._source.load_outbox()
            self._remove_stale_outbox_files(pending)
            if pending is not None:
                self._deliver(pending, report)
            plan = self.plan()
            if read_first is not None and plan.unread:
                if self._on_ac_power():
                    read_first(plan.unread)
                    plan = self.plan()
                else:
                    report.unread_on_battery = len(plan.unread)
            report.blocked = plan.blocked
            for bundle in plan.bundles:
                ids = [s.id for s in bundle]
                while ids:
                    try:
                        pending = self._build(ids, report)
                    except RedactionFailed as failed:  # that segment stays; the others may go
                        if failed.segment_id not in ids:
                            raise
                        ids = [i for i in ids if i != failed.segment_id]
                        report.blocked[REDACTION_FAILED] = report.blocked.get(REDACTION_FAILED, 0) + 1
                        continue
                    if pending is not None:
                        self._deliver(pending, report)
                    break
        except UploadStopped as stop:
            report.deferred = str(stop)
            log.info("release paused: %s", safe(str(stop)))
        return report

    def _require_consent(self) -> None:
        state = consent_state(self._source.context().consent, self._consent_policy)
        if state is not ConsentState.GIVEN:
            raise ReleaseError(translate("Errors", "Nothing is sent: there is no consent on record for the policy in "
                                                   "force."),
                               translate("Errors", "Read and accept the policy first (`airlock consent`)."))

    def _allowed_unchanged(self, pending: dict[str, Any]) -> str:
        """"" if every bundled segment still passes the gate unchanged, else why not."""
        now = self._clock.now()
        ids = [int(i) for i in pending["segment_ids"]]
        facts = self._source.facts_for(ids, now)
        for segment_id in ids:
            if segment_id not in facts:
                return f"segment {segment_id} was deleted"
            decision = self._gate(facts[segment_id], now)
            if not decision.allowed:
                return f"segment {segment_id} may no longer leave ({decision.code.value})"
            if self._source.fingerprint(segment_id) != pending["fingerprints"][str(segment_id)]:
                return f"segment {segment_id} changed"
        return ""

    def _build(self, segment_ids: Sequence[int], report: ReleaseReport) -> dict[str, Any] | None:
        now = self._clock.now()
        context = self._source.context()
        bundle_id = new_bundle_id(now, self._signer.device_id)
        fingerprints = {str(i): self._source.fingerprint(i) for i in segment_ids}
        consent = {k: context.consent.get(k) for k in ("scope", "policy_hash", "accepted")} if context.consent else None
        header = BundleHeader(bundle_id, now, self._consent_policy.content_hash, context.employee, consent)
        writer = BundleWriter(header, self._source, self._signer, segment_ids)
        sealed = self._outbox / f"{bundle_id}.age"
        try:
            result = seal_chunks(writer.chunks(), sealed, self._release.recipients)
        except (ContentChanged, LookupError):  # LookupError: the source says a segment is gone
            sealed.unlink(missing_ok=True)
            report.discarded.append(bundle_id)
            log.info("bundle %s abandoned: the vault changed while it was built", safe(bundle_id))
            return None
        except BaseException:
            sealed.unlink(missing_ok=True)
            raise
        built = writer.result
        assert built is not None
        envelope = self._signer.signed(ENVELOPE_DOMAIN, {
            "format": ENVELOPE_FORMAT, "bundle_id": bundle_id, "device_id": self._signer.device_id,
            "created_at": now, "sealed_sha256": result.sha256, "sealed_size": result.size,
            "manifest_sha256": built.manifest_sha256,
        })
        envelope_bytes = json.dumps(envelope, indent=1, sort_keys=True).encode()
        (self._outbox / f"{bundle_id}.envelope.json").write_bytes(envelope_bytes)
        pending = {
            "bundle_id": bundle_id, "created_at": now, "segment_ids": list(segment_ids),
            "fingerprints": fingerprints, "sealed_sha256": result.sha256, "size": result.size,
            "manifest_sha256": built.manifest_sha256, "plain_size": built.plain_size,
            "policy_hash": self._policy.content_hash,
            "recipients": list(self._release.recipients), "destination": self._destination.description,
            "segments": [asdict(s) for s in built.segments],
        }
        self._source.save_outbox(pending)
        log.info("bundle %s sealed: %d segments, %d bytes", safe(bundle_id), len(segment_ids), result.size)
        return pending

    def _deliver(self, pending: dict[str, Any], report: ReleaseReport) -> None:
        bundle_id = pending["bundle_id"]
        sealed = self._outbox / f"{bundle_id}.age"
        envelope = self._outbox / f"{bundle_id}.envelope.json"
        reason = self._allowed_unchanged(pending)
        if not reason and (pending.get("recipients") != list(self._release.recipients)
                           or pending.get("destination") != self._destination.description):
            reason = "the policy's recipients or destination changed since it was sealed"
        if not reason and not (envelope.is_file() and _sha256_file(sealed) == pending["sealed_sha256"]):
            reason = "its local sealed copy is missing or damaged"
        if reason:
            self._discard(pending, reason, report)
            return

        last_check = [time.monotonic()]

        def checkpoint() -> None:
            if self._release.ac_power_only and not self._on_ac_power():
                raise UploadStopped("on battery power (the policy sends only on AC power)")
            if time.monotonic() - last_check[0] >= GATE_RECHECK_S:  # cheap enough at this rate
                last_check[0] = time.monotonic()
                why = self._allowed_unchanged(pending)
                if why:
                    raise _GateChanged(why)

        device = self._signer.device_id
        try:
            with open(sealed, "rb") as stream:
                confirmation = self._destination.put(sealed_name(device, bundle_id), stream, pending["size"], checkpoint)
            # The envelope makes the bundle visible to the collector: ask the gate once more, now.
            why = self._allowed_unchanged(pending)
            if why:
                raise _GateChanged(why)
            with open(envelope, "rb") as stream:
                envelope_confirmation = self._destination.put(envelope_name(device, bundle_id), stream,
                                                              envelope.stat().st_size, checkpoint)
        except _GateChanged as changed:
            self._discard(pending, str(changed), report)
            return
        receipt = {
            "bundle_id": bundle_id, "destination": self._destination.description,
            "size": pending["size"], "sha256": pending["sealed_sha256"],
            "manifest_sha256": pending["manifest_sha256"], "policy_hash": pending["policy_hash"],
            "confirmation": confirmation.as_dict(), "envelope": envelope_confirmation.as_dict(),
            "segments": pending["segments"],
        }
        self._source.record_release(receipt, self._clock.now())
        sealed.unlink(missing_ok=True)
        envelope.unlink(missing_ok=True)
        report.sent.append(receipt)
        log.info("bundle %s delivered (%d bytes)", safe(bundle_id), pending["size"])

    def _discard(self, pending: dict[str, Any], reason: str, report: ReleaseReport) -> None:
        bundle_id = pending["bundle_id"]
        log.info("bundle %s discarded before completion: %s", safe(bundle_id), safe(reason))  # ids and codes only
        device = self._signer.device_id
        self._destination.discard_upload(sealed_name(device, bundle_id))
        self._destination.discard_upload(envelope_name(device, bundle_id))
        self._source.clear_outbox()
        for suffix in (".age", ".envelope.json"):
            (self._outbox / f"{bundle_id}{suffix}").unlink(missing_ok=True)
        report.discarded.append(bundle_id)

    def _remove_stale_outbox_files(self, pending: dict[str, Any] | None) -> None:
        # Left behind by a run that died after its receipt was committed, or mid-build.
        keep = pending["bundle_id"] if pending else None
        for path in self._outbox.iterdir():
            if path.is_file() and path.name.split(".", 1)[0] != keep:
                path.unlink(missing_ok=True)

    # -- withdrawal --------------------------------------------------------------------------

    def withdraw(self, bundle_id: str) -> dict[str, Any]:
        """Write a signed withdrawal notice to the destination and record it."""
        row = next((r for r in self._source.releases() if r["bundle_id"] == bundle_id), None)
        if row is None:
            raise KnownError(fill(translate("Errors", "No bundle %1 left this computer."), bundle_id),
                             translate("Errors", "See `airlock releases`."))
        if row["destination"] != self._destination.description:
            raise ReleaseError(fill(translate("Errors", "Bundle %1 went to %2, but the policy now names %3."),
                                    bundle_id, row['destination'], self._destination.description),
                               translate("Errors", "Ask IT to withdraw it at the old destination."))
        now = self._clock.now()
        notice = self._signer.signed(WITHDRAWAL_DOMAIN, {
            "format": WITHDRAWAL_FORMAT, "bundle_id": bundle_id, "device_id": self._signer.device_id,
            "withdrawn_at": now,
        })
        data = json.dumps(notice, indent=1, sort_keys=True).encode()
        confirmation = self._destination.put(withdrawal_name(self._signer.device_id, bundle_id), io.BytesIO(data), len(data))
        self._source.record_withdrawal(bundle_id, {"confirmation": confirmation.as_dict()}, now)
        log.info("bundle %s withdrawn", safe(bundle_id))
        return notice


class _GateChanged(UploadStopped):
    """A bundled segment may no longer leave: the bundle is discarded, not resumed."""


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as stream:
            for chunk in iter(lambda: stream.read(1024 * 1024), b""):
                digest.update(chunk)
    except FileNotFoundError:
        return ""
    return digest.hexdigest()


def blocked_words(blocked: dict[str, int]) -> list[str]:
    """Human lines for the segments the gate held back, by reason."""
    names = {GateCode.FLAGGED.value: translate("Release", "flagged"),
             GateCode.NOT_APPROVED.value: translate("Release", "waiting for your approval"),
             GateCode.ON_HOLD.value: translate("Release", "still in their hold period"),
             GateCode.OPEN.value: translate("Release", "still being recorded"),
             GateCode.REDACTIONS_PENDING.value: translate("Release", "with a redaction that cannot be applied"),
             GateCode.NO_RECIPIENTS.value: translate("Release", "without recipients to seal to"),
             GateCode.SUGGESTIONS_OPEN.value: translate("Release", "with a suggested moment to look at "
                                                                   "(`airlock suggestions`)"),
             GateCode.UNREAD.value: translate("Release", "with screenshots not yet read for sensitive moments "
                                              "(`airlock scan` reads them now)"),
             REDACTION_FAILED: translate("Release", "whose redaction could not be applied (delete or redo it)")}
    return [translate("Release", "%n segment(s) %1", None, count).replace("%1", names.get(code, code))
            for code, count in sorted(blocked.items())]
