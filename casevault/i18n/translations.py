"""Loading translations: Spanish (Mexico) and English, following the OS locale.

Which language: an explicit argument, else CASEVAULT_LANG, else the choice saved
in the settings dialog, else the OS locale. Qt's own Spanish (context menus,
standard buttons) is loaded too when the Qt build ships it.

English is the source language of every string; Spanish comes from the .qm
files that the set-up command builds from `resources/translations/*.ts`.
Uses QtCore only, so the command line can share the GUI's translations.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from casevault import settings
from casevault.core.paths import RESOURCES

SUPPORTED = ("en", "es_MX")
TRANSLATIONS = RESOURCES / "translations"
QT_CATALOGUES = ("qtbase",)
_installed: list[QTranslator] = []
_current = ["en"]


def current() -> str:
    """The language installed last: "en" or "es_MX"."""
    return _current[0]


def _saved() -> str:
    try:
        saved = settings.language()
    except Exception:  # unreadable settings never stop the program
        return ""
    return "" if saved == "system" else saved


def pick_language(preferred: str | None = None) -> str:
    """The explicit choice if any, else the environment, the saved choice, the OS locale.

    Any Spanish maps to es_MX."""
    name = preferred or os.environ.get("CASEVAULT_LANG") or _saved() or QLocale.system().name()
    return "es_MX" if name.lower().startswith("es") else "en"


def _qt_catalogues(language: str) -> list[str]:
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    short = language.split("_")[0]
    found = []
    for name in QT_CATALOGUES:
        for candidate in (f"{name}_{language}.qm", f"{name}_{short}.qm"):
            path = os.path.join(folder, candidate)
            if os.path.isfile(path):
                found.append(path)
                break
    return found


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
        catalogues = [str(qm) for qm in sorted(TRANSLATIONS.glob(f"*_{chosen}.qm"))]
        for qm in [*catalogues, *_qt_catalogues(chosen)]:
            translator = QTranslator(app)
            if translator.load(qm):
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
    _current[0] = chosen
    return chosen
