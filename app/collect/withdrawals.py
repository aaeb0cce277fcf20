"""Withdrawal notices: which count, and what they remove.

A notice in device D's folder counts only when
- its signature verifies with a trusted device key, and that device is D (a signer is never taken
  from an unverified field);
- it names the bundle its object name names, and D as its device;
- the bundle, wherever it is known from, was signed by D: the dataset's copy (whose manifest
  signature was verified when it was written) or the envelope in D's folder, if its signature
  verifies. A bundle known from neither place is D's own anyway: only D's folder is touched.
Then the bundle leaves the dataset, its objects in D's folder are deleted if the data team asks,
and it is kept from being collected again.
"""

from __future__ import annotations

from app.bundle.drop_box import DropName
from app.bundle.signing import WITHDRAWAL_DOMAIN, SignatureRejected, TrustedDevices, verify_signed
from app.collect import bundle_schema
from app.collect.rejection import Rejected
from app.collect.source import DropSource
from app.collect.verify import BundleVerifier
from app.collect.writer import DatasetWriter


class WithdrawalJudge:
    """Decides whether a notice counts (`check`), against the dataset and the drop box."""

    def __init__(self, verifier: BundleVerifier, trusted: TrustedDevices, writer: DatasetWriter) -> None:
        self._verifier = verifier
        self._trusted = trusted
        self._writer = writer

    def check(self, source: DropSource, notice: DropName, name: str, has_envelope: bool) -> None:
        """Rejected (with the reason) unless the notice at `name` withdraws `notice.bundle_id` for good."""
        document = self._verifier.read_document(source, name, "the notice")
        try:
            signer = verify_signed(document, WITHDRAWAL_DOMAIN, self._trusted)
        except SignatureRejected as exc:
            raise Rejected(str(exc)) from None
        bundle_schema.check_fields(document, "the notice", bundle_schema.NOTICE, {})
        if document["bundle_id"] != notice.bundle_id:
            raise Rejected("the notice names a different bundle")
        if document["device_id"] != signer or signer != notice.device_id:
            raise Rejected(f"the notice lies in device {notice.device_id}'s folder but is signed by device {signer}")
        owner = self._writer.owner(notice.bundle_id)
        if owner is None and has_envelope:
            try:
                _, owner = self._verifier.envelope(source, notice.device_id, notice.bundle_id)
            except Rejected:
                owner = None  # an envelope that does not verify vouches for nobody
        if owner is not None and owner != signer:
            raise Rejected("the notice is not signed by the device that signed the bundle")
