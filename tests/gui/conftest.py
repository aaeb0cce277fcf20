"""Widget tests speak English unless a test chooses another language (tests/gui/test_i18n_*.py)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def english(qapp):
    from app.ui.i18n import install_language

    install_language("en")
    yield
    install_language("en")
