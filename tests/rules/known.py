"""Offenders that exist today and are being removed: the rule tests subtract them.

Each entry is an offender line exactly as the rule reports it, with the reason it is
still there. A listed entry that no longer occurs fails its rule too (delete it), so
this list only ever shrinks.
"""

from __future__ import annotations

_DESKTOP = "the desktop (Xvfb, xdotool), open-file and canary helpers still live in test modules"

# casevault.cli never imports casevault.gui.
CLI_IMPORTS_GUI: dict[str, str] = {}

# No function-local imports of the package's own modules, beyond ALLOWED_LOCAL_IMPORTS
# (tests/rules/test_imports.py).
LOCAL_IMPORTS: dict[str, str] = {}

# No import cycles between modules of the package.
CYCLES: dict[str, str] = {}

# Test modules import only tests.helpers, never another test module or a conftest.
TEST_IMPORTS: dict[str, str] = {
    "tests.cli.test_panic_recovery_key -> tests.security.test_memory_after_lock": _DESKTOP,
    "tests.cli.test_wipe -> tests.cli.test_terminal": (
        "the pseudo-terminal runner moves to tests/helpers with the in-process CLI runs"
    ),
    "tests.security.test_evidence_gui_disk -> tests.security.test_no_temp_files": _DESKTOP,
    "tests.security.test_global_hotkey -> tests.security.test_memory_after_lock": _DESKTOP,
    "tests.security.test_memory_after_lock -> tests.security.test_canary_records": _DESKTOP,
    "tests.security.test_no_network -> tests.conftest": (
        "the no-network audit hook moves from the conftest to tests/helpers/network.py"
    ),
}
