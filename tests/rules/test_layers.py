"""Who may import whom, checked on the real imports of the real package.

Each rule reads the syntax tree of every module (also imports inside functions) and,
where loading matters, imports every module of a layer in a fresh interpreter walked
with pkgutil.walk_packages. test_checkers.py shows each rule failing on a deliberate
violation written to a temporary folder.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import casevault
from tests.rules import checks, known

ROOT = Path(casevault.__file__).resolve().parent.parent
VAULT_MAY_NOT_USE = [
    "casevault.core.records",
    "casevault.core.evidence",
    "casevault.core.exchange",
    "casevault.core.session",
]


@pytest.fixture(scope="module")
def found() -> list[checks.Import]:
    return checks.package_imports(ROOT, "casevault")


@pytest.fixture(scope="module")
def core_loaded() -> checks.Loaded:
    return checks.load_all("casevault.core", [ROOT])


def test_the_walk_reaches_every_module_of_core(core_loaded: checks.Loaded) -> None:
    on_disk = {
        m for m in checks.module_files(ROOT, "casevault") if checks.within(m, "casevault.core")
    }
    assert set(core_loaded.modules) == on_disk
    assert "casevault.core.exchange.archive" in on_disk  # the nested packages too


def test_importing_all_of_core_loads_no_qt(core_loaded: checks.Loaded) -> None:
    assert checks.qt_loaders(core_loaded) == []


def test_core_imports_nothing_of_the_program_outside_core(
    found: list[checks.Import], core_loaded: checks.Loaded
) -> None:
    assert checks.layer_escapes(found, core_loaded, "casevault", "casevault.core") == []


def test_the_vault_imports_nothing_from_records_evidence_exchange_or_session(
    found: list[checks.Import],
) -> None:
    loaded = checks.load_all("casevault.core.vault", [ROOT])
    assert checks.qt_loaders(loaded) == []
    assert checks.forbidden(found, loaded, "casevault.core.vault", VAULT_MAY_NOT_USE) == []


def test_the_command_line_never_imports_the_gui(found: list[checks.Import]) -> None:
    loaded = checks.load_all("casevault.cli", [ROOT])
    assert loaded.errors == {}
    offenders = checks.forbidden(found, loaded, "casevault.cli", ["casevault.gui"])
    assert checks.unknown(offenders, known.CLI_IMPORTS_GUI) == []


# What the commands reach only through core.session.Session (docs/architecture.md).
BEHIND_THE_SESSION = [
    "casevault.core.vault.vault",
    "casevault.core.vault.database",
    "casevault.core.vault.files",
    "casevault.core.vault.keyslots",
    "casevault.core.vault.recovery",
    "casevault.core.vault.unlock",
    "casevault.core.vault.lockfile",
    "casevault.core.records.store",
]


def test_the_command_line_reaches_the_vault_only_through_the_session(
    found: list[checks.Import],
) -> None:
    # Direct imports only: Session itself loads all of these.
    assert checks.forbidden(found, None, "casevault.cli", BEHIND_THE_SESSION) == []
