"""Lock ends the process that saw plaintext: replace it with a fresh one."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from casevault.core.process import panic_pidfile


def fresh_process_argv(vault_dir: Path) -> list[str]:
    """The command line of the fresh process: the same entry point as a normal start,
    so it goes through `casevault.__main__.main()` and hardens itself again (exec makes a
    Linux process dumpable again)."""
    if getattr(sys, "frozen", False):  # a packaged build is its own executable
        return [sys.executable, "--vault", str(vault_dir)]
    return [sys.executable, "-m", "casevault", "--vault", str(vault_dir)]


def exec_fresh_process(vault_dir: Path) -> None:
    """Replace this process with a new CaseVault showing the unlock screen (never returns)."""
    # The fresh process announces itself again once it can take signals.
    panic_pidfile.withdraw(vault_dir)
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(sys.executable, fresh_process_argv(vault_dir))  # noqa: S606 - our own program


class Relaunch:
    """What Lock does after closing the vault: start afresh, unless the app is leaving.

    `stay_down()` is for "lock and quit" (SIGTERM): Lock still closes the vault and
    zeroes its key, but then no fresh process is started and the event loop ends.
    """

    def __init__(self, vault_dir: Path) -> None:
        self.vault_dir = vault_dir
        self.leaving = False

    def stay_down(self) -> None:
        self.leaving = True

    def __call__(self) -> None:
        if not self.leaving:
            exec_fresh_process(self.vault_dir)
