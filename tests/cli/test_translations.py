"""The CLI's Spanish is complete, current, and keeps every placeholder."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "cli_es_MX.ts"
SOURCES = [
    *sorted((ROOT / "casevault" / "cli").glob("*.py")),
    ROOT / "casevault" / "__main__.py",
    ROOT / "casevault" / "i18n" / "translations.py",
]
PLACEHOLDER = re.compile(r"%\d|%\([a-z_]+\)[sr]|%[sr]|\{[^}]*\}")


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    return [
        (m.findtext("source") or "", m.find("translation"))  # type: ignore[misc]
        for m in ET.parse(path).iter("message")
    ]


def _forms(translation: ET.Element) -> list[str]:
    """The translated text, or each plural form of a %n message."""
    plural = translation.findall("numerusform")
    return [f.text or "" for f in plural] if plural else [translation.text or ""]


def test_every_cli_string_has_spanish() -> None:
    for source, translation in _messages(TS):
        assert translation is not None and translation.get("type") is None, source
        assert all(form.strip() for form in _forms(translation)), source


def test_plural_messages_have_both_spanish_forms() -> None:
    plurals = [
        (source, _forms(t)) for source, t in _messages(TS) if t is not None and "%n" in source
    ]
    assert plurals
    for source, forms in plurals:
        assert len(forms) == 2, source
        assert "(s)" not in "".join(forms), source


def test_placeholders_are_kept() -> None:
    for source, translation in _messages(TS):
        assert translation is not None
        expected = sorted(PLACEHOLDER.findall(source))
        for form in _forms(translation):
            assert sorted(PLACEHOLDER.findall(form)) == expected, source


def test_the_ts_file_is_current(tmp_path: Path) -> None:
    """lupdate finds no string in the CLI's code that the .ts file lacks."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    subprocess.run(
        [str(lupdate), *map(str, SOURCES), "-ts", str(copy), "-target-language", "es_MX"],
        capture_output=True,
        check=True,
        timeout=120,
    )
    fresh = {source for source, t in _messages(copy) if t is not None and t.get("type") is None}
    assert fresh == {source for source, _ in _messages(TS)}
