"""`casevault attach` and the attachment check of `casevault verify`, run as real processes."""

from __future__ import annotations

import hashlib
from pathlib import Path

from casevault.core.evidence.store import AttachmentStore
from casevault.core.records.model import Case
from casevault.core.records.store import CaseStore
from casevault.core.records.vocab import Vocabularies
from casevault.core.vault.vault import Vault
from tests.helpers import media as media_samples
from tests.helpers.cli import assert_clean, lines, run_cli
from tests.helpers.vaults import PASSPHRASE


def make_case(folder: Path, code: str = "EV-7") -> None:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        CaseStore(vault.db, Vocabularies.load()).add(
            Case(code=code, title="Cateo ilegal", opened="2024-05-01")
        )


def attach(folder: Path, *args: object, lang: str | None = None):  # type: ignore[no-untyped-def]
    done = run_cli(
        "attach", *args, "--vault", folder, "--passphrase-stdin", stdin=lines(PASSPHRASE), lang=lang
    )
    assert_clean(done.stderr)
    return done


def stored(folder: Path) -> list[tuple[str, str, str]]:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        return [(a.name, a.sha256, a.media_type) for a in AttachmentStore(vault.db).list_all()]


def test_attach_files_prints_their_fingerprints(vault_dir: Path, tmp_path: Path) -> None:
    make_case(vault_dir)
    photo = tmp_path / "IMG_0001.JPG"
    photo.write_bytes(media_samples.jpeg())
    note = tmp_path / "testimonio.txt"
    note.write_text("Llegaron de noche.\n", encoding="utf-8")
    done = attach(vault_dir, "EV-7", photo, note)
    assert done.status == 0, done.stderr
    expected = [f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}" for p in (photo, note)]
    assert done.stdout.splitlines() == expected
    assert "IMG_0001.JPG carries a GPS position" in done.stderr
    assert "IMG_0001.JPG carries an author's name" in done.stderr
    assert "Added 2 files to case EV-7." in done.stderr
    assert sorted(stored(vault_dir)) == sorted(
        [
            ("IMG_0001.JPG", hashlib.sha256(photo.read_bytes()).hexdigest(), "image/jpeg"),
            ("testimonio.txt", hashlib.sha256(note.read_bytes()).hexdigest(), "text/plain"),
        ]
    )
    assert photo.exists() and note.exists()


def test_remove_source_deletes_and_warns(vault_dir: Path, tmp_path: Path) -> None:
    make_case(vault_dir)
    card = tmp_path / "DCIM"
    card.mkdir()
    photos = []
    for number in range(3):
        photo = card / f"P{number}.JPG"
        photo.write_bytes(media_samples.jpeg(artist=f"phone {number}"))
        photos.append(photo)
    done = attach(vault_dir, "EV-7", *photos, "--remove-source")
    assert done.status == 0, done.stderr
    assert list(card.iterdir()) == []
    assert "memory cards" in done.stderr
    assert len(stored(vault_dir)) == 3


def test_unknown_case_code(vault_dir: Path, tmp_path: Path) -> None:
    make_case(vault_dir)
    note = tmp_path / "a.txt"
    note.write_text("x")
    done = attach(vault_dir, "NOPE-1", note)
    assert done.status == 1
    assert "There is no case with the code NOPE-1. Nothing was added." in done.stderr
    assert done.stdout == ""
    spanish = attach(vault_dir, "NOPE-1", note, lang="es")
    assert spanish.status == 1
    assert "No hay ningún caso con el código NOPE-1" in spanish.stderr
    assert stored(vault_dir) == []


def test_missing_file_before_the_passphrase(vault_dir: Path, tmp_path: Path) -> None:
    make_case(vault_dir)
    note = tmp_path / "a.txt"
    note.write_text("x")
    done = run_cli("attach", "EV-7", note, tmp_path / "gone.jpg", "--vault", vault_dir)
    assert done.status == 1
    assert "There is no file" in done.stderr and "gone.jpg" in done.stderr
    assert "Passphrase" not in done.stderr
    folder = attach(vault_dir, "EV-7", tmp_path)
    assert folder.status == 1 and "is a folder" in folder.stderr
    assert stored(vault_dir) == []


def verify(folder: Path):  # type: ignore[no-untyped-def]
    done = run_cli("verify", "--vault", folder, "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert_clean(done.stderr)
    return done


def test_verify_names_an_altered_attachment(vault_dir: Path, tmp_path: Path) -> None:
    make_case(vault_dir)
    photo = tmp_path / "golpes.jpg"
    photo.write_bytes(media_samples.jpeg())
    note = tmp_path / "nota.txt"
    note.write_text("bien")
    assert attach(vault_dir, "EV-7", photo, note).status == 0
    sound = verify(vault_dir)
    assert sound.status == 0, sound.stdout
    assert "Attachments: OK, 2 files checked against their fingerprints" in sound.stdout

    with Vault.unlock(vault_dir, PASSPHRASE) as vault, vault.db.transaction():
        # The test-only path: one byte of one chunk changed through SQL on the open database.
        uuid, data = vault.db.execute(
            "SELECT c.attachment_uuid, c.data FROM attachment_chunks c "
            "JOIN attachments a ON a.uuid = c.attachment_uuid WHERE a.name = 'golpes.jpg'"
        ).fetchone()
        altered = bytearray(data)
        altered[len(altered) // 2] ^= 0x01
        vault.db.execute(
            "UPDATE attachment_chunks SET data = ? WHERE attachment_uuid = ?", (altered, uuid)
        )
        audit_entries = vault.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    checked = verify(vault_dir)
    assert checked.status == 4
    assert "Database pages: OK" in checked.stdout  # SQLCipher sees a legitimate write
    assert "Attachments: ALTERED: 1 file changed since intake" in checked.stdout
    assert "  - EV-7: golpes.jpg" in checked.stdout
    assert "nota.txt" not in checked.stdout
    assert "The vault is damaged or was altered." in checked.stdout
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:  # kept unchanged, as evidence
        assert vault.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit_entries
