"""Export, import, recipients, conflicts, backups and restore: the exchange windows."""
