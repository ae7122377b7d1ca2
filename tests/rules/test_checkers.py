"""Each rule fails on a deliberate violation: the checkers run on small packages
written to a temporary folder, one violation each, and must report it (and nothing
on the same package without it)."""

from __future__ import annotations

from pathlib import Path

from tests.rules import checks

CLEAN = {
    "fake/__init__.py": "",
    "fake/i18n.py": "from PySide6 import QtCore\n",
    "fake/core/__init__.py": "",
    "fake/core/errors.py": "import json\n",
    "fake/core/vault/__init__.py": "",
    "fake/core/vault/files.py": "from fake.core import errors\n",
    "fake/core/records/__init__.py": "",
    "fake/core/records/store.py": "from fake.core.vault import files\n",
    "fake/core/exchange/__init__.py": "from . import archive\n",
    "fake/core/exchange/archive.py": "from ..records import store\n",
    "fake/gui/__init__.py": "",
    "fake/gui/app.py": "from fake import i18n\nfrom fake.core.records import store\n",
    "fake/cli/__init__.py": "",
    "fake/cli/main.py": "from fake.core.records.store import *\n",
    "fake/__main__.py": "def main():\n    from fake.gui import app\n",
}


def package(tmp_path: Path, **changes: str) -> Path:
    """CLEAN with some files replaced or added (keys: paths with "/" as "__")."""
    files = {**CLEAN, **{key.replace("__", "/") + ".py": text for key, text in changes.items()}}
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return tmp_path


def found(root: Path) -> list[checks.Import]:
    return checks.package_imports(root, "fake")


def test_the_clean_package_breaks_no_rule(tmp_path: Path) -> None:
    root = package(tmp_path)
    imports = found(root)
    core = checks.load_all("fake.core", [root])
    assert core.errors == {}
    assert "fake.core.exchange.archive" in core.modules
    assert checks.qt_loaders(core) == []
    assert checks.layer_escapes(imports, core, "fake", "fake.core") == []
    vault = ["fake.core.records", "fake.core.exchange"]
    assert checks.forbidden(imports, None, "fake.core.vault", vault) == []
    assert checks.forbidden(imports, None, "fake.cli", ["fake.gui"]) == []
    assert checks.import_cycles(imports, "fake") == []
    assert checks.hidden_imports(imports, "fake") == ["fake.__main__ -> fake.gui.app"]


def test_qt_loaded_deep_in_a_nested_core_package_is_found(tmp_path: Path) -> None:
    # The miss of a check that globs only core/*.py: a module one folder down loading
    # Qt through a module outside core, without naming Qt itself.
    root = package(tmp_path, fake__core__exchange__signing="from fake import i18n\n")
    assert checks.qt_loaders(checks.load_all("fake.core", [root])) == [
        "fake.core.exchange.signing -> PySide6"
    ]


def test_an_import_is_blamed_on_the_first_module_whose_import_loads_it(tmp_path: Path) -> None:
    # The exchange facade imports archive: loading the facade is what loads Qt.
    root = package(tmp_path, fake__core__exchange__archive="from fake import i18n\n")
    assert checks.qt_loaders(checks.load_all("fake.core", [root])) == [
        "fake.core.exchange -> PySide6"
    ]


def test_a_core_module_that_cannot_be_imported_is_reported(tmp_path: Path) -> None:
    root = package(tmp_path, fake__core__leaf="import no_such_module_anywhere\n")
    (offender,) = checks.qt_loaders(checks.load_all("fake.core", [root]))
    assert offender.startswith("fake.core.leaf -> import failed: ModuleNotFoundError")


def test_core_importing_outside_core_is_found(tmp_path: Path) -> None:
    root = package(
        tmp_path,
        fake__core__errors="def explain():\n    from fake.gui import app\n",
        fake__settings="",
        fake__core__paths="import fake.settings\n",
    )
    loaded = checks.load_all("fake.core", [root])
    assert checks.layer_escapes(found(root), loaded, "fake", "fake.core") == [
        "fake.core.errors -> fake.gui.app",  # seen in the source only: it never runs
        "fake.core.paths -> fake.settings",  # seen in the source and when loading
    ]


def test_the_vault_using_records_is_found(tmp_path: Path) -> None:
    root = package(
        tmp_path,
        fake__core__vault__files="from fake.core.records.store import Store\n",
        fake__core__records__store="Store = object\n",
    )
    loaded = checks.load_all("fake.core.vault", [root])
    assert checks.forbidden(found(root), loaded, "fake.core.vault", ["fake.core.records"]) == [
        "fake.core.vault.files -> fake.core.records",
        "fake.core.vault.files -> fake.core.records.store",
    ]


def test_the_command_line_importing_the_gui_in_a_function_is_found(tmp_path: Path) -> None:
    root = package(tmp_path, fake__cli__main="def window():\n    from ..gui.app import run\n")
    assert checks.forbidden(found(root), None, "fake.cli", ["fake.gui"]) == [
        "fake.cli.main -> fake.gui.app"
    ]


def test_a_two_module_cycle_hidden_in_a_function_is_found(tmp_path: Path) -> None:
    root = package(
        tmp_path,
        fake__core__vault__files="from fake.core import errors\n",
        fake__core__errors="def later():\n    from fake.core.vault import files\n",
    )
    imports = found(root)
    assert checks.import_cycles(imports, "fake") == ["fake.core.errors <-> fake.core.vault.files"]
    assert checks.hidden_imports(imports, "fake") == [
        "fake.__main__ -> fake.gui.app",
        "fake.core.errors -> fake.core.vault.files",
    ]


def test_a_longer_cycle_is_one_component(tmp_path: Path) -> None:
    root = package(
        tmp_path,
        fake__core__errors="import fake.core.exchange.archive\n",
    )
    assert checks.import_cycles(found(root), "fake") == [
        "fake.core.errors <-> fake.core.exchange.archive <-> fake.core.records.store"
        " <-> fake.core.vault.files"
    ]


def test_a_test_importing_another_test_or_a_conftest_is_found(tmp_path: Path) -> None:
    files = {
        "suite/__init__.py": "",
        "suite/conftest.py": "PASSPHRASE = 'x'\n",
        "suite/helpers/__init__.py": "",
        "suite/helpers/vaults.py": "PASSPHRASE = 'x'\n",
        "suite/gui/__init__.py": "",
        "suite/gui/support.py": "",
        "suite/gui/test_a.py": (
            "from suite.helpers.vaults import PASSPHRASE\nfrom suite.gui import support\n"
        ),
        "suite/gui/test_b.py": (
            "from suite.conftest import PASSPHRASE\nfrom suite.gui.test_a import x\n"
        ),
        "suite/core/__init__.py": "",
        "suite/core/test_c.py": "from suite import conftest\nfrom suite.gui import support\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    imports = checks.package_imports(tmp_path, "suite")
    assert checks.cross_test_imports(imports, "suite", "suite.helpers") == [
        "suite.core.test_c -> suite.conftest",
        "suite.core.test_c -> suite.gui.support",
        "suite.gui.test_b -> suite.conftest",
        "suite.gui.test_b -> suite.gui.test_a",
    ]


def test_a_known_offender_that_is_gone_must_leave_the_list() -> None:
    known = {"a -> b": "being fixed", "c -> d": "being fixed"}
    assert checks.unknown(["a -> b", "e -> f"], known) == [
        "e -> f",
        "c -> d (fixed: remove it from tests/rules/known.py)",
    ]
