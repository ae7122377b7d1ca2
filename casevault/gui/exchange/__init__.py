"""Export, import, recipients, conflicts, backups and restore: the GUI of issue 6."""
