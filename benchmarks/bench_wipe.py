"""Emergency wipe time for a vault whose encrypted vault.db holds about 1 GiB.

Each run builds a real vault (Argon2id at the floor: creation speed is not
what is measured), fills it with random blobs through SQLCipher and
checkpoints the WAL. A copy of the folder (same files, same sizes, same file
system) is the baseline: deleting it plainly (every file unlinked, the folder
synced). In the same run, in alternating order, `casevault.core.vault.wipe.wipe`
is timed on the vault: until the key material is gone (header overwritten,
synced, deleted) and until the whole folder is empty. The ratios to the plain
delete are the figures to trust; absolute times swing with the machine's load.

    .venv/bin/python benchmarks/bench_wipe.py [--runs 3] [--gib 1] [--dir /var/tmp]

--dir picks the file system measured (the default temp folder may be a RAM
disk; a vault normally lives on the laptop's disk).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import machine, save, summary
from casevault.core.atomic import fsync_dir
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


def plain_delete(folder: Path) -> None:
    """The baseline: what deleting the same files costs without any wipe."""
    for path in folder.iterdir():
        os.unlink(path)
    fsync_dir(folder)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--gib", type=float, default=1.0)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    total: list[float] = []
    keys: list[float] = []
    baseline: list[float] = []
    sizes: list[int] = []
    build_s: list[float] = []
    for run in range(args.runs):
        with tempfile.TemporaryDirectory(dir=args.dir) as temp:
            folder = Path(temp) / "vault"
            copy = Path(temp) / "copy"
            started = time.perf_counter()
            sizes.append(build(folder, int(args.gib * GIB)))
            build_s.append(time.perf_counter() - started)
            shutil.copytree(folder, copy)
            os.sync()  # neither side pays for flushing the other's dirty pages

            def timed_wipe(folder: Path = folder) -> None:
                started = time.perf_counter()
                report = wipe(folder)
                total.append(time.perf_counter() - started)
                keys.append(report.key_material_seconds)
                assert not any(folder.iterdir())

            def timed_baseline(copy: Path = copy) -> None:
                started = time.perf_counter()
                plain_delete(copy)
                baseline.append(time.perf_counter() - started)

            for step in (timed_wipe, timed_baseline) if run % 2 else (timed_baseline, timed_wipe):
                step()
    ratios = [w / b for w, b in zip(total, baseline, strict=True)]
    key_ratios = [k / b for k, b in zip(keys, baseline, strict=True)]
    save(
        "wipe",
        {
            "machine": machine(),
            "file_system_dir": str(args.dir or tempfile.gettempdir()),
            "vault_db_bytes": sizes,
            "build_seconds": build_s,
            "baseline_plain_delete_seconds": summary(baseline),
            "wipe_total_seconds": summary(total),
            "key_material_gone_seconds": summary(keys),
            "ratio_wipe_total_to_plain_delete": {
                "median": statistics.median(ratios),
                "max": max(ratios),
                "runs": ratios,
            },
            "ratio_key_material_gone_to_plain_delete": {
                "median": statistics.median(key_ratios),
                "max": max(key_ratios),
            },
        },
    )


if __name__ == "__main__":
    main()
