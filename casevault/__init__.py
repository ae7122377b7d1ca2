"""CaseVault: offline, encrypted case documentation for human-rights defenders."""

__version__ = "0.1.0"
