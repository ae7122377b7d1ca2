"""The i18n tests run in the window's QApplication, so the GUI tests can run after them."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def application(qapp: object) -> object:
    # translations.install() would otherwise make a bare QCoreApplication, and
    # pytest-qt refuses to run widget tests in it.
    return qapp
