"""Attachment intake and read-back throughput for a 1 GiB file, against plain file copies.

Each run, on the same file system and in the same process:
  - baseline write: shutil.copyfile of the source plus fsync (the vault syncs too);
  - intake: AttachmentStore.add (chunks through SQLCipher in 16 MiB batches, SHA-256);
  - baseline read: reading the plain copy in 1 MiB blocks;
  - read-back: reading the attachment through AttachmentStore.open in 1 MiB blocks;
  - save copy: AttachmentStore.save_copy (decrypted file, hash checked, fsync).
The peak resident memory during intake is read from /proc/self/status (VmHWM,
reset through /proc/self/clear_refs just before the intake starts).

    .venv/bin/python benchmarks/bench_attachments.py [--runs 2] [--mib 1024] [--dir /var/tmp]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import machine, save, summary
from casevault.core.evidence.store import AttachmentStore
from casevault.core.records.model import Case
from casevault.core.records.store import CaseStore
from casevault.core.records.vocab import Vocabularies
from casevault.core.vault.kdf import FLOOR
from casevault.core.vault.vault import Vault

PASSPHRASE = "benchmark passphrase, long enough"
MIB = 1 << 20


def status(key: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) * 1024
    raise KeyError(key)


def make_source(path: Path, size: int) -> None:
    block = os.urandom(MIB)
    with open(path, "wb") as out:
        for number in range(size // MIB):
            cut = (number * 7919) % MIB
            out.write((number.to_bytes(8, "big") + block[cut:] + block[:cut])[:MIB])
        out.flush()
        os.fsync(out.fileno())


def read_all(stream: object) -> int:
    total = 0
    while data := stream.read(MIB):  # type: ignore[attr-defined]
        total += len(data)
    return total


def copy_synced(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def one_run(folder: Path, size: int) -> dict[str, float]:
    source = folder / "source.bin"
    make_source(source, size)
    vault, _ = Vault.create(folder / "vault", PASSPHRASE, bind_device=False, kdf=FLOOR)
    try:
        case = CaseStore(vault.db, Vocabularies.load()).add(
            Case(code="B-1", title="bench", opened="2024-01-01")
        )
        store = AttachmentStore(vault.db)
        times: dict[str, float] = {}
        started = time.perf_counter()
        copy_synced(source, folder / "plain-copy.bin")
        times["plain_copy_s"] = time.perf_counter() - started

        Path("/proc/self/clear_refs").write_text("5")
        before = status("VmRSS")
        started = time.perf_counter()
        attachment = store.add(case.uuid, source)
        times["intake_s"] = time.perf_counter() - started
        times["intake_peak_rss_growth_mb"] = (status("VmHWM") - before) / 1e6
        times["intake_peak_rss_mb"] = status("VmHWM") / 1e6

        started = time.perf_counter()
        with open(folder / "plain-copy.bin", "rb") as plain:
            assert read_all(plain) == size
        times["plain_read_s"] = time.perf_counter() - started
        started = time.perf_counter()
        with store.open(attachment.uuid) as reader:
            assert read_all(reader) == size
        times["read_back_s"] = time.perf_counter() - started
        started = time.perf_counter()
        store.save_copy(attachment.uuid, folder / "saved.bin")
        times["save_copy_s"] = time.perf_counter() - started
    finally:
        vault.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--mib", type=int, default=1024)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    size = args.mib * MIB
    runs = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(dir=args.dir) as temp:
            runs.append(one_run(Path(temp), size))
    mb = size / 1e6

    def rate(key: str) -> dict[str, float]:
        return summary([mb / r[key] for r in runs])

    result = {
        "machine": machine(),
        "file_system_dir": str(args.dir or tempfile.gettempdir()),
        "size_mib": args.mib,
        "runs": runs,
        "plain_copy_mb_s": rate("plain_copy_s"),
        "intake_mb_s": rate("intake_s"),
        "intake_vs_copy": summary([r["plain_copy_s"] / r["intake_s"] for r in runs]),
        "plain_read_mb_s": rate("plain_read_s"),
        "read_back_mb_s": rate("read_back_s"),
        "read_back_vs_plain_read": summary([r["plain_read_s"] / r["read_back_s"] for r in runs]),
        "save_copy_mb_s": rate("save_copy_s"),
        "save_copy_vs_copy": summary([r["plain_copy_s"] / r["save_copy_s"] for r in runs]),
        "intake_peak_rss_growth_mb": summary([r["intake_peak_rss_growth_mb"] for r in runs]),
    }
    save("attachments", result)


if __name__ == "__main__":
    main()
