"""The employee's controls over Airlock, and the channel that reaches them. Qt-free.

- operations.py: `Operations`, the one route for every change (pause, resume, delete, flag,
  unflag, approve, redact, consent, personal settings) whichever surface asks; headless.py adds
  the timed-pause thread of `airlock record --headless`.
- interface.py: the values it answers with (StatusReport, CaptureCondition), what it needs from
  the vault (`VaultStore`), the global pause shortcut's contract (`HotkeyListener`, `Hotkey`).
- remote.py: the same operations on the Airlock running in another process.
- protocol.py, auth.py, transport.py, server.py, client.py, dispatch.py: the local, user-only,
  authenticated JSON-lines control channel.
- durations.py: "30m", "17:00", "tomorrow"; instance.py: one instance per profile.
"""
