"""Everything CaseVault writes is its owner's alone: files 0600, folders 0700.

Real use, in this process through the real commands: create a vault, add a case,
attach evidence, export, back up, lock; then every file and folder under the
vault folder, the backup folder, the export's folder and the app's config, data,
cache and state folders is looked at. The process starts with the common umask
022, and `run_cli` leaves the process hardening (umask 077) out: what is checked
here is the modes the code asks for itself. The umask is checked in a child
(tests/core/process/test_hardening.py).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from casevault.core.paths import config_dir, default_vault_dir
from casevault.core.records.model import Case
from casevault.core.records.store import CaseStore
from casevault.core.records.vocab import Vocabularies
from casevault.core.session import Session
from tests.helpers.cli import lines, run_cli
from tests.helpers.exchange import age_keygen
from tests.helpers.vaults import PASSPHRASE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX only")


@pytest.fixture
def common_umask() -> Iterator[None]:
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


def walk(top: Path) -> Iterator[Path]:
    yield top
    for root, folders, files in os.walk(top):
        for name in [*folders, *files]:
            yield Path(root) / name


def too_open(tops: list[Path]) -> list[str]:
    found = []
    for top in tops:
        for path in walk(top):
            mode = path.lstat().st_mode
            if stat.S_ISLNK(mode):
                continue
            if mode & 0o077:
                found.append(f"{path} {stat.filemode(mode)}")
    return found


def test_everything_the_app_writes_is_private(common_umask: None, tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    made = run_cli("init", "--vault", vault, "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert made.status == 0, made.stderr
    session = Session(vault)
    session.unlock(PASSPHRASE)
    CaseStore(session.vault.db, Vocabularies.load()).add(
        Case(code="EV-7", title="Cateo ilegal", opened="2024-05-01")
    )
    assert {"vault.db-wal", "vault.db-shm"} <= {p.name for p in vault.iterdir()}
    assert too_open([vault]) == []  # while open: the WAL and shared-memory files too
    session.lock()
    photo = tmp_path / "input" / "photo.txt"
    photo.parent.mkdir()
    photo.write_bytes(b"evidence " * 1000)
    attached = run_cli(
        "attach", "EV-7", photo, "--vault", vault, "--passphrase-stdin", stdin=lines(PASSPHRASE)
    )
    assert attached.status == 0, attached.stderr
    keys = tmp_path / "keys"
    keys.mkdir(mode=0o700)
    public = age_keygen(keys / "office.txt")
    out = tmp_path / "out"
    out.mkdir(mode=0o700)
    exported = run_cli(
        "export", out / "x.age", "--vault", vault, "--recipient", public,
        "--passphrase-stdin", stdin=lines(PASSPHRASE),
    )  # fmt: skip
    assert exported.status == 0, exported.stderr
    added = run_cli(
        "recipients", "add", public, "--vault", vault, "--passphrase-stdin",
        stdin=lines(PASSPHRASE),
    )  # fmt: skip
    assert added.status == 0, added.stderr
    backups = tmp_path / "backups"
    backups.mkdir(mode=0o700)
    backed = run_cli(
        "backup", "--folder", backups, "--vault", vault, "--passphrase-stdin",
        stdin=lines(PASSPHRASE),
    )  # fmt: skip
    assert backed.status == 0, backed.stderr
    assert sorted(p.name for p in out.iterdir()) == ["x.age", "x.age.sig"]
    assert any(p.suffix == ".age" for p in backups.iterdir())
    names = {p.name for p in vault.iterdir()}
    assert "vault.db" in names
    app_dirs = [
        config_dir(),
        default_vault_dir().parent,
        *(Path(os.environ[n]) / "CaseVault" for n in ("XDG_CACHE_HOME", "XDG_STATE_HOME")),
    ]
    assert too_open([vault, out, backups, *[d for d in app_dirs if d.exists()]]) == []
