"""Start-up self-test: refuse to run on a build whose encryption cannot be trusted.

Checks, on a throw-away in-memory database: SQLCipher 4.x is the library in
use, its crypto provider is present, temporary storage is compiled to live in
memory, FTS5 is present, and Argon2id works.
"""

from __future__ import annotations

import os
from types import ModuleType

import sqlcipher3

from casevault.core.errors import ErrorKind, SelfTestError
from casevault.core.memory import zeroize
from casevault.core.vault.kdf import derive_probe

REQUIRED_MAJOR = 4


def run_self_test(driver: ModuleType = sqlcipher3) -> dict[str, str]:
    """Return facts about the crypto stack, or raise SelfTestError saying what is wrong.

    `driver` is the DB-API module to check; only tests pass anything else.
    """
    facts: dict[str, str] = {}
    conn = driver.connect(":memory:")
    try:
        if not hasattr(conn, "set_key"):
            raise SelfTestError(ErrorKind.SELF_TEST_FAILED, "the database driver is not SQLCipher")
        conn.execute("PRAGMA cipher_log_level = NONE")
        key = bytearray(b"x'" + os.urandom(32).hex().encode() + b"'")
        conn.set_key(key)
        zeroize(key)
        version_row = conn.execute("PRAGMA cipher_version").fetchone()
        version = str(version_row[0]) if version_row else ""
        if not version.split(".")[0].isdigit() or int(version.split(".")[0]) != REQUIRED_MAJOR:
            raise SelfTestError(
                ErrorKind.SELF_TEST_FAILED, f"SQLCipher 4 required, got {version!r}"
            )
        facts["sqlcipher"] = version
        provider = conn.execute("PRAGMA cipher_provider").fetchone()
        if not provider or not provider[0]:
            raise SelfTestError(ErrorKind.SELF_TEST_FAILED, "SQLCipher has no crypto provider")
        provider_version = conn.execute("PRAGMA cipher_provider_version").fetchone()
        facts["crypto_provider"] = (
            f"{provider[0]} {provider_version[0] if provider_version else ''}"
        )
        options = {row[0] for row in conn.execute("PRAGMA compile_options")}
        temp_store = next((o for o in options if o.startswith("TEMP_STORE=")), "TEMP_STORE=1")
        if int(temp_store.split("=")[1]) < 2:
            raise SelfTestError(ErrorKind.SELF_TEST_FAILED, f"{temp_store}: temp files on disk")
        facts["temp_store"] = temp_store
        if "ENABLE_FTS5" not in options:
            raise SelfTestError(ErrorKind.SELF_TEST_FAILED, "SQLCipher built without FTS5")
        facts["sqlite"] = str(driver.sqlite_version)
    except driver.DatabaseError as exc:
        raise SelfTestError(ErrorKind.SELF_TEST_FAILED, str(exc)) from exc
    finally:
        conn.close()
    try:
        derive_probe()
    except Exception as exc:  # any failure here means no usable Argon2id
        raise SelfTestError(ErrorKind.SELF_TEST_FAILED, f"Argon2id unavailable: {exc}") from exc
    facts["kdf"] = "argon2id"
    return facts
