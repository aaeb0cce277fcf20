"""The lake output: verified bundles into Delta Lake tables on S3 or a local path.

    schema.py    the four tables (segments, events, frames, bundles): columns, partitions, stats
    rows.py      a VerifiedBundle as Arrow record batches, one table at a time, streamed
    tables.py    deltalake's one home: create, append, delete, tombstone, vacuum, read back
    objects.py   the lake's own small objects (leases, batch journals, cursors, run logs)
    lease.py     a shard of devices held by one collector at a time (conditional writes)
    journal.py   a batch in flight, so a crash is rolled back by the next run
    writer.py    LakeDatasetWriter: the DatasetWriter that batches bundles into commits
    access.py    the refusal to write into a lake that anyone may read
    run_log.py   the signed record each run leaves in the lake

Needs the `lake` extra (deltalake, pyarrow); the employee's desktop bundle does not ship it.
"""
