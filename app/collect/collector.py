"""`airlock collect`: one round over the drop box — withdrawals first, then every bundle.

Objects are grouped by the device folder and bundle their names give (app/bundle/drop_box.py).
Each bundle with an envelope (one without is still in transit) goes through the one verification
path (verify.py) and, if it passes, to the dataset writer; withdrawal notices are judged by
withdrawals.py. One bad object is reported and never stops the others: every refusal, every
failure of the store for one object and every failure to write one bundle becomes that object's
outcome, and the round goes on.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import asdict, dataclass, field
from typing import Any

from app.bundle.drop_box import DropName, ListedObject, ObjectKind, envelope_name, parse_name, sealed_name
from app.bundle.signing import TrustedDevices
from app.collect.limits import CollectLimits
from app.collect.rejection import Rejected
from app.collect.source import DropSource
from app.collect.verify import BundleVerifier
from app.collect.withdrawals import WithdrawalJudge
from app.collect.writer import DatasetWriter, WriteFailed
from app.core.errors import KnownError
from app.core.log_guard import safe

log = logging.getLogger("airlock.collect")

REPLACED_NOTE = "; a later write to the same name was ignored (the store kept the first)"


class CollectStatus(str, enum.Enum):
    UNPACKED = "unpacked"
    PRESENT = "already-present"
    WAITING = "waiting"  # sealed file without its envelope yet: still being uploaded
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    IGNORED = "ignored"  # not an object of the drop box's layout


@dataclass(frozen=True)
class CollectOutcome:
    """What became of one bundle (`kind` "bundle"), withdrawal notice ("notice") or stray object ("object")."""

    bundle_id: str
    status: CollectStatus
    reason: str = ""
    segments: int = 0
    events: int = 0
    images: int = 0
    device: str = ""
    kind: str = "bundle"


@dataclass
class CollectReport:
    outcomes: list[CollectOutcome] = field(default_factory=list)

    def count(self, status: CollectStatus) -> int:
        return sum(1 for o in self.outcomes if o.status is status)

    def as_dict(self) -> dict[str, Any]:
        return {"bundles": [{**asdict(o), "status": o.status.value} for o in self.outcomes],
                "counts": {s.value: self.count(s) for s in CollectStatus}}


@dataclass
class _Bundle:
    """What the drop box holds of one (device, bundle)."""

    device_id: str
    bundle_id: str
    objects: dict[ObjectKind, ListedObject] = field(default_factory=dict)

    def note(self) -> str:
        return REPLACED_NOTE if any(o.replaced for o in self.objects.values()) else ""


class Collector:
    """Collects from `source` into `writer`, trusting the devices in `trusted`."""

    def __init__(self, source: DropSource, identity, trusted: TrustedDevices, writer: DatasetWriter,
                 limits: CollectLimits = CollectLimits()) -> None:
        self._source = source
        self._writer = writer
        self._verifier = BundleVerifier(identity, trusted, limits)
        self._judge = WithdrawalJudge(self._verifier, trusted, writer)

    def run(self, delete_withdrawn: bool = False) -> CollectReport:
        report = CollectReport()
        bundles: dict[tuple[str, str], _Bundle] = {}
        for listed in self._source.objects(""):
            parsed = parse_name(listed.name)
            if parsed is None:
                report.outcomes.append(CollectOutcome(_shown(listed.name), CollectStatus.IGNORED,
                                                      "not a name of the drop box's layout (<device>/bundles/…)",
                                                      kind="object"))
                continue
            key = (parsed.device_id, parsed.bundle_id)
            bundles.setdefault(key, _Bundle(*key)).objects[parsed.kind] = listed
        withdrawn = set()
        for key in sorted(bundles):
            if ObjectKind.NOTICE in bundles[key].objects:
                outcome = self._withdraw(bundles[key], delete_withdrawn)
                report.outcomes.append(outcome)
                if outcome.status is CollectStatus.WITHDRAWN:
                    withdrawn.add(key)
        for key in sorted(bundles):
            bundle = bundles[key]
            if key not in withdrawn and bundle.objects.keys() & {ObjectKind.SEALED, ObjectKind.ENVELOPE}:
                report.outcomes.append(self._bundle(bundle))
        self._writer.finish()
        return report

    # -- one bundle --------------------------------------------------------------------------

    def _bundle(self, bundle: _Bundle) -> CollectOutcome:
        def outcome(status: CollectStatus, reason: str = "", *, segments: int = 0, events: int = 0,
                    images: int = 0) -> CollectOutcome:
            return CollectOutcome(bundle.bundle_id, status, reason, segments, events, images, device=bundle.device_id)

        if ObjectKind.ENVELOPE not in bundle.objects:
            return outcome(CollectStatus.WAITING, "no envelope yet")
        if ObjectKind.SEALED not in bundle.objects:
            return outcome(CollectStatus.REJECTED, "its envelope exists but the sealed bundle is missing")
        owner = self._writer.owner(bundle.bundle_id)
        if owner == bundle.device_id:
            return outcome(CollectStatus.PRESENT)
        if owner is not None:
            return outcome(CollectStatus.REJECTED, "the dataset holds a bundle of this id from another device")
        try:
            with self._verifier.verified(self._source, bundle.device_id, bundle.bundle_id,
                                         self._writer.staging_root(),
                                         bundle.objects[ObjectKind.SEALED].size) as verified:
                self._writer.write(verified)
                segments = verified.manifest["segments"]
        except (Rejected, WriteFailed) as exc:
            return outcome(CollectStatus.REJECTED, f"{exc}{bundle.note()}")
        except (KnownError, OSError) as exc:
            log.warning("bundle %s could not be read or written (%s)", safe(bundle.bundle_id), safe(type(exc).__name__))
            return outcome(CollectStatus.REJECTED, f"it could not be read or written now ({_words(exc)}); "
                                                   "it is tried again at the next run")
        return outcome(CollectStatus.UNPACKED, bundle.note().removeprefix("; "), segments=len(segments),
                       events=sum(s.get("events", 0) for s in segments),
                       images=sum(s.get("frames", 0) for s in segments))

    # -- withdrawals -------------------------------------------------------------------------

    def _withdraw(self, bundle: _Bundle, delete: bool) -> CollectOutcome:
        device, bundle_id = bundle.device_id, bundle.bundle_id
        notice = bundle.objects[ObjectKind.NOTICE]
        try:
            document = self._judge.check(self._source, DropName(device, ObjectKind.NOTICE, bundle_id), notice.name,
                                         has_envelope=ObjectKind.ENVELOPE in bundle.objects)
        except Rejected as exc:
            return CollectOutcome(bundle_id, CollectStatus.REJECTED, f"withdrawal notice rejected: {exc}",
                                  device=device, kind="notice")
        except (KnownError, OSError) as exc:
            return CollectOutcome(bundle_id, CollectStatus.REJECTED, f"its withdrawal notice could not be read now "
                                                                     f"({_words(exc)})", device=device, kind="notice")
        removed = self._writer.remove(bundle_id, document)
        reason = "removed from the dataset" if removed else "withdrawn before it was unpacked"
        if delete:
            reason += self._delete(bundle)
        return CollectOutcome(bundle_id, CollectStatus.WITHDRAWN, reason, device=device, kind="notice")

    def _delete(self, bundle: _Bundle) -> str:
        names = {ObjectKind.SEALED: sealed_name(bundle.device_id, bundle.bundle_id),
                 ObjectKind.ENVELOPE: envelope_name(bundle.device_id, bundle.bundle_id)}
        for kind, name in names.items():
            if kind in bundle.objects:
                try:
                    self._source.delete(name)
                except (KnownError, OSError) as exc:
                    return f"; its objects could not be deleted from the drop box ({_words(exc)})"
        return ""


def _words(error: BaseException) -> str:
    return error.message if isinstance(error, KnownError) else (getattr(error, "strerror", "") or type(error).__name__)


def _shown(name: str) -> str:
    """An object name as the report may show it: escaped (no terminal controls), at most 200 characters."""
    return ascii(name)[1:-1][:200]
