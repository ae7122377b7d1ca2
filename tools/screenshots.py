"""Screenshots of the real CaseVault window, at the screen sizes and in the languages we ship.

Usage: python tools/screenshots.py [--out DIR] [--sizes 1024x600,1366x768] [--langs en,es]

For each size and language this starts a private X server (Xvfb) with a window
manager (openbox, so that focus and window placement are real), runs the app as a
user would (`python -m casevault --vault DIR`), drives it with the keyboard
(xdotool) and saves what is on the screen (ImageMagick's import), one PNG per
screen:

    first-run-passphrase, first-run-binding, first-run-recovery   (an empty folder)
    unlock, main-window-empty (nothing chosen yet), main-window (the first case),
    case-<tab> for every other case tab, search,
    export                                                        (a demo vault)

Everything lives in a temporary folder: the vaults, HOME and the XDG folders, so
the user's own vault and settings are never touched. The demo vault is made once
with `casevault demo` and copied for every run, so every run starts the same.

Needs: Xvfb, openbox, xdotool, xprop, import (Debian/Ubuntu: apt-get install -y
xvfb openbox xdotool x11-utils imagemagick). Waits are conditions (a window appears, the screen
changes, then stays still), each with a generous time limit, so a slow machine
gives the same pictures, only later.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
PASSPHRASE = "violet harbour lantern mosaic 47 quietly"  # noqa: S105 - a throwaway demo vault
DEMO_CASES = 40
TOOLS = ("Xvfb", "openbox", "xdotool", "xprop", "import")
SLOW = 120.0  # seconds: the longest any one step may take (key derivation is slow on purpose)
QUIET = 1.5  # seconds without change that count as "the screen has settled"
# A blinking text cursor changes a few hundred pixels; real changes are bigger.
NOISE_PIXELS = 400


@dataclass(frozen=True)
class Shot:
    name: str
    image: Image.Image


# -- the X server ---------------------------------------------------------------------------
class Display:
    """A private Xvfb + openbox; `name` is the DISPLAY value."""

    def __init__(self, width: int, height: int, home: Path) -> None:
        self.width = width
        self.height = height
        read_fd, write_fd = os.pipe()
        # -displayfd: the server picks a free display number and writes it back.
        self._server = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_fd),
                "-screen",
                "0",
                f"{width}x{height}x24",
                "-nolisten",
                "tcp",
            ],
            pass_fds=(write_fd,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            self._server.kill()
            raise RuntimeError("Xvfb did not start")
        self.name = f":{number}"
        env = {**base_env(home), "DISPLAY": self.name}
        self._wm = subprocess.Popen(
            ["openbox", "--sm-disable"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        # openbox is ready when it owns the window-manager selection of screen 0.
        wait_for(lambda: self._wm_running(env), SLOW, "openbox did not start")

    @staticmethod
    def _wm_running(env: dict[str, str]) -> bool:
        found = subprocess.run(
            ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        return "window id" in found.stdout

    def close(self) -> None:
        for process in (self._wm, self._server):
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    # -- looking at the screen ------------------------------------------------------------
    def grab(self) -> Image.Image:
        """The whole screen as a person sees it.

        ImageMagick's import, not `xwd -root`: Qt gives some windows (dialogs over the
        main window) a visual other than the root's, and xwd then reads them as black."""
        command = ["import", "-silent", "-window", "root", "ppm:-"]
        env = {**os.environ, "DISPLAY": self.name}
        for _attempt in range(20):
            done = subprocess.run(command, env=env, capture_output=True, check=False)
            if done.returncode == 0 and done.stdout:
                with Image.open(io.BytesIO(done.stdout)) as image:
                    return image.convert("RGB")
            # A window that is mapped or unmapped while import reads it makes it fail.
            time.sleep(0.2)
        raise RuntimeError("import could not read the screen: " + done.stderr.decode())

    def settle(self, before: Image.Image | None = None, timeout: float = SLOW) -> Image.Image:
        """Wait until the screen differs from `before` (if given), then until it stays still."""
        deadline = time.monotonic() + timeout
        current = self.grab()
        if before is not None:
            while not _differs(before, current):
                if time.monotonic() > deadline:
                    raise TimeoutError("the screen did not change")
                time.sleep(0.2)
                current = self.grab()
        still_since = time.monotonic()
        while time.monotonic() - still_since < QUIET:
            if time.monotonic() > deadline:
                raise TimeoutError("the screen did not settle")
            time.sleep(0.25)
            latest = self.grab()
            if _differs(current, latest):
                still_since = time.monotonic()
            current = latest
        return current

    # -- the keyboard ---------------------------------------------------------------------
    def xdotool(self, *args: str) -> str:
        done = subprocess.run(
            ["xdotool", *args],
            env={**os.environ, "DISPLAY": self.name},
            capture_output=True,
            text=True,
            check=False,
        )
        return done.stdout

    def keys(self, *names: str) -> None:
        self.xdotool("key", "--delay", "80", *names)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "40", text)

    def showing(self, title: str) -> bool:
        return bool(self.xdotool("search", "--onlyvisible", "--name", f"^{title}$").split())

    def wait_window(self, title: str, timeout: float = SLOW) -> str:
        """The id of the visible window called `title`, once it is mapped and focused."""
        found: list[str] = []

        def visible() -> bool:
            out = self.xdotool("search", "--onlyvisible", "--name", f"^{title}$").split()
            found[:] = out
            return bool(out)

        wait_for(visible, timeout, f"no window called {title!r}")
        window = found[-1]
        self.xdotool("windowactivate", "--sync", window)
        return window


def _differs(first: Image.Image, second: Image.Image) -> bool:
    if first.size != second.size:
        return True
    box = ImageChops.difference(first, second).getbbox()
    if box is None:
        return False
    changed = ImageChops.difference(first.crop(box), second.crop(box)).convert("L")
    return sum(changed.point(lambda v: 255 if v else 0).histogram()[255:]) > NOISE_PIXELS


def wait_for(condition: Callable[[], bool], timeout: float, failure: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(failure)
        time.sleep(0.2)


# -- the app ----------------------------------------------------------------------------------
def base_env(home: Path) -> dict[str, str]:
    """A clean environment whose HOME and XDG folders are all inside `home`."""
    runtime = home / "runtime"
    for folder in (home / "config", home / "data", home / "cache", runtime):
        folder.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    keep = ("PATH", "LANG", "LC_ALL", "TZ")
    env = {key: os.environ[key] for key in keep if key in os.environ}
    env.setdefault("LANG", "C.UTF-8")
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(runtime),
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="xcb",
        # No desktop keyring here: say so plainly instead of waiting on a missing D-Bus.
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    return env


def cli(env: dict[str, str], *args: str, stdin: str = "") -> str:
    done = subprocess.run(
        [sys.executable, "-m", "casevault", *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"casevault {args[0]} failed: {done.stderr.strip()}")
    return done.stdout


def make_demo_vault(work: Path) -> Path:
    """A demo vault with evidence in its first case: a photo with camera metadata and a PDF."""
    vault = work / "demo-vault"
    env = base_env(work / "demo-home")
    cli(
        env,
        "demo",
        "--vault",
        str(vault),
        "--passphrase-stdin",
        "--no-device-binding",
        "--cases",
        str(DEMO_CASES),
        stdin=PASSPHRASE + "\n",
    )
    photo = work / "marcha-zocalo.jpg"
    picture = Image.new("RGB", (960, 640), (96, 140, 190))
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, 420, 960, 640), fill=(120, 110, 90))
    for left in range(40, 900, 120):
        draw.ellipse((left, 330, left + 60, 390), fill=(60, 45, 40))
        draw.rectangle((left + 5, 390, left + 55, 520), fill=(150, 40, 40))
    exif = Image.Exif()
    exif[0x010F] = "Fictional Camera Co."  # Make
    exif[0x0110] = "Demo Phone 3"  # Model
    exif[0x0132] = "2024:03:15 10:42:00"  # DateTime
    picture.save(photo, quality=88, exif=exif)
    document = work / "queja-comision.pdf"
    page = Image.new("RGB", (850, 1100), "white")
    pen = ImageDraw.Draw(page)
    for line in range(12):
        pen.rectangle((80, 120 + line * 60, 770 - (line % 3) * 120, 140 + line * 60), fill="grey")
    page.save(document)
    first_case = f"DEMO-{DEMO_CASES:05d}"
    cli(
        env,
        "attach",
        first_case,
        str(photo),
        str(document),
        "--vault",
        str(vault),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    return vault


@contextmanager
def app(display: Display, vault: Path, home: Path, lang: str) -> Iterator[subprocess.Popen[bytes]]:
    env = {**base_env(home), "DISPLAY": display.name, "CASEVAULT_LANG": lang}
    log = (home / "app.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "casevault", "--vault", str(vault)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)  # locks and quits
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        log.close()


class Texts:
    """The app's own strings in one language, read from the .ts sources (for mnemonics)."""

    def __init__(self, lang: str) -> None:
        self._table: dict[tuple[str, str], str] = {}
        if lang == "en":
            return
        for path in TRANSLATIONS.glob("*_es_MX.ts"):
            tree = ET.parse(path)  # noqa: S314 - the project's own translation sources
            for context in tree.iter("context"):
                name = context.findtext("name") or ""
                for message in context.iter("message"):
                    source = message.findtext("source") or ""
                    translation = message.findtext("translation") or ""
                    if translation:
                        self._table[(name, source)] = translation

    def get(self, context: str, source: str) -> str:
        return self._table.get((context, source), source)

    def mnemonic(self, context: str, source: str) -> str:
        """The Alt+letter of a menu or button text, lower case, as xdotool names the key."""
        text = self.get(context, source)
        index = text.replace("&&", "").find("&")
        if index < 0 or index + 1 >= len(text):
            raise ValueError(f"no mnemonic in {text!r}")
        return text.replace("&&", "")[index + 1].lower()


# -- the screens ------------------------------------------------------------------------------
def first_run(display: Display, home: Path, lang: str) -> Iterator[Shot]:
    texts = Texts(lang)
    vault = home / "new-vault"
    with app(display, vault, home, lang):
        display.wait_window(texts.get("FirstRunWizard", "CaseVault: new vault"))
        screen = display.settle()
        yield Shot("first-run-passphrase", screen)
        display.type(PASSPHRASE)
        display.keys("Tab")
        display.type(PASSPHRASE)
        screen = display.settle(screen)
        display.keys("Return")  # Next
        screen = display.settle(screen)
        yield Shot("first-run-binding", screen)
        display.keys("alt+" + texts.mnemonic("BindingPage", "&Passphrase only"))
        display.keys("alt+" + texts.mnemonic("BindingPage", "&Create the vault"))
        screen = display.settle(screen)
        yield Shot("first-run-recovery", screen)


CASE_TABS = ("people", "incidents", "actions", "notes", "evidence", "history")


def unlocked(display: Display, demo: Path, home: Path, lang: str) -> Iterator[Shot]:
    texts = Texts(lang)
    vault = home / "vault"
    shutil.copytree(demo, vault)
    with app(display, vault, home, lang):
        display.wait_window("CaseVault")
        screen = display.settle()
        yield Shot("unlock", screen)
        display.type(PASSPHRASE)
        display.keys("Return")
        screen = display.settle(screen)
        yield Shot("main-window-empty", screen)
        # Down from the search box goes to the list and selects its first case.
        display.keys("ctrl+f", "Down")
        screen = display.settle(screen)
        yield Shot("main-window", screen)
        # The case tabs: into the Summary tab's first field, then Ctrl+Tab along the tabs.
        display.keys("alt+" + texts.mnemonic("SummaryTab", "&Title:"))
        for tab in CASE_TABS:
            display.keys("ctrl+Tab")
            screen = display.settle(screen)
            yield Shot(f"case-{tab}", screen)
        display.keys("ctrl+f")
        display.type("amenazas")  # the demo cases are written in Spanish
        screen = display.settle(screen)
        yield Shot("search", screen)
        display.keys("Escape")
        display.keys("alt+" + texts.mnemonic("MainWindow", "&Vault"))
        display.keys(texts.mnemonic("ExchangeActions", "&Export…"))
        screen = display.settle(screen)
        if not display.showing(texts.get("ExportDialog", "Export")):
            # The letter is shared with another item of the menu (Spanish: Exportar and
            # Borrado de emergencia): Qt then only moves to the first of them.
            display.keys("Return")
            display.wait_window(texts.get("ExportDialog", "Export"))
            screen = display.settle(screen)
        yield Shot("export", screen)


def save(shot: Shot, out: Path, size: str, lang: str) -> Path:
    path = out / f"{shot.name}-{lang}-{size}.png"
    shot.image.save(path, optimize=True)
    print(path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--sizes", default="1024x600,1366x768")
    parser.add_argument("--langs", default="en,es")
    args = parser.parse_args(argv)
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        print("missing: " + ", ".join(missing), file=sys.stderr)
        print("apt-get install -y xvfb openbox xdotool x11-utils imagemagick", file=sys.stderr)
        return 1
    sizes = [tuple(int(n) for n in size.split("x")) for size in args.sizes.split(",")]
    langs = args.langs.split(",")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="casevault-shots-") as temp:
        work = Path(temp)
        demo = make_demo_vault(work)
        for width, height in sizes:
            for lang in langs:
                label = f"{width}x{height}"
                for scenario in (first_run, lambda d, h, la: unlocked(d, demo, h, la)):
                    home = Path(tempfile.mkdtemp(dir=work))
                    display = Display(width, height, home)
                    try:
                        for shot in scenario(display, home, lang):
                            save(shot, args.out, label, lang)
                    finally:
                        display.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
