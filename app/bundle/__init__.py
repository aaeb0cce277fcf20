"""The bundle format, shared by both sides of the drop box: the release (device) writes it, the
collector (data team) reads it. Names and layout (`layout`, `drop_box`), signatures (`signing`),
sealing with age (`sealing`, pyrage's one home) and tar streaming (`tar_stream`).

Imports only `app.core`, so `app.release` and `app.collect` can both stand on it without
importing each other.
"""
