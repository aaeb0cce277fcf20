"""`python -m app` is the same as the `airlock` command."""

from app.main import main

raise SystemExit(main())
