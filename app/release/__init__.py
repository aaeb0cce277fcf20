"""The outer door: bundle what the gate allows, sign it, seal it, deliver it, and collect it.

Imports only `app.core` and `app.policy`; the vault is reached through the small protocols in
`source.py`, which the composition root satisfies with `app.vault.release_store`.
"""
