"""Fill translations into a Qt .ts file from a JSON object {source text: translation}.

Usage: python tools/ts_fill.py resources/translations/gui_es_MX.ts es.json

Workflow: `pyside6-lupdate` collects new source strings into the .ts file (as
"unfinished"); write their Spanish in a JSON file; this script puts them in
and marks them finished. Strings with no entry stay unfinished, and the
translation test fails until they are done. Plural entries take a list.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_path: Path, translations: dict[str, str | list[str]]) -> tuple[int, list[str]]:
    tree = ET.parse(ts_path)  # noqa: S314 - our own translation sources
    done = 0
    missing: list[str] = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        target = message.find("translation")
        if target is None:
            target = ET.SubElement(message, "translation")
        if target.get("type") in ("vanished", "obsolete"):
            continue
        if source in translations:
            value = translations[source]
            if message.get("numerus") == "yes":
                for child in list(target):
                    target.remove(child)
                forms = value if isinstance(value, list) else [value, value]
                for form in forms:
                    ET.SubElement(target, "numerusform").text = form
                target.text = None
            else:
                target.text = value if isinstance(value, str) else value[0]
            target.attrib.pop("type", None)
            done += 1
        elif target.get("type") == "unfinished":
            missing.append(source)
    ET.indent(tree)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return done, missing


def main() -> int:
    ts_path, json_path = Path(sys.argv[1]), Path(sys.argv[2])
    done, missing = fill(ts_path, json.loads(json_path.read_text(encoding="utf-8")))
    print(f"{done} filled; {len(missing)} still unfinished")
    for source in missing:
        print("  unfinished:", source)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
