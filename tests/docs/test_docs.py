"""The repository explains itself: its documents exist, cite nothing outside it, and
name every command and package the code has."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
PACKAGE = ROOT / "casevault"


def _commands() -> set[str]:
    """The subcommands `casevault --help` lists, read from its own output."""
    out = subprocess.run(
        [sys.executable, "-m", "casevault", "--help"],
        capture_output=True,
        text=True,
        check=True,
        env={"CASEVAULT_LANG": "en", "PATH": "", "QT_QPA_PLATFORM": "offscreen"},
        cwd=ROOT,
    ).stdout
    # argparse lists each subcommand on its own line, indented by four spaces.
    return set(re.findall(r"^    ([a-z][a-z-]+)(?:\s|$)", out, re.MULTILINE))


def _cited_commands(text: str) -> set[str]:
    return set(re.findall(r"^casevault ([a-z][a-z-]+)", text, re.MULTILINE))


def test_the_documents_are_in_the_repository() -> None:
    for name in ("architecture.md", "cli.md", "decisions.md", "threat-model.md", "security.md"):
        assert (DOCS / name).is_file(), name


def test_cli_contract_and_readme_name_every_command() -> None:
    commands = _commands()
    assert len(commands) >= 20
    assert commands <= _cited_commands((DOCS / "cli.md").read_text(encoding="utf-8"))
    assert commands <= _cited_commands((ROOT / "README.md").read_text(encoding="utf-8"))


def test_architecture_names_every_package() -> None:
    text = (DOCS / "architecture.md").read_text(encoding="utf-8")
    packages = {p.parent.name for p in PACKAGE.rglob("__init__.py") if p.parent != PACKAGE}
    missing = {name for name in packages if f"{name}/" not in text}
    assert missing == set()


def test_nothing_cites_documents_outside_the_repository_or_issue_numbers() -> None:
    outside = re.compile(r"shared/design|\.\./shared|notes/export-api|\bissue \d+", re.I)
    files = [*DOCS.glob("*.md"), ROOT / "README.md", *PACKAGE.rglob("*.py")]
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in files
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if outside.search(line)
    ]
    assert offenders == []


def test_the_checks_above_can_fail() -> None:
    """Each check, fed a deliberate violation, reports it."""
    assert _cited_commands("casevault wipe [--yes]\n  casevault not-at-start") == {"wipe"}
    assert re.search(r"shared/design|\bissue \d+", "see issue 6", re.I)
