"""Clearly fictional sample cases, for trying CaseVault and for benchmarks.

Every case code starts with DEMO- and every title with "[Ejemplo]"; names are
invented. The same generator, scaled up, fills the benchmark vaults.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from casevault.core.progress import Progress
from casevault.core.records import audit
from casevault.core.records.model import Action, Case, Incident, Note, Person, Record
from casevault.core.records.store import CaseStore

FIRST = [
    "Ana",
    "Beto",
    "Carmen",
    "Delfino",
    "Elena",
    "Fausto",
    "Gloria",
    "Hilario",
    "Inés",
    "Jacinto",
    "Lucía",
    "Mateo",
    "Nayeli",
    "Octavio",
    "Paz",
    "Rosa",
    "Saúl",
    "Tere",
    "Ulises",
    "Xóchitl",
]
LAST = [
    "Ramírez",
    "Ortega",
    "Santiago",
    "Cruz",
    "Méndez",
    "Vásquez",
    "López",
    "Hernández",
    "Pérez",
    "Jiménez",
    "Martínez",
    "Luna",
    "Ruiz",
    "Aguilar",
    "Toledo",
    "Morales",
]
PLACES = [
    ("OAX", "Juchitán de Zaragoza"),
    ("OAX", "Oaxaca de Juárez"),
    ("OAX", "Salina Cruz"),
    ("CHP", "Tapachula"),
    ("CHP", "San Cristóbal de las Casas"),
    ("CHP", "Palenque"),
    ("GRO", "Chilpancingo"),
    ("VER", "Coatzacoalcos"),
    ("TAB", "Tenosique"),
    ("CMX", "Iztapalapa"),
    ("PUE", "Tehuacán"),
    ("MIC", "Uruapan"),
]
SUBJECTS = [
    "La persona defensora",
    "La sobreviviente",
    "El joven migrante",
    "La comunidad",
    "Su familia",
    "La madre buscadora",
    "El colectivo",
    "La testigo",
]
EVENTS = [
    "fue detenida sin orden judicial por agentes",
    "recibió amenazas por teléfono",
    "fue golpeada durante el traslado",
    "notó un vehículo sin placas frente a la oficina",
    "fue fotografiada sin consentimiento durante la marcha",
    "denunció la desaparición de su hijo",
    "fue incomunicada durante dos días",
    "sufrió el robo de computadoras con expedientes",
    "fue señalada en redes sociales como delincuente",
    "fue retenida en el punto de revisión migratoria",
]
DETAILS = [
    "y no se le permitió llamar a su abogada",
    "mientras acompañaba a una familia en la fiscalía",
    "después de presentar una queja ante la comisión estatal",
    "cerca de la estación del tren",
    "frente a varias personas de la comunidad",
    "sin que se levantara un acta",
    "y los agentes le quitaron su teléfono",
    "a pesar de contar con medidas de protección",
]
VIOLATIONS = [
    "torture",
    "arbitrary_detention",
    "threats",
    "harassment",
    "surveillance",
    "raid_theft",
    "defamation",
    "criminalisation",
    "enforced_disappearance",
    "migrant_abuse",
    "physical_assault",
    "gender_violence",
    "obstruction",
    "forced_displacement",
]
PERPETRATORS = [
    "municipal_police",
    "state_police",
    "prosecutors",
    "army",
    "national_guard",
    "migration_agents",
    "organised_crime",
    "private_individual",
    "unknown",
]
AUTHORITIES = ["state_prosecutor", "state_hr_commission", "cndh", "protection_mechanism", "iachr"]
ACTION_KINDS = [
    "criminal_complaint",
    "hr_complaint",
    "protection_request",
    "urgent_appeal",
    "amparo",
]


def sentence(rng: random.Random) -> str:
    return f"{rng.choice(SUBJECTS)} {rng.choice(EVENTS)} {rng.choice(DETAILS)}."


def paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(sentence(rng) for _ in range(sentences))


def _date(rng: random.Random) -> str:
    """A day between 2012 and yesterday: examples never happen in the future."""
    start = date(2012, 1, 1)
    return (start + timedelta(days=rng.randrange((date.today() - start).days))).isoformat()


def case_records(index: int, rng: random.Random, incidents: int, notes: int) -> Iterator[Record]:
    """One fictional case and the records under it."""
    place = rng.choice(PLACES)
    opened = _date(rng)
    case = Case(
        code=f"DEMO-{index:05d}",
        title=f"[Ejemplo] {rng.choice(EVENTS).capitalize()} en {place[1]}",
        status=rng.choice(["open", "accompaniment", "waiting", "closed"]),
        risk=rng.choice(["low", "medium", "high", "critical"]),
        summary=paragraph(rng, 3),
        opened=opened,
        tags=rng.sample(["migración", "tortura", "defensoras", "territorio", "prensa"], 2),
    )
    yield case
    person = Person(
        case_uuid=case.uuid,
        role=rng.choice(["survivor", "defender", "relative"]),
        pseudonym=f"{rng.choice(FIRST)} (seudónimo)",
        full_name=f"{rng.choice(FIRST)} {rng.choice(LAST)} {rng.choice(LAST)}",
        notes=sentence(rng),
    )
    yield person
    for _ in range(incidents):
        state, municipality = rng.choice(PLACES)
        yield Incident(
            case_uuid=case.uuid,
            date_start=_date(rng),
            date_precision="day",
            state=state,
            municipality=municipality,
            place=rng.choice(["domicilio", "oficina", "vía pública", "estación migratoria"]),
            violations=rng.sample(VIOLATIONS, rng.randint(1, 3)),
            perpetrators=rng.sample(PERPETRATORS, rng.randint(1, 2)),
            narrative=paragraph(rng, rng.randint(3, 8)),
            people=[person.uuid],
        )
    acted = _date(rng)
    yield Action(
        case_uuid=case.uuid,
        date=acted,
        authority=rng.choice(AUTHORITIES),
        action_kind=rng.choice(ACTION_KINDS),
        reference=f"FOLIO/{rng.randint(100, 999)}/{acted[:4]}",
        outcome=sentence(rng),
        # Follow-ups come some weeks after the action (some still ahead of today).
        follow_up=(date.fromisoformat(acted) + timedelta(days=rng.randint(7, 90))).isoformat(),
    )
    for _ in range(notes):
        yield Note(case_uuid=case.uuid, date=_date(rng), text=paragraph(rng, rng.randint(1, 4)))


def generate(
    store: CaseStore,
    cases: int = 12,
    *,
    incidents_per_case: int = 2,
    notes_per_case: int = 2,
    seed: int = 2012,
    progress: Progress | None = None,
    batch: int = 500,
) -> int:
    """Add `cases` fictional cases; returns the number of records written."""
    rng = random.Random(seed)
    written = 0
    for start in range(0, cases, batch):
        with store.db.transaction():
            for index in range(start + 1, min(cases, start + batch) + 1):
                case_uuid = ""
                person_uuid = ""
                for record in case_records(index, rng, incidents_per_case, notes_per_case):
                    if isinstance(record, Case):
                        record = store.add(record, in_transaction=True)
                        case_uuid = record.uuid
                        continue
                    record.case_uuid = case_uuid  # type: ignore[attr-defined]
                    if isinstance(record, Incident):
                        record.people = [person_uuid]
                    stored = store.add(record, in_transaction=True)
                    if isinstance(stored, Person):
                        person_uuid = stored.uuid
                    written += 1
                written += 1
        if progress:
            progress(min(cases, start + batch), cases)
    with store.db.transaction():
        audit.append(store.db, "import", "demo", "", f"cases={cases}")
    return written
