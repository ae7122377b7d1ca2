"""Where things live: the default vault folder, the app's non-secret settings and the
user's runtime folder."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import platformdirs

APP_NAME = "CaseVault"
# Beside the package, both in the source tree and in the PyInstaller folder.
RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"


def default_vault_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def runtime_dir() -> Path:
    """The user's runtime folder: $XDG_RUNTIME_DIR when set, else platformdirs' fallback
    (/run/user/UID/CaseVault, or runtime-UID/CaseVault in the temporary folder).

    The fallback is chosen quietly: without a login session (a container, ssh, cron) the
    variable is simply unset, and platformdirs' warning about it would print at every
    start of the program, telling the person nothing they can act on.
    """
    base = os.environ.get("XDG_RUNTIME_DIR")
    if base:
        return Path(base)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", platformdirs.RuntimeDirWarning)
        return Path(platformdirs.user_runtime_dir(APP_NAME, appauthor=False))
