"""vault.header: every damaged, truncated, weakened or edited header is refused, untouched."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from casevault.core.errors import ErrorKind, IntegrityError, WrongKeyError
from casevault.core.vault.files import read_header
from casevault.core.vault.header import SLOT_CIPHERTEXT_LENGTH, SLOT_COUNT, Header
from casevault.core.vault.vault import Vault
from tests.helpers.vaults import PASSPHRASE


def _rewrite(path: Path, edit) -> None:  # type: ignore[no-untyped-def]
    """Edit the JSON and recompute the checksum, as a careful attacker would."""
    body = json.loads(path.read_bytes())
    del body["checksum"]
    edit(body)
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    body["checksum"] = hashlib.sha256(canonical).hexdigest()
    path.write_bytes(json.dumps(body, sort_keys=True, separators=(",", ":")).encode() + b"\n")


def test_every_flipped_byte_is_refused_as_damage(vault_dir: Path) -> None:
    raw = (vault_dir / "vault.header").read_bytes()
    for position in range(len(raw)):
        for mask in (0x01, 0x80):
            damaged = bytearray(raw)
            damaged[position] ^= mask
            with pytest.raises(IntegrityError) as info:
                Header.parse(bytes(damaged))
            assert info.value.exit_status == 4, position


def test_flipped_byte_through_unlock_leaves_files_untouched(vault_dir: Path) -> None:
    header_file = vault_dir / "vault.header"
    raw = header_file.read_bytes()
    db_before = (vault_dir / "vault.db").read_bytes()
    for position in (0, len(raw) // 3, len(raw) // 2, len(raw) - 2):
        damaged = bytearray(raw)
        damaged[position] ^= 0x04
        header_file.write_bytes(bytes(damaged))
        with pytest.raises(IntegrityError):
            Vault.unlock(vault_dir, PASSPHRASE)
        assert header_file.read_bytes() == bytes(damaged)
    assert (vault_dir / "vault.db").read_bytes() == db_before


@pytest.mark.parametrize("keep", [0, 1, 10, 100, -50, -2, -1])
def test_truncated_header_is_refused(vault_dir: Path, keep: int) -> None:
    header_file = vault_dir / "vault.header"
    raw = header_file.read_bytes()
    header_file.write_bytes(raw[:keep])
    with pytest.raises(IntegrityError) as info:
        Vault.unlock(vault_dir, PASSPHRASE)
    assert info.value.kind is ErrorKind.HEADER_DAMAGED


@pytest.mark.parametrize(("memory", "passes"), [(262144 - 1024, 3), (262144, 2), (64, 1)])
def test_weak_kdf_parameters_are_refused(vault_dir: Path, memory: int, passes: int) -> None:
    header_file = vault_dir / "vault.header"

    def weaken(body: dict) -> None:  # type: ignore[type-arg]
        body["kdf"]["m_kib"] = memory
        body["kdf"]["t"] = passes

    _rewrite(header_file, weaken)
    with pytest.raises(IntegrityError) as info:
        Vault.unlock(vault_dir, PASSPHRASE)
    assert info.value.kind is ErrorKind.HEADER_WEAK_KDF
    assert info.value.exit_status == 4


def test_edit_with_recomputed_checksum_is_caught_by_the_mac(vault_dir: Path) -> None:
    """Swapping two filler slots keeps every slot valid; only the keyed MAC notices."""
    header_file = vault_dir / "vault.header"
    _rewrite(header_file, lambda body: body["slots"].insert(2, body["slots"].pop(3)))
    with pytest.raises(IntegrityError) as info:
        Vault.unlock(vault_dir, PASSPHRASE)
    assert info.value.kind is ErrorKind.HEADER_DAMAGED


def test_edited_fixed_field_makes_every_slot_fail(vault_dir: Path) -> None:
    _rewrite(vault_dir / "vault.header", lambda body: body.update(created="2000-01-01T00:00:00Z"))
    with pytest.raises(WrongKeyError):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_unknown_or_missing_fields_are_refused(vault_dir: Path) -> None:
    header_file = vault_dir / "vault.header"
    original = header_file.read_bytes()
    _rewrite(header_file, lambda body: body.update(extra=1))
    with pytest.raises(IntegrityError):
        read_header(vault_dir)
    header_file.write_bytes(original)
    _rewrite(header_file, lambda body: body.pop("mac"))
    with pytest.raises(IntegrityError):
        read_header(vault_dir)


def test_newer_format_version_is_refused_clearly(vault_dir: Path) -> None:
    _rewrite(vault_dir / "vault.header", lambda body: body.update(version=2))
    with pytest.raises(IntegrityError) as info:
        read_header(vault_dir)
    assert info.value.kind is ErrorKind.HEADER_UNSUPPORTED


def test_slots_are_uniform_and_unlabelled(vault_dir: Path) -> None:
    body = json.loads((vault_dir / "vault.header").read_bytes())
    assert len(body["slots"]) == SLOT_COUNT
    assert {tuple(sorted(slot)) for slot in body["slots"]} == {("ct", "nonce")}
    header = read_header(vault_dir)
    assert {len(slot.ciphertext) for slot in header.slots} == {SLOT_CIPHERTEXT_LENGTH}
    assert len({slot.ciphertext for slot in header.slots}) == SLOT_COUNT


def test_header_file_is_private_and_canonical(vault_dir: Path) -> None:
    header_file = vault_dir / "vault.header"
    header = read_header(vault_dir)
    assert header.to_bytes() == header_file.read_bytes()
    assert header_file.stat().st_mode & 0o777 == 0o600
    assert vault_dir.stat().st_mode & 0o777 == 0o700
