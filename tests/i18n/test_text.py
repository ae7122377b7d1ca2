"""fill() substitutes once; plural() reads the English marks."""

from __future__ import annotations

from casevault.i18n.text import fill, plural


def test_fill_replaces_each_placeholder_once() -> None:
    assert fill("%1 of %2", 3, 7) == "3 of 7"


def test_fill_does_not_substitute_inside_an_earlier_value() -> None:
    # A chained replace would turn "%2" inside the first value into "B".
    assert fill("%1 then %2", "a %2 b", "B") == "a %2 b then B"


def test_fill_leaves_a_placeholder_without_a_value() -> None:
    assert fill("%1 and %2", "x") == "x and %2"


def test_fill_keeps_translated_order() -> None:
    assert fill("%2, %1", "uno", "dos") == "dos, uno"


def test_plural_marks() -> None:
    assert plural("%n case(s)", 1) == "%n case"
    assert plural("%n case(s)", 2) == "%n cases"
    assert plural("%n entry(ies)", 1) == "%n entry"
    assert plural("%n entry(ies)", 0) == "%n entries"
    assert plural("ningún caso", 5) == "ningún caso"
