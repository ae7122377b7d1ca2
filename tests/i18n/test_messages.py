"""Every error a person can meet has a plain-words message, in English and Spanish."""

from __future__ import annotations

import pytest

from casevault.core.errors import ErrorKind, VaultError
from casevault.i18n import translations
from casevault.i18n.messages import _MESSAGES, explain


def test_every_error_kind_has_its_own_message() -> None:
    assert set(_MESSAGES) == set(ErrorKind)


@pytest.mark.parametrize("kind", list(ErrorKind))
def test_messages_are_translated(kind: ErrorKind) -> None:
    translations.install("en")
    english = explain(VaultError(kind, "detalle"))
    translations.install("es_MX")
    try:
        spanish = explain(VaultError(kind, "detalle"))
    finally:
        translations.install("en")
    assert english and spanish and english != spanish
    assert ("detalle" in english) == ("detalle" in spanish)
