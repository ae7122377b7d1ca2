"""Promise 1 for case records: a canary in every text field of every record type
(and therefore in the search index, the earlier versions and the audit log's
neighbourhood) is found nowhere on disk, after editing, deleting, closing and
after a kill -9 in the middle of an edit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from casevault.core.records.model import RECORD_TYPES, Case, Kind
from casevault.core.records.search import CaseFilter, find_cases
from casevault.core.records.store import CaseStore
from casevault.core.records.vocab import Vocabularies
from casevault.core.vault.vault import Vault
from tests.helpers.records import add_every_record_type, text_fields
from tests.helpers.scan import now, sweep
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.waits import WAIT_S


def test_every_field_of_every_record_type_is_covered() -> None:
    covered = {kind: text_fields(cls) for kind, cls in RECORD_TYPES.items()}
    assert covered[Kind.CASE] == ["code", "title", "summary", "tags"]
    assert set(covered[Kind.PERSON]) == {"pseudonym", "full_name", "contact", "notes"}
    assert set(covered[Kind.INCIDENT]) == {"municipality", "place", "narrative"}
    assert set(covered[Kind.ACTION]) == {"reference", "outcome"}
    assert covered[Kind.NOTE] == ["text"]


def test_canary_in_every_field_never_reaches_the_disk(vault_dir: Path, tmp_path: Path) -> None:
    started = now()
    canary = f"CANARY-{uuid.uuid4().hex}"
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        store = CaseStore(vault.db, Vocabularies.load())
        case, note = add_every_record_type(store, canary)
        # Edits keep earlier versions (inside the vault); deletes remove for good.
        store.update(Case, case.uuid, {"summary": f"{canary} second version"})
        store.update(Case, case.uuid, {"summary": f"{canary} third version"})
        store.delete(Kind.NOTE, note.uuid)
        assert [h.code for h in find_cases(vault.db, CaseFilter(text=canary))] == [case.code]
        assert [h.code for h in find_cases(vault.db, CaseFilter(text="nino jose"))] == [case.code]
    assert sweep(tmp_path, canary, started) == []


EDITOR = """
import sys
from pathlib import Path
from casevault.core.records.model import Case
from casevault.core.records.store import CaseStore
from casevault.core.vault.vault import Vault
from casevault.core.records.vocab import Vocabularies
folder, passphrase, canary = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
vault = Vault.unlock(folder, passphrase)
store = CaseStore(vault.db, Vocabularies.load())
case = store.add(Case(code="K-1", title=canary))
n = 0
while True:  # autosave-like: one small update after another
    n += 1
    store.update(Case, case.uuid, {"summary": f"{canary} typing {n} " * 30})
    if n == 20:
        print("editing", flush=True)
"""


@pytest.mark.slow
def test_canary_absent_after_kill_during_autosave(vault_dir: Path, tmp_path: Path) -> None:
    started = now()
    canary = f"CANARY-{uuid.uuid4().hex}"
    child = subprocess.Popen(
        [sys.executable, "-c", EDITOR, str(vault_dir), PASSPHRASE, canary],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, TMPDIR=str(tmp_path)),
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "editing"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=WAIT_S)
    child.stdout.close()
    assert sweep(tmp_path, canary, started) == []
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        store = CaseStore(vault.db, Vocabularies.load())
        case = store.case_by_code("K-1")
        assert case is not None and case.version >= 20  # every committed save survived
        assert vault.db.check_pages() == []
