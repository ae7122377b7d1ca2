"""The application icon (a shield with a vault door), for windows, tray and desktop file."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from casevault.core.paths import RESOURCES

ICON_NAME = "org.casevault.CaseVault"
ICON_FILE = RESOURCES / "icons" / f"{ICON_NAME}.svg"


def app_icon() -> QIcon:
    return QIcon(str(ICON_FILE))
