"""The desktop window: a thin skin over `casevault.core.session.Session`."""
