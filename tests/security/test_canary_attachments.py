"""Promise 1 for evidence files: a canary inside an attached text file, inside a JPEG's
EXIF and in an attachment's file name is found nowhere on disk, in any encoding,
after intake, reading back, lock, and a process killed with SIGKILL mid-intake.

The source files live in the swept tree and are removed by the intake itself
(remove_source) or by the test before sweeping, so every hit would be a leak.
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from casevault.core.evidence.chunks import BATCH_BYTES
from casevault.core.evidence.store import AttachmentStore
from casevault.core.records.model import Case
from casevault.core.records.search import CaseFilter, find_cases
from casevault.core.records.store import CaseStore
from casevault.core.records.vocab import Vocabularies
from casevault.core.vault.vault import Vault
from tests.helpers import media as media_samples
from tests.helpers.scan import find_canary, now, sweep
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.waits import WAIT_S


def _canary() -> str:
    return f"CANARY{uuid.uuid4().hex}niño-José"


def _case(vault: Vault) -> Case:
    return CaseStore(vault.db, Vocabularies.load()).add(
        Case(code="CAN-1", title="canary case", opened="2024-01-01")
    )


def test_canary_in_text_exif_and_name_stays_inside(vault_dir: Path, tmp_path: Path) -> None:
    started = now()
    canary = _canary()
    sources = tmp_path / "card"
    sources.mkdir()
    text = sources / "declaracion.txt"
    text.write_text(f"La testigo dijo: {canary}\n" * 2000, encoding="utf-8")
    photo = sources / "foto.jpg"
    photo.write_bytes(media_samples.jpeg(artist=canary))
    named = sources / f"{canary}.bin"
    named.write_bytes(os.urandom(4096))
    # Positive control: the scanner sees all three before intake.
    assert len(find_canary([sources], canary)) >= 2
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        case = _case(vault)
        store = AttachmentStore(vault.db)
        added = [store.add(case.uuid, p, remove_source=True) for p in (text, photo, named)]
        assert not any(p.exists() for p in (text, photo, named))
        # Reading back: bytes, a seekable reader, metadata and the search index.
        assert canary.encode() in store.read_bytes(added[0].uuid, 1 << 20)
        with store.open(added[1].uuid) as reader:
            assert canary.encode() in io.BufferedReader(reader).read()
        assert dict(added[1].metadata)["author"] == canary
        assert added[2].name == f"{canary}.bin"
        assert [h.code for h in find_cases(vault.db, CaseFilter(text=canary[:30]))] == ["CAN-1"]
        store.verify()
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert len(AttachmentStore(vault.db).list_all()) == 3
    assert sweep(tmp_path, canary, started) == []


CHILD = """
import sys
from pathlib import Path
from casevault.core.evidence.chunks import BATCH_BYTES
from casevault.core.evidence.store import AttachmentStore
from casevault.core.vault.vault import Vault
folder, passphrase, case_uuid, source = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
vault = Vault.unlock(folder, passphrase)
told = False
def progress(done, total):
    global told
    if done > BATCH_BYTES + (2 << 20) and not told:  # a batch is committed, the next under way
        told = True
        print("committed", flush=True)
        sys.stdin.readline()  # wait here until killed
AttachmentStore(vault.db).add(case_uuid, Path(source), progress=progress)
"""


@pytest.mark.slow
def test_kill_mid_intake_leaves_no_plaintext_and_the_next_open_cleans_up(
    vault_dir: Path, tmp_path: Path
) -> None:
    started = now()
    canary = _canary()
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        case_uuid = _case(vault).uuid
    source = tmp_path / f"{canary}.txt"
    line = f"{canary} la declaración completa de la testigo\n".encode()
    with open(source, "wb") as out:
        for _ in range((BATCH_BYTES * 2) // len(line) + 1):
            out.write(line)
    child_tmp = tmp_path / "child-tmp"
    child_tmp.mkdir()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(vault_dir), PASSPHRASE, case_uuid, str(source)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, TMPDIR=str(child_tmp)),
    )
    assert child.stdout is not None and child.stdin is not None
    assert child.stdout.readline().strip() == "committed"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=WAIT_S)
    child.stdout.close()
    child.stdin.close()
    assert child.returncode == -signal.SIGKILL
    assert find_canary([source], canary)  # positive control
    source.unlink()

    assert sweep(tmp_path, canary, started) == []
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        # Opening removed the half-stored attachment and every one of its chunks.
        assert vault.db.execute("SELECT count(*) FROM attachments").fetchone() == (0,)
        assert vault.db.execute("SELECT count(*) FROM attachment_chunks").fetchone() == (0,)
        assert vault.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert sweep(tmp_path, canary, started) == []
