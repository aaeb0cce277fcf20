"""One real X11 desktop (Xvfb + openbox) per contract module: the X11 rows run against it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.harness.desktop import Desktop


@pytest.fixture(scope="module")
def x11_desktop(tmp_path_factory) -> Iterator[Desktop]:
    with Desktop(Path(tmp_path_factory.mktemp("contract-x11"))) as desk:
        yield desk
