"""Loading translations: Spanish (Mexico) and English, following the OS locale.

English is the source language of every string; Spanish comes from the .qm
files that the set-up command builds from `resources/translations/*.ts`.
Uses QtCore only, so the command line can share the GUI's translations.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from casevault.core.paths import RESOURCES

SUPPORTED = ("en", "es_MX")
TRANSLATIONS = RESOURCES / "translations"
_installed: list[QTranslator] = []


def pick_language(preferred: str | None = None) -> str:
    """The explicit choice if any, else the OS locale: any Spanish maps to es_MX."""
    name = preferred or os.environ.get("CASEVAULT_LANG") or QLocale.system().name()
    return "es_MX" if name.lower().startswith("es") else "en"


def install(language: str | None = None) -> str:
    """Install the translators for `language` into the running Q(Core)Application."""
    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication([])
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    chosen = pick_language(language)
    if chosen != "en":
        for qm in sorted(TRANSLATIONS.glob(f"*_{chosen}.qm")):
            translator = QTranslator(app)
            if translator.load(str(qm)):
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
    return chosen
