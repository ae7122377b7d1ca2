"""Rules checked on the code itself: no key material in SQL text.

Who may import whom (no Qt in core, no cycles, ...) is checked in tests/rules.
"""

from __future__ import annotations

import re
from pathlib import Path

import casevault

PACKAGE = Path(casevault.__file__).parent
KEY_PRAGMA = re.compile(r"pragma\s+(hex|text)?(re)?key", re.IGNORECASE)


def test_no_key_pragma_text_anywhere_in_the_program() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if KEY_PRAGMA.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_pragma_rule_can_fail() -> None:
    assert KEY_PRAGMA.search('db.execute(f"PRAGMA key = \\"x\'{hex}\'\\"")')
