"""The vault's changes: every decision the employee makes, as a function on a connection.

Each changes the rows and appends its ledger entry in one transaction, so a decision is never
recorded without its effect or the other way round, and each returns a `Change` (app/core/changes.py)
saying what it did. Deletions and redactions then checkpoint the WAL with TRUNCATE, so no copy of
the old pages stays in the journal.

Nothing calls these directly but `VaultOperations` (store.py), which runs them where they belong:
on the recorder's writer thread while one runs, so they are ordered with the capture stream and the
writer learns from each `Change` what it must never write again.

- deletion.py   delete a span, whole segments; what a span holds
- decisions.py  flag, unflag, approve
- redaction.py  black out rectangles of a screenshot, mask typed text
- consent.py    the employee's answer to the policy
- settings.py   pause state, personal settings, small values
- store.py      VaultOperations: the runner-based facade the control layer uses
"""
