"""Pure capture and release rules: data in, decision out; no threads.

Imports only `app.core` and the standard library. Two rooms read from the machine: `file/`
(policy files and their signatures) and `managed/` (the OS's managed settings: /etc/airlock, the
Windows registry's Policies key, macOS managed preferences).
"""
