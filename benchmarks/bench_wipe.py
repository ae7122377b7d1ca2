"""Emergency wipe time for a vault whose encrypted vault.db holds about 1 GiB.

Each run builds a real vault (Argon2id at the floor: creation speed is not
what is measured), fills it with random blobs through SQLCipher, checkpoints
the WAL, then times `casevault.core.vault.wipe.wipe`: until the key material is gone
(header overwritten, synced, deleted) and until the whole folder is empty.

    .venv/bin/python benchmarks/bench_wipe.py [--runs 3] [--gib 1] [--dir /tmp]

--dir picks the file system measured (the default temp folder may be a RAM
disk; a vault normally lives on the laptop's disk).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import machine, save, summary
from casevault.core.vault.files import DB_NAME
from casevault.core.vault.kdf import FLOOR
from casevault.core.vault.vault import Vault
from casevault.core.vault.wipe import wipe

PASSPHRASE = "benchmark passphrase, long enough"
GIB = 1024**3
BLOB = 16 * 1024 * 1024


def build(folder: Path, size: int) -> int:
    vault, _ = Vault.create(folder, PASSPHRASE, bind_device=False, kdf=FLOOR)
    try:
        with vault.db.transaction():
            vault.db.execute("CREATE TABLE ballast (data BLOB)")
            vault.db.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                "INSERT INTO ballast SELECT randomblob(?) FROM n",
                (size // BLOB, BLOB),
            )
        vault.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        vault.close()
    return (folder / DB_NAME).stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--gib", type=float, default=1.0)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    total, keys, sizes, build_s = [], [], [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(dir=args.dir) as temp:
            folder = Path(temp) / "vault"
            started = time.perf_counter()
            sizes.append(build(folder, int(args.gib * GIB)))
            build_s.append(time.perf_counter() - started)
            started = time.perf_counter()
            report = wipe(folder)
            total.append(time.perf_counter() - started)
            keys.append(report.key_material_seconds)
            assert not any(folder.iterdir())
    save(
        "wipe",
        {
            "machine": machine(),
            "file_system_dir": str(args.dir or tempfile.gettempdir()),
            "vault_db_bytes": sizes,
            "build_seconds": build_s,
            "wipe_total_seconds": summary(total),
            "key_material_gone_seconds": summary(keys),
        },
    )


if __name__ == "__main__":
    main()
