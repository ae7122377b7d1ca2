"""Collect translatable strings from the code into the .ts files (pyside6-lupdate).

    .venv/bin/python tools/update_translations.py          update every area
    .venv/bin/python tools/update_translations.py --check  exit 1 if any .ts is out of date
    .venv/bin/python tools/update_translations.py gui_detail   update only the areas named

Each area (a folder of the code, mostly) has its own .ts file so areas can grow
independently; all .qm files of a language are loaded together at run time
(casevault/i18n/translations.py), so which file holds a string does not matter to
the user. When code moves from one area to another, its finished translations
move with it: before updating, every finished translation of the language is
collected (by context, source text and comment) and given back to any entry that
the update left unfinished.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("es_MX",)
AREAS: dict[str, list[str]] = {
    "messages": ["casevault/i18n/messages.py"],
    "problems": ["casevault/i18n/problem_text.py"],
    "cli": ["casevault/cli/*.py", "casevault/__main__.py", "casevault/i18n/*.py"],
    "gui": ["casevault/gui/*.py", "casevault/gui/widgets/*.py", "casevault/gui/cases/*.py"],
    "gui_detail": ["casevault/gui/case_detail/*.py"],
    "vault": ["casevault/gui/vault/*.py"],
    "evidence": ["casevault/gui/evidence/**/*.py"],
    "exchange": ["casevault/gui/exchange/**/*.py"],
    "protect": ["casevault/gui/protect/**/*.py"],
}
# Files an area's patterns match but another area owns.
EXCLUDE: dict[str, list[str]] = {
    "cli": AREAS["messages"] + AREAS["problems"],
}


def lupdate() -> Path:
    found = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    return Path(found)


def sources(area: str) -> list[str]:
    excluded = {p for pattern in EXCLUDE.get(area, []) for p in ROOT.glob(pattern)}
    files: list[str] = []
    for pattern in AREAS[area]:
        files += sorted(str(p) for p in ROOT.glob(pattern) if p not in excluded)
    return files


def update(ts_file: Path, area: str, language: str) -> None:
    if not sources(area):
        return  # an area whose code does not exist yet has no .ts file
    subprocess.run(
        [
            str(lupdate()),
            "-silent",
            "-no-obsolete",
            *sources(area),
            "-ts",
            str(ts_file),
            "-target-language",
            language,
        ],
        check=True,
        cwd=ROOT,
    )


Key = tuple[str, str, str]


def _entries(ts_file: Path) -> dict[Key, ET.Element]:
    """Every message of a .ts file by (context, source, comment), with its translation."""
    found: dict[Key, ET.Element] = {}
    if not ts_file.exists():
        return found
    for context in ET.parse(ts_file).iter("context"):  # noqa: S314 - our own files
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def finished_translations(language: str) -> dict[Key, ET.Element]:
    """The finished translations of every area's .ts file of `language`."""
    pool: dict[Key, ET.Element] = {}
    for ts_file in sorted(TRANSLATIONS.glob(f"*_{language}.ts")):
        for key, message in _entries(ts_file).items():
            target = message.find("translation")
            if target is not None and target.get("type") is None:
                pool[key] = target
    return pool


def carry_over(ts_file: Path, pool: dict[Key, ET.Element]) -> None:
    """Give unfinished entries the finished translation the string had in another area."""
    if not ts_file.exists():
        return
    tree = ET.parse(ts_file)  # noqa: S314 - our own files
    changed = False
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            target = message.find("translation")
            if target is None or target.get("type") != "unfinished" or key not in pool:
                continue
            message.remove(target)
            message.append(pool[key])
            changed = True
    if changed:
        ET.indent(tree, space="    ")
        tree.write(ts_file, encoding="utf-8", xml_declaration=True)
        # lupdate's own layout again (doctype, line breaks), so diffs stay small.
        subprocess.run([str(lupdate()), "-silent", str(ts_file), "-ts", str(ts_file)], check=True)


def main() -> int:
    check = "--check" in sys.argv
    chosen = [a for a in sys.argv[1:] if not a.startswith("--")]
    unknown = set(chosen) - set(AREAS)
    if unknown:
        print("unknown areas:", ", ".join(sorted(unknown)))
        return 2
    stale = []
    pools = {language: finished_translations(language) for language in LANGUAGES}
    for area in chosen or AREAS:
        for language in LANGUAGES:
            ts_file = TRANSLATIONS / f"{area}_{language}.ts"
            if not check:
                update(ts_file, area, language)
                carry_over(ts_file, pools[language])
                continue
            with tempfile.TemporaryDirectory() as tmp:
                copy = Path(tmp) / ts_file.name
                if ts_file.exists():
                    shutil.copy(ts_file, copy)
                update(copy, area, language)
                carry_over(copy, pools[language])
                unfinished = copy.exists() and "unfinished" in copy.read_text(encoding="utf-8")
                if unfinished or set(_entries(copy)) != set(_entries(ts_file)):
                    stale.append(ts_file.name)
    for name in stale:
        print(f"{name}: strings in the code are missing or unfinished in the translation")
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
