#!/usr/bin/env python3
"""Set everything up, then run CaseVault or its tests. Needs only Python 3.11+.

    python3 dev.py run [--vault DIR]     set up, then open the app
    python3 dev.py test [PYTEST ARGS]    set up (with the system tools the tests use), run all tests
    python3 dev.py test -m "not slow"    the quick loop (leaves out CLI-process and desktop tests)
    python3 dev.py check                 ruff check, ruff format --check, mypy

Set-up: a virtual environment in .venv with the pinned dependencies, the
translations compiled (.ts -> .qm), and for tests the Debian packages the
suite needs (the `age` tool, gnome-keyring, D-Bus, Xvfb, xdotool and xmessage,
Qt's runtime libraries), installed with apt-get when missing and when we are root or have sudo.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".setup-stamp"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")

# Debian packages: what the app needs to show a window, and what the tests use.
APP_PACKAGES = [
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libfontconfig1",
    "libdbus-1-3",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "fonts-dejavu-core",
    "libpulse0",  # Qt Multimedia (audio and video evidence) links to it
]
TEST_PACKAGES = ["age", "gnome-keyring", "dbus-daemon", "procps", "xvfb", "xdotool", "x11-utils"]


def say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def run(cmd: list[str | Path], **kwargs: object) -> None:
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)  # type: ignore[call-overload]


def missing_debian_packages(names: list[str]) -> list[str]:
    if shutil.which("dpkg-query") is None:
        return []
    missing = []
    for name in names:
        result = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True
        )
        if "install ok installed" not in result.stdout:
            missing.append(name)
    return missing


def ensure_system_packages(names: list[str]) -> None:
    missing = missing_debian_packages(names)
    if not missing:
        return
    prefix: list[str] = []
    if os.geteuid() != 0:
        if shutil.which("sudo") is None:
            say("please install: sudo apt-get install " + " ".join(missing))
            return
        prefix = ["sudo"]
    say("installing system packages: " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run([*prefix, "apt-get", "update", "-qq"], env=env)
    run([*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], env=env)


def ensure_venv() -> None:
    fingerprint = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == fingerprint and PY.exists():
        return
    if not PY.exists():
        say("creating .venv")
        venv.EnvBuilder(with_pip=True).create(VENV)
    say("installing CaseVault and its pinned dependencies")
    run([PY, "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    run([PY, "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test]"])
    STAMP.write_text(fingerprint)


def build_translations() -> None:
    lrelease = BIN / "pyside6-lrelease"
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            run([lrelease, "-silent", ts, "-qm", qm])


def setup(packages: list[str]) -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script may be run by an old python3
        sys.exit("CaseVault needs Python 3.11 or newer")
    ensure_system_packages(packages)
    ensure_venv()
    build_translations()


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "run"
    rest = argv[1:]
    if command == "run":
        setup(APP_PACKAGES)
        return subprocess.call([str(PY), "-m", "casevault", *rest])
    if command == "test":
        setup(APP_PACKAGES + TEST_PACKAGES)
        return subprocess.call([str(PY), "-m", "pytest", *rest], cwd=ROOT)
    if command == "check":
        setup([])
        status = 0
        for cmd in (
            [BIN / "ruff", "check", "."],
            [BIN / "ruff", "format", "--check", "."],
            [BIN / "mypy"],
        ):
            say(" ".join(str(c) for c in cmd[1:]) or str(cmd[0]))
            status |= subprocess.call([str(c) for c in cmd], cwd=ROOT)
        return status
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
