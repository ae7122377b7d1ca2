"""Running the real `casevault` command line, in this process or a child, and vault file helpers.

`run_cli` calls the real `casevault.cli.main.main()` here, with standard input,
output and error captured, on real vault files and real SQLCipher: most tests
use it, as it spares a Python and Qt start per command. `run_process` starts
`python -m casevault` as a child, for what needs a real process: the entry
point, exit statuses as the shell sees them, signals, the environment.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication

import casevault.cli.main as cli
from casevault.i18n import translations

RECOVERY_KEY_PATTERN = re.compile(r"\b[A-Z2-7]{4}(?:-[A-Z2-7]{4}){13}\b")


@dataclass(frozen=True)
class Result:
    status: int
    stdout: str
    stderr: str


def run_cli(
    *args: object,
    stdin: str | None = None,
    lang: str | None = None,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> Result:
    """`casevault ARGS` run in this process: the real main(), its streams captured.

    Standard input is `stdin` (UTF-8), or empty; none of the streams is a terminal,
    as in a script. `lang` sets CASEVAULT_LANG, `env` more variables, for this run only.
    """
    stdout, stderr = io.StringIO(), io.StringIO()
    given = io.TextIOWrapper(io.BytesIO((stdin or "").encode("utf-8")), encoding="utf-8")
    variables = dict(env or {})
    if lang:
        variables["CASEVAULT_LANG"] = lang
    # A window's QApplication, not the QCoreApplication main() would make: later tests
    # in the same pytest process may need widgets.
    _ = QApplication.instance() or QApplication([])
    with (
        _environment(variables),
        _working_directory(cwd),
        _without_hardening(),
        contextlib.redirect_stdout(stdout),
        contextlib.redirect_stderr(stderr),
        _stdin(given),
    ):
        status = cli.main([str(a) for a in args])
    translations.install()  # back to this test's language for whatever runs next
    return Result(int(status), stdout.getvalue(), stderr.getvalue())


@contextlib.contextmanager
def _environment(variables: Mapping[str, str]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in variables}
    os.environ.update(variables)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextlib.contextmanager
def _working_directory(cwd: Path | None) -> Iterator[None]:
    if cwd is None:
        yield
        return
    with contextlib.chdir(cwd):
        yield


@contextlib.contextmanager
def _without_hardening() -> Iterator[None]:
    """Hardening is for the whole process and cannot be undone (no core dumps, not
    dumpable): pytest's own process keeps its settings. A child process checks it
    (tests/core/process/test_hardening.py)."""
    hardening = cli.harden_process
    cli.harden_process = lambda: {}
    try:
        yield
    finally:
        cli.harden_process = hardening


@contextlib.contextmanager
def _stdin(stream: io.TextIOWrapper) -> Iterator[None]:
    saved = sys.stdin
    sys.stdin = stream
    try:
        yield
    finally:
        sys.stdin = saved


def run_process(*args: object, stdin: str | None = None, lang: str | None = None) -> Result:
    """`python -m casevault ARGS` as a child process, with this test's isolated environment."""
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
