"""Shared vocabularies: loaded once per process, again only if the organisation's files change."""

from __future__ import annotations

import os

from casevault.core.paths import config_dir
from casevault.core.records.vocab import Vocabularies

HEADER = "code,en,es\n"
TERM = "test_dispossession"


def test_the_shared_vocabularies_are_loaded_once() -> None:
    first = Vocabularies.shared()
    assert Vocabularies.shared() is first
    assert first["violations"].resolve("Tortura") == "torture"


def test_an_organisations_file_is_picked_up_when_it_changes() -> None:
    before = Vocabularies.shared()
    assert before["violations"].resolve("Despojo agrario de prueba") is None
    own = config_dir() / "vocab" / "violations.csv"
    own.parent.mkdir(parents=True)
    own.write_text(f"{HEADER}{TERM},Test dispossession,Despojo agrario de prueba\n")
    after = Vocabularies.shared()
    assert after is not before
    assert after["violations"].resolve("despojo agrario de prueba") == TERM
    assert Vocabularies.shared() is after

    own.write_text(f"{HEADER}{TERM},Test dispossession,Otro nombre de prueba\n")
    stat = own.stat()
    os.utime(own, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert Vocabularies.shared()["violations"].resolve("otro nombre de prueba") == TERM
