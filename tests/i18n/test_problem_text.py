"""Record and CSV problems in plain words, in English and Spanish, shared by CLI and GUI."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields

import pytest

from casevault.core.records.csv_import import RowProblem
from casevault.core.records.model import RECORD_TYPES
from casevault.core.records.validation import Problem
from casevault.i18n import translations
from casevault.i18n.problem_text import describe_field_problem, describe_row_problem, field_label

ROW_CODES = [
    "missing_column",
    "unknown_column",
    "required",
    "unknown_term",
    "bad_date",
    "unknown_case",
    "duplicate_code",
    "end_before_start",
    "bad_encoding",
    "empty_file",
    "cell_too_large",
    "nul_character",
]
FIELD_CODES = [
    "required",
    "unknown_term",
    "bad_date",
    "unknown_case",
    "duplicate_code",
    "end_before_start",
]


@pytest.fixture
def spanish() -> Iterator[None]:
    translations.install("es_MX")
    try:
        yield
    finally:
        translations.install("en")


@pytest.mark.parametrize("code", ROW_CODES)
def test_every_row_problem_has_its_own_words(code: str) -> None:
    translations.install("en")
    text = describe_row_problem(RowProblem(7, "state", code, "Atlantis"))
    assert code not in text
    assert "%" not in text
    if code not in ("bad_encoding", "empty_file"):
        assert text.startswith("Row 7")
    if code not in ("bad_encoding", "empty_file", "cell_too_large"):
        assert "“state”" in text


def test_the_example_of_the_contract() -> None:
    translations.install("en")
    assert describe_row_problem(RowProblem(3, "state", "unknown_term", "Atlantis")) == (
        "Row 3, column “state”: “Atlantis” is not a known value. Use a code or a label in "
        "English or Spanish."
    )


@pytest.mark.parametrize("code", ROW_CODES)
def test_row_problems_in_spanish(code: str, spanish: None) -> None:
    text = describe_row_problem(RowProblem(7, "state", code, "Atlantis"))
    assert "%" not in text
    if code not in ("bad_encoding", "empty_file"):
        assert text.startswith("Fila 7")
    if code not in ("bad_encoding", "empty_file", "cell_too_large"):
        assert "columna “state”" in text or "la columna “state”" in text


def test_different_codes_give_different_words() -> None:
    translations.install("en")
    texts = {describe_row_problem(RowProblem(2, "c", code, "v")) for code in ROW_CODES}
    assert len(texts) == len(ROW_CODES)


def test_an_empty_value_is_not_shown_as_empty_quotes() -> None:
    translations.install("en")
    text = describe_row_problem(RowProblem(4, "case_code", "unknown_case", ""))
    assert "“”" not in text
    assert "cannot be empty" in text


def test_unknown_codes_still_read_as_sentences() -> None:
    translations.install("en")
    assert describe_row_problem(RowProblem(2, "x", "something_new", "v")) == (
        "Row 2, column “x”: “v” is not valid."
    )
    assert describe_field_problem(Problem("title", "something_new", "v")) == (
        "Title: “v” is not valid."
    )


def test_values_are_shown_on_one_line_and_kept_short() -> None:
    translations.install("en")
    text = describe_row_problem(
        RowProblem(2, "title", "unknown_term", "a\nb\x1b[31m\u202e" + "x" * 500)
    )
    assert "\n" not in text and "\x1b" not in text and "\u202e" not in text
    assert len(text) < 250
    # A value's own placeholders are not filled in.
    assert "“%2”" in describe_row_problem(RowProblem(2, "c", "unknown_term", "%2"))


@pytest.mark.parametrize("code", FIELD_CODES)
def test_field_problems_in_both_languages(code: str) -> None:
    translations.install("en")
    english = describe_field_problem(Problem("title", code, "2024-13-40"))
    translations.install("es_MX")
    try:
        spanish = describe_field_problem(Problem("title", code, "2024-13-40"))
    finally:
        translations.install("en")
    assert english.startswith("Title: ")
    assert spanish.startswith("Título: ")
    assert english != spanish
    assert "%" not in english + spanish


def test_every_record_field_has_a_label(spanish: None) -> None:
    skip = {"uuid", "created", "updated", "version"}
    names = {f.name for cls in RECORD_TYPES.values() for f in fields(cls)} - skip
    unlabelled = [name for name in sorted(names) if field_label(name) == name]
    assert unlabelled == []
