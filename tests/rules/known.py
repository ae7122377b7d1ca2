"""Offenders that exist today and are being removed: the rule tests subtract them.

Each entry is an offender line exactly as the rule reports it, with the reason it is
still there. A listed entry that no longer occurs fails its rule too (delete it), so
this list only ever shrinks.
"""

from __future__ import annotations

# casevault.cli never imports casevault.gui.
CLI_IMPORTS_GUI: dict[str, str] = {}

# No function-local imports of the package's own modules, beyond ALLOWED_LOCAL_IMPORTS
# (tests/rules/test_imports.py).
LOCAL_IMPORTS: dict[str, str] = {}

# No import cycles between modules of the package.
CYCLES: dict[str, str] = {}

# Test modules import only tests.helpers, never another test module or a conftest.
TEST_IMPORTS: dict[str, str] = {}
