"""Non-secret preferences: the language and where the window was. Nothing about cases.

Stored as an INI file in the app's config folder (a path chosen here rather than
Qt's default, so it follows the same folder rules as the rest of the app).
Uses QtCore only, so the command line can read the language too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from casevault.core.paths import config_dir

LANGUAGES = ("system", "en", "es_MX")
_LANGUAGE = "language"
_GEOMETRY = "window/geometry"
_STATE = "window/state"
_SPLITTER = "window/splitter"


def settings_file() -> Path:
    return config_dir() / "settings.ini"


def _open() -> QSettings:
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def language() -> str:
    """ "system", "en" or "es_MX"."""
    value = _open().value(_LANGUAGE, "system")
    return value if isinstance(value, str) and value in LANGUAGES else "system"


def set_language(value: str) -> None:
    if value not in LANGUAGES:
        raise ValueError(value)
    store = _open()
    store.setValue(_LANGUAGE, value)
    store.sync()


def window_layout() -> tuple[QByteArray | None, QByteArray | None, QByteArray | None]:
    """Saved geometry, toolbar state and splitter sizes (None where nothing is saved)."""
    store = _open()
    found = []
    for key in (_GEOMETRY, _STATE, _SPLITTER):
        value = store.value(key)
        found.append(value if isinstance(value, QByteArray) else None)
    return found[0], found[1], found[2]


def save_window_layout(geometry: QByteArray, state: QByteArray, splitter: QByteArray) -> None:
    store = _open()
    store.setValue(_GEOMETRY, geometry)
    store.setValue(_STATE, state)
    store.setValue(_SPLITTER, splitter)
    store.sync()
