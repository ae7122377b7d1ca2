"""Lock ends the process that saw plaintext: replace it with a fresh one."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def exec_fresh_process(vault_dir: Path) -> None:
    """Replace this process with a new CaseVault showing the unlock screen (never returns)."""
    sys.stdout.flush()
    sys.stderr.flush()
    if getattr(sys, "frozen", False):  # a packaged build is its own executable
        args = [sys.executable, "--vault", str(vault_dir)]
    else:
        args = [sys.executable, "-m", "casevault", "--vault", str(vault_dir)]
    os.execv(sys.executable, args)  # noqa: S606 - our own program, fixed arguments
