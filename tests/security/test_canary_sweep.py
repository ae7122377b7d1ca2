"""Promise 1: a canary written into the vault is found nowhere on disk, in any encoding.

Covers normal use and close, a passphrase change, and a process killed with
SIGKILL in the middle of writing. Each sweep also runs a positive control so
the scanner is proven able to find what it looks for.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from casevault.core.vault.unlock import change_passphrase
from casevault.core.vault.vault import Vault
from tests.helpers.scan import find_canary, now, sweep
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.waits import WAIT_S


def _canary() -> str:
    return f"CANARY-{uuid.uuid4().hex}-niño-José"


def test_scanner_finds_a_canary_in_every_encoding(tmp_path: Path) -> None:
    canary = _canary()
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        (tmp_path / f"plain-{encoding}.txt").write_bytes(b"xx" + canary.encode(encoding) + b"yy")
    hits = find_canary([tmp_path], canary)
    assert len(hits) == 3


@pytest.mark.slow
def test_canary_absent_after_use_and_close(vault_dir: Path, tmp_path: Path) -> None:
    started = now()
    canary = _canary()
    with Vault.unlock(vault_dir, PASSPHRASE) as vault, vault.db.transaction():
        vault.db.executemany(
            "INSERT INTO vault_meta VALUES (?, ?)",
            [(f"{canary}-key-{i}", f"{canary} value {i} " * 20) for i in range(500)],
        )
        # A search over the rows (sorting, temp b-trees) must not spill either.
        rows = vault.db.execute(
            "SELECT key FROM vault_meta WHERE value LIKE ? ORDER BY value DESC", (f"%{canary}%",)
        ).fetchall()
        assert len(rows) == 500
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert vault.db.execute("SELECT count(*) FROM vault_meta").fetchone()[0] == 500
    change_passphrase(vault_dir, PASSPHRASE, "another passphrase entirely")
    assert sweep(tmp_path, canary, started) == []


WRITER = """
import sys
from pathlib import Path
from casevault.core.vault.vault import Vault
folder, passphrase, canary = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
vault = Vault.unlock(folder, passphrase)
i = 0
while True:
    with vault.db.transaction():
        for _ in range(50):
            vault.db.execute("INSERT INTO vault_meta VALUES (?, ?)", (f"{canary}-{i}", canary * 40))
            i += 1
    if i == 50:
        print("committed", flush=True)
"""


@pytest.mark.slow
def test_canary_absent_after_sigkill_mid_write(vault_dir: Path, tmp_path: Path) -> None:
    started = now()
    canary = _canary()
    child_tmp = tmp_path / "child-tmp"
    child_tmp.mkdir()
    env = dict(os.environ, TMPDIR=str(child_tmp))
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(vault_dir), PASSPHRASE, canary],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "committed"
    # Let it get well into later transactions so the kill lands mid-write.
    wal = vault_dir / "vault.db-wal"
    deadline = now() + 30
    while (not wal.exists() or wal.stat().st_size < 400_000) and now() < deadline:
        pass
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=WAIT_S)
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    assert sweep(tmp_path, canary, started) == []
    # Nothing committed is lost and the vault is intact.
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert vault.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        count = vault.db.execute("SELECT count(*) FROM vault_meta").fetchone()[0]
        assert count >= 50 and count % 50 == 0
    assert sweep(tmp_path, canary, started) == []


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le"])
def test_sweep_would_catch_a_plaintext_leak(tmp_path: Path, encoding: str) -> None:
    """Positive control for the sweep itself: a leaked plaintext file is reported."""
    started = now()
    canary = _canary()
    (tmp_path / "home" / "leak.log").write_bytes(canary.encode(encoding))
    assert sweep(tmp_path, canary, started) != []
