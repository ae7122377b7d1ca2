"""`casevault keygen | export | import | restore | backup | recipients` as scripts use them."""

from __future__ import annotations

import hashlib
from pathlib import Path

from tests.helpers.cli import lines, run_cli
from tests.helpers.exchange import age_decrypt_identity, age_keygen, copy_vault, fill, open_vault
from tests.helpers.vaults import PASSPHRASE


def db_state(folder: Path) -> str:
    return hashlib.sha256(
        b"".join((folder / n).read_bytes() for n in ("vault.db", "vault.header"))
    ).hexdigest()


def make_source(vault_dir: Path, cases: int = 2) -> Path:
    with open_vault(vault_dir) as vault:
        fill(vault, cases)
    return vault_dir


def test_keygen_export_import_between_two_vaults(vault_dir, vault_template, tmp_path):
    keygen = run_cli("keygen", tmp_path / "office.txt")
    assert keygen.status == 0, keygen.stderr
    public = keygen.stdout.strip()
    assert public.startswith("age1") and "AGE-SECRET-KEY" not in keygen.stdout
    assert run_cli("keygen", tmp_path / "office.txt").status == 1  # never overwritten
    source = make_source(vault_dir)
    done = run_cli(
        "export",
        tmp_path / "x.age",
        "--vault",
        source,
        "--recipient",
        public,
        "--passphrase-stdin",
        stdin=lines(PASSPHRASE),
    )
    assert done.status == 0, done.stderr
    assert done.stdout.strip().endswith("  x.age")
    assert "Fingerprint:" in done.stderr
    target = copy_vault(vault_template[0], tmp_path / "target")
    dry = run_cli(
        "import",
        tmp_path / "x.age",
        "--vault",
        target,
        "--identity",
        tmp_path / "office.txt",
        "--dry-run",
        "--passphrase-stdin",
        stdin=lines(PASSPHRASE),
    )
    assert dry.status == 0 and "Would import: 10 added" in dry.stderr, dry.stderr
    imported = run_cli(
        "import",
        tmp_path / "x.age",
        "--vault",
        target,
        "--identity",
        tmp_path / "office.txt",
        "--trust-signer",
        "Oaxaca",
        "--passphrase-stdin",
        stdin=lines(PASSPHRASE),
    )
    assert imported.status == 0, imported.stderr
    assert "NOT marked as trusted" in imported.stderr
    assert "Imported: 10 added, 0 updated, 0 unchanged, 0 in conflict." in imported.stderr
    again = run_cli(
        "import",
        tmp_path / "x.age",
        "--vault",
        target,
        "--identity",
        tmp_path / "office.txt",
        "--passphrase-stdin",
        stdin=lines(PASSPHRASE),
    )
    assert "Imported: 0 added, 0 updated, 10 unchanged" in again.stderr, again.stderr
    assert "(trusted)" in again.stderr


def test_wrong_key_exits_3_and_tampering_exits_4_vault_unchanged(
    vault_dir, vault_template, tmp_path
):
    public = age_keygen(tmp_path / "office.txt")
    age_keygen(tmp_path / "other.txt")
    source = make_source(vault_dir)
    run_cli(
        "export",
        tmp_path / "x.age",
        "--vault",
        source,
        "--recipient",
        public,
        "--passphrase-stdin",
        stdin=lines(PASSPHRASE),
    )
    target = copy_vault(vault_template[0], tmp_path / "target")
    before = db_state(target)
    wrong = run_cli(
        "import",
        tmp_path / "x.age",
        "--vault",
        target,
        "--identity",
        tmp_path / "other.txt",
        "--passphrase-stdin",
        stdin=lines(PASSPHRASE),
    )
    assert wrong.status == 3, wrong.stderr
    assert "does not open this export" in wrong.stderr
    data = bytearray((tmp_path / "x.age").read_bytes())
    data[len(data) // 2] ^= 0x10
    (tmp_path / "x.age").write_bytes(bytes(data))
    tampered = run_cli(
        "import",
        tmp_path / "x.age",
        "--vault",
        target,
        "--identity",
        tmp_path / "office.txt",
        "--passphrase-stdin",
        stdin=lines(PASSPHRASE),
    )
    assert tampered.status == 4, tampered.stderr
    assert ".sig" in tampered.stderr
    spanish = run_cli(
        "import",
        tmp_path / "x.age",
        "--vault",
        target,
        "--identity",
        tmp_path / "office.txt",
        "--passphrase-stdin",
        stdin=lines(PASSPHRASE),
        lang="es",
    )
    assert spanish.status == 4 and "firma" in spanish.stderr, spanish.stderr
    assert db_state(target) == before


def test_passphrase_export_restore_and_standard_tools(vault_dir, tmp_path):
    source = make_source(vault_dir, 3)
    done = run_cli(
        "export",
        tmp_path / "pw.age",
        "--vault",
        source,
        "--passphrase",
        "--case",
        "OAX-001",
        "--passphrase-stdin",
        stdin=lines(PASSPHRASE, "frase del archivo"),
    )
    assert done.status == 0, done.stderr
    restored = run_cli(
        "restore",
        tmp_path / "pw.age",
        "--vault",
        tmp_path / "new",
        "--passphrase",
        "--passphrase-stdin",
        stdin=lines("nueva", "frase del archivo"),
    )
    assert restored.status == 1 and "not a full backup" in restored.stderr, restored.stderr
    assert not (tmp_path / "new").exists()
    public = age_keygen(tmp_path / "office.txt")
    run_cli(
        "export",
        tmp_path / "full.age",
        "--vault",
        source,
        "--recipient",
        public,
        "--passphrase-stdin",
        stdin=lines(PASSPHRASE),
    )
    assert b"OAX-002" in age_decrypt_identity(tmp_path / "full.age", tmp_path / "office.txt")
    restored = run_cli(
        "restore",
        tmp_path / "full.age",
        "--vault",
        tmp_path / "new",
        "--identity",
        tmp_path / "office.txt",
        "--passphrase-stdin",
        stdin=lines("nueva"),
    )
    assert restored.status == 0, restored.stderr
    assert "Recovery key" in restored.stdout
    found = run_cli(
        "search",
        "Narrativa",
        "--vault",
        tmp_path / "new",
        "--passphrase-stdin",
        stdin=lines("nueva"),
    )
    assert found.stdout.count("OAX-") == 3, found.stderr


def test_recipients_and_backups_keep_the_newest(vault_dir, tmp_path):
    public = age_keygen(tmp_path / "office.txt")
    bad = run_cli(
        "recipients",
        "add",
        "age1notakey",
        "--vault",
        vault_dir,
        "--passphrase-stdin",
        stdin=lines(PASSPHRASE),
    )
    assert bad.status == 1 and "not an age public key" in bad.stderr
    added = run_cli(
        "recipients",
        "add",
        public,
        "--label",
        "Oficina",
        "--vault",
        vault_dir,
        "--passphrase-stdin",
        stdin=lines(PASSPHRASE),
    )
    assert added.status == 0 and added.stdout.startswith(public + "\t"), added.stderr
    (tmp_path / "usb").mkdir()
    for _ in range(3):
        done = run_cli(
            "backup",
            "--folder",
            tmp_path / "usb",
            "--keep",
            "2",
            "--vault",
            vault_dir,
            "--passphrase-stdin",
            stdin=lines(PASSPHRASE),
        )
        assert done.status == 0, done.stderr
    kept = sorted(p.name for p in (tmp_path / "usb").iterdir())
    assert len(kept) == 4 and sum(name.endswith(".sig") for name in kept) == 2
    age_decrypt_identity(tmp_path / "usb" / kept[0], tmp_path / "office.txt")


def test_a_malformed_age_header_is_damaged_exit_4_vault_unchanged(vault_template, tmp_path):
    """A stanza without its final short line (C2SP vector): damaged, exit 4, nothing changed.

    That it is refused before pyrage (which alone accepts it) is in
    tests/core/exchange/test_age_vectors.py; here, what the user sees.
    """
    vectors = Path(__file__).resolve().parents[1] / "data" / "age-cctv"
    head, body = (vectors / "stanza_missing_final_line").read_bytes().split(b"\n\n", 1)
    identity = next(v for v in head.decode().splitlines() if v.startswith("identity: "))
    (tmp_path / "key.txt").write_text(identity.removeprefix("identity: ") + "\n")
    (tmp_path / "v.age").write_bytes(body)
    target = copy_vault(vault_template[0], tmp_path / "target")
    before = db_state(target)
    for lang, words in (("en", "damaged"), ("es", "dañad")):
        refused = run_cli(
            "import", tmp_path / "v.age", "--vault", target, "--identity", tmp_path / "key.txt",
            "--allow-unsigned", "--passphrase-stdin", stdin=lines(PASSPHRASE), lang=lang,
        )  # fmt: skip
        assert refused.status == 4, refused.stderr
        assert words in refused.stderr, refused.stderr
    assert db_state(target) == before
