"""Which process shows the window of a vault, so `casevault panic` can signal it.

The running window writes a small file in the user's runtime folder
(`$XDG_RUNTIME_DIR/casevault/`, a RAM file system on most Linux desktops,
folder 0700, file 0600; without that variable, a private folder of ours as
core/paths.runtime_dir() picks it, never one another user owns): its process
id and that process's start time, and nothing else — no folder name, no case
data. The file's name is a hash of the vault folder, so two vaults have two
files and the file does not say which folder it belongs to.

Before signalling, the id is checked: the file must be ours and private, the
process must still be the one that wrote it (same start time: a recycled id is
refused), run by us, and be a CaseVault process. Only then is SIGUSR1 sent.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from casevault.core import paths
from casevault.core.atomic import ensure_private_dir, write_atomic
from casevault.core.errors import VaultError

SUFFIX = ".pid"
PROGRAM_MARKERS = ("casevault", "CaseVault")


@dataclass(frozen=True)
class Announcement:
    pid: int
    started: str  # the process's start time as the system reports it


def runtime_dir() -> Path:
    return paths.runtime_dir() / "casevault"


def runtime_file(folder: Path) -> Path:
    digest = hashlib.sha256(str(folder.resolve()).encode("utf-8", "surrogateescape"))
    return runtime_dir() / (digest.hexdigest()[:24] + SUFFIX)


def announce(folder: Path) -> Path | None:
    """Record this process as the window of `folder`; None where that cannot be done."""
    started = start_time(os.getpid())
    if started is None:
        return None
    target = runtime_file(folder)
    try:
        ensure_private_dir(target.parent)
        if not paths.is_private_dir_or_absent(target.parent):
            return None  # not ours after all: write nothing there
        write_atomic(target, f"{os.getpid()} {started}\n".encode("ascii"))
    except (OSError, VaultError):  # no panic file must never stop the app
        return None
    return target


def withdraw(folder: Path) -> None:
    """Remove the file if it still names this process (at quit)."""
    target = runtime_file(folder)
    found = read(target)
    if found is not None and found.pid == os.getpid():
        with contextlib.suppress(OSError):
            target.unlink()


def read(path: Path) -> Announcement | None:
    """The announcement in `path`, if the file is a private file of ours and well formed."""
    try:
        info = path.lstat()
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    if hasattr(os, "getuid") and (info.st_uid != os.getuid() or info.st_mode & 0o077):
        return None
    try:
        text = path.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        return None
    parts = text.split()
    if len(parts) != 2 or not parts[0].isdigit():
        return None
    return Announcement(int(parts[0]), parts[1])


def find_window(folder: Path) -> int | None:
    """The process id of the CaseVault window of `folder`, checked; None if there is none."""
    found = read(runtime_file(folder))
    if found is None or found.pid <= 1 or found.pid == os.getpid():
        return None
    if start_time(found.pid) != found.started:
        return None  # gone, or the id now belongs to another process
    if not is_ours(found.pid) or not is_casevault(found.pid):
        return None
    return found.pid


def send_panic(folder: Path) -> int | None:
    """SIGUSR1 to the checked window process of `folder`; its id, or None if none runs."""
    pid = find_window(folder)
    if pid is None or not hasattr(signal, "SIGUSR1"):
        return None
    try:
        os.kill(pid, signal.SIGUSR1)
    except ProcessLookupError:
        return None
    return pid


# -- facts about a process ------------------------------------------------------------
def start_time(pid: int) -> str | None:
    """When `pid` started (clock ticks since boot on Linux, `ps` elsewhere); None if gone."""
    if sys.platform.startswith("linux"):
        try:
            raw = Path(f"/proc/{pid}/stat").read_bytes()
        except OSError:
            return None
        # Field 22 (starttime), counted after the command name, which may hold spaces.
        fields = raw[raw.rfind(b")") + 2 :].split()
        return fields[19].decode("ascii") if len(fields) > 19 else None
    if sys.platform == "win32":
        return None  # no SIGUSR1 on Windows: nothing to signal
    text = _ps(pid, "lstart=")
    return text.replace(" ", "_") if text else None


def is_ours(pid: int) -> bool:
    if sys.platform.startswith("linux"):
        try:
            return Path(f"/proc/{pid}").stat().st_uid == os.getuid()
        except OSError:
            return False
    return _ps(pid, "uid=") == str(os.getuid())


def is_casevault(pid: int) -> bool:
    """Whether the process's command line is CaseVault's (python -m casevault, the
    `casevault` script or a packaged CaseVault executable)."""
    if sys.platform.startswith("linux"):
        try:
            words = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except OSError:
            return False
        command = [w.decode("utf-8", "replace") for w in words[:3]]
    else:
        command = _ps(pid, "command=").split()[:3]
    return any(Path(word).name in PROGRAM_MARKERS for word in command)


def _ps(pid: int, field: str) -> str:
    try:
        done = subprocess.run(
            ["ps", "-p", str(pid), "-o", field],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""
