"""`python -m casevault` and the `casevault` console script."""

from __future__ import annotations

from casevault.cli.main import main

__all__ = ["main"]

if __name__ == "__main__":
    raise SystemExit(main())
