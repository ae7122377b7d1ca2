"""Any flipped byte or cut in an export (or its .sig) is refused and the vault stays as it was."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from casevault.core.errors import IntegrityError, VaultError
from casevault.core.exchange import (
    ExportOptions,
    apply_import,
    export_vault,
    keygen,
    preview_import,
)
from casevault.core.exchange.agepass import CHUNK
from casevault.core.records.model import Note
from casevault.core.vault.vault import Vault
from tests.helpers.exchange import copy_vault, fill, open_vault, store


def positions(size: int, count: int) -> list[int]:
    """Spread over the header, the body, the last chunk and the very end."""
    picks = set(range(0, 200, 13))  # header: intro, stanzas, MAC line
    picks |= {size // 2 + k * 997 for k in range(-5, 6)}  # body
    picks |= {size - 1 - k * 37 for k in range(12)}  # last chunk, its tag
    picks |= {CHUNK + 16 + 200 + k for k in (0, 1)}  # the first chunk's boundary
    return sorted(p for p in picks if 0 <= p < size)[:count]


def state(vault: Vault) -> tuple[tuple[int, ...], str]:
    vault.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    counts = tuple(
        vault.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in (
            "cases",
            "people",
            "incidents",
            "actions",
            "notes",
            "field_history",
            "audit_log",
            "conflicts",
            "sync_base",
            "search_map",
        )
    )
    data = b"".join((vault.folder / n).read_bytes() for n in ("vault.db", "vault.header"))
    return counts, hashlib.sha256(data).hexdigest()


@pytest.fixture
def setup(vault_dir: Path, tmp_path: Path):
    key = tmp_path / "office.txt"
    public = keygen(key)
    with open_vault(vault_dir) as vault:
        case = fill(vault, 10)[0]
        text = " ".join(f"palabra{n}" for n in range(20_000))  # several 64 KiB chunks
        store(vault).add(Note(case_uuid=case.uuid, date="2024-07-01", text=text))
        export_vault(vault, tmp_path / "good.age", ExportOptions(), recipients=[public])
    return tmp_path / "good.age", key.read_text()


@pytest.fixture
def fresh(vault_template: tuple[Path, str], tmp_path: Path) -> Path:
    """An empty vault to import into."""
    return copy_vault(vault_template[0], tmp_path / "fresh")


def attempt(vault: Vault, path: Path, identity: str, unsigned: bool = False) -> int:
    try:
        preview = preview_import(vault, path, identity_text=identity, allow_unsigned=unsigned)
        apply_import(vault, preview, identity_text=identity)
    except VaultError as error:
        return error.exit_status
    return 0


def test_every_flipped_byte_and_every_cut_is_refused_vault_unchanged(setup, fresh, tmp_path):
    good, identity = setup
    data = good.read_bytes()
    sig = (tmp_path / "good.age.sig").read_bytes()
    assert len(data) > 2 * CHUNK
    bad = tmp_path / "bad.age"
    with open_vault(fresh) as vault:
        before = state(vault)
        tried = 0
        for pos in positions(len(data), 40):
            flipped = bytearray(data)
            flipped[pos] ^= 0x01
            bad.write_bytes(bytes(flipped))
            (tmp_path / "bad.age.sig").write_bytes(sig)
            assert attempt(vault, bad, identity) == 4, pos
            # without the .sig the age and tar layers still refuse it (3 or 4)
            (tmp_path / "bad.age.sig").unlink()
            assert attempt(vault, bad, identity, unsigned=True) in (3, 4), pos
            tried += 1
        for pos in range(0, len(sig), max(1, len(sig) // 12)):
            flipped = bytearray(sig)
            flipped[pos] ^= 0x04
            bad.write_bytes(data)
            (tmp_path / "bad.age.sig").write_bytes(bytes(flipped))
            assert attempt(vault, bad, identity) == 4, f"sig {pos}"
            tried += 1
        for cut in (0, 10, 100, len(data) // 2, len(data) - CHUNK, len(data) - 17, len(data) - 1):
            bad.write_bytes(data[:cut])
            (tmp_path / "bad.age.sig").write_bytes(sig)
            assert attempt(vault, bad, identity) == 4, f"cut {cut}"
            (tmp_path / "bad.age.sig").unlink()
            assert attempt(vault, bad, identity, unsigned=True) in (3, 4), f"cut {cut}"
            tried += 1
        assert tried >= 50
        assert state(vault) == before
        # and the untouched file imports fine
        bad.write_bytes(data)
        (tmp_path / "bad.age.sig").write_bytes(sig)
        assert attempt(vault, bad, identity) == 0
        assert state(vault)[0][0] == 10


def test_missing_signature_is_refused_unless_allowed(setup, fresh, tmp_path):
    good, identity = setup
    (tmp_path / "good.age.sig").unlink()
    with open_vault(fresh) as vault:
        with pytest.raises(IntegrityError) as caught:
            preview_import(vault, good, identity_text=identity)
        assert caught.value.kind.value == "signature_missing"
        preview = preview_import(vault, good, identity_text=identity, allow_unsigned=True)
        assert not preview.signature_valid and preview.added == 51
