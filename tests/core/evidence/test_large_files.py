"""A 1 GB attachment goes in and comes out bit-identical in constant memory.

Runs in a child process that resets its own peak-memory mark (/proc/self/clear_refs)
once the vault is open (Argon2id's 256 MiB is not the intake's), then stores the
file and hashes it back through the seekable reader. The growth of the peak
resident set (VmHWM) over the resident set before intake must stay under 100 MB.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from casevault.core.records.model import Case
from casevault.core.records.store import CaseStore
from casevault.core.records.vocab import Vocabularies
from casevault.core.vault.vault import Vault
from tests.helpers.vaults import PASSPHRASE

SIZE = 1 << 30
BLOCK = 1 << 20
LIMIT_BYTES = 100 * 1000 * 1000

CHILD = """
import hashlib, json, sys
from pathlib import Path
from casevault.core.evidence.store import AttachmentStore
from casevault.core.vault.vault import Vault

def status(key):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) * 1024
    raise KeyError(key)

folder, passphrase, case_uuid, source = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
with Vault.unlock(folder, passphrase) as vault:
    store = AttachmentStore(vault.db)
    Path("/proc/self/clear_refs").write_text("5")  # peak mark := current resident set
    before = status("VmRSS")
    reset_peak = status("VmHWM")
    attachment = store.add(case_uuid, Path(source))
    digest = hashlib.sha256()
    size = 0
    with store.open(attachment.uuid) as reader:
        while data := reader.read(1 << 20):
            digest.update(data)
            size += len(data)
    print(json.dumps({
        "before": before, "reset_peak": reset_peak, "peak": status("VmHWM"),
        "stored_sha256": attachment.sha256, "read_sha256": digest.hexdigest(),
        "size": attachment.size, "read_size": size,
    }))
"""


def write_source(path: Path) -> str:
    """1 GiB of incompressible data, written block by block (never all in memory)."""
    block = os.urandom(BLOCK)
    digest = hashlib.sha256()
    with open(path, "wb") as out:
        for number in range(SIZE // BLOCK):
            cut = (number * 7919) % BLOCK
            data = number.to_bytes(8, "big") + block[cut:] + block[: cut - 8 if cut >= 8 else 0]
            data = data[:BLOCK].ljust(BLOCK, b"\x5a")
            digest.update(data)
            out.write(data)
    return digest.hexdigest()


@pytest.mark.slow
def test_one_gigabyte_in_and_out_in_constant_memory(vault_dir: Path, tmp_path: Path) -> None:
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        case = CaseStore(vault.db, Vocabularies.load()).add(
            Case(code="BIG-1", title="video", opened="2024-01-01")
        )
    source = tmp_path / "video.mp4"
    expected = write_source(source)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(vault_dir), PASSPHRASE, case.uuid, str(source)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    source.unlink()
    assert done.returncode == 0, done.stderr
    facts = json.loads(done.stdout)
    assert facts["size"] == facts["read_size"] == SIZE
    assert facts["stored_sha256"] == facts["read_sha256"] == expected
    assert facts["reset_peak"] - facts["before"] < 16 << 20  # the peak mark was reset
    growth = facts["peak"] - facts["before"]
    assert growth < LIMIT_BYTES, f"resident memory grew by {growth / 1e6:.1f} MB"
    print(f"\nresident memory growth during 1 GiB intake and read-back: {growth / 1e6:.1f} MB")
