"""A damaged, altered or weakened key file is refused with exit status 4, unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.cli import assert_clean, lines, rewrite_header, run_cli, run_process
from tests.helpers.vaults import PASSPHRASE


def _run(command: str, folder: Path, recovery_key: str) -> tuple[int, str]:
    if command == "info":
        result = run_cli("info", "--vault", folder)
    elif command == "passwd":
        result = run_cli(
            "passwd", "--vault", folder, "--passphrase-stdin",
            stdin=lines(PASSPHRASE, "otra frase nueva"),
        )  # fmt: skip
    else:
        result = run_cli(
            "recover", "--vault", folder, "--passphrase-stdin",
            stdin=lines(recovery_key, "otra frase nueva"),
        )  # fmt: skip
    assert_clean(result.stderr)
    return result.status, result.stderr


@pytest.mark.parametrize("command", ["info", "passwd", "recover"])
@pytest.mark.parametrize("where", ["start", "middle", "end"])
def test_a_flipped_byte_is_refused(
    vault_dir: Path, recovery_key: str, command: str, where: str
) -> None:
    path = vault_dir / "vault.header"
    data = bytearray(path.read_bytes())
    position = {"start": 0, "middle": len(data) // 2, "end": len(data) - 2}[where]
    data[position] ^= 0x01
    path.write_bytes(bytes(data))
    status, stderr = _run(command, vault_dir, recovery_key)
    assert status == 4
    assert "damaged or was altered" in stderr
    assert path.read_bytes() == bytes(data)


@pytest.mark.parametrize("keep", [0, 1, 100, -1])
def test_a_truncated_header_is_refused(vault_dir: Path, recovery_key: str, keep: int) -> None:
    path = vault_dir / "vault.header"
    data = path.read_bytes()
    cut = data[:keep] if keep >= 0 else data[: len(data) // 2]
    path.write_bytes(cut)
    for command in ("info", "passwd"):
        status, stderr = _run(command, vault_dir, recovery_key)
        assert status == 4
        assert "damaged or was altered" in stderr
    assert path.read_bytes() == cut


@pytest.mark.parametrize("weakening", [{"m_kib": 65536}, {"t": 1}, {"m_kib": 262143}])
def test_a_header_with_weak_kdf_parameters_is_refused(
    vault_dir: Path, recovery_key: str, weakening: dict[str, int]
) -> None:
    path = vault_dir / "vault.header"
    rewrite_header(path, **weakening)
    edited = path.read_bytes()
    for command in ("info", "passwd", "recover"):
        status, stderr = _run(command, vault_dir, recovery_key)
        assert status == 4, command
        assert "weaker protection" in stderr
    # Refused before any secret is read (so before the KDF): no input needed at all.
    refused = run_process("passwd", "--vault", vault_dir, "--passphrase-stdin", stdin="")
    assert refused.status == 4
    assert path.read_bytes() == edited
