"""Test-wide guards: no real user data, no network, a private keyring, offscreen Qt."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from casevault.core.vault.kdf import FLOOR
from casevault.core.vault.vault import Vault
from tests.helpers import network
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.waits import WAIT_S

# -- promise 7: the program opens no network socket (tests/helpers/network.py) ------
network.watch_this_process()


@pytest.fixture(scope="session")
def network_logs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("network")


@pytest.fixture(autouse=True)
def no_network(network_logs: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Fails the test if it, or a Python child it started, touched the network.

    Children inherit the hook through PYTHONPATH (os.environ is what they copy); the
    log it writes to is this test's alone, and is what the fixture yields."""
    log = network_logs / f"{uuid.uuid4().hex}.log"
    env = network.child_environment(dict(os.environ), log)
    for name in ("PYTHONPATH", network.LOG_VARIABLE):
        monkeypatch.setenv(name, env[name])
    before = len(network.network_sockets)
    yield log
    network.check(log, before)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if network.network_sockets:
        print(
            "\nNETWORK ACTIVITY DURING TESTS (promise 7 broken):",
            *network.network_sockets,
            sep="\n  ",
        )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


# -- every test away from the real user's data, config, cache and keyring -----------
@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    for name, sub in (
        ("HOME", ""),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(path))
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    # No session bus: the real user's keyring is unreachable unless a test asks for
    # the private one (fixture `keyring_bus`).
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("CASEVAULT_LANG", "en")
    return home


# -- a private Secret Service (gnome-keyring) on a private D-Bus ----------------------
@pytest.fixture(scope="session")
def secret_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    for tool in ("dbus-daemon", "gnome-keyring-daemon"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing: run the suite with `python3 dev.py test`")
    home = tmp_path_factory.mktemp("keyring-home")
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700)
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_RUNTIME_DIR": str(runtime),
    }
    started = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=WAIT_S,
    )
    address, pid = started.stdout.split()[:2]
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    subprocess.run(
        ["gnome-keyring-daemon", "--unlock", "--components=secrets"],
        input="test-only keyring password",
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=WAIT_S,
    )
    try:
        yield address
    finally:
        # gnome-keyring-daemon leaves when its bus goes away.
        os.kill(int(pid), 15)


@pytest.fixture
def keyring_bus(secret_service: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """Point this test (and only it) at the private Secret Service."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", secret_service)
    return secret_service


# -- vaults -------------------------------------------------------------------------
@pytest.fixture(scope="session")
def vault_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One passphrase-only vault made once (Argon2id at the floor), copied per test."""
    folder = tmp_path_factory.mktemp("template") / "vault"
    vault, recovery = Vault.create(folder, PASSPHRASE, bind_device=False, kdf=FLOOR)
    vault.close()
    return folder, recovery


@pytest.fixture
def vault_dir(vault_template: tuple[Path, str], tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    shutil.copytree(vault_template[0], folder)
    (folder / "lock").unlink(missing_ok=True)
    return folder


@pytest.fixture
def recovery_key(vault_template: tuple[Path, str]) -> str:
    return vault_template[1]


# -- the quick loop: `python3 dev.py test -m "not slow"` --------------------------------
# Tests that start real processes for every case (the command line as a process, the
# desktop under Xvfb, disk images) are slow by nature; the rest mark themselves.
SLOW_FOLDERS = ("cli", "security")
TESTS = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    slow = [TESTS / name for name in SLOW_FOLDERS]
    for item in items:
        if any(folder in Path(str(item.path)).parents for folder in slow):
            item.add_marker(pytest.mark.slow)
