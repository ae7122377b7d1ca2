"""What every `casevault` subcommand is: `Command`, and `VaultCommand` for those on an open vault.

A command class says how it is written (`add_to`: its subparser, help and
options) and what it does (`run`). A `VaultCommand` checks everything it can
before the passphrase is asked for (its own `check()`, then: there is a vault,
its key file is sound, no other program has it open), so nobody types a
passphrase for nothing; then it unlocks through `core.session.Session`, does
its work on the session's facets in `on_vault()`, and locks again whatever
happens. Core raises `VaultError`s; cli/main.py explains them.
"""

from __future__ import annotations

import argparse
import functools
from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication

from casevault.cli.terminal import Secrets
from casevault.core.session import Session

translate = QCoreApplication.translate

# argparse's `add_subparsers()` object (its class is private to argparse).
Subcommands = Any


@dataclass(frozen=True)
class Parents:
    """The options shared by subcommands: --vault, and --passphrase-stdin."""

    vault: argparse.ArgumentParser
    stdin: argparse.ArgumentParser

    @property
    def both(self) -> list[argparse.ArgumentParser]:
        return [self.vault, self.stdin]


class Command(ABC):
    """One subcommand: `add_to()` writes its parser, `run()` does it and returns the status."""

    name: ClassVar[str]
    # wipe and panic use no cryptography of their own: the self-test (which could
    # fail) must not stop them.
    self_test: ClassVar[bool] = True

    def __init__(self, folder: Path, args: argparse.Namespace) -> None:
        self.folder = folder
        self.args = args

    @classmethod
    @abstractmethod
    def add_to(cls, commands: Subcommands, parents: Parents) -> None:
        """Add this command's subparser to `casevault`'s subcommands."""

    @abstractmethod
    def run(self) -> int:
        """Do the command; the exit status (casevault.core.errors.ExitStatus)."""

    @functools.cached_property
    def secrets(self) -> Secrets:
        """Where this run's secrets come from (a usage error if they cannot be asked safely)."""
        return Secrets(self.args.passphrase_stdin)


class VaultCommand(Command):
    """A command on the open vault: checks, the passphrase, unlock, `on_vault()`, lock."""

    # True where the command always refused a non-terminal standard input (without
    # --passphrase-stdin) before looking at the vault; else the vault is checked first.
    secrets_first: ClassVar[bool] = False

    def check(self) -> None:
        """What can be refused before the vault is even looked at (files, options)."""

    @abstractmethod
    def on_vault(self, session: Session) -> int:
        """The work, with the vault open; the exit status."""

    def run(self) -> int:
        self.check()
        if self.secrets_first:
            _ = self.secrets
        session = Session(self.folder)
        session.check_ready()
        # Core counts the attempt against the failed-unlock limit, and a duress
        # passphrase wipes the vault and opens a fresh, empty one, as in the window.
        session.unlock(self.secrets.ask(translate("CLI", "Passphrase: ")))
        try:
            return self.on_vault(session)
        finally:
            session.lock()
