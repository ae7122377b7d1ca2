"""Search over a large generated vault, against plain SQLite FTS5 on the same data.

Builds (once, cached in benchmarks/out/) a vault with 50,000 fictional cases
and 250,000 incidents and notes of realistic length from the demo generator,
then a plain-SQLite copy of the same database (sqlcipher_export, same schema and
FTS5 index). Runs a fixed query set through the same `search` (first page of
100 results, as the case list asks) on both, interleaved, and reports median
and p95 per engine and the ratio.

    .venv/bin/python benchmarks/bench_search.py [--cases 50000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path

import sqlcipher3

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import OUT, machine, save, summary
from casevault.core.records import demo
from casevault.core.records.model import Kind
from casevault.core.records.search import CaseFilter, search
from casevault.core.records.store import CaseStore
from casevault.core.records.vocab import Vocabularies
from casevault.core.vault.kdf import FLOOR
from casevault.core.vault.vault import Vault

PASSPHRASE = "benchmark vault passphrase"
PAGE = 100  # what the case list asks for first, as the GUI does
QUERIES = [
    CaseFilter(text="tortura"),
    CaseFilter(text="tapachula"),
    CaseFilter(text="juchitan"),
    CaseFilter(text="jose"),
    CaseFilter(text="fiscal"),
    CaseFilter(text="desaparicion"),
    CaseFilter(text="madre buscadora"),
    CaseFilter(text="vehiculo sin placas"),
    CaseFilter(text="DEMO-0421"),
    CaseFilter(text="xochitl"),
    CaseFilter(text="amenaz"),
    CaseFilter(text="policia estatal"),
    CaseFilter(text="migrante golpeada tren"),
    CaseFilter(text="folio 2019"),
    CaseFilter(text="tortura", statuses={"open"}, risks={"high", "critical"}),
    CaseFilter(violation="enforced_disappearance", state="CHP"),
    CaseFilter(perpetrator="national_guard", date_from="2020-01-01", date_to="2021-12-31"),
    CaseFilter(text="comisión", state="OAX"),
    CaseFilter(statuses={"waiting"}),
    CaseFilter(text="zzzz-sin-resultados"),
]


def build(folder: Path, cases: int) -> None:
    started = time.perf_counter()
    vault, _ = Vault.create(folder, PASSPHRASE, bind_device=False, kdf=FLOOR)
    store = CaseStore(vault.db, Vocabularies.load())
    demo.generate(
        store,
        cases,
        incidents_per_case=3,
        notes_per_case=2,
        progress=lambda done, total: print(f"\r  generating {done}/{total}", end="", flush=True),
    )
    counts = {k.value: store.count(k) for k in Kind}
    vault.close()
    print(f"\n  built in {time.perf_counter() - started:.0f} s: {counts}")


def export_plain(vault: Vault, plain: Path) -> None:
    """The same database, schema and FTS5 index, unencrypted (fictional data only)."""
    plain.unlink(missing_ok=True)
    with vault.db.privileged():
        vault.db.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        vault.db.execute("SELECT sqlcipher_export('plain')")
        vault.db.execute("DETACH DATABASE plain")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    base = OUT / f"search-{args.cases}"
    folder = base / "vault"
    if not (folder / "vault.header").exists():
        shutil.rmtree(base, ignore_errors=True)
        base.mkdir(parents=True)
        build(folder, args.cases)
    vault = Vault.unlock(folder, PASSPHRASE)  # runs any new migrations first
    export_plain(vault, base / "plain.db")
    plain = sqlcipher3.connect(str(base / "plain.db"))
    plain.execute("PRAGMA cache_size = -65536")
    engines = {"sqlcipher": vault.db, "plain": plain}
    for db in engines.values():  # warm both caches the same way
        for flt in QUERIES:
            search(db, flt, limit=PAGE)
    times: dict[str, list[float]] = {name: [] for name in engines}
    per_query: dict[str, dict[str, list[float]]] = {}
    hits: dict[str, int] = {}
    for round_no in range(args.rounds):
        for flt in QUERIES:
            label = repr({k: v for k, v in vars(flt).items() if v})
            order = list(engines.items()) if round_no % 2 == 0 else list(engines.items())[::-1]
            for name, db in order:
                started = time.perf_counter()
                result = search(db, flt, limit=PAGE)
                elapsed = time.perf_counter() - started
                times[name].append(elapsed)
                per_query.setdefault(label, {}).setdefault(name, []).append(elapsed)
                hits[label] = len(result.hits)
    cases = vault.db.execute("SELECT count(*) FROM cases").fetchone()[0]
    records = vault.db.execute("SELECT count(*) FROM search_index").fetchone()[0]
    vault.close()
    plain.close()
    enc, base_s = summary(times["sqlcipher"]), summary(times["plain"])
    save(
        "search",
        {
            "machine": machine(),
            "cases": cases,
            "indexed_records": records,
            "queries": len(QUERIES),
            "rounds": args.rounds,
            "sqlcipher_ms": {k: v * 1000 if k != "n" else v for k, v in enc.items()},
            "plain_ms": {k: v * 1000 if k != "n" else v for k, v in base_s.items()},
            "ratio_median": enc["median"] / base_s["median"],
            "ratio_p95": enc["p95"] / base_s["p95"],
            "per_query_median_ms": {
                label: {
                    name: round(statistics.median(v) * 1000, 2) for name, v in engines_t.items()
                }
                | {"hits": hits[label]}
                for label, engines_t in per_query.items()
            },
        },
    )


if __name__ == "__main__":
    main()
