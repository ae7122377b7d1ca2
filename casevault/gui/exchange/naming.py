"""Names and numbers shown around exports: file names that reveal nothing, sizes, dates."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale

from casevault.i18n import translations

SUFFIX = ".age"


def locale() -> QLocale:
    return QLocale("es_MX" if translations.current() == "es_MX" else "en_US")


def default_export_path(folder: Path, today: date | None = None, *, kind: str = "export") -> Path:
    """`casevault-export-2026-11-24.age` in `folder`, numbered if taken: a date and
    nothing else, never a case name or code (file names end up in recent-file lists)."""
    stamp = (today or date.today()).isoformat()
    candidate = folder / f"casevault-{kind}-{stamp}{SUFFIX}"
    number = 2
    while candidate.exists() or candidate.with_name(candidate.name + ".sig").exists():
        candidate = folder / f"casevault-{kind}-{stamp}-{number}{SUFFIX}"
        number += 1
    return candidate


def with_suffix(path: Path) -> Path:
    """What the person typed, with `.age` added when they left it out."""
    return path if path.name.endswith(SUFFIX) else path.with_name(path.name + SUFFIX)


def size_text(size: int) -> str:
    return locale().formattedDataSize(size, 1)


def when_text(iso: str) -> str:
    """An ISO time from core, as a local date and time in the person's language."""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return locale().toString(stamp, QLocale.FormatType.ShortFormat)


def age_hours(iso: str, now: datetime | None = None) -> float | None:
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.astimezone()
    current = now or datetime.now(moment.tzinfo)
    return (current - moment).total_seconds() / 3600.0


def grouped(text: str, size: int = 4) -> str:
    """A long hex digest in groups of four, easier to read aloud and compare."""
    return " ".join(text[i : i + size] for i in range(0, len(text), size))
