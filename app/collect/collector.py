"""`airlock collect`: one round over the drop box — withdrawals first, then every bundle.

Each bundle with an envelope (one without is still in transit) goes through the one verification
path (verify.py) and, if it passes, to the dataset writer. A withdrawal notice counts only when
signed by the device that signed the bundle; it removes the bundle from the dataset and keeps it
from coming back. One bad object is reported and never stops the others.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from typing import Any

from app.bundle.drop_box import (
    BUNDLES,
    ENVELOPE_SUFFIX,
    NOTICE_SUFFIX,
    SEALED_SUFFIX,
    WITHDRAWALS,
    envelope_name,
    sealed_name,
)
from app.bundle.signing import WITHDRAWAL_DOMAIN, SignatureRejected, TrustedDevices, verify_signed
from app.collect.source import DropSource
from app.collect.verify import BundleVerifier, Rejected
from app.collect.writer import DatasetWriter, WriteFailed

_BUNDLE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")


class CollectStatus(str, enum.Enum):
    UNPACKED = "unpacked"
    PRESENT = "already-present"
    WAITING = "waiting"  # sealed file without its envelope yet: still being uploaded
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class CollectOutcome:
    bundle_id: str
    status: CollectStatus
    reason: str = ""
    segments: int = 0
    events: int = 0
    images: int = 0


@dataclass
class CollectReport:
    outcomes: list[CollectOutcome] = field(default_factory=list)

    def count(self, status: CollectStatus) -> int:
        return sum(1 for o in self.outcomes if o.status is status)

    def as_dict(self) -> dict[str, Any]:
        return {"bundles": [{**o.__dict__, "status": o.status.value} for o in self.outcomes],
                "counts": {s.value: self.count(s) for s in CollectStatus}}


class Collector:
    """Collects from `source` into `writer`, trusting the devices in `trusted`."""

    def __init__(self, source: DropSource, identity, trusted: TrustedDevices, writer: DatasetWriter) -> None:
        self._source = source
        self._trusted = trusted
        self._writer = writer
        self._verifier = BundleVerifier(identity, trusted)

    def run(self, delete_withdrawn: bool = False) -> CollectReport:
        report = CollectReport()
        names = set(self._source.list(BUNDLES))
        withdrawn = self._apply_withdrawals(names, report, delete_withdrawn)
        sealed = {n[len(BUNDLES):-len(SEALED_SUFFIX)] for n in names if n.endswith(SEALED_SUFFIX)}
        enveloped = {n[len(BUNDLES):-len(ENVELOPE_SUFFIX)] for n in names if n.endswith(ENVELOPE_SUFFIX)}
        for bundle_id in sorted(sealed | enveloped):
            if bundle_id in withdrawn:
                continue
            if not _BUNDLE_ID.match(bundle_id):
                report.outcomes.append(CollectOutcome(bundle_id, CollectStatus.REJECTED, "not a bundle name"))
            elif bundle_id not in enveloped:
                report.outcomes.append(CollectOutcome(bundle_id, CollectStatus.WAITING, "no envelope yet"))
            elif bundle_id not in sealed:
                report.outcomes.append(CollectOutcome(bundle_id, CollectStatus.REJECTED,
                                                      "its envelope exists but the sealed bundle is missing"))
            elif self._writer.owner(bundle_id) is not None:
                report.outcomes.append(CollectOutcome(bundle_id, CollectStatus.PRESENT))
            else:
                report.outcomes.append(self._collect(bundle_id))
        self._writer.finish()
        return report

    # -- withdrawals -------------------------------------------------------------------------

    def _apply_withdrawals(self, bundle_names: set[str], report: CollectReport, delete: bool) -> set[str]:
        withdrawn = set()
        for name in self._source.list(WITHDRAWALS):
            bundle_id = name[len(WITHDRAWALS):-len(NOTICE_SUFFIX)] if name.endswith(NOTICE_SUFFIX) else ""
            if not _BUNDLE_ID.match(bundle_id):
                continue
            try:
                notice = self._verifier.read_json(self._source, name)
                signer = verify_signed(notice, WITHDRAWAL_DOMAIN, self._trusted)
                if notice.get("bundle_id") != bundle_id:
                    raise Rejected("the notice names a different bundle")
                owner = self._bundle_signer(bundle_id, bundle_names)
                if owner is not None and owner != signer:
                    raise Rejected("the notice is not signed by the device that signed the bundle")
            except (Rejected, SignatureRejected) as exc:
                report.outcomes.append(CollectOutcome(bundle_id, CollectStatus.REJECTED,
                                                      f"withdrawal notice rejected: {exc}"))
                continue
            withdrawn.add(bundle_id)
            removed = self._writer.remove(bundle_id, notice)
            if delete:
                for object_name in (sealed_name(bundle_id), envelope_name(bundle_id)):
                    if object_name in bundle_names:
                        self._source.delete(object_name)
            report.outcomes.append(CollectOutcome(
                bundle_id, CollectStatus.WITHDRAWN,
                "removed from the dataset" if removed else "withdrawn before it was unpacked"))
        return withdrawn

    def _bundle_signer(self, bundle_id: str, bundle_names: set[str]) -> str | None:
        held = self._writer.owner(bundle_id)
        if held is not None:
            return held
        if envelope_name(bundle_id) in bundle_names:
            return self._verifier.read_json(self._source, envelope_name(bundle_id)).get("key_id")
        return None

    # -- one bundle --------------------------------------------------------------------------

    def _collect(self, bundle_id: str) -> CollectOutcome:
        try:
            with self._verifier.verified(self._source, bundle_id, self._writer.staging_root()) as bundle:
                self._writer.write(bundle)
                segments = bundle.manifest["segments"]
        except (Rejected, WriteFailed) as exc:
            return CollectOutcome(bundle_id, CollectStatus.REJECTED, str(exc))
        return CollectOutcome(bundle_id, CollectStatus.UNPACKED, "", len(segments),
                              _total(segments, "events"), _total(segments, "frames"))


def _total(segments: list, field: str) -> int:
    """A count for the report; the hashes already vouched for the content, not for these fields."""
    return sum(s[field] for s in segments if isinstance(s, dict) and isinstance(s.get(field), int))
