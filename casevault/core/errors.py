"""Errors the vault raises, each with the exit status of the command-line contract.

Messages shown to people are not built here: core is free of Qt and of any
language. Each error carries a `kind` that the CLI and the GUI turn into a
translated sentence (see `casevault/messages.py`); `detail` holds non-secret
facts such as a file name or a number.
"""

from __future__ import annotations

from enum import Enum, IntEnum


class ExitStatus(IntEnum):
    """The exit statuses of the command-line contract (docs/cli.md)."""

    DONE = 0
    ERROR = 1  # any other error: a file that cannot be read, a full disk, ...
    USAGE = 2  # unknown command or option, missing argument
    WRONG_SECRET = 3  # wrong passphrase or key
    INTEGRITY = 4  # a corrupt, tampered or truncated vault or file
    IN_USE = 5  # the vault is in use by another process
    INTERRUPTED = 130  # Ctrl+C


class ErrorKind(Enum):
    WRONG_PASSPHRASE = "wrong_passphrase"
    WRONG_RECOVERY_KEY = "wrong_recovery_key"
    MALFORMED_RECOVERY_KEY = "malformed_recovery_key"
    HEADER_DAMAGED = "header_damaged"
    HEADER_WEAK_KDF = "header_weak_kdf"
    HEADER_UNSUPPORTED = "header_unsupported"
    DATABASE_DAMAGED = "database_damaged"
    VAULT_IN_USE = "vault_in_use"
    VAULT_MISSING = "vault_missing"
    VAULT_EXISTS = "vault_exists"
    DEVICE_SECRET_MISSING = "device_secret_missing"
    KEYRING_UNAVAILABLE = "keyring_unavailable"
    SELF_TEST_FAILED = "self_test_failed"
    PASSPHRASE_EMPTY = "passphrase_empty"
    DISK_FULL = "disk_full"
    IO_FAILED = "io_failed"
    SCHEMA_TOO_NEW = "schema_too_new"
    OPERATION_DENIED = "operation_denied"
    INVALID_RECORD = "invalid_record"
    RECORD_MISSING = "record_missing"
    DURESS_SAME_AS_PASSPHRASE = "duress_same_as_passphrase"
    UNLOCK_LIMIT_REACHED = "unlock_limit_reached"
    CANCELLED = "cancelled"
    ATTACHMENT_TOO_LARGE = "attachment_too_large"
    ATTACHMENT_DAMAGED = "attachment_damaged"
    METADATA_NOT_REMOVED = "metadata_not_removed"
    EXPORT_WRONG_KEY = "export_wrong_key"
    EXPORT_DAMAGED = "export_damaged"
    EXPORT_UNSUPPORTED = "export_unsupported"
    SIGNATURE_INVALID = "signature_invalid"
    SIGNATURE_MISSING = "signature_missing"
    NO_RECIPIENTS = "no_recipients"
    INVALID_RECIPIENT = "invalid_recipient"
    INVALID_IDENTITY = "invalid_identity"
    FILE_EXISTS = "file_exists"
    NOT_A_FULL_BACKUP = "not_a_full_backup"
    BACKUP_FOLDER_UNSET = "backup_folder_unset"


class VaultError(Exception):
    """Base of every error the vault reports to a person."""

    exit_status: ExitStatus = ExitStatus.ERROR

    def __init__(self, kind: ErrorKind, detail: str = "") -> None:
        super().__init__(f"{kind.value}: {detail}" if detail else kind.value)
        self.kind = kind
        self.detail = detail


class WrongKeyError(VaultError):
    """A passphrase or recovery key that opens nothing (exit status 3)."""

    exit_status = ExitStatus.WRONG_SECRET


class IntegrityError(VaultError):
    """A header, database or file that is corrupt, tampered or too weak (exit status 4)."""

    exit_status = ExitStatus.INTEGRITY


class VaultInUseError(VaultError):
    """Another process has the vault open (exit status 5)."""

    exit_status = ExitStatus.IN_USE


class SelfTestError(VaultError):
    """The cryptographic building blocks are missing or wrong; refuse to run."""

    exit_status = ExitStatus.ERROR


class DeniedError(VaultError):
    """An SQL operation the vault's authorizer forbids (ATTACH, key pragmas, extensions)."""

    exit_status = ExitStatus.ERROR
