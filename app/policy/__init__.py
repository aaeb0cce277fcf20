"""Pure capture and release rules: data in, decision out; no I/O, no threads, no OS libraries.

Imports only `app.core` and the standard library.
"""
