"""SQLCipher (raw key, as the vault opens it) against plain SQLite, same workload, same run.

Workload: 100,000 rows inserted in batches of 1,000 per transaction (case-like
rows: code, indexed state, date and a ~300-byte text), then 20,000 indexed
point queries and 500 indexed range queries. Both engines use the vault's
settings (WAL, synchronous=FULL, temp_store=MEMORY, a 64 MiB page cache). Baselines: the very same
SQLite build from sqlcipher3 without a key, and the standard library's sqlite3.
Rounds are interleaved so that machine noise hits every engine alike.

    .venv/bin/python benchmarks/bench_sqlcipher_overhead.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
from pathlib import Path

import sqlcipher3

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import machine, save, timed
from casevault.core.vault.database import CACHE_KIB, Database

ROWS = 100_000
BATCH = 1_000
POINT_QUERIES = 20_000
RANGE_QUERIES = 500
STATES = ["Oaxaca", "Chiapas", "Guerrero", "Veracruz", "Tabasco", "Ciudad de México"]


def rows(seed: int) -> list[tuple[str, str, str, str]]:
    rng = random.Random(seed)
    words = [
        "detención",
        "tortura",
        "amenaza",
        "denuncia",
        "fiscalía",
        "comunidad",
        "defensora",
        "traslado",
    ]
    return [
        (
            f"CASE-{i:06d}",
            rng.choice(STATES),
            f"20{rng.randint(10, 26):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            " ".join(rng.choice(words) for _ in range(40)),
        )
        for i in range(ROWS)
    ]


def connect(kind: str, path: Path):  # type: ignore[no-untyped-def]
    if kind == "sqlcipher":
        return Database(path, bytearray(os.urandom(32)))._conn
    conn = (sqlcipher3 if kind == "sqlite-same-build" else sqlite3).connect(
        str(path), isolation_level=None
    )
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
    return conn


def workload(kind: str, folder: Path, data: list[tuple[str, str, str, str]]) -> dict[str, float]:
    path = folder / f"{kind}.db"
    conn = connect(kind, path)
    conn.execute(
        "CREATE TABLE cases (code TEXT PRIMARY KEY, state TEXT, opened TEXT, summary TEXT)"
    )
    conn.execute("CREATE INDEX cases_state_opened ON cases(state, opened)")

    def insert() -> None:
        for start in range(0, ROWS, BATCH):
            conn.execute("BEGIN")
            conn.executemany("INSERT INTO cases VALUES (?, ?, ?, ?)", data[start : start + BATCH])
            conn.execute("COMMIT")

    rng = random.Random(7)
    codes = [f"CASE-{rng.randrange(ROWS):06d}" for _ in range(POINT_QUERIES)]
    ranges = [(rng.choice(STATES), f"20{rng.randint(10, 25)}") for _ in range(RANGE_QUERIES)]

    def point() -> None:
        for code in codes:
            conn.execute("SELECT state, summary FROM cases WHERE code = ?", (code,)).fetchone()

    def ranged() -> None:
        for state, year in ranges:
            conn.execute(
                "SELECT code FROM cases WHERE state = ? AND opened >= ? ORDER BY opened LIMIT 50",
                (state, year),
            ).fetchall()

    result = {"insert_s": timed(insert), "point_s": timed(point), "range_s": timed(ranged)}
    conn.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    data = rows(1)
    kinds = ["sqlcipher", "sqlite-same-build", "sqlite-stdlib"]
    samples: dict[str, dict[str, list[float]]] = {k: {} for k in kinds}
    for round_no in range(args.rounds):
        for kind in kinds if round_no % 2 == 0 else reversed(kinds):
            with tempfile.TemporaryDirectory(dir=Path.home()) as folder:
                for name, value in workload(kind, Path(folder), data).items():
                    samples[kind].setdefault(name, []).append(value)
    medians = {k: {n: statistics.median(v) for n, v in m.items()} for k, m in samples.items()}
    ratios = {
        f"{metric} sqlcipher/{base}": medians["sqlcipher"][metric] / medians[base][metric]
        for base in ("sqlite-same-build", "sqlite-stdlib")
        for metric in ("insert_s", "point_s", "range_s")
    }
    save(
        "sqlcipher_overhead",
        {
            "machine": machine(),
            "rows": ROWS,
            "rounds": args.rounds,
            "medians": medians,
            "ratios": ratios,
            "versions": {
                "sqlcipher3-sqlite": sqlcipher3.sqlite_version,
                "stdlib": sqlite3.sqlite_version,
            },
        },
    )


if __name__ == "__main__":
    main()
