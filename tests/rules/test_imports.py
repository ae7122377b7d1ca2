"""No import cycles, no imports hidden in functions, tests share only tests.helpers.

The graph is built from the syntax tree of every module, function-local imports
included, `from a import b` read as importing the module `a.b` when it is one.
"""

from __future__ import annotations

from pathlib import Path

import casevault
from tests.rules import checks, known

ROOT = Path(casevault.__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent.parent

# Function-local imports of the package that are there on purpose, with the reason.
ALLOWED_LOCAL_IMPORTS: dict[str, str] = {
    "casevault.__main__ -> casevault.gui.app": (
        "Qt's widgets load only when the window is wanted: the commands run without them"
    ),
}


def test_no_import_cycles_between_modules_of_the_package() -> None:
    found = checks.package_imports(ROOT, "casevault")
    assert checks.unknown(checks.import_cycles(found, "casevault"), known.CYCLES) == []


def test_no_function_local_imports_of_the_package_beyond_the_allowlist() -> None:
    found = checks.package_imports(ROOT, "casevault")
    offenders = [
        o for o in checks.hidden_imports(found, "casevault") if o not in ALLOWED_LOCAL_IMPORTS
    ]
    assert checks.unknown(offenders, known.LOCAL_IMPORTS) == []


def test_tests_import_only_the_shared_helpers() -> None:
    found = checks.package_imports(TESTS.parent, "tests")
    offenders = checks.cross_test_imports(found, "tests", "tests.helpers")
    assert checks.unknown(offenders, known.TEST_IMPORTS) == []
