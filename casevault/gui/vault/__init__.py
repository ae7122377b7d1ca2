"""Screens about the vault itself: first run, unlock, restore, a new recovery key, duress,
wipe."""
