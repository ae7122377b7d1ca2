"""A killed export leaves its hidden `.NAME.<hex>.part` beside the target; the next
export or backup to that folder removes it, and nothing else."""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from casevault.core.evidence.store import AttachmentStore
from tests.helpers.cli import lines, run_cli
from tests.helpers.exchange import age_keygen, fill, open_vault
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.waits import WAIT_S, wait_for

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and flock are POSIX")

BIG = 48 << 20  # enough to keep an export writing for a while on any machine


def parts(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.endswith(".part"))


def export(vault: Path, out: Path, public: str) -> None:
    done = run_cli(
        "export", out, "--vault", vault, "--recipient", public,
        "--passphrase-stdin", stdin=lines(PASSPHRASE),
    )  # fmt: skip
    assert done.status == 0, done.stderr


def test_a_killed_export_leaves_nothing_after_the_next_one(vault_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "big.bin"
    with source.open("wb") as handle:
        for _ in range(BIG >> 20):
            handle.write(os.urandom(1 << 20))
    with open_vault(vault_dir) as vault:
        case = fill(vault, 1)[0]
        AttachmentStore(vault.db).add(case.uuid, source)
    public = age_keygen(tmp_path / "office.txt")
    out = tmp_path / "usb"
    out.mkdir()
    child = subprocess.Popen(
        [sys.executable, "-m", "casevault", "export", str(out / "x.age"), "--vault",
         str(vault_dir), "--recipient", public, "--passphrase-stdin"],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        assert child.stdin is not None
        child.stdin.write(lines(PASSPHRASE).encode())
        child.stdin.close()
        # Mid-write: the temporary file is there and has bytes in it.
        wait_for(
            lambda: any(p.stat().st_size > 0 for p in parts(out)), what="the export's .part file"
        )
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(WAIT_S)
    left = parts(out)
    assert len(left) == 1 and left[0].name.startswith(".x.age.")  # what the kill left
    assert not (out / "x.age").exists()
    export(vault_dir, out / "y.age", public)
    assert parts(out) == []
    assert sorted(p.name for p in out.iterdir()) == ["y.age", "y.age.sig"]


def test_only_the_exporters_own_leftovers_are_removed(vault_dir: Path, tmp_path: Path) -> None:
    with open_vault(vault_dir) as vault:
        fill(vault, 1)
    public = age_keygen(tmp_path / "office.txt")
    out = tmp_path / "usb"
    out.mkdir()
    kept = [
        ".x.age.0123456789ab.partial",  # another program's
        "x.age.0123456789ab.part",  # not hidden
        ".x.age.0123456789AB.part",  # not the exporter's hex
        ".x.age.0123456789.part",  # too short
        ".x.age.0123456789abc.part",  # too long
        ".0123456789ab.part",  # no name
        "notes.part",
    ]
    for name in kept:
        (out / name).write_bytes(b"someone's data")
    folder_like = out / ".dir.age.0123456789ab.part"
    folder_like.mkdir()
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_bytes(b"not in the folder")
    link = out / ".link.age.0123456789ab.part"
    link.symlink_to(elsewhere)
    foreign = out / ".other.age.0123456789ab.part"
    foreign.write_bytes(b"another user's")
    if os.geteuid() == 0:  # as root, give it to another user; otherwise it is not ours
        os.chown(foreign, 65534, 65534)
    else:
        foreign.unlink()
    running = out / ".running.age.0123456789ab.part"
    running.write_bytes(b"an export still writing")
    held = os.open(running, os.O_RDONLY)
    try:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as a running export holds it
        export(vault_dir, out / "z.age", public)
        assert running.exists()
    finally:
        os.close(held)
    for name in kept:
        assert (out / name).read_bytes() == b"someone's data", name
    assert folder_like.is_dir() and link.is_symlink() and elsewhere.exists()
    assert foreign.exists() or os.geteuid() != 0
    assert (out / "z.age").exists()
