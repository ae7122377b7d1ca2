"""The runtime file through which `casevault panic` finds the window: checked before any
signal is sent (right process, not recycled, ours, CaseVault's), private, no case data."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path

import platformdirs
import pytest

from casevault.core.paths import APP_NAME
from casevault.core.process import panic_pidfile
from tests.helpers.waits import WAIT_S, wait_for

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


@pytest.fixture
def stand_in() -> Iterator[subprocess.Popen[bytes]]:
    """A process whose command line says `casevault` (bash's exec -a): what the checks see
    of a real window, and SIGUSR1 ends it (default action), so a signal is visible."""
    process = subprocess.Popen(["bash", "-c", "exec -a casevault sleep 120"])
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=WAIT_S)


@pytest.fixture
def other_program() -> Iterator[subprocess.Popen[bytes]]:
    process = subprocess.Popen(["sleep", "120"])
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=WAIT_S)


def _write(folder: Path, text: str, mode: int = 0o600) -> Path:
    target = panic_pidfile.runtime_file(folder)
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    target.write_text(text, encoding="ascii")
    target.chmod(mode)
    return target


def _wait_started(process: subprocess.Popen[bytes]) -> str:
    """The stand-in's start time, once bash has exec'd into sleep (cmdline changes)."""
    wait_for(lambda: panic_pidfile.is_casevault(process.pid), WAIT_S, "bash to exec into sleep")
    started = panic_pidfile.start_time(process.pid)
    assert started is not None
    return started


@linux_only
def test_announce_writes_a_private_file_with_only_the_pid_and_start_time(tmp_path: Path) -> None:
    folder = tmp_path / "a-vault-folder"
    written = panic_pidfile.announce(folder)
    assert written is not None
    assert written.parent == Path(os.environ["XDG_RUNTIME_DIR"]) / "casevault"
    assert written.stat().st_mode & 0o777 == 0o600
    assert written.parent.stat().st_mode & 0o777 == 0o700
    text = written.read_text()
    assert text == f"{os.getpid()} {panic_pidfile.start_time(os.getpid())}\n"
    assert "a-vault-folder" not in written.name and str(tmp_path) not in text
    assert panic_pidfile.runtime_file(tmp_path / "another") != written
    panic_pidfile.withdraw(folder)
    assert not written.exists()


@linux_only
def test_the_checked_window_process_gets_sigusr1(
    tmp_path: Path, stand_in: subprocess.Popen[bytes]
) -> None:
    started = _wait_started(stand_in)
    _write(tmp_path, f"{stand_in.pid} {started}\n")
    assert panic_pidfile.find_window(tmp_path) == stand_in.pid
    assert panic_pidfile.send_panic(tmp_path) == stand_in.pid
    assert stand_in.wait(timeout=WAIT_S) == -signal.SIGUSR1


@linux_only
def test_a_recycled_process_id_is_not_signalled(
    tmp_path: Path, stand_in: subprocess.Popen[bytes]
) -> None:
    started = _wait_started(stand_in)
    _write(tmp_path, f"{stand_in.pid} {int(started) - 1}\n")  # another process's start
    assert panic_pidfile.send_panic(tmp_path) is None
    assert stand_in.poll() is None


@linux_only
def test_another_program_is_not_signalled(
    tmp_path: Path, other_program: subprocess.Popen[bytes]
) -> None:
    started = panic_pidfile.start_time(other_program.pid)
    _write(tmp_path, f"{other_program.pid} {started}\n")
    assert not panic_pidfile.is_casevault(other_program.pid)
    assert panic_pidfile.send_panic(tmp_path) is None
    assert other_program.poll() is None


@linux_only
def test_a_file_others_could_write_or_a_malformed_one_is_ignored(
    tmp_path: Path, stand_in: subprocess.Popen[bytes]
) -> None:
    started = _wait_started(stand_in)
    target = _write(tmp_path, f"{stand_in.pid} {started}\n", mode=0o622)
    assert panic_pidfile.send_panic(tmp_path) is None
    target.chmod(0o600)
    for text in ("", "garbage\n", f"{stand_in.pid}\n", f"-{stand_in.pid} {started}\n"):
        target.write_text(text)
        assert panic_pidfile.send_panic(tmp_path) is None
    target.unlink()
    target.symlink_to(tmp_path / "elsewhere")
    (tmp_path / "elsewhere").write_text(f"{stand_in.pid} {started}\n")
    (tmp_path / "elsewhere").chmod(0o600)
    assert panic_pidfile.send_panic(tmp_path) is None
    assert stand_in.poll() is None


def test_nothing_announced_means_no_window(tmp_path: Path) -> None:
    assert panic_pidfile.find_window(tmp_path) is None
    assert panic_pidfile.send_panic(tmp_path) is None


def test_without_xdg_runtime_dir_the_fallback_is_chosen_without_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setenv("TMPDIR", str(tmp_path))  # platformdirs' last fallback goes here
    tempfile.tempdir = None  # gettempdir() reads TMPDIR again
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            chosen = panic_pidfile.runtime_dir()
        with warnings.catch_warnings():  # the same folder platformdirs itself picks
            warnings.simplefilter("ignore", platformdirs.RuntimeDirWarning)
            expected = Path(platformdirs.user_runtime_dir(APP_NAME, appauthor=False))
    finally:
        tempfile.tempdir = None
    assert caught == []
    assert chosen == expected / "casevault"


def test_a_start_without_xdg_runtime_dir_prints_nothing(tmp_path: Path) -> None:
    # What the window does at start: announce itself in the runtime folder.
    env = {k: v for k, v in os.environ.items() if k != "XDG_RUNTIME_DIR"}
    env["TMPDIR"] = str(tmp_path)
    code = (
        "from pathlib import Path\n"
        "from casevault.core.process import panic_pidfile\n"
        f"print(panic_pidfile.announce(Path({str(tmp_path / 'vault')!r})) is not None)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=WAIT_S
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
