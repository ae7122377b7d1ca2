"""Case records with a canary in every free-text field."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path
from typing import Any

from casevault.core.records.model import Action, Case, Incident, Note, Person
from casevault.core.records.store import CaseStore
from casevault.core.records.vocab import Vocabularies
from casevault.core.vault.vault import Vault
from tests.helpers.vaults import PASSPHRASE

SKIP = {"uuid", "created", "updated", "version", "case_uuid", "people"}


def text_fields(cls: type) -> list[str]:
    """The free-text fields of a record type (not codes, dates or links)."""
    record = cls()
    return [
        f.name
        for f in fields(cls)
        if f.name not in SKIP
        and f.name not in cls.vocab_fields  # codes from vocabularies, not free text
        and f.name not in cls.date_fields
        and f.name not in ("date_start", "date_end", "date_precision")
        and isinstance(getattr(record, f.name), str | list)
    ]


def filled(cls: type, canary: str, **fixed: object) -> Any:
    """A record of type `cls` with the canary (and non-ASCII text) in every text field."""
    values: dict[str, object] = dict(fixed)
    for name in text_fields(cls):
        value = f"{canary} {cls.__name__}.{name} niño José"
        values[name] = [value] if name in cls.list_fields else value
    return cls(**values)


def add_every_record_type(store: CaseStore, canary: str) -> tuple[Case, Note]:
    """A case with a person, an incident, an action and a note, all filled with the canary."""
    case = store.add(filled(Case, canary))
    person = store.add(filled(Person, canary, case_uuid=case.uuid))
    store.add(filled(Incident, canary, case_uuid=case.uuid, people=[person.uuid], state="OAX"))
    store.add(filled(Action, canary, case_uuid=case.uuid, authority="cndh"))
    note = store.add(filled(Note, canary, case_uuid=case.uuid))
    return case, note


def fill_with_canaries(folder: Path, canary: str, cases: int) -> None:
    """`cases` cases of every record type, the canary marked `{canary}-{n}` in case n."""
    with Vault.unlock(folder, PASSPHRASE) as vault:
        store = CaseStore(vault.db, Vocabularies.load())
        for n in range(cases):
            add_every_record_type(store, f"{canary}-{n}")
