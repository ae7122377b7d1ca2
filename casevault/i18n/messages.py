"""Plain-words explanations of every vault error, in the user's language.

Core raises errors with a kind; this module says what happened and what to do
next (English source, Spanish from the .ts files). Shared by the command line
and the GUI. `%1` stands for the error's non-secret detail.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casevault.core import paths
from casevault.core.errors import ErrorKind, VaultError
from casevault.i18n.text import fill

_MESSAGES: dict[ErrorKind, object] = {
    ErrorKind.WRONG_PASSPHRASE: QT_TRANSLATE_NOOP(
        "Errors",
        "Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.",
    ),
    ErrorKind.WRONG_RECOVERY_KEY: QT_TRANSLATE_NOOP(
        "Errors",
        "This recovery key does not open this vault.",
    ),
    ErrorKind.MALFORMED_RECOVERY_KEY: QT_TRANSLATE_NOOP(
        "Errors",
        "That is not a complete recovery key: it has 14 groups of 4 letters and digits. "
        "Check for a typing mistake.",
    ),
    ErrorKind.HEADER_DAMAGED: QT_TRANSLATE_NOOP(
        "Errors",
        "The vault's key file (vault.header) is damaged or was altered. Nothing was "
        "changed. Restore the vault from a backup.",
    ),
    ErrorKind.HEADER_WEAK_KDF: QT_TRANSLATE_NOOP(
        "Errors",
        "The vault's key file asks for weaker protection than CaseVault allows, so it "
        "may have been tampered with. It was refused and nothing was changed.",
    ),
    ErrorKind.HEADER_UNSUPPORTED: QT_TRANSLATE_NOOP(
        "Errors",
        "This vault was made by a newer version of CaseVault. Update CaseVault.",
    ),
    ErrorKind.DATABASE_DAMAGED: QT_TRANSLATE_NOOP(
        "Errors",
        "The vault's database is damaged or was altered and cannot be read. Nothing was "
        "changed. Restore the vault from a backup.",
    ),
    ErrorKind.VAULT_IN_USE: QT_TRANSLATE_NOOP(
        "Errors",
        "This vault is already open in another CaseVault window or program. Close it there first.",
    ),
    ErrorKind.VAULT_MISSING: QT_TRANSLATE_NOOP(
        "Errors",
        "There is no vault in this folder. Create one first.",
    ),
    ErrorKind.VAULT_EXISTS: QT_TRANSLATE_NOOP(
        "Errors",
        "A vault already exists in this folder. Nothing was changed.",
    ),
    ErrorKind.DEVICE_SECRET_MISSING: QT_TRANSLATE_NOOP(
        "Errors",
        "This vault is tied to another computer (device binding) and this computer "
        "does not have its device key. Use the recovery key to set a new passphrase.",
    ),
    ErrorKind.KEYRING_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Errors",
        "The system keyring is not available, so the vault cannot be tied to this "
        "computer. Unlock your desktop keyring, or choose passphrase only.",
    ),
    ErrorKind.SELF_TEST_FAILED: QT_TRANSLATE_NOOP(
        "Errors",
        "CaseVault's encryption self-test failed, so it will not run. Reinstall "
        "CaseVault. Details: %1",
    ),
    ErrorKind.PASSPHRASE_EMPTY: QT_TRANSLATE_NOOP(
        "Errors",
        "The passphrase cannot be empty.",
    ),
    ErrorKind.DISK_FULL: QT_TRANSLATE_NOOP(
        "Errors",
        "The disk is full. Nothing was changed. Free some space and try again.",
    ),
    ErrorKind.IO_FAILED: QT_TRANSLATE_NOOP(
        "Errors",
        "The vault's files could not be written. Nothing was changed. Details: %1",
    ),
    ErrorKind.SCHEMA_TOO_NEW: QT_TRANSLATE_NOOP(
        "Errors",
        "This vault was made by a newer version of CaseVault. Update CaseVault.",
    ),
    ErrorKind.OPERATION_DENIED: QT_TRANSLATE_NOOP(
        "Errors",
        "CaseVault refused an operation that could expose the vault.",
    ),
    ErrorKind.INVALID_RECORD: QT_TRANSLATE_NOOP(
        "Errors",
        "This was not saved because some fields are not valid. Check the marked fields.",
    ),
    ErrorKind.RECORD_MISSING: QT_TRANSLATE_NOOP(
        "Errors",
        "That record no longer exists; it may have been deleted.",
    ),
    ErrorKind.DURESS_SAME_AS_PASSPHRASE: QT_TRANSLATE_NOOP(
        "Errors",
        "The duress passphrase and the vault's passphrase must be different. Nothing was changed.",
    ),
    ErrorKind.UNLOCK_LIMIT_REACHED: QT_TRANSLATE_NOOP(
        "Errors",
        "Too many wrong passphrases: as set up for this vault, it has been wiped. "
        "Nothing in it can be opened any more.",
    ),
    ErrorKind.CANCELLED: QT_TRANSLATE_NOOP(
        "Errors",
        "Cancelled. Nothing was changed and no partial file was left behind.",
    ),
    ErrorKind.ATTACHMENT_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Errors",
        "This file is too large to show here (%1). Save a decrypted copy to open it elsewhere.",
    ),
    ErrorKind.ATTACHMENT_DAMAGED: QT_TRANSLATE_NOOP(
        "Errors",
        "The file's content does not match the fingerprint (SHA-256) taken when it was "
        "added: it is damaged or was altered. Nothing was saved. Details: %1",
    ),
    ErrorKind.METADATA_NOT_REMOVED: QT_TRANSLATE_NOOP(
        "Errors",
        "The hidden details of this file (position, author) could not be removed because "
        "the file is damaged or protected by a password. It was not shared. Details: %1",
    ),
    ErrorKind.EXPORT_WRONG_KEY: QT_TRANSLATE_NOOP(
        "Errors",
        "This key or passphrase does not open this export file. Use the identity file or "
        "passphrase it was made for. Nothing was changed.",
    ),
    ErrorKind.EXPORT_DAMAGED: QT_TRANSLATE_NOOP(
        "Errors",
        "The export file is damaged, cut short or was altered, so it was refused. Nothing "
        "was changed. Ask for a new copy of the export.",
    ),
    ErrorKind.EXPORT_UNSUPPORTED: QT_TRANSLATE_NOOP(
        "Errors",
        "This export was made by a newer version of CaseVault. Update CaseVault. Nothing "
        "was changed.",
    ),
    ErrorKind.SIGNATURE_INVALID: QT_TRANSLATE_NOOP(
        "Errors",
        "The signature file (.sig) does not match the export: one of the two was altered or "
        "damaged, so it was refused. Nothing was changed. Ask for a new copy of both files.",
    ),
    ErrorKind.SIGNATURE_MISSING: QT_TRANSLATE_NOOP(
        "Errors",
        "The signature file %1 is missing. Copy it next to the export file; without it "
        "nobody can tell which vault made the export. Nothing was changed.",
    ),
    ErrorKind.NO_RECIPIENTS: QT_TRANSLATE_NOOP(
        "Errors",
        "There is no one to encrypt the export for. Add the head office's public key "
        "(age1…) as a recipient, or choose a passphrase.",
    ),
    ErrorKind.INVALID_RECIPIENT: QT_TRANSLATE_NOOP(
        "Errors",
        "“%1” is not an age public key. A public key starts with age1 and has 62 letters "
        "and digits; copy it again from the head office.",
    ),
    ErrorKind.INVALID_IDENTITY: QT_TRANSLATE_NOOP(
        "Errors",
        "This file holds no age identity (a line starting with AGE-SECRET-KEY-1). Choose "
        "the identity file made with casevault keygen or age-keygen.",
    ),
    ErrorKind.FILE_EXISTS: QT_TRANSLATE_NOOP(
        "Errors",
        "%1 already exists and was not overwritten. Choose another name.",
    ),
    ErrorKind.NOT_A_FULL_BACKUP: QT_TRANSLATE_NOOP(
        "Errors",
        "This export holds only some cases, not a full backup, so it cannot be restored "
        "as a vault. Import it into a vault instead.",
    ),
    ErrorKind.BACKUP_FOLDER_UNSET: QT_TRANSLATE_NOOP(
        "Errors",
        "No backup folder is set, or it cannot be found (is the USB stick plugged in?). "
        "Choose the backup folder in the backup settings.",
    ),
}
_UNEXPECTED = QT_TRANSLATE_NOOP("Errors", "Unexpected error: %1")


def explain(error: VaultError) -> str:
    template = _MESSAGES.get(error.kind, _UNEXPECTED)
    text = QCoreApplication.translate("Errors", str(template))
    detail = error.detail if error.kind in _MESSAGES else str(error)
    return fill(text, detail)


def runtime_note() -> str | None:
    """If the usual runtime folder was refused (another user's, or open to others): why,
    and where CaseVault keeps its panic file instead; None when all is as usual."""
    refused = paths.refused_runtime_dir()
    if refused is None:
        return None
    return fill(
        QCoreApplication.translate(
            "Notices",
            "The folder %1 belongs to another user or is open to others, so CaseVault "
            "does not use it. It keeps its small panic file (a process number, nothing "
            "about your cases) in %2 instead. This happens when XDG_RUNTIME_DIR is not "
            "set, for example outside a desktop login.",
        ),
        str(refused),
        str(paths.private_runtime_fallback()),
    )
