"""The benchmark: Airlock's real headless recorder measured side by side with a bare-library floor.

`make bench` (or `python -m bench.run`) starts its own Xvfb desktop and keyring, drives a scripted
workload in phases and writes bench/results.json and docs/performance.md. Nothing here is imported
by the app; bench modules may import app modules (the composition layer's rules do not apply).
"""
