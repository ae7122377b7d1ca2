"""Where things live: the default vault folder and the app's non-secret settings."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "CaseVault"
# Beside the package, both in the source tree and in the PyInstaller folder.
RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"


def default_vault_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
