"""Helpers for end-to-end tests against real parts (Xvfb desktop, keyring daemon, servers)."""
