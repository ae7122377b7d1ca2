"""Non-secret preferences: language, window place, lock timings. Nothing about cases.

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
AUTO_LOCK_MINUTES = (1, 2, 5, 10, 15, 30)
DEFAULT_AUTO_LOCK_MINUTES = 5
CLIPBOARD_SECONDS = (15, 30, 60, 0)  # 0: never cleared by time (still cleared on lock)
DEFAULT_CLIPBOARD_SECONDS = 15
_AUTO_LOCK = "lock/idle_minutes"
_CLIPBOARD = "lock/clipboard_seconds"
_MINIMISE = "lock/on_minimise"
_PANIC_SHORTCUT = "lock/panic_shortcut"
# Not Ctrl+Alt+L: that locks the screen on GNOME, KDE, Xfce and Cinnamon (which locks
# CaseVault too, through the screen-lock notice). Ctrl+Alt+Shift+L is free on them.
DEFAULT_PANIC_SHORTCUT = "Ctrl+Alt+Shift+L"


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


def _choice(key: str, choices: tuple[int, ...], default: int) -> int:
    value = _open().value(key, default)
    try:
        number = int(str(value))
    except ValueError:
        return default
    return number if number in choices else default


def _store(key: str, value: object, default: object) -> None:
    """Only what differs from the default is written, so the file stays minimal."""
    store = _open()
    if value == default:
        store.remove(key)
    else:
        store.setValue(key, value)
    store.sync()


def auto_lock_minutes() -> int:
    """Minutes without keyboard or mouse activity before the vault locks itself."""
    return _choice(_AUTO_LOCK, AUTO_LOCK_MINUTES, DEFAULT_AUTO_LOCK_MINUTES)


def set_auto_lock_minutes(value: int) -> None:
    if value not in AUTO_LOCK_MINUTES:
        raise ValueError(value)
    _store(_AUTO_LOCK, value, DEFAULT_AUTO_LOCK_MINUTES)


def clipboard_seconds() -> int:
    """Seconds before text copied from a case field leaves the clipboard (0: never)."""
    return _choice(_CLIPBOARD, CLIPBOARD_SECONDS, DEFAULT_CLIPBOARD_SECONDS)


def set_clipboard_seconds(value: int) -> None:
    if value not in CLIPBOARD_SECONDS:
        raise ValueError(value)
    _store(_CLIPBOARD, value, DEFAULT_CLIPBOARD_SECONDS)


def lock_on_minimise() -> bool:
    return str(_open().value(_MINIMISE, "false")).lower() == "true"


def set_lock_on_minimise(value: bool) -> None:
    _store(_MINIMISE, "true" if value else "false", "false")


def panic_shortcut() -> str:
    """The system-wide panic shortcut in Qt's portable text ("" = none)."""
    value = _open().value(_PANIC_SHORTCUT, DEFAULT_PANIC_SHORTCUT)
    return value if isinstance(value, str) else DEFAULT_PANIC_SHORTCUT


def set_panic_shortcut(value: str) -> None:
    _store(_PANIC_SHORTCUT, value, DEFAULT_PANIC_SHORTCUT)
