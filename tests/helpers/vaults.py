"""The passphrase every test vault is made with (the fixtures are in tests/conftest.py)."""

from __future__ import annotations

PASSPHRASE = "correct horse battery staple"
