"""The terminal: secrets typed without echo or read from stdin, messages, progress lines.

Secrets never come from argv (other processes can read it). On a terminal they
are prompted with getpass; with `--passphrase-stdin` they are read one per
line, in the order the commands document.
"""

from __future__ import annotations

import contextlib
import getpass
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casevault.core.errors import ExitStatus
from casevault.core.vault import strength
from casevault.i18n.text import fill

translate = QCoreApplication.translate

NEW_PASSPHRASE_ATTEMPTS = 3


class CliError(Exception):
    """A problem the command line explains itself; `status` is the exit status."""

    def __init__(self, message: str, status: ExitStatus = ExitStatus.ERROR) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


class Secrets:
    """Where this run's secrets come from; asks in the order each command documents."""

    def __init__(self, from_stdin: bool, stdin: BinaryIO | None = None) -> None:
        self.from_stdin = from_stdin
        self._stdin = stdin
        if not from_stdin and not sys.stdin.isatty():
            raise CliError(
                translate(
                    "CLI",
                    "Standard input is not a terminal, so CaseVault cannot ask for the "
                    "passphrase safely. From a script, add --passphrase-stdin and send one "
                    "secret per line.",
                ),
                ExitStatus.USAGE,
            )

    def ask(self, prompt: str) -> str:
        """One secret: a line of standard input, or typed without echo."""
        if self.from_stdin:
            return self._read_line()
        try:
            return getpass.getpass(prompt)
        except EOFError as exc:
            raise CliError(translate("CLI", "Nothing was entered. Nothing was changed.")) from exc

    def ask_new(self, prompt: str) -> str:
        """A new passphrase: typed twice on a terminal (must match), once from stdin."""
        if self.from_stdin:
            return self._read_line()
        for _ in range(NEW_PASSPHRASE_ATTEMPTS):
            first = self.ask(prompt)
            if not first:
                say(translate("CLI", "The passphrase cannot be empty. Try again."))
                continue
            again = self.ask(translate("CLI", "Type the same passphrase again: "))
            if first == again:
                return first
            say(translate("CLI", "The two passphrases are different. Try again."))
        raise CliError(translate("CLI", "No matching passphrase was entered. Nothing was changed."))

    def _read_line(self) -> str:
        stream = self._stdin if self._stdin is not None else sys.stdin.buffer
        raw = stream.readline()
        if not raw.endswith(b"\n"):
            # A last line without a newline is fine; an empty read means input ended.
            if not raw:
                raise CliError(
                    translate(
                        "CLI",
                        "Standard input ended before all secrets were read. With "
                        "--passphrase-stdin, send each secret on its own line, in the "
                        "order given in the help (casevault COMMAND --help).",
                    ),
                    ExitStatus.USAGE,
                )
        else:
            raw = raw[:-2] if raw.endswith(b"\r\n") else raw[:-1]
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CliError(
                translate(
                    "CLI",
                    "A secret read from standard input is not UTF-8 text. Nothing was changed.",
                )
            ) from exc


@contextlib.contextmanager
def without_interruption() -> Iterator[None]:
    """Ctrl+C is ignored inside: for steps that must not stop half-way (a few ms to seconds)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def percent(done: int, total: int) -> int:
    return done * 100 // total if total else 100


class ProgressLine:
    """One line on standard error, rewritten in place as the work goes on.

    Only on a terminal: redirected to a file, carriage returns would be noise.
    `render(done, total)` gives the line's text; use as a progress callback in `with`.
    """

    def __init__(self, render: Callable[[int, int], str]) -> None:
        self._render = render
        self._terminal = sys.stderr.isatty()
        self._text: str | None = None

    def __call__(self, done: int, total: int) -> None:
        if not self._terminal:
            return
        text = self._render(done, total)
        if text == self._text:
            return
        self._text = text
        sys.stderr.write("\r" + text)
        sys.stderr.flush()

    def end(self) -> None:
        """Finish the line (if one was shown), so the next message starts on its own."""
        if self._text is not None:
            sys.stderr.write("\n")
            sys.stderr.flush()
            self._text = None

    def __enter__(self) -> ProgressLine:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.end()


def say(message: str) -> None:
    """A message for the person at the terminal (standard error, so stdout stays data)."""
    print(message, file=sys.stderr, flush=True)


def show_recovery_key(folder: Path, recovery_key: str) -> None:
    """A new vault's recovery key, once, on standard output (a script may keep it)."""
    out = sys.stdout
    out.write(fill(translate("CLI", "Vault created in %1"), folder) + "\n\n")
    out.write(translate("CLI", "Recovery key (shown only this once):") + "\n\n")
    out.write(f"    {recovery_key}\n\n")
    out.write(
        translate(
            "CLI",
            "Write this key on paper now and keep the paper in a safe place, away from "
            "this laptop.\nIt is the only way back into the vault if you forget the "
            "passphrase or this laptop\nbreaks or is lost. CaseVault keeps no copy and "
            "cannot show it again.",
        )
        + "\n"
    )
    out.flush()


def warn_if_weak(passphrase: str) -> None:
    """Warn, never refuse."""
    try:
        verdict = strength.estimate(passphrase)
    except Exception:  # an estimator bug must never stop a vault being made
        return
    if not verdict.weak:
        return
    reasons = [_WEAKNESS_REASONS[code] for code in verdict.warnings if code in _WEAKNESS_REASONS]
    say(
        translate(
            "CLI",
            "Warning: this passphrase is weak and could be guessed by someone who steals "
            "the laptop. A strong one is five or more random words. You can change it "
            "later with: casevault passwd",
        )
    )
    for reason in reasons:
        text = fill(translate("CLI", str(reason)), strength.MIN_LENGTH)
        say("  - " + text)


# Warning codes of casevault.core.vault.strength, in words.
_WEAKNESS_REASONS: dict[str, object] = {
    "too_short": QT_TRANSLATE_NOOP("CLI", "It is shorter than %1 characters."),
    "common_password": QT_TRANSLATE_NOOP("CLI", "It is one of the most used passwords."),
    "common_word": QT_TRANSLATE_NOOP("CLI", "It contains very common words."),
    "keyboard_pattern": QT_TRANSLATE_NOOP("CLI", "It contains a run of keys next to each other."),
    "sequence": QT_TRANSLATE_NOOP("CLI", "It contains a sequence such as abc or 123."),
    "repeated": QT_TRANSLATE_NOOP("CLI", "It repeats characters or words."),
    "only_digits": QT_TRANSLATE_NOOP("CLI", "It has only digits."),
    "date": QT_TRANSLATE_NOOP("CLI", "It contains a date or a year."),
    "app_name": QT_TRANSLATE_NOOP("CLI", "It contains the name of the program."),
}
