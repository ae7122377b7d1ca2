"""`casevault panic` locks the real running window; `casevault recovery-key` replaces the key."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import pytest

from casevault.core.errors import WrongKeyError
from casevault.core.process import panic_pidfile
from casevault.core.vault.files import read_header
from casevault.core.vault.keyslots import unwrap_with_recovery
from casevault.core.vault.recovery import parse_recovery_key
from tests.helpers.cli import RECOVERY_KEY_PATTERN, assert_clean, lines, run_cli
from tests.helpers.processes import exec_generation, kill_if_running, start_offscreen_window
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.waits import WAIT_S, wait_for

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


@linux_only
@pytest.mark.slow
def test_panic_locks_the_running_window_of_that_vault(vault_dir: Path, tmp_path: Path) -> None:
    log = tmp_path / "app.log"
    app = start_offscreen_window(vault_dir, log)
    try:
        wait_for(
            lambda: panic_pidfile.find_window(vault_dir) == app.pid, WAIT_S, "the runtime file"
        )
        generation = exec_generation(app.pid)
        done = run_cli("panic", "--vault", vault_dir)
        assert done.status == 0, done.stderr
        assert "locks now" in done.stderr
        # Locking ends the process that saw plaintext: the program image is replaced.
        wait_for(lambda: exec_generation(app.pid) != generation, WAIT_S, "the fresh process")
        wait_for(
            lambda: panic_pidfile.find_window(vault_dir) == app.pid,
            WAIT_S,
            "the fresh announcement",
        )
        # Another vault's panic does not reach this window.
        other = run_cli("panic", "--vault", tmp_path / "other")
        assert other.status == 1
        assert "No CaseVault window is open for this vault" in other.stderr
        assert app.poll() is None
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=WAIT_S) == 0, log.read_text(errors="replace")
        assert not panic_pidfile.runtime_file(vault_dir).exists()  # withdrawn at quit
    finally:
        kill_if_running(app)


def test_panic_without_a_window_says_so(vault_dir: Path) -> None:
    done = run_cli("panic", "--vault", vault_dir)
    assert done.status == 1
    assert "nothing to lock" in done.stderr
    assert_clean(done.stderr)


def test_recovery_key_shows_a_new_key_once_and_the_old_one_stops_working(
    vault_dir: Path, recovery_key: str
) -> None:
    done = run_cli(
        "recovery-key", "--vault", vault_dir, "--passphrase-stdin", stdin=lines(PASSPHRASE)
    )
    assert done.status == 0, done.stderr
    found = RECOVERY_KEY_PATTERN.findall(done.stdout)
    assert len(found) == 1 and found[0] != recovery_key
    assert "old recovery key no longer opens" in done.stdout
    header = read_header(vault_dir)
    with pytest.raises(WrongKeyError):
        unwrap_with_recovery(header, parse_recovery_key(recovery_key))
    unwrap_with_recovery(header, parse_recovery_key(found[0])).discard()


def test_recovery_key_with_a_wrong_passphrase_changes_nothing(vault_dir: Path) -> None:
    before = (vault_dir / "vault.header").read_bytes()
    done = run_cli("recovery-key", "--vault", vault_dir, "--passphrase-stdin", stdin=lines("nope"))
    assert done.status == 3
    assert not RECOVERY_KEY_PATTERN.findall(done.stdout)
    assert (vault_dir / "vault.header").read_bytes() == before
    assert_clean(done.stderr)


def test_spanish_panic_message(vault_dir: Path) -> None:
    done = run_cli("panic", "--vault", vault_dir, lang="es_MX")
    assert done.status == 1
    assert "No hay ninguna ventana de CaseVault abierta" in done.stderr
