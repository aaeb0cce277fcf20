"""The data team's side of the drop box: verify, open, write the dataset, honour withdrawals.

    source (DropSource) ──► verify.py (one verification path) ──► VerifiedBundle ──► DatasetWriter
                         └► withdrawals.py (notices, checked against the bundle's verified signer)

`collector.py` runs the round: it lists the drop box, verifies each bundle, hands what passed to
the writer (writer.py: the interface; folder_writer.py: the folder dataset; lake/: the Delta Lake
tables) and applies withdrawals. One code path verifies, two writers write.

At company scale (`collect --to`): `shard.py` splits the devices between collectors,
`drop_view.py` shows one worker its shard from each device's cursor on, `workers.py` runs the
worker processes and `progress.py` draws their progress; lake/session.py is one worker's run.
Imports `app.core` and the bundle format (`app.bundle`), never `app.release`: the command line
wires the drop box's reader and the lake's object store in.
"""
