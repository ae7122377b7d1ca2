"""Exports leave nothing readable behind: canaries, memory, cancel, a full disk."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from casevault.core.errors import VaultError
from casevault.core.evidence.store import AttachmentStore
from casevault.core.exchange import (
    ExportOptions,
    agepass,
    apply_import,
    export_vault,
    keygen,
    preview_import,
    restore_backup,
)
from casevault.core.records.model import Note
from casevault.core.vault.kdf import FLOOR
from tests.helpers.exchange import copy_vault, fill, open_vault, store
from tests.helpers.scan import now, sweep

MB = 1 << 20
ROOT = str(Path(__file__).resolve().parents[2])  # the child imports casevault from here


def test_canary_is_nowhere_on_disk_after_export_import_and_restore(
    vault_dir: Path, vault_template, tmp_path: Path, monkeypatch
):
    monkeypatch.setattr(agepass, "WORK_FACTOR", 10)
    started = now()
    canary = f"CANARY-{uuid.uuid4().hex}"
    public = keygen(tmp_path / "office.txt")
    identity = (tmp_path / "office.txt").read_text()
    with open_vault(vault_dir) as vault:
        case = fill(vault, 2, canary=canary)[0]
        source = tmp_path / "declaracion.txt"  # removed once taken in
        source.write_bytes(f"declaración {canary}\n".encode() * 100)
        AttachmentStore(vault.db).add(case.uuid, source, remove_source=True)
        assert not source.exists()
        export_vault(
            vault, tmp_path / "s.age", ExportOptions(strip_metadata=True), recipients=[public]
        )
        export_vault(vault, tmp_path / "r.age", ExportOptions(), recipients=[public])
        export_vault(vault, tmp_path / "p.age", ExportOptions(), passphrase="frase")
        export_vault(
            vault, tmp_path / "x.age", ExportOptions(redact_identities=True), recipients=[public]
        )
    target = copy_vault(vault_template[0], tmp_path / "target")
    with open_vault(target) as vault:
        apply_import(
            vault,
            preview_import(vault, tmp_path / "r.age", identity_text=identity),
            identity_text=identity,
        )
        apply_import(
            vault, preview_import(vault, tmp_path / "p.age", passphrase="frase"), passphrase="frase"
        )
        assert len(AttachmentStore(vault.db).list_all()) == 1
    restore_backup(
        tmp_path / "r.age", tmp_path / "restored", "nueva", identity_text=identity, kdf=FLOOR
    )
    assert sweep(tmp_path, canary, started) == []


def test_cancel_leaves_no_file(vault_dir: Path, tmp_path: Path):
    public = keygen(tmp_path / "office.txt")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with open_vault(vault_dir) as vault:
        case = fill(vault, 1)[0]
        store(vault).add(Note(case_uuid=case.uuid, date="2024-01-01", text="x " * 400_000))
        calls = [0]

        def cancelled() -> bool:
            calls[0] += 1
            return calls[0] > 3

        with pytest.raises(VaultError) as caught:
            export_vault(
                vault, out_dir / "x.age", ExportOptions(), recipients=[public], cancelled=cancelled
            )
        assert caught.value.kind.value == "cancelled"
        assert list(out_dir.iterdir()) == []
        # cancelled while verifying (after the whole file was written) also leaves nothing
        seen: list[int] = []

        def late(done: int, total: int) -> None:
            seen.append(done * 2 > total)

        with pytest.raises(VaultError) as caught:
            export_vault(
                vault,
                out_dir / "x.age",
                ExportOptions(),
                recipients=[public],
                progress=late,
                cancelled=lambda: bool(seen) and seen[-1],
            )
        assert caught.value.kind.value == "cancelled" and any(seen)
        assert list(out_dir.iterdir()) == []


@pytest.fixture
def small_tmpfs(tmp_path: Path):
    """A 1 MiB file system (root only): a disk that really fills up."""
    mount = tmp_path / "usb"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("mounting a tmpfs needs root; the RLIMIT_FSIZE test covers this case")
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


def test_full_disk_leaves_no_partial_file(vault_dir: Path, tmp_path: Path, small_tmpfs: Path):
    public = keygen(tmp_path / "office.txt")
    with open_vault(vault_dir) as vault:
        case = fill(vault, 1)[0]
        store(vault).add(Note(case_uuid=case.uuid, date="2024-01-01", text=os.urandom(MB).hex()))
        with pytest.raises(VaultError) as caught:
            export_vault(vault, small_tmpfs / "x.age", ExportOptions(), recipients=[public])
    assert caught.value.kind.value == "disk_full"
    assert list(small_tmpfs.iterdir()) == []


FSIZE_CHILD = """
import resource, signal, sys
from pathlib import Path
from casevault.core.evidence.store import AttachmentStore
from casevault.core.errors import VaultError
from casevault.core.exchange import ExportOptions, export_vault
from casevault.core.vault.vault import Vault
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
vault = Vault.unlock(Path(sys.argv[1]), sys.argv[2])
resource.setrlimit(resource.RLIMIT_FSIZE, (256 * 1024, 256 * 1024))
try:
    export_vault(vault, Path(sys.argv[3]) / "x.age", ExportOptions(), recipients=[sys.argv[4]])
except VaultError as error:
    print(error.kind.value)
"""


def test_file_size_limit_leaves_no_partial_file(vault_dir: Path, tmp_path: Path):
    from tests.helpers.vaults import PASSPHRASE

    public = keygen(tmp_path / "office.txt")
    with open_vault(vault_dir) as vault:
        case = fill(vault, 1)[0]
        store(vault).add(Note(case_uuid=case.uuid, date="2024-01-01", text=os.urandom(MB).hex()))
    out = tmp_path / "out"
    out.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", FSIZE_CHILD, str(vault_dir), PASSPHRASE, str(out), public],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.stdout.strip() == "disk_full", done.stderr
    assert list(out.iterdir()) == []
    assert resource and signal  # used by the child


@pytest.mark.slow
def test_a_1_gb_export_runs_in_constant_memory(tmp_path: Path):
    """A vault with 1 GiB of attachments exported (written, then decrypted and checked)."""
    child = Path(__file__).with_name("exchange_memory_child.py")
    done = subprocess.run(
        [sys.executable, str(child), str(tmp_path), "1024"],
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
        env=dict(os.environ, PYTHONPATH=os.pathsep.join([os.environ["PYTHONPATH"], ROOT])),
    )
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    assert figures["size"] > 1024 * MB
    assert figures["peak"] - figures["baseline"] < 100 * MB, figures
