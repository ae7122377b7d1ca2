"""Collect translatable strings from the code into the .ts files (pyside6-lupdate).

    .venv/bin/python tools/update_translations.py          update every area
    .venv/bin/python tools/update_translations.py --check  exit 1 if any .ts is out of date
    .venv/bin/python tools/update_translations.py gui_detail   update only the areas named

Each area has its own .ts file so areas can grow independently; all .qm files
of a language are loaded together at run time (casevault/i18n.py).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("es_MX",)
AREAS: dict[str, list[str]] = {
    "messages": ["casevault/messages.py"],
    "problems": ["casevault/problem_text.py"],
    "cli": ["casevault/cli*.py", "casevault/__main__.py"],
    "gui": ["casevault/gui/**/*.py"],
    "gui_detail": [
        "casevault/gui/case_detail/*.py",
        "casevault/gui/import_dialog.py",
        "casevault/gui/unlock_screen.py",
        "casevault/gui/duress_dialog.py",
    ],
    "evidence": ["casevault/gui/evidence/**/*.py", "casevault/cli_attach*.py"],
    "exchange": ["casevault/gui/exchange/**/*.py", "casevault/cli_exchange*.py"],
    "protect": ["casevault/gui/protect/**/*.py"],
}
# Files an area's patterns match but another area owns (so two people can edit
# their own .ts files at the same time).
EXCLUDE: dict[str, list[str]] = {
    "gui": AREAS["gui_detail"] + AREAS["evidence"] + AREAS["exchange"] + AREAS["protect"],
    "cli": AREAS["evidence"] + AREAS["exchange"],
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


def main() -> int:
    check = "--check" in sys.argv
    chosen = [a for a in sys.argv[1:] if not a.startswith("--")]
    unknown = set(chosen) - set(AREAS)
    if unknown:
        print("unknown areas:", ", ".join(sorted(unknown)))
        return 2
    stale = []
    for area in chosen or AREAS:
        for language in LANGUAGES:
            ts_file = TRANSLATIONS / f"{area}_{language}.ts"
            if not check:
                update(ts_file, area, language)
                continue
            with tempfile.TemporaryDirectory() as tmp:
                copy = Path(tmp) / ts_file.name
                if ts_file.exists():
                    shutil.copy(ts_file, copy)
                update(copy, area, language)
                if copy.exists() and "unfinished" in copy.read_text(encoding="utf-8"):
                    stale.append(ts_file.name)
    for name in stale:
        print(f"{name}: strings in the code are missing or unfinished in the translation")
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
