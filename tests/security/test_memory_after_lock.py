"""Promise 2: locked means gone from memory.

The real window runs in a subprocess on a private X server (Xvfb) and is used the
way a person uses it (xdotool types the passphrase, a case is opened). Its memory
is then read through /proc/PID/mem: before the panic lock the canaries and the
data key are there (so the scan can fail); after SIGUSR1 no process of the app
holds a canary (UTF-8, UTF-16) or the data key (raw or hex).
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from casevault.core.records.model import Action, Case, Incident, Note, Person
from casevault.core.records.store import CaseStore
from casevault.core.records.vocab import Vocabularies
from casevault.core.vault.files import read_header
from casevault.core.vault.keyslots import unwrap_with_passphrase
from casevault.core.vault.vault import Vault
from tests.helpers.scan import ENCODINGS
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.waits import wait_for
from tests.security.test_canary_records import _fill

TITLE = "^CaseVault$"
# -noreset: by default an X server resets itself whenever its last client disconnects,
# and drops the connections that arrive meanwhile. A probe (xdotool) ending just before
# the app connects, or the old process's connection closing at the lock's exec while
# the fresh process connects, then fails with "could not connect to display" (the flake
# seen: about 1 connection in 20 under load; none in 800 with -noreset).
XVFB = ["Xvfb", "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset"]
XVFB_SERVERS: dict[str, subprocess.Popen[bytes]] = {}  # display -> its Xvfb
XVFB_PIPES: dict[int, int] = {}  # Xvfb's pid -> the read end of its -displayfd pipe


# -- a private X server, and xdotool on it -----------------------------------------------
def require_tools() -> None:
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            raise AssertionError(f"{tool} is missing: run the suite with `python3 dev.py test`")


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on a free display, no TCP; returns once it accepts connections.

    The number is chosen away from the low ones other programs and test runs
    pick; a number taken meanwhile by someone else is skipped.
    """
    require_tools()
    first = 300 + os.getpid() % 400
    for number in range(first, first + 50):
        if Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
            continue
        read_end, write_end = os.pipe()
        errors = Path(tempfile.gettempdir()) / f"casevault-xvfb-{number}.log"
        with errors.open("wb") as err:
            server = subprocess.Popen(
                [*XVFB, f":{number}", "-displayfd", str(write_end)],
                pass_fds=(write_end,),
                stdout=subprocess.DEVNULL,
                stderr=err,
            )
        os.close(write_end)
        ready, _, _ = select.select([read_end], [], [], 30)
        answer = os.read(read_end, 32).decode().strip() if ready else ""
        # Xvfb may write the number again later and stops if it cannot: the pipe
        # stays open as long as the server runs.
        XVFB_PIPES[server.pid] = read_end
        if answer == str(number):
            XVFB_SERVERS[f":{number}"] = server
            return server, f":{number}"
        stop(server)
    raise AssertionError("Xvfb did not start on any free display")


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
    pipe = XVFB_PIPES.pop(process.pid, None)
    if pipe is not None:
        os.close(pipe)


def accepts_clients(display: str) -> bool:
    probe = subprocess.run(
        ["xdotool", "getmouselocation"],
        env=dict(os.environ, DISPLAY=display),
        capture_output=True,
        timeout=10,
        check=False,
    )
    return probe.returncode == 0


@pytest.fixture
def display() -> Iterator[str]:
    server, name = start_xvfb()
    try:
        # Wait until a real client gets in before starting anything (see -noreset).
        wait_for(lambda: accepts_clients(name), 30, f"the X server {name} to accept clients")
        yield name
    finally:
        stop(server)


def xdotool(display: str, *args: str, timeout: float = 30) -> str:
    done = subprocess.run(
        ["xdotool", *args],
        env=dict(os.environ, DISPLAY=display),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    return done.stdout


def visible_windows(display: str) -> set[str]:
    return set(xdotool(display, "search", "--onlyvisible", "--name", TITLE).split())


def wait_visible_window(
    display: str, *, besides: set[str], timeout: float = 60, log: Path | None = None
) -> str:
    """The id of a visible CaseVault window that is not one of `besides`."""

    def found() -> str:
        fresh = sorted(visible_windows(display) - besides)
        return fresh[0] if fresh else ""

    try:
        return str(wait_for(found, timeout, "a CaseVault window to appear"))
    except AssertionError as error:
        if log is not None and log.exists():
            said = log.read_text(errors="replace")
            server = XVFB_SERVERS.get(display)
            status = "unknown" if server is None else server.poll()
            raise AssertionError(
                f"{error}; Xvfb exit status: {status}; the app said:\n{said}"
            ) from error
        raise


def wait_fresh_unlock_screen(display: str, log: Path | None = None) -> str:
    """After the exec: the old windows go with the old program image, then the fresh
    process shows its unlock screen. (Window ids cannot tell them apart: the X server
    may give the new connection the ids the old one had.)"""
    wait_for(lambda: not visible_windows(display), 30, "the old windows to go")
    return wait_visible_window(display, besides=set(), log=log)


def unlock_like_a_person(display: str, window: str, passphrase: str) -> None:
    xdotool(display, "windowfocus", "--sync", window)
    xdotool(display, "type", "--delay", "5", passphrase)
    xdotool(display, "key", "Return")


# -- the app, started as a person starts it ----------------------------------------------
def app_environment(display: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", CASEVAULT_LANG="en")
    env.pop("WAYLAND_DISPLAY", None)
    return env


def start_app(
    folder: Path, display: str, log: Path, *, python: str = sys.executable
) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(
            [python, "-m", "casevault", "--vault", str(folder)],
            env=app_environment(display),
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def exec_generation(pid: int) -> bytes:
    """Changes at every exec of `pid`: the auxiliary vector (entry point, stack and
    loader addresses, the AT_RANDOM pointer) is new for each program image."""
    return Path(f"/proc/{pid}/auxv").read_bytes()


# -- reading a process's memory -------------------------------------------------------
def readable_regions(pid: int) -> list[tuple[int, int, str]]:
    regions = []
    for line in Path(f"/proc/{pid}/maps").read_text().splitlines():
        parts = line.split(maxsplit=5)
        span, perms = parts[0], parts[1]
        name = parts[5] if len(parts) > 5 else ""
        if not perms.startswith("r") or name in ("[vvar]", "[vsyscall]", "[vvar_vclock]"):
            continue
        start, end = (int(x, 16) for x in span.split("-"))
        regions.append((start, end, name))
    return regions


def read_memory(pid: int) -> Iterator[tuple[str, bytes]]:
    """(region name, bytes) of every readable region; unreadable ones are skipped."""
    regions = readable_regions(pid)
    read_any = False
    with open(f"/proc/{pid}/mem", "rb", buffering=0) as mem:
        for start, end, name in regions:
            try:
                mem.seek(start)
                data = mem.read(end - start)
            except (OSError, OverflowError, ValueError):
                continue
            if data:
                read_any = True
                yield name, data
    if not read_any:
        raise AssertionError(f"no memory of process {pid} could be read")


def check_memory_readable(pid: int) -> None:
    try:
        with open(f"/proc/{pid}/mem", "rb", buffering=0):
            pass
    except PermissionError:
        raise AssertionError(
            "cannot read another process's memory here: the memory test needs root "
            "(as in CI) because the app makes itself non-dumpable"
        ) from None


def needles_for(canary: str, dek: bytes) -> dict[str, bytes]:
    found = {f"canary {encoding}": canary.encode(encoding) for encoding in ENCODINGS}
    found["data key raw"] = dek
    found["data key hex"] = dek.hex().encode()
    found["data key HEX"] = dek.hex().upper().encode()
    return found


def scan(pids: list[int], needles: dict[str, bytes]) -> dict[str, int]:
    """How many times each needle occurs in the memory of these processes."""
    counts = dict.fromkeys(needles, 0)
    for pid in pids:
        for _name, data in read_memory(pid):
            for label, needle in needles.items():
                counts[label] += data.count(needle)
    return counts


def app_processes(pid: int) -> list[int]:
    """The app's process and every descendant (none are expected, all are scanned)."""
    found = [pid]
    queue = [pid]
    while queue:
        parent = queue.pop()
        out = subprocess.run(
            ["pgrep", "-P", str(parent)], capture_output=True, text=True, check=False
        ).stdout
        children = [int(x) for x in out.split()]
        found += children
        queue += children
    return found


# -- the vault ------------------------------------------------------------------------
CASES = 3


def fill_with_canaries(folder: Path, canary: str, cases: int = CASES) -> None:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        store = CaseStore(vault.db, Vocabularies.load())
        for n in range(cases):
            mark = f"{canary}-{n}"
            case = store.add(_fill(Case, mark))  # type: ignore[arg-type]
            person = store.add(_fill(Person, mark, case_uuid=case.uuid))  # type: ignore[arg-type]
            store.add(
                _fill(Incident, mark, case_uuid=case.uuid, people=[person.uuid], state="OAX")  # type: ignore[arg-type]
            )
            store.add(_fill(Action, mark, case_uuid=case.uuid, authority="cndh"))  # type: ignore[arg-type]
            store.add(_fill(Note, mark, case_uuid=case.uuid))  # type: ignore[arg-type]


@pytest.mark.slow
def test_panic_lock_leaves_no_case_text_and_no_key_in_memory(
    vault_dir: Path, display: str, tmp_path: Path
) -> None:
    canary = f"CANARY{uuid.uuid4().hex}"
    fill_with_canaries(vault_dir, canary)
    unwrapped = unwrap_with_passphrase(read_header(vault_dir), PASSPHRASE)
    dek = bytes(unwrapped.payload)
    unwrapped.discard()
    needles = needles_for(canary, dek)
    # Shown only once a case is open in the detail view (not in the case list).
    summaries = [f"{canary}-{n} Case.summary".encode("utf-16-le") for n in range(CASES)]

    log = tmp_path / "app.log"
    app = start_app(vault_dir, display, log)
    try:
        unlock_window = wait_visible_window(display, besides=set(), log=log)
        check_memory_readable(app.pid)
        unlock_like_a_person(display, unlock_window, PASSPHRASE)

        def main_window() -> str:
            shown = visible_windows(display)
            return "" if unlock_window in shown or not shown else sorted(shown)[0]

        window = str(wait_for(main_window, 60, "the main window after unlocking"))
        xdotool(display, "windowfocus", "--sync", window)
        xdotool(display, "key", "ctrl+f", "Down")  # from the search box into the list

        def case_open() -> bool:
            return any(s in data for _name, data in read_memory(app.pid) for s in summaries)

        wait_for(case_open, 60, "the first case to be shown in the detail view")
        before = scan(app_processes(app.pid), needles)
        assert before["canary utf-8"] > 0, before
        assert before["canary utf-16-le"] > 0, before
        assert before["data key raw"] + before["data key hex"] + before["data key HEX"] > 0, before

        generation = exec_generation(app.pid)
        os.kill(app.pid, signal.SIGUSR1)
        wait_for(lambda: exec_generation(app.pid) != generation, 30, "the fresh process")
        wait_fresh_unlock_screen(display, log)
        pids = app_processes(app.pid)
        after = scan(pids, needles)
        assert after == dict.fromkeys(needles, 0), f"after lock, processes {pids}: {after}"

        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=30) == 0, log.read_text(errors="replace")
    finally:
        stop(app)
