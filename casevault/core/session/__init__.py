"""The one service object: the window and the commands go through `Session`.

`Session` holds a vault folder and, while unlocked, the open vault. Widgets and
commands never reach `Vault`, `Database` or SQL: they call Session and its facets
— `session.keys` (passphrase, recovery key, duress, unlock limit), `session.exchange`
(export, import, backups, recipients, conflicts), `session.cases`,
`session.attachments` — and give long jobs a `session.worker()` connection.
"""

from casevault.core.evidence.store import AttachmentStore
from casevault.core.records.store import CaseStore
from casevault.core.session.exchange import VaultExchange
from casevault.core.session.keys import VaultKeys
from casevault.core.session.session import Session, State, WorkerConnection

# CaseStore and AttachmentStore are the types of `session.cases` and `.attachments`.
__all__ = [
    "AttachmentStore",
    "CaseStore",
    "Session",
    "State",
    "VaultExchange",
    "VaultKeys",
    "WorkerConnection",
]
