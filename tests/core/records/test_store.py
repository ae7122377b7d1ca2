"""Case records: round trips, validation, versions, deletion, the audit chain."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from casevault.core.records import audit
from casevault.core.records.model import Action, Case, Incident, Kind, Note, Person
from casevault.core.records.store import CaseStore
from casevault.core.records.validation import ValidationError
from casevault.core.records.vocab import Vocabularies
from casevault.core.vault.vault import Vault
from tests.helpers.vaults import PASSPHRASE


@pytest.fixture
def store(vault_dir: Path) -> Iterator[CaseStore]:
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    yield CaseStore(vault.db, Vocabularies.load())
    vault.close()


def _case(store: CaseStore, code: str = "OAX-2024-001", **fields: object) -> Case:
    values: dict[str, object] = {
        "code": code,
        "title": "Detención arbitraria de José en Juchitán",
        "status": "accompaniment",
        "risk": "high",
        "summary": "El niño fue llevado a la fiscalía sin orden.",
        "opened": "2024-03-01",
        "tags": ["migración", "urgente"],
    }
    values.update(fields)
    return store.add(Case(**values))  # type: ignore[arg-type]


def test_every_record_type_round_trips(store: CaseStore) -> None:
    case = _case(store)
    person = store.add(
        Person(
            case_uuid=case.uuid,
            role="survivor",
            pseudonym="Flor",
            full_name="María Pérez López",
            contact="+52 951 000 0000",
            birth_date="1990-02-14",
            notes="Prefiere que la llamen por la tarde.",
        )
    )
    incident = store.add(
        Incident(
            case_uuid=case.uuid,
            date_start="2024-03",
            date_precision="month",
            state="OAX",
            municipality="Juchitán de Zaragoza",
            place="Fiscalía regional",
            violations=["torture", "arbitrary_detention"],
            perpetrators=["state_police"],
            narrative="Fue golpeado durante el traslado.",
            people=[person.uuid],
        )
    )
    action = store.add(
        Action(
            case_uuid=case.uuid,
            date="2024-03-05",
            authority="state_hr_commission",
            action_kind="hr_complaint",
            reference="DDHPO/123/2024",
            outcome="Queja admitida",
            follow_up="2024-04-05",
        )
    )
    note = store.add(Note(case_uuid=case.uuid, date="2024-03-06", text="Llamada de seguimiento."))
    for record in (case, person, incident, action, note):
        assert record.version == 1 and len(record.uuid) == 32 and record.created
        assert store.get(type(record), record.uuid) == record
    case_file = store.case_file(case.uuid)
    assert case_file.people == [person]
    assert case_file.incidents == [incident]
    assert case_file.actions == [action]
    assert case_file.notes == [note]


def test_validation_names_the_field(store: CaseStore) -> None:
    with pytest.raises(ValidationError) as info:
        store.add(Case(code="", title="x", status="nonsense", opened="2024-02-30"))
    found = {(p.field, p.code) for p in info.value.problems}
    assert found == {("code", "required"), ("status", "unknown_term"), ("opened", "bad_date")}
    case = _case(store)
    with pytest.raises(ValidationError) as info:
        _case(store, code=case.code)
    assert [(p.field, p.code) for p in info.value.problems] == [("code", "duplicate_code")]
    with pytest.raises(ValidationError) as info:
        store.add(
            Incident(
                case_uuid=case.uuid,
                date_start="2024-05-01",
                date_end="2024-04-01",
                date_precision="range",
            )
        )
    assert [(p.field, p.code) for p in info.value.problems] == [("date_end", "end_before_start")]
    with pytest.raises(ValidationError):
        store.add(Note(case_uuid="no-such-case", text="x"))
    assert store.count(Kind.CASE) == 1


def test_updates_bump_the_version_and_keep_earlier_text(store: CaseStore) -> None:
    case = _case(store)
    updated = store.update(Case, case.uuid, {"summary": "Primera corrección."})
    assert updated.version == 2 and updated.summary == "Primera corrección."
    # An autosave burst (several saves within minutes) keeps one earlier version.
    store.update(Case, case.uuid, {"summary": "Primera corrección, ampliada."})
    history = store.history(case.uuid, "summary")
    assert [(h.version, h.value) for h in history] == [(1, case.summary)]
    assert store.get(Case, case.uuid).version == 3
    # No change, no new version.
    assert store.update(Case, case.uuid, {"risk": "high"}).version == 3
    with pytest.raises(ValueError):
        store.update(Case, case.uuid, {"version": 99})


def test_deleting_a_case_removes_everything_under_it(store: CaseStore) -> None:
    case = _case(store)
    other = _case(store, code="CHP-1", title="Otro caso")
    store.add(Person(case_uuid=case.uuid, pseudonym="Flor"))
    store.add(Incident(case_uuid=case.uuid, narrative="golpeado", violations=["torture"]))
    store.update(Case, case.uuid, {"summary": "cambio"})
    store.delete(Kind.CASE, case.uuid)
    db = store.db
    for table in ("people", "incidents", "actions", "notes", "incident_codes"):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM field_history").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM search_index").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM search_map").fetchone()[0] == 1
    assert store.case_file(other.uuid).case == other


def test_deleting_a_person_unlinks_them_from_incidents(store: CaseStore) -> None:
    case = _case(store)
    person = store.add(Person(case_uuid=case.uuid, pseudonym="Flor"))
    incident = store.add(Incident(case_uuid=case.uuid, people=[person.uuid]))
    store.delete(Kind.PERSON, person.uuid)
    after = store.get(Incident, incident.uuid)
    assert after.people == [] and after.version == 2


def test_audit_chain_records_actions_without_content(store: CaseStore) -> None:
    case = _case(store)
    store.update(Case, case.uuid, {"title": "Nuevo título secreto"})
    store.delete(Kind.CASE, case.uuid)
    entries = audit.entries(store.db)
    assert [e.action for e in entries] == ["create", "update", "delete"]
    assert all(e.record_uuid == case.uuid for e in entries)
    assert not any("secreto" in e.detail or "José" in e.detail for e in entries)
    assert audit.verify(store.db).ok


@pytest.mark.parametrize(
    "tamper",
    [
        "UPDATE audit_log SET at = '2000-01-01T00:00:00Z' WHERE seq = 2",
        "UPDATE audit_log SET action = 'delete' WHERE seq = 3",
        "DELETE FROM audit_log WHERE seq = 2",
        "DELETE FROM audit_log WHERE seq = 4",
        "UPDATE audit_log SET record_uuid = 'x' WHERE seq = 1",
    ],
)
def test_audit_chain_reports_the_first_broken_link(store: CaseStore, tamper: str) -> None:
    for n in range(4):
        _case(store, code=f"C-{n}")
    assert audit.verify(store.db).ok
    store.db.execute(tamper)
    report = audit.verify(store.db)
    assert not report.ok
    expected = {"seq = 2": 2, "seq = 3": 3, "seq = 4": 4, "seq = 1": 1}
    assert report.first_broken == next(v for k, v in expected.items() if k in tamper)
