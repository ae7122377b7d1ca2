"""The desktop window: a thin skin over `casevault.core.session.Session`."""

from casevault.gui import qt_compat as _qt_compat  # noqa: F401 - before any signal is emitted
