"""`casevault verify` (pages and audit chain) and `casevault demo`."""

from __future__ import annotations

from pathlib import Path

import pytest

from casevault.core.records import demo
from casevault.core.records.store import CaseStore
from casevault.core.records.vocab import Vocabularies
from casevault.core.vault.vault import Vault
from tests.helpers.cli import RECOVERY_KEY_PATTERN, assert_clean, lines, run_cli, sha256
from tests.helpers.vaults import PASSPHRASE

NEW_PASSPHRASE = "una frase de acceso larga para la demo"


def verify(folder: Path, passphrase: str = PASSPHRASE, lang: str | None = None):  # type: ignore[no-untyped-def]
    checked = run_cli(
        "verify", "--vault", folder, "--passphrase-stdin", stdin=lines(passphrase), lang=lang
    )
    assert_clean(checked.stderr)
    return checked


def fill(folder: Path, cases: int) -> None:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        demo.generate(CaseStore(vault.db, Vocabularies.load()), cases)


def test_a_sound_vault(vault_dir: Path) -> None:
    fill(vault_dir, 3)
    checked = verify(vault_dir)
    assert checked.status == 0, checked.stdout + checked.stderr
    report = checked.stdout.splitlines()
    assert report[0].startswith("Database pages: OK, ")
    assert report[0].endswith(" pages checked")
    assert report[1].startswith("Audit log: ")
    assert report[1].endswith(" entries, chain intact")
    assert report[-1] == "The vault is intact."
    assert checked.stderr == ""


def test_an_altered_audit_entry(vault_dir: Path) -> None:
    fill(vault_dir, 2)
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        vault.db.execute("UPDATE audit_log SET at = 'x' WHERE seq = 1")
    checked = verify(vault_dir)
    assert checked.status == 4
    assert "chain BROKEN at entry 1" in checked.stdout
    assert "Database pages: OK" in checked.stdout
    assert "The vault is damaged or was altered." in checked.stdout
    assert "restore the vault from a backup" in checked.stderr


def test_a_removed_last_audit_entry(vault_dir: Path) -> None:
    fill(vault_dir, 2)
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        vault.db.execute("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")
    checked = verify(vault_dir)
    assert checked.status == 4
    assert "chain BROKEN" in checked.stdout


@pytest.mark.parametrize("where", ["last", "middle"])
def test_a_damaged_database_page(vault_dir: Path, where: str) -> None:
    fill(vault_dir, 40)
    db_file = vault_dir / "vault.db"
    data = bytearray(db_file.read_bytes())
    pages = len(data) // 4096
    assert pages > 8
    page = pages - 1 if where == "last" else pages // 2
    data[4096 * page + 100] ^= 0x01
    db_file.write_bytes(bytes(data))
    checked = verify(vault_dir)
    assert checked.status == 4
    # Either the damage stops the vault opening at all, or the report names it.
    damaged = "DAMAGED OR ALTERED" in checked.stdout or "damaged" in checked.stderr
    assert damaged, checked.stdout + checked.stderr
    assert db_file.read_bytes() == bytes(data)


def test_verify_in_spanish(vault_dir: Path) -> None:
    checked = verify(vault_dir, lang="es_MX")
    assert checked.status == 0, checked.stderr
    assert "Páginas de la base de datos: bien" in checked.stdout
    assert "Bitácora de auditoría: 0 entradas, cadena íntegra" in checked.stdout
    assert "La bóveda está íntegra." in checked.stdout


def test_verify_with_a_wrong_passphrase(vault_dir: Path) -> None:
    checked = verify(vault_dir, passphrase="no es")
    assert checked.status == 3
    assert checked.stdout == ""


def test_demo_creates_a_vault_of_fictional_cases(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    made = run_cli(
        "demo", "--vault", folder, "--cases", "3", "--passphrase-stdin",
        stdin=lines(NEW_PASSPHRASE),
    )  # fmt: skip
    assert made.status == 0, made.stderr
    assert_clean(made.stderr)
    assert len(RECOVERY_KEY_PATTERN.findall(made.stdout)) == 1  # shown once, as init does
    assert RECOVERY_KEY_PATTERN.search(made.stderr) is None
    assert "fictional" in made.stderr
    assert "invented" in made.stderr
    assert "3 sample cases" in made.stderr
    found = run_cli(
        "search", "DEMO", "--vault", folder, "--passphrase-stdin", stdin=lines(NEW_PASSPHRASE)
    )
    assert found.status == 0, found.stderr
    rows = [line.split("\t") for line in found.stdout.splitlines()]
    assert sorted(code for code, _title in rows) == ["DEMO-00001", "DEMO-00002", "DEMO-00003"]
    assert all(title.startswith("[Ejemplo]") for _code, title in rows)
    checked = verify(folder, NEW_PASSPHRASE)
    assert checked.status == 0, checked.stdout


def test_demo_refuses_an_existing_vault(vault_dir: Path) -> None:
    before = {p.name: sha256(p) for p in vault_dir.iterdir() if p.is_file()}
    refused = run_cli("demo", "--vault", vault_dir, "--passphrase-stdin", stdin=lines("otra"))
    assert refused.status == 1
    assert "already exists" in refused.stderr
    assert refused.stdout == ""
    assert_clean(refused.stderr)
    assert {p.name: sha256(p) for p in vault_dir.iterdir() if p.is_file()} == before


@pytest.mark.parametrize("count", ["0", "-1", "muchos", "100001"])
def test_demo_needs_a_sensible_number_of_cases(tmp_path: Path, count: str) -> None:
    refused = run_cli("demo", "--vault", tmp_path / "d", "--cases", count, "--passphrase-stdin")
    assert refused.status == 2
    assert "usage: casevault demo" in refused.stderr
    assert not (tmp_path / "d").exists()
