"""The vault: keys, the encrypted database and everything stored in it.

Nothing in this package may import Qt (a test walks the package to enforce it).
"""
