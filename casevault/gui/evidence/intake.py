"""Bringing files into a case: the worker's part (one connection, file by file)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from casevault.core.errors import ErrorKind, VaultError
from casevault.core.evidence.model import Attachment
from casevault.core.session import WorkerConnection


@dataclass
class IntakeResult:
    added: list[Attachment] = field(default_factory=list)
    problems: list[tuple[str, VaultError]] = field(default_factory=list)  # file name, error
    cancelled: bool = False  # the files before the cancelled one stay


@dataclass(frozen=True)
class IntakePlan:
    case_uuid: str
    files: list[Path]
    incident_uuid: str = ""
    person_uuid: str = ""
    remove_source: bool = False

    def total(self) -> int:
        size = 0
        for path in self.files:
            try:
                size += path.stat().st_size
            except OSError:  # reported by add() when it is its turn
                continue
        return size

    def run(
        self,
        connection: WorkerConnection,
        progress: Callable[[int, int], None],
        cancelled: Callable[[], bool],
    ) -> IntakeResult:
        """Add each file; a file that cannot be read is reported and the others go on.
        Cancel stops at once: the file being added is removed again by the core."""
        total = max(self.total(), 1)
        result = IntakeResult()
        before = 0
        for path in self.files:

            def step(done: int, _size: int, before: int = before) -> None:
                progress(before + done, total)

            try:
                attachment = connection.attachments.add(
                    self.case_uuid,
                    path,
                    incident_uuid=self.incident_uuid,
                    person_uuid=self.person_uuid,
                    remove_source=self.remove_source,
                    progress=step,
                    cancelled=cancelled,
                )
            except VaultError as error:
                if error.kind is ErrorKind.CANCELLED:
                    result.cancelled = True
                    return result
                result.problems.append((path.name, error))
                continue
            result.added.append(attachment)
            before += attachment.size
            progress(before, total)
        return result
