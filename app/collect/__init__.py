"""The data team's side of the drop box: verify, open, write the dataset, honour withdrawals.

    source (DropSource) ──► verify.py (one verification path) ──► VerifiedBundle ──► DatasetWriter
                         └► withdrawals.py (notices, checked against the bundle's verified signer)

`collector.py` runs the round: it lists the drop box, verifies each bundle, hands what passed to
the writer (writer.py: the interface; folder_writer.py: the folder dataset) and applies
withdrawals. Imports `app.core` and the bundle format (`app.bundle`), never `app.release`: the
command line wires the drop box's reader in.
"""
