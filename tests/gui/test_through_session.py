"""The window talks to `core.session.Session` and its facets only (docs/architecture.md).

Every module of casevault/gui is read as a syntax tree. None may import the vault's
own modules (files, keys, the database, wipe: beyond the value types listed in
VALUE_TYPES), the case and attachment stores or the audit log, or a SQLite driver;
none may reach a `.vault` or `.db` attribute (the open vault and its connection
behind a session) or run SQL with `.execute(`. The stores' types come through
`casevault.core.session`, as the types of `session.cases` and `.attachments`. The
last tests show the checker flagging each kind of violation in a source string.
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import casevault.gui

GUI = Path(casevault.gui.__file__).resolve().parent
ROOT = GUI.parent.parent

FORBIDDEN_MODULES = (
    "casevault.core.vault",
    "casevault.core.records.store",
    "casevault.core.records.audit",
    "casevault.core.evidence.store",
    "sqlite3",
    "sqlcipher3",
    "pysqlcipher3",
)

# Names of casevault.core.vault the window may import: values and pure functions that
# open no file, hold no connection and change nothing.
VALUE_TYPES: dict[str, set[str]] = {
    # the passphrase estimate under the passphrase fields: a pure function of the text
    "casevault.core.vault.strength": {"strength", "Strength"},
    # the Argon2id settings `app.run` hands to Session (tests pass FLOOR)
    "casevault.core.vault.kdf": {"KdfParams"},
    # what `Session.unwrap` returns in the worker and `Session.open` consumes
    "casevault.core.vault.keyslots": {"Unwrapped"},
    # what `session.keys.prepare_duress` returns in the worker and `apply_duress` takes
    "casevault.core.vault.header": {"Header"},
    # the choices of the unlock limit and when the unlock screen starts warning
    "casevault.core.vault.unlock_guard": {"LIMITS", "WARN_REMAINING"},
}

VAULT_ATTRIBUTES = {"vault", "db"}
SQL_CALLS = {"execute", "executemany", "executescript"}


def _forbidden(module: str) -> bool:
    return any(module == name or module.startswith(name + ".") for name in FORBIDDEN_MODULES)


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, AttributeError, ValueError):  # a name inside a module
        return False


def bypasses(source: str, name: str) -> list[str]:
    """Each place in `source` (module `name`) that goes around Session."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source, name)):
        where = f"{name}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Import):
            found += [f"{where} imports {a.name}" for a in node.names if _forbidden(a.name)]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                if _is_module(submodule):  # `from package import module`
                    if _forbidden(submodule) and alias.name not in VALUE_TYPES.get(submodule, ()):
                        found.append(f"{where} imports {submodule}")
                elif _forbidden(node.module) and alias.name not in VALUE_TYPES.get(node.module, ()):
                    found.append(f"{where} imports {alias.name} from {node.module}")
        elif isinstance(node, ast.Attribute) and node.attr in VAULT_ATTRIBUTES:
            found.append(f"{where} reaches .{node.attr}")
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in SQL_CALLS
        ):
            found.append(f"{where} runs SQL with .{node.func.attr}(")
    return found


def gui_modules() -> dict[str, Path]:
    modules: dict[str, Path] = {}
    for path in sorted(GUI.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


def test_the_walk_reaches_every_gui_package() -> None:
    modules = gui_modules()
    for package in ("cases", "case_detail", "evidence", "exchange", "protect", "vault"):
        assert f"casevault.gui.{package}" in modules
    assert "casevault.gui.controller" in modules
    assert len(modules) > 80


def test_no_gui_module_goes_around_the_session() -> None:
    found = [
        offence
        for name, path in gui_modules().items()
        for offence in bypasses(path.read_text(encoding="utf-8"), name)
    ]
    assert found == []


def test_the_value_types_allowed_still_exist() -> None:
    # A stale entry would allow a name that no longer means what its comment says.
    for module, names in VALUE_TYPES.items():
        loaded = __import__(module, fromlist=["_"])
        for name in names - {module.rsplit(".", 1)[1]}:
            assert hasattr(loaded, name), f"{module}.{name}"


# -- the checker fails on deliberate violations -------------------------------------------
CLEAN = (
    "from casevault.core.session import CaseStore, Session\n"
    "from casevault.core.vault.strength import Strength\n"
    "from casevault.core.vault import strength\n"
    "def names(session: Session) -> list[str]:\n"
    "    return [c.code for c in session.cases.list_cases()]\n"
)


def test_the_clean_source_passes() -> None:
    assert bypasses(CLEAN, "fake.gui.widget") == []


def test_an_import_of_the_vault_is_flagged() -> None:
    source = CLEAN + "from casevault.core.vault.wipe import wipe\n"
    assert bypasses(source, "fake.gui.widget") == [
        "fake.gui.widget:6 imports wipe from casevault.core.vault.wipe"
    ]


def test_a_module_of_the_vault_imported_by_name_is_flagged() -> None:
    source = CLEAN + "from casevault.core.vault import database\n"
    assert bypasses(source, "fake.gui.widget") == [
        "fake.gui.widget:6 imports casevault.core.vault.database"
    ]


def test_a_name_beyond_the_value_types_is_flagged() -> None:
    source = CLEAN + "from casevault.core.vault.unlock_guard import read\n"
    assert bypasses(source, "fake.gui.widget") == [
        "fake.gui.widget:6 imports read from casevault.core.vault.unlock_guard"
    ]


def test_the_stores_the_audit_log_and_sqlite_are_flagged() -> None:
    source = CLEAN + (
        "from casevault.core.records import audit\n"
        "from casevault.core.evidence.store import AttachmentStore\n"
        "import casevault.core.records.store\n"
        "import sqlcipher3\n"
    )
    assert bypasses(source, "fake.gui.widget") == [
        "fake.gui.widget:6 imports casevault.core.records.audit",
        "fake.gui.widget:7 imports AttachmentStore from casevault.core.evidence.store",
        "fake.gui.widget:8 imports casevault.core.records.store",
        "fake.gui.widget:9 imports sqlcipher3",
    ]


def test_the_session_s_vault_and_raw_sql_are_flagged() -> None:
    source = CLEAN + (
        "def count(session: Session) -> int:\n"
        "    db = session.vault.db\n"
        "    return db.execute('SELECT count(*) FROM cases').fetchone()[0]\n"
    )
    assert sorted(bypasses(source, "fake.gui.widget")) == [
        "fake.gui.widget:7 reaches .db",
        "fake.gui.widget:7 reaches .vault",
        "fake.gui.widget:8 runs SQL with .execute(",
    ]
