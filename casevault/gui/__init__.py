"""The desktop window: a thin skin over `casevault.core.session.Session`."""

from casevault.gui import pyside_guard as _pyside_guard  # noqa: F401 - before any signal is emitted
