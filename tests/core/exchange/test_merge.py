"""Import: round trip through a restore, merging two vaults, conflicts and their resolution."""

from __future__ import annotations

from pathlib import Path

import pytest

from casevault.core.errors import VaultError
from casevault.core.exchange import (
    ExportOptions,
    apply_import,
    export_vault,
    keygen,
    list_conflicts,
    preview_import,
    resolve_conflict,
    restore_backup,
    signing,
    trust_signer,
)
from casevault.core.records.model import Case, Note
from casevault.core.records.search import CaseFilter, search
from casevault.core.vault.kdf import FLOOR
from casevault.core.vault.vault import Vault
from tests.helpers.exchange import (
    age_decrypt_identity,
    copy_vault,
    fill,
    open_vault,
    snapshot,
    store,
)


@pytest.fixture
def office(tmp_path: Path) -> tuple[str, str]:
    public = keygen(tmp_path / "office.txt")
    return public, (tmp_path / "office.txt").read_text()


def exchange(source: Path, target: Path, out: Path, key: tuple[str, str], **options):
    with open_vault(source) as vault:
        export_vault(vault, out, ExportOptions(**options), recipients=[key[0]])
    with open_vault(target) as vault:
        preview = preview_import(vault, out, identity_text=key[1])
        done = apply_import(vault, preview, identity_text=key[1])
    return preview, done


@pytest.mark.slow
def test_round_trip_export_restore_export_gives_identical_records(
    vault_dir: Path, tmp_path: Path, office
):
    with open_vault(vault_dir) as vault:
        fill(vault, 4)
        before = snapshot(vault)
        original_id = vault.header.vault_id
        export_vault(vault, tmp_path / "full.age", ExportOptions(), recipients=[office[0]])
    recovery = restore_backup(
        tmp_path / "full.age",
        tmp_path / "restored",
        "nueva frase",
        identity_text=office[1],
        kdf=FLOOR,
    )
    assert len(recovery.split("-")) == 14
    restored = Vault.unlock(tmp_path / "restored", "nueva frase")
    with restored:
        assert snapshot(restored) == before
        assert restored.header.vault_id != original_id  # a new vault, a new data key
        assert len(search(restored.db, CaseFilter(text="Narrativa")).hits) == 4
        export_vault(restored, tmp_path / "again.age", ExportOptions(), recipients=[office[0]])
    restore_backup(
        tmp_path / "again.age", tmp_path / "fourth", "otra", identity_text=office[1], kdf=FLOOR
    )
    with Vault.unlock(tmp_path / "fourth", "otra") as fourth:
        assert snapshot(fourth) == before


@pytest.mark.slow
def test_merge_two_vaults_editing_the_same_case(vault_dir: Path, tmp_path: Path, office):
    a = vault_dir
    b = copy_vault(vault_dir, tmp_path / "b")  # the same empty vault template
    with open_vault(a) as vault:
        case = fill(vault, 1)[0]
    exchange(a, b, tmp_path / "a1.age", office)
    with open_vault(a) as vault:
        store(vault).update(Case, case.uuid, {"summary": "Versión de Oaxaca"})
        store(vault).add(Note(case_uuid=case.uuid, date="2024-06-01", text="nota de A"))
    with open_vault(b) as vault:
        store(vault).update(Case, case.uuid, {"summary": "Versión de Chiapas"})
        store(vault).update(Case, case.uuid, {"title": "Caso 0 (B)"})
    # B imports A's export: A's new note is added, the diverging summary is a conflict.
    preview, done = exchange(a, b, tmp_path / "a2.age", office)
    assert (preview.added, preview.updated, preview.conflicts) == (1, 0, 1)
    assert (done.added, done.updated, done.conflicts) == (1, 0, 1)
    assert preview.cases == ("OAX-000",) and not preview.signer_trusted
    with open_vault(b) as vault:
        assert store(vault).get(Case, case.uuid).summary == "Versión de Chiapas"  # ours kept
        (conflict,) = list_conflicts(vault)
        assert conflict.case_code == "OAX-000"
        assert conflict.ours["summary"] == "Versión de Chiapas"
        assert conflict.theirs["summary"] == "Versión de Oaxaca"
    # A imports B's export: the same conflict, seen from A's side.
    preview, _ = exchange(b, a, tmp_path / "b1.age", office)
    assert (preview.added, preview.conflicts) == (0, 1)
    # B resolves by keeping A's text; A then takes B's resolution as an update.
    with open_vault(b) as vault:
        resolve_conflict(vault, list_conflicts(vault)[0].id, "theirs")
        assert store(vault).get(Case, case.uuid).summary == "Versión de Oaxaca"
        assert list_conflicts(vault) == []
    with open_vault(a) as vault:
        resolve_conflict(vault, list_conflicts(vault)[0].id, "ours")
    preview, _ = exchange(b, a, tmp_path / "b2.age", office)
    assert preview.conflicts == 0
    with open_vault(a) as vault, open_vault(b) as other:
        assert store(vault).get(Case, case.uuid).summary == "Versión de Oaxaca"
        assert store(other).get(Case, case.uuid).summary == "Versión de Oaxaca"


@pytest.mark.slow
def test_one_sided_edits_update_and_stale_exports_change_nothing(
    vault_dir: Path, tmp_path: Path, office
):
    b = copy_vault(vault_dir, tmp_path / "b")
    with open_vault(vault_dir) as vault:
        case = fill(vault, 1)[0]
    exchange(vault_dir, b, tmp_path / "1.age", office)
    with open_vault(vault_dir) as vault:
        store(vault).update(Case, case.uuid, {"summary": "nuevo"})
    preview, _ = exchange(vault_dir, b, tmp_path / "2.age", office)
    assert (preview.updated, preview.conflicts) == (1, 0)
    with open_vault(b) as vault:
        assert store(vault).get(Case, case.uuid).summary == "nuevo"
        before = snapshot(vault)
        stale = apply_import(
            vault,
            preview_import(vault, tmp_path / "1.age", identity_text=office[1]),
            identity_text=office[1],
        )
        assert (stale.updated, stale.conflicts, stale.added) == (0, 0, 0)
        assert snapshot(vault) == before
    # and A gets B's unchanged copy back: nothing changes
    preview, _ = exchange(b, vault_dir, tmp_path / "3.age", office)
    assert (preview.added, preview.updated, preview.conflicts) == (0, 0, 0)


@pytest.mark.slow
def test_redacted_export_hides_identities_and_never_erases_them(
    vault_dir: Path, tmp_path: Path, office
):
    b = copy_vault(vault_dir, tmp_path / "b")
    with open_vault(vault_dir) as vault:
        fill(vault, 1)
    exchange(vault_dir, b, tmp_path / "full.age", office)
    preview, _ = exchange(vault_dir, b, tmp_path / "red.age", office, redact_identities=True)
    assert (preview.updated, preview.conflicts) == (0, 0)
    with open_vault(b) as vault:
        case = store(vault).case_by_code("OAX-000")
        assert case is not None
        assert store(vault).case_file(case.uuid).people[0].full_name == "Nombre Real 0"
    with open_vault(vault_dir) as vault:
        export_vault(
            vault,
            tmp_path / "red2.age",
            ExportOptions(redact_identities=True),
            recipients=[office[0]],
        )
    plain = age_decrypt_identity(tmp_path / "red2.age", tmp_path / "office.txt")
    assert b"Nombre Real" not in plain and b"555-0100" not in plain and b"P0" in plain


@pytest.mark.slow
def test_selected_cases_and_signer_trust(vault_dir: Path, tmp_path: Path, office):
    b = copy_vault(vault_dir, tmp_path / "b")
    with open_vault(vault_dir) as vault:
        cases = fill(vault, 3)
        key = signing.public_key(vault.db)
    with open_vault(b) as vault:
        trust_signer(vault, key, "Oficina Oaxaca")
    preview, _ = exchange(vault_dir, b, tmp_path / "one.age", office, case_uuids=(cases[1].uuid,))
    assert preview.cases == ("OAX-001",) and preview.added == 5 and preview.signer_trusted
    with open_vault(b) as vault:
        assert [r.code for r in [store(vault).case_by_code("OAX-001")] if r] == ["OAX-001"]
        assert store(vault).case_by_code("OAX-000") is None


@pytest.mark.slow
def test_a_new_case_whose_code_is_taken_gets_a_suffix(vault_dir: Path, tmp_path: Path, office):
    b = copy_vault(vault_dir, tmp_path / "b")
    with open_vault(vault_dir) as vault:
        fill(vault, 1)
    with open_vault(b) as vault:
        store(vault).add(Case(code="OAX-000", title="Otro caso"))
    exchange(vault_dir, b, tmp_path / "x.age", office)
    with open_vault(b) as vault:
        assert store(vault).case_by_code("OAX-000-2").title == "Caso 0"  # type: ignore[union-attr]


def test_wrong_identity_is_refused(vault_dir: Path, tmp_path: Path, office):
    with open_vault(vault_dir) as vault:
        fill(vault, 1)
        export_vault(vault, tmp_path / "x.age", ExportOptions(), recipients=[office[0]])
        keygen(tmp_path / "other.txt")
        with pytest.raises(VaultError) as caught:
            preview_import(
                vault, tmp_path / "x.age", identity_text=(tmp_path / "other.txt").read_text()
            )
        assert caught.value.exit_status == 3
        with pytest.raises(VaultError) as caught:
            preview_import(vault, tmp_path / "x.age", passphrase="x")
        assert caught.value.exit_status == 3
