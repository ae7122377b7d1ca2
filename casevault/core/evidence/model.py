"""What the vault knows about an attachment, as the GUI and the exchange code see it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

COLUMNS = (
    "uuid, case_uuid, coalesce(incident_uuid, ''), coalesce(person_uuid, ''), name, "
    "media_type, size, sha256, intake, metadata, warnings, integrity, verified"
)


@dataclass(frozen=True)
class Attachment:
    uuid: str
    case_uuid: str
    incident_uuid: str  # "" when not linked
    person_uuid: str  # "" when not linked
    name: str  # original file name (no folder)
    media_type: str  # detected from content
    size: int
    sha256: str  # lowercase hex of the original bytes, computed at intake
    intake: str  # ISO 8601 UTC
    metadata: tuple[tuple[str, str], ...]
    warnings: frozenset[str]  # subset of {"gps", "author"}
    integrity: str  # "unchecked" | "ok" | "mismatch"
    verified: str  # ISO time of the last verification, "" if never


@dataclass(frozen=True)
class VerifyResult:
    uuid: str
    case_code: str
    name: str
    ok: bool


def from_row(row: Any) -> Attachment:
    values = list(row)
    values[9] = tuple((str(k), str(v)) for k, v in json.loads(values[9]))
    values[10] = frozenset(json.loads(values[10]))
    return Attachment(*values)
