"""The employee's controls over a running Airlock, and the channel that reaches them. Qt-free.

- commands.py: the `Controller` interface (status, pause, resume, delete/flag the last N, show),
  its values, `VaultActions` (what controls need from the vault) and `HotkeyListener`.
- controls.py: `CaptureControls`, the one implementation of the decisions (pause state, ordered
  vault operations, observers); headless.py adds the timer thread of `airlock record --headless`.
- drop_filter.py, text_guard.py: what the vault writer must drop or rebuild after a pause or delete.
- protocol.py, auth.py, transport.py, server.py, client.py: the local, user-only, authenticated
  JSON-lines control channel.
- durations.py: "30m", "17:00", "tomorrow"; instance.py: one instance per profile.
"""
