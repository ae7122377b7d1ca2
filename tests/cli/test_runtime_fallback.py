"""Without XDG_RUNTIME_DIR, a fallback runtime folder another user owns is never used:
the window starts, `casevault panic` still reaches it through a private folder of ours,
and both say why in plain words (never a traceback)."""

from __future__ import annotations

import os
import signal
import stat
import sys
from pathlib import Path

import pytest

from tests.helpers.cli import run_process
from tests.helpers.processes import exec_generation, kill_if_running, start_offscreen_window
from tests.helpers.waits import WAIT_S, wait_for

OTHER_UID = 65534
NOTE = "belongs to another user"

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc"),
    pytest.mark.skipif(os.geteuid() != 0, reason="giving a folder to another user needs root"),
]


@pytest.fixture
def foreign_runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """platformdirs' fallback (runtime-UID in the temporary folder), owned by someone else."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    foreign = temp / f"runtime-{os.getuid()}"
    foreign.mkdir(mode=0o700)
    os.chown(foreign, OTHER_UID, OTHER_UID)
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setenv("TMPDIR", str(temp))
    return foreign


def fallback(home: Path) -> Path:
    return home / ".local" / "state" / "CaseVault" / "runtime" / "casevault"


@pytest.mark.slow
def test_the_window_starts_and_panic_reaches_it(
    foreign_runtime: Path, vault_dir: Path, tmp_path: Path, isolated_user_dirs: Path
) -> None:
    log = tmp_path / "app.log"
    app = start_offscreen_window(vault_dir, log)
    try:
        folder = fallback(isolated_user_dirs)
        wait_for(
            lambda: app.poll() is not None or (folder.is_dir() and any(folder.iterdir())),
            WAIT_S,
            "the panic file (or the window's end)",
        )
        assert app.poll() is None, log.read_text(errors="replace")
        for path in (folder, *folder.iterdir()):
            info = path.lstat()
            assert info.st_uid == os.getuid() and not info.st_mode & 0o077, stat.filemode(
                info.st_mode
            )
        assert list(foreign_runtime.iterdir()) == []  # nothing written in their folder
        (pid_file,) = folder.iterdir()
        generation = exec_generation(app.pid)
        done = run_process("panic", "--vault", vault_dir)
        assert done.status == 0, done.stderr
        assert "locks now" in done.stderr
        assert "belongs to another user" in done.stderr and str(foreign_runtime) in done.stderr
        assert "Traceback" not in done.stderr
        # Locked: the fresh process announces itself again before it takes SIGTERM.
        wait_for(lambda: exec_generation(app.pid) != generation, WAIT_S, "the fresh process")
        # It withdrew its file before the exec and writes it again once it takes signals,
        # after saying the note again.
        wait_for(
            lambda: log.read_text(errors="replace").count(NOTE) == 2 and pid_file.exists(),
            WAIT_S,
            "the fresh announcement",
        )
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=WAIT_S) == 0, log.read_text(errors="replace")
    finally:
        kill_if_running(app)
    text = log.read_text(errors="replace")
    assert "Traceback" not in text, text
    assert "belongs to another user" in text, text


def test_panic_says_why_in_spanish(foreign_runtime: Path, vault_dir: Path) -> None:
    done = run_process("panic", "--vault", vault_dir, lang="es")
    assert done.status == 1, done.stderr
    assert "pertenece a otro usuario" in done.stderr and "No hay ninguna ventana" in done.stderr
    assert "Traceback" not in done.stderr and "PermissionError" not in done.stderr
