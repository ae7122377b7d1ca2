from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from casevault.core.session import Session
from casevault.gui.vault.unlock_screen import UnlockScreen
from casevault.i18n import translations

TS = translations.TRANSLATIONS / "gui_es_MX.ts"
GUI_SOURCES = Path(translations.__file__).parents[1] / "gui"


def messages() -> list[tuple[str, str, str | None]]:
    tree = ET.parse(TS)
    found = []
    for message in tree.iter("message"):
        target = message.find("translation")
        assert target is not None
        found.append((message.findtext("source") or "", target.text or "", target.get("type")))
    return found


def test_every_gui_string_is_translated() -> None:
    unfinished = [source for source, text, kind in messages() if kind or not text.strip()]
    assert unfinished == []


def test_placeholders_and_shortcut_markers_are_kept() -> None:
    for source, text, _ in messages():
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text)), source
        assert source.count("&") == text.count("&"), source


def test_ts_file_lists_every_string_in_the_code(tmp_path: Path) -> None:
    lupdate = Path(__import__("sys").executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / "gui_es_MX.ts"
    copy.write_bytes(TS.read_bytes())
    # These files' strings live in gui_detail_es_MX.ts (tools/update_translations.py).
    elsewhere = {"import_dialog.py", "unlock_screen.py", "duress_dialog.py"}
    sources = sorted(str(p) for p in GUI_SOURCES.glob("*.py") if p.name not in elsewhere)
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(copy), "-no-obsolete"],
        check=True,
        capture_output=True,
    )
    tree = ET.parse(copy)
    new = [m.findtext("source") for m in tree.iter("message") if m.find("translation").get("type")]  # type: ignore[union-attr]
    assert new == [], "run pyside6-lupdate and translate these"


def test_spanish_unlock_screen(qtbot: QtBot, vault_dir: Path) -> None:
    if not (translations.TRANSLATIONS / "gui_es_MX.qm").exists():
        pytest.fail(".qm not built: run `python3 dev.py test`")
    assert translations.install("es_MX") == "es_MX"
    screen = UnlockScreen(Session(vault_dir))
    qtbot.addWidget(screen)
    assert screen.button.text() == "&Desbloquear"
    assert "frase de acceso" in screen.binding.text()
