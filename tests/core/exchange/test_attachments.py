"""Attachments travel with exports: bytes, hashes, links, custody; metadata stripped on request."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from pathlib import Path

import pytest

from casevault.core.evidence.media_meta import read_metadata
from casevault.core.evidence.store import AttachmentStore
from casevault.core.exchange import (
    ExportOptions,
    apply_import,
    export_vault,
    keygen,
    preview_import,
    restore_backup,
)
from casevault.core.vault.kdf import FLOOR
from casevault.core.vault.vault import Vault
from tests.helpers import media as media_samples
from tests.helpers.exchange import age_decrypt_identity, copy_vault, fill, open_vault, store


def attach_samples(vault: Vault, folder: Path) -> dict[str, str]:
    """A photo with GPS linked to a person, a PDF with an author, a text twice (same bytes)."""
    case = fill(vault, 1)[0]
    person = store(vault).case_file(case.uuid).people[0]
    folder.mkdir(exist_ok=True)
    files = {
        "foto.jpg": media_samples.jpeg(),
        "denuncia.pdf": media_samples.pdf(text="denuncia"),
        "notas.txt": "declaración de la testigo\n".encode() * 1000,
        "copia.txt": "declaración de la testigo\n".encode() * 1000,
    }
    attachments = AttachmentStore(vault.db)
    made = {}
    for name, data in files.items():
        (folder / name).write_bytes(data)
        linked = {"person_uuid": person.uuid} if name == "foto.jpg" else {}
        made[name] = attachments.add(case.uuid, folder / name, **linked).uuid
    return made


def members(data: bytes) -> dict[str, bytes]:
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers()}  # type: ignore[union-attr]


@pytest.mark.slow
def test_attachments_round_trip_with_links_hashes_and_custody(
    vault_dir: Path, vault_template, tmp_path: Path
):
    public = keygen(tmp_path / "office.txt")
    identity = (tmp_path / "office.txt").read_text()
    with open_vault(vault_dir) as vault:
        made = attach_samples(vault, tmp_path / "files")
        result = export_vault(vault, tmp_path / "x.age", ExportOptions(), recipients=[public])
        assert result.attachments == 4
        custody = AttachmentStore(vault.db).custody(made["foto.jpg"])
        assert [e.kind for e in custody][-1] == "exported" and "x.age" in custody[-1].detail
        originals = {a.uuid: a for a in AttachmentStore(vault.db).list_all()}
    content = members(age_decrypt_identity(tmp_path / "x.age", tmp_path / "office.txt"))
    manifest = json.loads(content["manifest.json"])
    assert manifest["counts"]["attachment"] == 4
    assert len([n for n in content if n.startswith("attachments/")]) == 3  # the copy once
    for name, data in content.items():
        if name.startswith("attachments/"):
            assert name.split("/")[1] == hashlib.sha256(data).hexdigest()
    target = copy_vault(vault_template[0], tmp_path / "target")
    with open_vault(target) as vault:
        preview = preview_import(vault, tmp_path / "x.age", identity_text=identity)
        assert preview.attachments == 4 and AttachmentStore(vault.db).list_all() == []
        apply_import(vault, preview, identity_text=identity)
        got = {a.uuid: a for a in AttachmentStore(vault.db).list_all()}
        assert set(got) == set(originals)
        for uuid, original in originals.items():
            mine = got[uuid]
            assert (mine.sha256, mine.size, mine.name, mine.media_type, mine.person_uuid) == (
                original.sha256,
                original.size,
                original.name,
                original.media_type,
                original.person_uuid,
            )
            with AttachmentStore(vault.db).open(uuid) as reader:
                assert hashlib.sha256(reader.read()).hexdigest() == original.sha256
        assert [e.kind for e in AttachmentStore(vault.db).custody(made["foto.jpg"])] == ["imported"]
        again = preview_import(vault, tmp_path / "x.age", identity_text=identity)
        assert again.attachments == 0 and again.added == 0
    restore_backup(
        tmp_path / "x.age", tmp_path / "restored", "nueva", identity_text=identity, kdf=FLOOR
    )
    with Vault.unlock(tmp_path / "restored", "nueva") as restored:
        assert {a.uuid: a.sha256 for a in AttachmentStore(restored.db).list_all()} == {
            u: a.sha256 for u, a in originals.items()
        }


def test_strip_metadata_and_no_attachments(vault_dir: Path, tmp_path: Path):
    public = keygen(tmp_path / "office.txt")
    with open_vault(vault_dir) as vault:
        made = attach_samples(vault, tmp_path / "files")
        export_vault(
            vault, tmp_path / "s.age", ExportOptions(strip_metadata=True), recipients=[public]
        )
        export_vault(
            vault, tmp_path / "n.age", ExportOptions(attachments=False), recipients=[public]
        )
        with AttachmentStore(vault.db).open(made["foto.jpg"]) as reader:
            assert "gps" in read_metadata("image/jpeg", reader).warnings  # the vault keeps it
    content = members(age_decrypt_identity(tmp_path / "s.age", tmp_path / "office.txt"))
    lines = [json.loads(line) for line in content["records.jsonl"].splitlines()]
    photo = next(line for line in lines if line.get("name") == "foto.jpg")
    assert photo["stripped"] and photo["content_sha256"] != photo["sha256"]
    stripped = content[f"attachments/{photo['content_sha256']}"]
    assert read_metadata("image/jpeg", io.BytesIO(stripped)).warnings == frozenset()
    pdf = next(line for line in lines if line.get("name") == "denuncia.pdf")
    assert b"Juan G" not in content[f"attachments/{pdf['content_sha256']}"]
    plain = members(age_decrypt_identity(tmp_path / "n.age", tmp_path / "office.txt"))
    assert not [n for n in plain if n.startswith("attachments/")]
    assert b'"kind":"attachment"' not in plain["records.jsonl"]
