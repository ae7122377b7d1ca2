"""Collect translatable strings from the code into the .ts files (pyside6-lupdate).

    .venv/bin/python tools/update_translations.py          update every area
    .venv/bin/python tools/update_translations.py --check  exit 1 if any .ts is out of date

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
}


def lupdate() -> Path:
    found = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    return Path(found)


def sources(area: str) -> list[str]:
    files: list[str] = []
    for pattern in AREAS[area]:
        files += sorted(str(p) for p in ROOT.glob(pattern))
    return files


def update(ts_file: Path, area: str, language: str) -> None:
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
    stale = []
    for area in AREAS:
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
                if "unfinished" in copy.read_text(encoding="utf-8"):
                    stale.append(ts_file.name)
    for name in stale:
        print(f"{name}: strings in the code are missing or unfinished in the translation")
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
