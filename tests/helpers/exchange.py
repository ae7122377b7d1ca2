"""Vaults with records for the export/import tests, and the real `age` tool."""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
from pathlib import Path

from casevault.core.records.model import Action, Case, Incident, Note, Person
from casevault.core.records.store import CaseStore
from casevault.core.records.vocab import Vocabularies
from casevault.core.vault.vault import Vault
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.waits import WAIT_S

AGE = shutil.which("age") or "age"  # the age tool found on PATH, as a user runs it
AGE_KEYGEN = shutil.which("age-keygen") or "age-keygen"


def copy_vault(template: Path, target: Path) -> Path:
    shutil.copytree(template, target)
    (target / "lock").unlink(missing_ok=True)
    return target


def open_vault(folder: Path) -> Vault:
    return Vault.unlock(folder, PASSPHRASE)


def store(vault: Vault) -> CaseStore:
    return CaseStore(vault.db, Vocabularies.load())


def fill(vault: Vault, cases: int = 3, canary: str = "") -> list[Case]:
    """Cases with a person, an incident, an action and notes each; field history too."""
    cs = store(vault)
    made = []
    for n in range(cases):
        case = cs.add(Case(code=f"OAX-{n:03d}", title=f"Caso {n}", summary=f"Resumen {n} {canary}"))
        person = cs.add(
            Person(
                case_uuid=case.uuid,
                pseudonym=f"P{n}",
                full_name=f"Nombre Real {n}",
                contact="555-0100",
                birth_date="1990-01-01",
                notes="notas",
            )
        )
        cs.add(
            Incident(
                case_uuid=case.uuid,
                date_start="2024-03-15",
                state="OAX",
                place="Centro",
                violations=["torture"],
                narrative=f"Narrativa {n}",
                people=[person.uuid],
            )
        )
        cs.add(
            Action(
                case_uuid=case.uuid, date="2024-04-01", reference=f"REF-{n}", outcome="pendiente"
            )
        )
        note = cs.add(Note(case_uuid=case.uuid, date="2024-05-01", text="primera"))
        with vault.db.transaction():
            vault.db.execute(
                "INSERT INTO field_history (record_uuid, field, version, saved, value) "
                "VALUES (?, 'text', 0, '2024-05-01T00:00:00.000Z', 'borrador')",
                (note.uuid,),
            )
        made.append(case)
    return made


def snapshot(vault: Vault) -> dict[str, list[tuple[object, ...]]]:
    """Every record row and history row, without the bookkeeping that differs per vault."""
    db = vault.db
    out: dict[str, list[tuple[object, ...]]] = {}
    for table in ("cases", "people", "incidents", "actions", "notes"):
        rows = db.execute(f"SELECT * FROM {table} ORDER BY uuid").fetchall()
        if table == "cases":
            rows = [r[:-1] for r in rows]  # num: the search block, local to each vault
        out[table] = [tuple(r) for r in rows]
    out["history"] = [
        tuple(r)
        for r in db.execute(
            "SELECT record_uuid, field, version, value FROM field_history ORDER BY 1, 2, 3, 4"
        )
    ]
    return out


def age_keygen(out: Path) -> str:
    subprocess.run([AGE_KEYGEN, "-o", str(out)], check=True, capture_output=True, timeout=WAIT_S)
    return subprocess.run(
        [AGE_KEYGEN, "-y", str(out)], check=True, capture_output=True, text=True, timeout=WAIT_S
    ).stdout.strip()


def age_decrypt_identity(path: Path, identity: Path) -> bytes:
    return subprocess.run(
        [AGE, "-d", "-i", str(identity), str(path)], check=True, capture_output=True, timeout=120
    ).stdout


def age_with_passphrase(args: list[str], passphrase: str, times: int = 1) -> tuple[int, bytes]:
    """Run `age` on a pseudo-terminal (it reads passphrases only from a terminal)."""
    pid, fd = pty.fork()
    if pid == 0:  # the child
        os.execv(AGE, [AGE, *args])
    transcript = b""
    answered = 0
    while True:
        try:
            data = os.read(fd, 1024)
        except OSError:
            break
        if not data:
            break
        transcript += data
        if transcript.count(b"passphrase") > answered and answered < times:
            os.write(fd, passphrase.encode() + b"\r")
            answered += 1
    os.close(fd)
    _pid, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), transcript
