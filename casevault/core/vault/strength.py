"""How hard a passphrase is to guess: a small, offline, pattern-aware estimate.

In the spirit of zxcvbn, much smaller: the passphrase is split into the
cheapest patterns an attacker would try first (very common passwords and
words in English and Mexican Spanish, keyboard runs, sequences, repeats,
dates, the app's name); whatever is left is priced per character. The result
is a score from 0 (guessed at once) to 4 (strong) plus warning codes that the
GUI turns into sentences. It errs on the side of calling a passphrase weak.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

MIN_LENGTH = 12

TOO_SHORT = "too_short"
COMMON_PASSWORD = "common_password"  # noqa: S105 - a warning code, not a password
COMMON_WORD = "common_word"
KEYBOARD_PATTERN = "keyboard_pattern"
SEQUENCE = "sequence"
REPEATED = "repeated"
ONLY_DIGITS = "only_digits"
DATE = "date"
APP_NAME = "app_name"

_SOFT_WARNINGS = frozenset({COMMON_WORD, KEYBOARD_PATTERN, SEQUENCE, REPEATED, DATE})

# Bits of guessing work needed for each score (the KDF makes each guess slow,
# but a stolen laptop gives unlimited offline time).
_SCORE_BITS = (20.0, 30.0, 40.0, 50.0)

# Very common passwords and words, accents removed, lower case.
_COMMON_TEXT = """
    password passw0rd password1 password123 123456 1234567 12345678 123456789 1234567890
    12345 1234 111111 000000 123123 654321 666666 121212 112233 123321 159753 147258
    qwerty qwerty123 qwertyuiop asdfgh asdfghjkl zxcvbnm 1qaz2wsx qazwsx abc123 abcd1234
    iloveyou letmein welcome admin administrator root login master shadow monkey dragon
    football baseball soccer sunshine princess superman batman trustno1 freedom secret
    whatever starwars hello hello123 changeme default access computer internet
    contrasena contrasena1 contrasena123 micontrasena clave miclave clave123 secreto
    acceso entrar hola holahola hola123 teamo teamo123 tequiero amor amorcito miamor
    mexico mexico123 mexico1 viva vivamexico chivas america pumas cruzazul tigres rayados
    toluca guadalupe virgen jesus diosesamor dios bendiciones corazon mariposa princesa
    hermosa bonita familia mifamilia bebe mama mami papa papi hijo hija amigos amigo
    estrella angel angelito cielo futbol perro gato chocolate tamales tacos fresa
    oaxaca chiapas guerrero tijuana monterrey guadalajara puebla cdmx
    derechos derechoshumanos justicia verdad libertad paz esperanza defensora defensor
    """
COMMON_PASSWORDS: frozenset[str] = frozenset(_COMMON_TEXT.split())

_WORDS: tuple[str, ...] = tuple(
    sorted(
        (w for w in COMMON_PASSWORDS if w.isalpha() and len(w) >= 4),
        key=len,
        reverse=True,
    )
)
_APP_NAMES = ("casevault", "case vault")
_KEYBOARD_ROWS = (
    "`1234567890-=",
    "qwertyuiop[]",
    "asdfghjklñ;'",
    "asdfghjkl;'",
    "zxcvbnm,./",
    "qazwsxedcrfvtgbyhnujmikolp",
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
)
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)
_DATE = re.compile(
    r"(?<!\d)(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{2}|\d{4})(?!\d)"
    r"|(?<!\d)(\d{4})[-/. ](\d{1,2})[-/. ](\d{1,2})(?!\d)"
)
_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")
_SIX_OR_EIGHT_DIGITS = re.compile(r"(?<!\d)(\d{6}|\d{8})(?!\d)")
_REPEATED_CHAR = re.compile(r"(.)\1{2,}")
_REPEATED_CHUNK = re.compile(r"(.{2,}?)\1+")


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    warnings: tuple[str, ...]
    entropy_bits: float

    @property
    def guesses(self) -> float:
        return float(2.0 ** min(self.entropy_bits, 1000.0))

    @property
    def weak(self) -> bool:
        """Deserves a warning before it protects a vault."""
        return self.score < 3 or bool(self.warnings)


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    bits: float
    warning: str


def _fold(text: str) -> str:
    """Lower case without accents: "Contraseña" and "contrasena" are the same guess."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def estimate(passphrase: str) -> Strength:
    """Score a passphrase; never raises, never stores or logs it."""
    text = unicodedata.normalize("NFC", passphrase)
    if not text:
        return Strength(0, (TOO_SHORT,), 0.0)
    folded = _fold(text)
    if len(folded) != len(text):  # odd combining characters: compare on the folded form
        text = folded
    bits = _cost(text, folded)
    warnings: list[str] = []
    if len(text) < MIN_LENGTH:
        warnings.append(TOO_SHORT)
    if _is_common(folded):
        warnings.append(COMMON_PASSWORD)
        bits = min(bits, 10.0)
    if text.isdigit():
        warnings.append(ONLY_DIGITS)
    for match in _matches(text, folded):
        if match.warning not in warnings:
            warnings.append(match.warning)
    score = sum(bits >= threshold for threshold in _SCORE_BITS)
    if score == 4:  # a common word inside a long passphrase is not worth alarming anyone
        warnings = [w for w in warnings if w not in _SOFT_WARNINGS]
    if COMMON_PASSWORD in warnings or APP_NAME in warnings:
        score = 0
    elif TOO_SHORT in warnings:
        score = min(score, 1)
    return Strength(score=score, warnings=tuple(warnings), entropy_bits=round(bits, 1))


def _is_common(folded: str) -> bool:
    """The whole passphrase is a very common one, maybe with digits or "!" added."""
    for candidate in (folded, folded.translate(_LEET)):
        core = candidate.strip(" .!?_-")
        if core in COMMON_PASSWORDS or core.rstrip("0123456789!.") in COMMON_PASSWORDS:
            return True
    return False


def _cost(text: str, folded: str) -> float:
    """Bits of guessing work: cheapest patterns first, the rest priced per character."""
    chosen: list[_Match] = []
    taken = [False] * len(text)
    for match in sorted(_matches(text, folded), key=lambda m: (m.start - m.end, m.bits)):
        if not any(taken[match.start : match.end]):
            chosen.append(match)
            for i in range(match.start, match.end):
                taken[i] = True
    bits = sum(m.bits for m in chosen)
    run_start = None
    for i in range(len(text) + 1):
        free = i < len(text) and not taken[i]
        if free and run_start is None:
            run_start = i
        elif not free and run_start is not None:
            bits += _free_run_bits(text[run_start:i])
            run_start = None
    pieces = len(chosen) + sum(
        1 for i in range(len(text)) if not taken[i] and (i == 0 or taken[i - 1])
    )
    return bits + math.log2(max(pieces, 1))


def _free_run_bits(run: str) -> float:
    """Characters matched by no pattern, grouped by kind."""
    bits = 0.0
    for group in re.findall(r"[^\W\d_]+|\d+|\s+|[\W_]+", run):
        length = len(group)
        if group[0].isalpha():
            # A run of letters is likely a word: cheaper than random letters.
            random_bits = length * math.log2(26)
            bits += min(random_bits, 10.0 + 2.0 * length)
            if group.lower() != group and group[1:].lower() != group[1:]:
                bits += length if group.upper() != group else 1.0
            elif group[0].isupper():
                bits += 1.0
        elif group[0].isdigit():
            bits += length * math.log2(10)
        elif group[0].isspace():
            bits += length * 1.0
        else:
            bits += length * math.log2(33)
    return bits


def _matches(text: str, folded: str) -> list[_Match]:
    found: list[_Match] = []
    deleet = folded.translate(_LEET)
    for name in _APP_NAMES:
        for hit in re.finditer(re.escape(name), deleet):
            found.append(_Match(hit.start(), hit.end(), 1.0, APP_NAME))
    for word in _WORDS:
        start = deleet.find(word)
        while start != -1:
            extra = (
                1.0 if text[start : start + len(word)] != folded[start : start + len(word)] else 0
            )
            leet = 1.0 if folded[start : start + len(word)] != word else 0.0
            bits = math.log2(len(COMMON_PASSWORDS)) + extra + leet
            found.append(_Match(start, start + len(word), bits, COMMON_WORD))
            start = deleet.find(word, start + 1)
    found.extend(_keyboard_runs(folded))
    found.extend(_sequences(folded))
    found.extend(_dates(folded))
    for hit in _REPEATED_CHAR.finditer(folded):
        bits = math.log2(95) + math.log2(len(hit.group(0)))
        found.append(_Match(hit.start(), hit.end(), bits, REPEATED))
    for hit in _REPEATED_CHUNK.finditer(folded):
        if len(hit.group(0)) >= 4:
            base = hit.group(1)
            bits = _cost(base, base) + math.log2(len(hit.group(0)) // len(base))
            found.append(_Match(hit.start(), hit.end(), bits, REPEATED))
    return found


def _keyboard_runs(folded: str) -> list[_Match]:
    found: list[_Match] = []
    i = 0
    while i < len(folded) - 3:
        best = 0
        for row in _KEYBOARD_ROWS:
            for line in (row, row[::-1]):
                length = 0
                while i + length < len(folded) and folded[i : i + length + 1] in line:
                    length += 1
                best = max(best, length)
        if best >= 4:
            found.append(_Match(i, i + best, math.log2(48 * 2) + math.log2(best), KEYBOARD_PATTERN))
            i += best
        else:
            i += 1
    return found


def _sequences(folded: str) -> list[_Match]:
    found: list[_Match] = []
    i = 0
    while i < len(folded) - 2:
        step = ord(folded[i + 1]) - ord(folded[i])
        j = i + 1
        if step in (1, -1) and folded[i].isalnum():
            while j < len(folded) and ord(folded[j]) - ord(folded[j - 1]) == step:
                j += 1
        if j - i >= 4:
            found.append(_Match(i, j, math.log2(36 * 2) + math.log2(j - i), SEQUENCE))
            i = j
        else:
            i += 1
    return found


def _dates(folded: str) -> list[_Match]:
    found: list[_Match] = []
    day_bits = math.log2(366 * 100)
    for hit in _DATE.finditer(folded):
        found.append(_Match(hit.start(), hit.end(), day_bits + 2.0, DATE))
    for hit in _SIX_OR_EIGHT_DIGITS.finditer(folded):
        if _looks_like_date(hit.group(0)):
            found.append(_Match(hit.start(), hit.end(), day_bits + 1.0, DATE))
    for hit in _YEAR.finditer(folded):
        found.append(_Match(hit.start(), hit.end(), math.log2(130), DATE))
    return found


def _looks_like_date(digits: str) -> bool:
    """ddmmyy, ddmmyyyy, yyyymmdd or mmddyyyy."""
    if len(digits) == 6:
        candidates = [(digits[0:2], digits[2:4]), (digits[2:4], digits[0:2])]
    elif digits[:2] in ("19", "20"):
        candidates = [(digits[6:8], digits[4:6])]
    else:
        candidates = [(digits[0:2], digits[2:4]), (digits[2:4], digits[0:2])]
    return any(1 <= int(d) <= 31 and 1 <= int(m) <= 12 for d, m in candidates)
