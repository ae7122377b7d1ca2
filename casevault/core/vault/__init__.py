"""The vault folder on disk: header, key slots, Argon2id, the SQLCipher database and its schema,
unlocking, the unlock guard, wipe and the start-up self-test. Imports nothing from records,
evidence or exchange.
"""
