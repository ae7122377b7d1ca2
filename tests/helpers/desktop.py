"""The real window on a private X server: Xvfb, xdotool typing and reading windows,
and the app started as a person starts it."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.waits import WAIT_S, wait_for

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
        ready, _, _ = select.select([read_end], [], [], WAIT_S)
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
            process.wait(timeout=WAIT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=WAIT_S)
    pipe = XVFB_PIPES.pop(process.pid, None)
    if pipe is not None:
        os.close(pipe)


def accepts_clients(display: str) -> bool:
    probe = subprocess.run(
        ["xdotool", "getmouselocation"],
        env=dict(os.environ, DISPLAY=display),
        capture_output=True,
        timeout=WAIT_S,
        check=False,
    )
    return probe.returncode == 0


@pytest.fixture
def display() -> Iterator[str]:
    """A private X server for this test (import the fixture into the test module)."""
    server, name = start_xvfb()
    try:
        # Wait until a real client gets in before starting anything (see -noreset).
        wait_for(lambda: accepts_clients(name), WAIT_S, f"the X server {name} to accept clients")
        yield name
    finally:
        stop(server)


def xdotool(display: str, *args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args],
        env=dict(os.environ, DISPLAY=display),
        capture_output=True,
        text=True,
        timeout=WAIT_S,
        check=False,
    )
    return done.stdout


def visible_windows(display: str) -> set[str]:
    return set(xdotool(display, "search", "--onlyvisible", "--name", TITLE).split())


def focused(display: str) -> str:
    return xdotool(display, "getwindowfocus").strip()


def wait_visible_window(display: str, *, besides: set[str], log: Path | None = None) -> str:
    """The id of a visible CaseVault window that is not one of `besides`."""

    def found() -> str:
        fresh = sorted(visible_windows(display) - besides)
        return fresh[0] if fresh else ""

    try:
        return str(wait_for(found, WAIT_S, "a CaseVault window to appear"))
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
    wait_for(lambda: not visible_windows(display), WAIT_S, "the old windows to go")
    return wait_visible_window(display, besides=set(), log=log)


def unlock_like_a_person(display: str, window: str, passphrase: str) -> None:
    xdotool(display, "windowfocus", "--sync", window)
    xdotool(display, "type", "--delay", "5", passphrase)
    xdotool(display, "key", "Return")


def wait_main_window(display: str, unlock_window: str) -> str:
    """After unlocking: the id of the main window, once the unlock screen has gone."""

    def main_window() -> str:
        shown = visible_windows(display)
        return "" if unlock_window in shown or not shown else sorted(shown)[0]

    return str(wait_for(main_window, WAIT_S, "the main window after unlocking"))


def show_other_program(display: str, text: str) -> tuple[subprocess.Popen[bytes], str]:
    """xmessage, shown and focused: the process and the window id that has the keyboard.
    Stop it with `end_other_program`."""
    process = subprocess.Popen(
        ["xmessage", "-center", text],
        env=dict(os.environ, DISPLAY=display),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        found = wait_for(
            lambda: xdotool(display, "search", "--onlyvisible", "--class", "Xmessage").split(),
            WAIT_S,
            "the xmessage window",
        )
        window = str(found[0])  # type: ignore[index]
        xdotool(display, "windowfocus", "--sync", window)
    except BaseException:
        end_other_program(process)
        raise
    return process, window


def end_other_program(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    process.wait(timeout=WAIT_S)


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
