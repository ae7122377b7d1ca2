"""Export and import throughput on a vault holding about 1 GiB of attachments, against the
standard `age` tool encrypting the same bytes (a tar of the same files) in the same run.

Each round, interleaved: `age` encrypts, CaseVault exports (written, then decrypted
again and checked: the two phases are timed apart from the progress reports),
`age` decrypts, and CaseVault previews and applies the import into an empty vault.
The attached files are random bytes made for the run (nothing real is ever used).

    .venv/bin/python benchmarks/bench_exchange.py [--mib 1024] [--rounds 2] [--dir /tmp]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import machine, save, summary
from casevault.core.evidence.store import AttachmentStore
from casevault.core.exchange import (
    ExportOptions,
    apply_import,
    export_vault,
    keygen,
    preview_import,
)
from casevault.core.records.model import Case
from casevault.core.records.store import CaseStore
from casevault.core.records.vocab import Vocabularies
from casevault.core.vault.kdf import FLOOR
from casevault.core.vault.vault import Vault

PASSPHRASE = "benchmark passphrase, long enough"
MIB = 1 << 20
FILE_MIB = 32


def build(folder: Path, files: Path, mib: int) -> None:
    files.mkdir()
    for n in range(max(1, mib // FILE_MIB)):
        with (files / f"file{n:03d}.bin").open("wb") as out:
            for _ in range(FILE_MIB):
                out.write(os.urandom(MIB))
    vault, _ = Vault.create(folder, PASSPHRASE, bind_device=False, kdf=FLOOR)
    with vault:
        case = CaseStore(vault.db, Vocabularies.load()).add(Case(code="B-1", title="Bench"))
        store = AttachmentStore(vault.db)
        for path in sorted(files.iterdir()):
            store.add(case.uuid, path)
        vault.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def run_age(args: list[str], **kwargs: object) -> float:
    started = time.perf_counter()
    subprocess.run(args, check=True, **kwargs)  # type: ignore[call-overload]
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mib", type=int, default=1024)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    results: dict[str, list[float]] = {
        k: []
        for k in (
            "age_encrypt",
            "export_total",
            "export_write",
            "export_verify",
            "age_decrypt",
            "import_preview",
            "import_apply",
        )
    }
    with tempfile.TemporaryDirectory(dir=args.dir) as temp:
        root = Path(temp)
        build(root / "vault", root / "files", args.mib)
        payload = sum(p.stat().st_size for p in (root / "files").iterdir())
        public = keygen(root / "key.txt")
        identity = (root / "key.txt").read_text()
        for round_ in range(args.rounds):
            out = root / f"age{round_}.age"
            tar = subprocess.Popen(
                ["tar", "cf", "-", "-C", str(root), "files"], stdout=subprocess.PIPE
            )
            results["age_encrypt"].append(
                run_age(["age", "-r", public, "-o", str(out)], stdin=tar.stdout)
            )
            assert tar.stdout is not None
            tar.stdout.close()
            tar.wait()
            results["age_decrypt"].append(
                run_age(["age", "-d", "-i", str(root / "key.txt"), "-o", os.devnull, str(out)])
            )
            out.unlink()
            half = [0.0]
            started = time.perf_counter()

            def progress(done: int, total: int, half: list[float] = half) -> None:
                if not half[0] and done * 2 >= total:
                    half[0] = time.perf_counter()

            with Vault.unlock(root / "vault", PASSPHRASE) as vault:
                started = time.perf_counter()
                export_vault(
                    vault, root / "x.age", ExportOptions(), recipients=[public], progress=progress
                )
                ended = time.perf_counter()
            results["export_total"].append(ended - started)
            results["export_write"].append(half[0] - started)
            results["export_verify"].append(ended - half[0])
            target = root / "target"
            Vault.create(target, PASSPHRASE, bind_device=False, kdf=FLOOR)[0].close()
            with Vault.unlock(target, PASSPHRASE) as vault:
                started = time.perf_counter()
                preview = preview_import(vault, root / "x.age", identity_text=identity)
                middle = time.perf_counter()
                apply_import(vault, preview, identity_text=identity)
                results["import_apply"].append(time.perf_counter() - middle)
            results["import_preview"].append(middle - started)
            shutil.rmtree(target)
            for name in ("x.age", "x.age.sig"):
                (root / name).unlink()
    mb = payload / MIB
    figures = {k: summary(v) for k, v in results.items()}
    speeds = {k: mb / figures[k]["median"] for k in figures}
    report = {
        "machine": machine(),
        "payload_mib": mb,
        "seconds": figures,
        "mib_per_s": speeds,
        "ratio_export_write_vs_age": speeds["export_write"] / speeds["age_encrypt"],
        "ratio_export_total_vs_age": speeds["export_total"] / speeds["age_encrypt"],
        "ratio_import_preview_vs_age_decrypt": speeds["import_preview"] / speeds["age_decrypt"],
    }
    save("exchange", report)
    for key, value in speeds.items():
        print(f"{key:16s} {value:8.1f} MiB/s  (median {figures[key]['median']:.2f} s)")
    for key in (
        "ratio_export_write_vs_age",
        "ratio_export_total_vs_age",
        "ratio_import_preview_vs_age_decrypt",
    ):
        print(f"{key}: {report[key]:.2f}")


if __name__ == "__main__":
    main()
