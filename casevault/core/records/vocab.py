"""Bilingual controlled vocabularies (violation types, perpetrators, states...).

Loaded from `resources/vocab/*.csv` (columns code,en,es) plus, if present, an
organisation's own files of the same name in the config folder's `vocab/`,
whose rows add to or relabel the built-in ones. Lookup by code, English or
Spanish label, ignoring case and accents ("Tortura", "tortura", "TORTURE").

`Vocabularies.shared()` is the one loaded copy a process uses: code that is
not handed vocabularies by its caller asks for it instead of reading the files
again.
"""

from __future__ import annotations

import csv
import os
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from casevault.core.paths import RESOURCES, config_dir

LANGUAGES = ("en", "es")
KINDS = (
    "violations",
    "perpetrators",
    "states",
    "authorities",
    "action_kinds",
    "statuses",
    "risks",
    "roles",
)


def fold(text: str) -> str:
    """Lower case without accents: the key for forgiving comparisons."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Term:
    code: str
    en: str
    es: str

    def label(self, language: str) -> str:
        return self.es if language.startswith("es") else self.en


class Vocabulary:
    """One list of terms, in file order."""

    def __init__(self, kind: str, terms: Iterable[Term]) -> None:
        self.kind = kind
        self._terms: dict[str, Term] = {}
        for term in terms:
            self._terms[term.code] = term
        self._lookup: dict[str, str] = {}
        for term in self._terms.values():
            for text in (term.code, term.en, term.es):
                self._lookup.setdefault(fold(text), term.code)

    def __iter__(self) -> Iterator[Term]:
        return iter(self._terms.values())

    def __len__(self) -> int:
        return len(self._terms)

    def __contains__(self, code: object) -> bool:
        return code in self._terms

    def label(self, code: str, language: str) -> str:
        term = self._terms.get(code)
        return term.label(language) if term else code

    def labels(self, code: str) -> tuple[str, str]:
        term = self._terms.get(code)
        return (term.en, term.es) if term else (code, code)

    def resolve(self, text: str) -> str | None:
        """The code for a code or a label in either language, or None."""
        return self._lookup.get(fold(text))


class Vocabularies:
    _shared: tuple[tuple[object, ...], Vocabularies] | None = None
    _shared_lock = threading.Lock()

    def __init__(self, lists: dict[str, Vocabulary]) -> None:
        self._lists = lists

    def __getitem__(self, kind: str) -> Vocabulary:
        return self._lists[kind]

    @classmethod
    def load(cls, builtin: Path | None = None, extra: Path | None = None) -> Vocabularies:
        builtin = builtin or RESOURCES / "vocab"
        extra = extra if extra is not None else config_dir() / "vocab"
        lists = {}
        for kind in KINDS:
            terms = list(_read(builtin / f"{kind}.csv"))
            override = extra / f"{kind}.csv"
            if override.is_file():
                terms += list(_read(override))
            lists[kind] = Vocabulary(kind, terms)
        return cls(lists)

    @classmethod
    def shared(cls) -> Vocabularies:
        """The built-in vocabularies plus the organisation's own, loaded once per process.

        Loaded again only if the organisation's files (or the config folder) change,
        which a stat of each file tells. Thread-safe; the result is read-only.
        """
        extra = config_dir() / "vocab"
        key = (RESOURCES, extra, *(_stamp(extra / f"{kind}.csv") for kind in KINDS))
        with cls._shared_lock:
            if cls._shared is None or cls._shared[0] != key:
                cls._shared = (key, cls.load(extra=extra))
            return cls._shared[1]


def _stamp(path: Path) -> tuple[int, int, int] | None:
    """What tells a changed file: inode, size and modification time (None: no file)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_ino, info.st_size, info.st_mtime_ns)


def _read(path: Path) -> Iterator[Term]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames is None or not {"code", *LANGUAGES} <= set(reader.fieldnames):
            raise ValueError(f"{path.name}: the header must be code,en,es")
        for row in reader:
            code = (row.get("code") or "").strip()
            if not code:
                continue
            en = (row.get("en") or "").strip() or code
            es = (row.get("es") or "").strip() or en
            yield Term(code, en, es)
