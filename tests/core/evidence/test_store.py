"""Attachments in a real vault: intake, reading back, links, deletion, search, custody."""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from casevault.core.errors import ErrorKind, IntegrityError, VaultError
from casevault.core.evidence.chunks import BATCH_BYTES, CHUNK_SIZE
from casevault.core.evidence.store import AttachmentStore
from casevault.core.records.model import Case, Incident, Kind, Person
from casevault.core.records.search import CaseFilter, find_cases
from casevault.core.records.store import CaseStore
from casevault.core.records.vocab import Vocabularies
from casevault.core.vault.vault import Vault
from tests.helpers import media as media_samples
from tests.helpers.vaults import PASSPHRASE


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[Vault]:
    with Vault.unlock(vault_dir, PASSPHRASE) as opened:
        yield opened


@pytest.fixture
def cases(vault: Vault) -> CaseStore:
    return CaseStore(vault.db, Vocabularies.load())


@pytest.fixture
def case(cases: CaseStore) -> Case:
    return cases.add(Case(code="EV-1", title="Desaparición", opened="2024-01-10"))


@pytest.fixture
def store(vault: Vault) -> AttachmentStore:
    return AttachmentStore(vault.db)


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def counts(vault: Vault) -> tuple[int, int]:
    attachments = vault.db.execute("SELECT count(*) FROM attachments").fetchone()[0]
    chunks = vault.db.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0]
    return attachments, chunks


def codes(vault: Vault, text: str) -> list[str]:
    return [hit.code for hit in find_cases(vault.db, CaseFilter(text=text), complete=True)]


def test_round_trip_keeps_bytes_and_hash(
    store: AttachmentStore, case: Case, tmp_path: Path
) -> None:
    data = os.urandom(3 * CHUNK_SIZE + 12345)
    source = write(tmp_path / "video.bin", data)
    seen: list[tuple[int, int]] = []
    attachment = store.add(case.uuid, source, progress=lambda d, t: seen.append((d, t)))
    assert attachment.sha256 == hashlib.sha256(data).hexdigest()
    assert (attachment.size, attachment.name) == (len(data), "video.bin")
    assert attachment.media_type == "application/octet-stream"
    assert attachment.integrity == "unchecked" and attachment.verified == ""
    assert seen[-1] == (len(data), len(data)) and len(seen) == 4
    assert store.read_bytes(attachment.uuid, len(data)) == data
    assert store.list(case.uuid) == [attachment]
    assert source.read_bytes() == data  # the source is untouched unless asked


def test_open_is_seekable_across_chunks(store: AttachmentStore, case: Case, tmp_path: Path) -> None:
    data = os.urandom(2 * CHUNK_SIZE + 99)
    attachment = store.add(case.uuid, write(tmp_path / "a.bin", data))
    with store.open(attachment.uuid) as reader:
        reader.seek(CHUNK_SIZE - 10)
        assert reader.read(20) == data[CHUNK_SIZE - 10 : CHUNK_SIZE + 10]
        assert reader.seek(-5, io.SEEK_END) == len(data) - 5
        assert reader.read() == data[-5:]
        assert reader.read(10) == b""
        reader.seek(0)
        assert hashlib.sha256(reader.read()).hexdigest() == attachment.sha256
        reader.seek(1)
        assert io.BufferedReader(reader).read(4) == data[1:5]


def test_read_bytes_refuses_large_files(store: AttachmentStore, case: Case, tmp_path: Path) -> None:
    attachment = store.add(case.uuid, write(tmp_path / "a.txt", b"x" * 1000))
    with pytest.raises(VaultError) as raised:
        store.read_bytes(attachment.uuid, 999)
    assert raised.value.kind == ErrorKind.ATTACHMENT_TOO_LARGE


def test_metadata_and_warnings_of_a_photo(
    store: AttachmentStore, case: Case, tmp_path: Path
) -> None:
    attachment = store.add(case.uuid, write(tmp_path / "IMG_0001.JPG", media_samples.jpeg()))
    assert attachment.media_type == "image/jpeg"
    values = dict(attachment.metadata)
    assert values["camera"] == "Canon EOS 80D" and values["gps"].startswith("19.428")
    assert attachment.warnings == {"gps", "author"}


def test_metadata_of_a_pdf(store: AttachmentStore, case: Case, tmp_path: Path) -> None:
    attachment = store.add(case.uuid, write(tmp_path / "denuncia", media_samples.pdf()))
    assert attachment.media_type == "application/pdf"
    assert dict(attachment.metadata)["author"] == "Lic. Juan Gómez"
    assert attachment.warnings == {"author"}


def test_search_finds_words_inside_text_and_pdf(
    vault: Vault, store: AttachmentStore, cases: CaseStore, case: Case, tmp_path: Path
) -> None:
    other = cases.add(Case(code="EV-2", title="Amenazas", opened="2024-02-01"))
    store.add(case.uuid, write(tmp_path / "t.txt", b"El testigo vio la camioneta blanca."))
    store.add(other.uuid, write(tmp_path / "d.pdf", media_samples.pdf(text="oficio numero 4711")))
    assert codes(vault, "camioneta") == ["EV-1"]
    assert codes(vault, "oficio 4711") == ["EV-2"]
    hit = find_cases(vault.db, CaseFilter(text="camioneta"), complete=True)[0]
    assert hit.matched_kind == "attachment"


def test_delete_removes_chunks_and_search_entries(
    vault: Vault, store: AttachmentStore, case: Case, tmp_path: Path
) -> None:
    keep = store.add(case.uuid, write(tmp_path / "keep.txt", b"other words"))
    doomed = store.add(case.uuid, write(tmp_path / "x.txt", b"palabra unica tlacuache " * 5000))
    assert codes(vault, "tlacuache") == ["EV-1"]
    store.delete(doomed.uuid)
    assert codes(vault, "tlacuache") == []
    assert counts(vault) == (1, 1)
    assert vault.db.execute(
        "SELECT count(*) FROM search_map WHERE record_uuid = ?", (doomed.uuid,)
    ).fetchone() == (0,)
    with pytest.raises(VaultError):
        store.get(doomed.uuid)
    assert store.list(case.uuid) == [keep]
    assert [e.kind for e in store.custody(doomed.uuid)] == ["intake", "deleted"]


def test_deleting_the_case_removes_its_attachments(
    vault: Vault, store: AttachmentStore, cases: CaseStore, case: Case, tmp_path: Path
) -> None:
    store.add(case.uuid, write(tmp_path / "x.txt", b"ajolote " * 100))
    cases.delete(Kind.CASE, case.uuid)
    assert counts(vault) == (0, 0)
    assert codes(vault, "ajolote") == []
    assert vault.db.execute("SELECT count(*) FROM search_map").fetchone() == (0,)


def test_cancel_leaves_nothing(
    vault: Vault, store: AttachmentStore, case: Case, tmp_path: Path
) -> None:
    source = write(tmp_path / "big.bin", os.urandom(BATCH_BYTES + 3 * CHUNK_SIZE))
    done: list[int] = []
    with pytest.raises(VaultError) as raised:
        store.add(
            case.uuid,
            source,
            progress=lambda d, _t: done.append(d),
            cancelled=lambda: bool(done) and done[-1] > BATCH_BYTES,  # after a committed batch
        )
    assert raised.value.kind == ErrorKind.CANCELLED
    assert counts(vault) == (0, 0)
    assert store.list(case.uuid) == []
    assert source.exists()


def test_missing_source_and_unknown_case(
    store: AttachmentStore, case: Case, tmp_path: Path
) -> None:
    with pytest.raises(VaultError) as raised:
        store.add(case.uuid, tmp_path / "gone.jpg")
    assert (raised.value.kind, raised.value.detail) == (ErrorKind.IO_FAILED, "gone.jpg")
    with pytest.raises(VaultError) as raised:
        store.add("0" * 32, write(tmp_path / "a.txt", b"a"))
    assert raised.value.kind == ErrorKind.RECORD_MISSING


def test_remove_source_after_the_stored_copy_checks_out(
    store: AttachmentStore, case: Case, tmp_path: Path
) -> None:
    source = write(tmp_path / "a.txt", b"testimonio " * 1000)
    attachment = store.add(case.uuid, source, remove_source=True)
    assert not source.exists()
    assert attachment.integrity == "ok" and attachment.verified
    assert [e.kind for e in store.custody(attachment.uuid)] == ["intake", "verified"]


def test_verify_notices_a_chunk_changed_in_the_database(
    vault: Vault, store: AttachmentStore, case: Case, tmp_path: Path
) -> None:
    good = store.add(case.uuid, write(tmp_path / "good.txt", b"fine"))
    bad = store.add(case.uuid, write(tmp_path / "foto.jpg", media_samples.jpeg()))
    with vault.db.transaction():  # the test-only path: direct SQL on the open database
        vault.db.execute(
            "UPDATE attachment_chunks SET data = ? WHERE attachment_uuid = ?",
            (b"\xff\xd8 altered", bad.uuid),
        )
    results = {r.name: r for r in store.verify()}
    assert results["good.txt"].ok and not results["foto.jpg"].ok
    assert results["foto.jpg"].case_code == "EV-1"
    assert store.get(bad.uuid).integrity == "mismatch"
    assert store.get(good.uuid).integrity == "ok"
    assert [e.kind for e in store.custody(bad.uuid)] == ["intake", "mismatch"]
    with pytest.raises(IntegrityError):
        store.save_copy(bad.uuid, tmp_path / "copy.jpg")
    assert not (tmp_path / "copy.jpg").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


def test_verify_can_hold_a_tampered_vault_unchanged(
    vault: Vault, store: AttachmentStore, case: Case, tmp_path: Path
) -> None:
    bad = store.add(case.uuid, write(tmp_path / "a.txt", b"original"))
    vault.db.execute(
        "UPDATE attachment_chunks SET data = ? WHERE attachment_uuid = ?", (b"x", bad.uuid)
    )
    before = vault.db.execute("SELECT count(*) FROM audit_log").fetchone()
    assert not store.verify(hold_on_mismatch=True)[0].ok
    assert vault.db.execute("SELECT count(*) FROM audit_log").fetchone() == before
    assert store.get(bad.uuid).integrity == "unchecked"


def test_save_copy_is_hash_checked_and_recorded(
    store: AttachmentStore, case: Case, tmp_path: Path
) -> None:
    data = os.urandom(CHUNK_SIZE + 7)
    attachment = store.add(case.uuid, write(tmp_path / "a.bin", data))
    target = tmp_path / "out" / "copia.bin"
    target.parent.mkdir()
    store.save_copy(attachment.uuid, target)
    assert target.read_bytes() == data
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert store.custody(attachment.uuid)[-1].kind == "copy_saved"
    with pytest.raises(VaultError) as raised:
        store.save_copy(attachment.uuid, tmp_path / "out" / "other.bin", cancelled=lambda: True)
    assert raised.value.kind == ErrorKind.CANCELLED
    assert sorted(p.name for p in target.parent.iterdir()) == ["copia.bin"]


def test_link_to_incident_and_person(
    store: AttachmentStore, cases: CaseStore, case: Case, tmp_path: Path
) -> None:
    incident = cases.add(Incident(case_uuid=case.uuid, date_start="2024-01-02"))
    person = cases.add(Person(case_uuid=case.uuid, pseudonym="M."))
    attachment = store.add(case.uuid, write(tmp_path / "a.txt", b"a"), incident_uuid=incident.uuid)
    assert attachment.incident_uuid == incident.uuid and attachment.person_uuid == ""
    linked = store.link(attachment.uuid, incident_uuid=incident.uuid, person_uuid=person.uuid)
    assert linked.person_uuid == person.uuid
    other = cases.add(Case(code="EV-9", title="otro", opened="2024-01-01"))
    stranger = cases.add(Person(case_uuid=other.uuid, pseudonym="X"))
    with pytest.raises(VaultError):
        store.link(attachment.uuid, person_uuid=stranger.uuid)
    cases.delete(Kind.PERSON, person.uuid)  # the link goes, the attachment stays
    assert store.get(attachment.uuid).person_uuid == ""
    assert store.custody(attachment.uuid)[-1].kind == "linked"


def test_put_keeps_identity_and_checks_the_hash(
    vault: Vault, store: AttachmentStore, case: Case, tmp_path: Path
) -> None:
    data = media_samples.pdf(text="acta de nacimiento")
    original = store.add(case.uuid, write(tmp_path / "acta.pdf", data))
    exported = store.get(original.uuid)
    store.delete(original.uuid)
    # Inside the caller's transaction: nothing committed by put itself.
    with vault.db.transaction():
        restored = store.put(exported, io.BytesIO(data))
        assert vault.db.in_transaction
    assert (restored.uuid, restored.name, restored.intake, restored.sha256) == (
        exported.uuid,
        exported.name,
        exported.intake,
        exported.sha256,
    )
    assert store.custody(restored.uuid)[-1].kind == "imported"
    assert codes(vault, "nacimiento") == ["EV-1"]
    store.delete(restored.uuid)
    with pytest.raises(IntegrityError) as raised:
        store.put(exported, io.BytesIO(data[:-1] + b"?"))
    assert raised.value.kind == ErrorKind.ATTACHMENT_DAMAGED
    assert counts(vault) == (0, 0)
    assert store.put(exported, io.BytesIO(data)).sha256 == exported.sha256  # batched
    assert store.list_all() == [store.get(exported.uuid)]


def test_record_export_adds_custody(store: AttachmentStore, case: Case, tmp_path: Path) -> None:
    a = store.add(case.uuid, write(tmp_path / "a.txt", b"a"))
    b = store.add(case.uuid, write(tmp_path / "b.txt", b"b"))
    store.record_export([a.uuid, b.uuid], "oficina-2024.cvx")
    for uuid in (a.uuid, b.uuid):
        last = store.custody(uuid)[-1]
        assert (last.kind, last.detail) == ("exported", "oficina-2024.cvx")


def test_an_empty_file(store: AttachmentStore, case: Case, tmp_path: Path) -> None:
    attachment = store.add(case.uuid, write(tmp_path / "empty", b""))
    assert attachment.size == 0 and attachment.sha256 == hashlib.sha256(b"").hexdigest()
    assert store.read_bytes(attachment.uuid, 10) == b""
    assert store.verify(attachment.uuid)[0].ok
