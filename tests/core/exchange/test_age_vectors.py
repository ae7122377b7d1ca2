"""The public age test vectors (C2SP/CCTV, tests/data/age-cctv/) through CaseVault's reading path.

Each vector runs through `agefile.decrypt`, the function every import and
restore uses: X25519 files through `check_header` and pyrage, passphrase files
through the hand-written scrypt, header MAC and STREAM code of `agepass`.
CaseVault's errors cannot tell the vectors' failure kinds apart, so they are
aliased: "no match" is WrongKeyError (the key does not open it), and "header
failure", "HMAC failure" and "payload failure" are IntegrityError (damaged,
exit 4). Whatever plaintext reached the sink must match the vector's payload
hash, also when the file then fails.

Not copied and not run: armor_* (CaseVault never reads armored age files) and
hybrid* (post-quantum hybrid identities; CaseVault decrypts with X25519 ones).
"""

from __future__ import annotations

import hashlib
import io
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from casevault.core.errors import IntegrityError, WrongKeyError
from casevault.core.exchange import agefile

VECTORS = Path(__file__).resolve().parents[2] / "data" / "age-cctv"
NOT_VECTORS = {"README.md", "SOURCE"}
ALIASES = {
    "success": None,
    "no match": WrongKeyError,
    "header failure": IntegrityError,
    "HMAC failure": IntegrityError,
    "payload failure": IntegrityError,
}


@dataclass
class Vector:
    name: str
    expect: str
    body: bytes
    payload: str = ""
    identities: list[str] = field(default_factory=list)
    passphrases: list[str] = field(default_factory=list)


def load(path: Path) -> Vector:
    raw = path.read_bytes()
    head, body = raw.split(b"\n\n", 1)
    keys: dict[str, list[str]] = {}
    for line in head.decode("utf-8").splitlines():
        key, value = line.split(": ", 1)
        keys.setdefault(key, []).append(value)
    if keys.get("compressed") == ["zlib"]:
        body = zlib.decompress(body)
    return Vector(
        path.name,
        keys["expect"][0],
        body,
        payload=keys.get("payload", [""])[0],
        identities=keys.get("identity", []),
        passphrases=keys.get("passphrase", []),
    )


def vectors() -> list[Path]:
    return sorted(p for p in VECTORS.iterdir() if p.name not in NOT_VECTORS)


def test_the_vectors_are_there() -> None:
    names = {p.name for p in vectors()}
    assert len(names) >= 90
    assert {"stanza_missing_body", "stanza_missing_final_line", "scrypt", "x25519"} <= names
    assert not any(n.startswith(("armor_", "hybrid")) for n in names)


@pytest.mark.parametrize("path", vectors(), ids=lambda p: p.name)
def test_vector(path: Path) -> None:
    vector = load(path)
    assert vector.expect in ALIASES, vector.expect
    released: list[bytes] = []
    expected = ALIASES[vector.expect]
    try:
        agefile.decrypt(
            io.BytesIO(vector.body),
            released.append,
            identity_text="\n".join(vector.identities) if vector.identities else None,
            passphrase=vector.passphrases[0] if vector.passphrases else None,
        )
    except (WrongKeyError, IntegrityError) as exc:
        assert expected is not None, f"{vector.name}: expected success, got {exc!r}"
        assert type(exc) is expected, f"{vector.name}: expected {vector.expect}, got {exc!r}"
    else:
        assert expected is None, f"{vector.name}: expected {vector.expect}, it decrypted"
    if vector.payload:
        assert hashlib.sha256(b"".join(released)).hexdigest() == vector.payload
    elif vector.expect in ("no match", "header failure", "HMAC failure"):
        assert released == []


@pytest.mark.parametrize("name", ["stanza_missing_body", "stanza_missing_final_line"])
def test_a_stanza_without_its_final_line_is_damaged_before_pyrage(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    vector = load(VECTORS / name)

    def no_pyrage(*_: object) -> None:
        raise AssertionError("pyrage was reached")

    monkeypatch.setattr(agefile.pyrage, "decrypt_io", no_pyrage)
    with pytest.raises(IntegrityError, match="final short line"):
        agefile.decrypt(io.BytesIO(vector.body), print, identity_text=vector.identities[0])
