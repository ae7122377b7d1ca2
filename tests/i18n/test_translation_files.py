"""Spanish (Mexico) ships complete: every string translated, every placeholder kept,
and the .ts files up to date with the code."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = sorted((ROOT / "resources" / "translations").glob("*_es_MX.ts"))
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[a-zA-Z_0-9]*\}")


def _messages(ts: Path) -> list[tuple[str, str, list[str], str | None]]:
    out = []
    for message in ET.parse(ts).iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        out.append((source, translation.get("type") or "", forms, message.get("numerus")))
    return out


def test_there_are_translation_files_for_every_area() -> None:
    assert {p.name for p in TS_FILES} >= {
        "messages_es_MX.ts",
        "cli_es_MX.ts",
        "gui_es_MX.ts",
        "gui_detail_es_MX.ts",
        "problems_es_MX.ts",
    }


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_entry_is_finished(ts: Path) -> None:
    entries = _messages(ts)
    assert entries
    unfinished = [s for s, kind, forms, _ in entries if kind == "unfinished" or not all(forms)]
    assert unfinished == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_placeholders_are_kept(ts: Path) -> None:
    broken = []
    for source, _kind, forms, numerus in _messages(ts):
        expected = sorted(PLACEHOLDER.findall(source))
        for form in forms:
            found = sorted(PLACEHOLDER.findall(form))
            if numerus == "yes":
                # A plural form may spell out the number ("un caso") instead of %n.
                found = [p for p in found if p != "%n"]
                wanted = [p for p in expected if p != "%n"]
            else:
                wanted = expected
            if found != wanted:
                broken.append((source, form))
    assert broken == []


def test_placeholder_check_can_fail() -> None:
    assert PLACEHOLDER.findall("Borrar %1 de %2") == ["%1", "%2"]
    assert PLACEHOLDER.findall("Borrar de") == []


def test_ts_files_are_up_to_date_with_the_code() -> None:
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).parent / "pyside6-lupdate"
    )
    assert Path(lupdate).exists()
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
