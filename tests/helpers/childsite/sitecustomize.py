"""Run by every Python child a test starts (tests/helpers/network.py puts this folder on
its PYTHONPATH): the no-network audit hook, before the child's own code runs."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "_casevault_test_network", Path(__file__).resolve().parent.parent / "network.py"
)
if _spec is not None and _spec.loader is not None:
    _network = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(_network)
    _network.watch_this_child()
