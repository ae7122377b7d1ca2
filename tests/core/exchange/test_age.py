"""Exports open with the standard `age` tool, and the tar inside matches its manifest."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from casevault.core.errors import VaultError
from casevault.core.exchange import ExportOptions, agepass, export_vault, keygen
from tests.helpers.exchange import (
    age_decrypt_identity,
    age_keygen,
    age_with_passphrase,
    fill,
    open_vault,
)


def check_tar(data: bytes) -> dict[str, object]:
    """Every member's SHA-256 and size equal the manifest's; manifest.json is last."""
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as tar:
        members = {m.name: tar.extractfile(m).read() for m in tar.getmembers()}  # type: ignore[union-attr]
        order = [m.name for m in tar.getmembers()]
    assert order[-1] == "manifest.json"
    manifest = json.loads(members.pop("manifest.json"))
    assert manifest["format"] == "casevault-export"
    listed = manifest["members"]
    assert set(listed) == set(members)
    for name, content in members.items():
        assert listed[name]["sha256"] == hashlib.sha256(content).hexdigest()
        assert listed[name]["size"] == len(content)
    return manifest


def test_age_cli_decrypts_an_export_to_an_age_keygen_recipient(vault_dir: Path, tmp_path: Path):
    public = age_keygen(tmp_path / "office.txt")
    with open_vault(vault_dir) as vault:
        fill(vault, 2)
        result = export_vault(vault, tmp_path / "out.age", ExportOptions(), recipients=[public])
    assert result.records == 10
    manifest = check_tar(age_decrypt_identity(tmp_path / "out.age", tmp_path / "office.txt"))
    assert manifest["counts"]["case"] == 2 and manifest["scope"] == "full"
    assert (tmp_path / "out.age.sig").read_text().startswith("casevault-signature-v1\n")


def test_keygen_identity_works_with_age_and_refuses_to_overwrite(tmp_path: Path, vault_dir: Path):
    key = tmp_path / "key.txt"
    public = keygen(key)
    assert public.startswith("age1") and os.stat(key).st_mode & 0o777 == 0o600
    with pytest.raises(VaultError) as caught:
        keygen(key)
    assert caught.value.kind.value == "file_exists"
    with open_vault(vault_dir) as vault:
        fill(vault, 1)
        export_vault(vault, tmp_path / "x.age", ExportOptions(), recipients=[public])
    check_tar(age_decrypt_identity(tmp_path / "x.age", key))


def test_age_cli_decrypts_a_passphrase_export(vault_dir: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(agepass, "WORK_FACTOR", 12)
    with open_vault(vault_dir) as vault:
        fill(vault, 1)
        export_vault(vault, tmp_path / "pw.age", ExportOptions(), passphrase="otra frase secreta")
    out = tmp_path / "plain.tar"
    status, transcript = age_with_passphrase(
        ["-d", "-o", str(out), str(tmp_path / "pw.age")], "otra frase secreta"
    )
    assert status == 0, transcript
    check_tar(out.read_bytes())
    status, _ = age_with_passphrase(
        ["-d", "-o", str(tmp_path / "no.tar"), str(tmp_path / "pw.age")], "wrong"
    )
    assert status != 0


def test_a_file_age_encrypted_to_a_passphrase_decrypts_with_agepass(tmp_path: Path):
    plain = os.urandom(3 * agepass.CHUNK + 5)
    (tmp_path / "p.bin").write_bytes(plain)
    status, transcript = age_with_passphrase(
        ["-p", "-o", str(tmp_path / "p.age"), str(tmp_path / "p.bin")], "frase de prueba", times=2
    )
    assert status == 0, transcript
    got = bytearray()
    with (tmp_path / "p.age").open("rb") as handle:
        agepass.decrypt(handle, got.extend, "frase de prueba")
    assert bytes(got) == plain


@pytest.mark.parametrize("size", [0, 1, agepass.CHUNK, 2 * agepass.CHUNK + 1])
def test_agepass_round_trip_at_chunk_edges(size: int):
    import pyrage

    plain = os.urandom(size)
    sink = io.BytesIO()
    agepass.encrypt(io.BytesIO(plain), sink, "pw", work_factor=10)
    assert pyrage.passphrase.decrypt(sink.getvalue(), "pw") == plain
    got = bytearray()
    agepass.decrypt(io.BytesIO(sink.getvalue()), got.extend, "pw")
    assert bytes(got) == plain


def test_the_head_office_recipe_of_docs_export_format_works(vault_dir: Path, tmp_path: Path):
    """The shell commands of docs/export-format.md, run as written."""
    public = age_keygen(tmp_path / "office-key.txt")
    with open_vault(vault_dir) as vault:
        fill(vault, 2)
        export_vault(vault, tmp_path / "NAME.age", ExportOptions(), recipients=[public])
    doc = (Path(__file__).resolve().parents[3] / "docs" / "export-format.md").read_text()
    blocks = [b.split("```", 1)[0] for b in doc.split("```sh\n")[1:]]
    check, unpack, manifest = blocks[1], blocks[2], blocks[3]
    unpack = unpack.splitlines()[0] + "\n" + unpack.splitlines()[1].split("#")[0]
    script = f"set -e\ncd {tmp_path}\n{check}\n{unpack}\n{manifest}"
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Signature Verified Successfully" in done.stdout
    assert done.stdout.count("records.jsonl: OK") == 2  # checked with jq, then with python3
    sha = hashlib.sha256((tmp_path / "NAME.age").read_bytes()).hexdigest()
    assert f"sha256: {sha}" in (tmp_path / "NAME.age.sig").read_text()
    python = doc.split("```python\n")[1].split("```", 1)[0]
    python = "\n".join(line[3:] for line in python.splitlines())
    done = subprocess.run(
        [sys.executable, "-c", python], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    (tmp_path / "NAME.age").write_bytes(b"x" + (tmp_path / "NAME.age").read_bytes()[1:])
    done = subprocess.run(
        [sys.executable, "-c", python], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert done.returncode != 0
