"""Running the real `casevault` program in a child process, and vault file helpers."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

RECOVERY_KEY_PATTERN = re.compile(r"\b[A-Z2-7]{4}(?:-[A-Z2-7]{4}){13}\b")


@dataclass(frozen=True)
class Result:
    status: int
    stdout: str
    stderr: str


def run_cli(*args: object, stdin: str | None = None, lang: str | None = None) -> Result:
    """`python -m casevault ARGS` with this test's isolated environment."""
    env = os.environ.copy()
    if lang:
        env["CASEVAULT_LANG"] = lang
    done = subprocess.run(
        [sys.executable, "-m", "casevault", *(str(a) for a in args)],
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=180,
        check=False,
    )
    return Result(done.returncode, done.stdout, done.stderr)


def lines(*secrets: str) -> str:
    """What --passphrase-stdin reads: one secret per line."""
    return "".join(f"{secret}\n" for secret in secrets)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def canonical(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def rewrite_header(path: Path, **kdf: int) -> None:
    """Change KDF fields and recompute the checksum, as an attacker editing the file would."""
    body = json.loads(path.read_bytes())
    del body["checksum"]
    body["kdf"].update(kdf)
    body["checksum"] = hashlib.sha256(canonical(body)).hexdigest()
    path.write_bytes(canonical(body) + b"\n")


def assert_clean(stderr: str) -> None:
    """No traceback ever reaches the person at the terminal."""
    assert "Traceback" not in stderr
