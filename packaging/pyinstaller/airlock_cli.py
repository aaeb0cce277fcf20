"""Frozen entry point of the `airlock` console executable (the same as `python -m app`)."""

from app.main import main

raise SystemExit(main())
