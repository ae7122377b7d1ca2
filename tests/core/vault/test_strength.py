from __future__ import annotations

import pytest

from casevault.core.vault import strength
from casevault.core.vault.strength import estimate


@pytest.mark.parametrize(
    "passphrase",
    ["password", "P@ssw0rd!", "Contraseña123", "contrasena", "123456", "qwerty", "teamo2024"],
)
def test_very_common_passwords_score_zero(passphrase: str) -> None:
    result = estimate(passphrase)
    assert result.score == 0
    assert strength.COMMON_PASSWORD in result.warnings
    assert result.weak


def test_short_passphrase_warns_and_is_capped() -> None:
    result = estimate("Xq7#vL2!pz")  # random, but only 10 characters
    assert strength.TOO_SHORT in result.warnings
    assert result.score <= 1


def test_empty_passphrase() -> None:
    result = estimate("")
    assert result.score == 0
    assert result.warnings == (strength.TOO_SHORT,)


@pytest.mark.parametrize(
    ("passphrase", "warning"),
    [
        ("qwertyuiopasdf", strength.KEYBOARD_PATTERN),
        ("zxcvbnm,./qazwsx", strength.KEYBOARD_PATTERN),
        ("abcdefghijklmn", strength.SEQUENCE),
        ("98765432107654", strength.ONLY_DIGITS),
        ("aaaaaaaaaaaaaaaa", strength.REPEATED),
        ("perroperroperro", strength.REPEATED),
        ("cumple 14/02/1990", strength.DATE),
        ("nacimiento19900214", strength.DATE),
        ("mi boveda casevault", strength.APP_NAME),
        ("C4seV4ult seguro!!", strength.APP_NAME),
        ("mariposaverdeazul", strength.COMMON_WORD),
    ],
)
def test_patterns_are_named(passphrase: str, warning: str) -> None:
    result = estimate(passphrase)
    assert warning in result.warnings
    assert result.weak
    assert result.score <= 3


def test_app_name_scores_zero() -> None:
    assert estimate("CaseVault2024!").score == 0


@pytest.mark.parametrize(
    "passphrase",
    [
        "correct horse battery staple",
        "El río Atoyac crece en julio",
        "Mi perro se llama Firulais 7 veces",
        "tortuga violeta bajo el puente 42",
    ],
)
def test_long_passphrases_are_strong(passphrase: str) -> None:
    result = estimate(passphrase)
    assert result.score == 4
    assert result.warnings == ()
    assert not result.weak
    assert result.entropy_bits >= 50
    assert result.guesses >= 2.0**50


def test_more_words_never_lower_the_estimate() -> None:
    shorter = estimate("tortuga violeta")
    longer = estimate("tortuga violeta bajo el puente")
    assert longer.entropy_bits > shorter.entropy_bits
    assert longer.score >= shorter.score


def test_accents_do_not_hide_a_common_word() -> None:
    assert estimate("Contraseña").warnings == estimate("contrasena").warnings


def test_score_is_bounded_for_odd_input() -> None:
    for text in ["\u0301\u0301", "\x00" * 20, "😀" * 30, "ñ" * 3, " " * 40, "a\u0301" * 12]:
        result = estimate(text)
        assert 0 <= result.score <= 4
        assert result.entropy_bits >= 0
