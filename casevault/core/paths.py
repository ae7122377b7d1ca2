"""Where things live: the default vault folder, the app's non-secret settings and the
user's runtime folder."""

from __future__ import annotations

import os
import stat
import tempfile
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
    (/run/user/UID/CaseVault, or runtime-UID/CaseVault in the temporary folder) when
    that is a private folder of ours, else `private_runtime_fallback()`.

    The fallback is chosen quietly: without a login session (a container, ssh, cron) the
    variable is simply unset, and platformdirs' warning about it would print at every
    start of the program, telling the person nothing they can act on. A fallback folder
    that another user owns, or that others may enter, is never used (that user could
    replace the files in it); `refused_runtime_dir()` then names it, so the program can
    say why.
    """
    base = os.environ.get("XDG_RUNTIME_DIR")
    if base:
        return Path(base)
    candidate = _platform_runtime_dir()
    if (
        candidate is not None
        and is_private_dir_or_absent(candidate.parent)
        and is_private_dir_or_absent(candidate)
    ):
        return candidate
    return private_runtime_fallback()


def refused_runtime_dir() -> Path | None:
    """The usual runtime folder when it was refused as not private to us, else None."""
    if os.environ.get("XDG_RUNTIME_DIR"):
        return None
    candidate = _platform_runtime_dir()
    if candidate is None:
        return Path(tempfile.gettempdir()) / f"runtime-{_uid()}"
    for folder in (candidate.parent, candidate):
        if not is_private_dir_or_absent(folder):
            return folder
    return None


def private_runtime_fallback() -> Path:
    """A folder in the user's own state folder, for when no private runtime folder exists."""
    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False)) / "runtime"


def is_private_dir_or_absent(folder: Path) -> bool:
    """Whether `folder` is absent, or a real folder (no link) of ours nobody else may enter."""
    try:
        info = folder.lstat()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode):
        return False
    if os.name != "posix":
        return True
    return info.st_uid == _uid() and not info.st_mode & 0o077


def _platform_runtime_dir() -> Path | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", platformdirs.RuntimeDirWarning)
        try:
            return Path(platformdirs.user_runtime_dir(APP_NAME, appauthor=False))
        except OSError:  # e.g. runtime-UID in the temporary folder owned by another user
            return None


def _uid() -> int:
    return os.getuid() if hasattr(os, "getuid") else 0
