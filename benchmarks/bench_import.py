"""CSV import rate: rows per second for cases and incidents files, as a
spreadsheet would save them (UTF-8 with BOM), into a fresh vault.

    .venv/bin/python benchmarks/bench_import.py [--cases 10000] [--incidents-per-case 3]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import machine, save
from casevault.core.records import demo
from casevault.core.records.csv_import import import_csv
from casevault.core.records.store import CaseStore
from casevault.core.records.vocab import Vocabularies
from casevault.core.vault.kdf import FLOOR
from casevault.core.vault.vault import Vault


def write_files(folder: Path, cases: int, per_case: int) -> tuple[Path, Path]:
    rng = random.Random(5)
    cases_csv, incidents_csv = folder / "cases.csv", folder / "incidents.csv"
    with open(cases_csv, "w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["código", "título", "estado", "riesgo", "resumen", "apertura", "etiquetas"])
        for i in range(cases):
            out.writerow(
                [
                    f"IMP-{i:06d}",
                    f"[Ejemplo] {demo.sentence(rng)}",
                    rng.choice(["Abierto", "En acompañamiento", "Cerrado"]),
                    rng.choice(["Bajo", "Medio", "Alto", "Crítico"]),
                    demo.paragraph(rng, 3),
                    f"{rng.randint(2012, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    "migración|tortura",
                ]
            )
    with open(incidents_csv, "w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(
            ["case_code", "date", "state", "place", "violations", "perpetrators", "narrative"]
        )
        for i in range(cases):
            for _ in range(per_case):
                out.writerow(
                    [
                        f"IMP-{i:06d}",
                        f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/"
                        f"{rng.randint(2012, 2026)}",
                        rng.choice(["Oaxaca", "Chiapas", "GRO", "Veracruz"]),
                        "vía pública",
                        "|".join(rng.sample(["Tortura", "Amenazas", "threats", "surveillance"], 2)),
                        rng.choice(["Policía estatal", "Guardia Nacional", "unknown"]),
                        demo.paragraph(rng, rng.randint(3, 8)),
                    ]
                )
    return cases_csv, incidents_csv


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--incidents-per-case", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=Path.home()) as tmp:
        folder = Path(tmp)
        cases_csv, incidents_csv = write_files(folder, args.cases, args.incidents_per_case)
        vault, _ = Vault.create(
            folder / "vault", "benchmark passphrase", bind_device=False, kdf=FLOOR
        )
        store = CaseStore(vault.db, Vocabularies.load())
        result: dict[str, object] = {"machine": machine()}
        for kind, path in (("cases", cases_csv), ("incidents", incidents_csv)):
            started = time.perf_counter()
            report = import_csv(store, kind, path)
            elapsed = time.perf_counter() - started
            assert report.ok, report.problems[:5]
            result[kind] = {
                "rows": report.imported,
                "seconds": round(elapsed, 2),
                "rows_per_second": round(report.imported / elapsed),
                "file_mb": round(path.stat().st_size / 1e6, 1),
            }
        vault.close()
    save("import", result)


if __name__ == "__main__":
    main()
