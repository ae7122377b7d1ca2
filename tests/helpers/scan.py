"""Searching files for a canary string the way a disk examiner would."""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from pathlib import Path

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")
SHARED_TEMP_DIRS = (Path("/tmp"), Path("/var/tmp"), Path("/dev/shm"))


def needles(canary: str) -> dict[str, bytes]:
    return {encoding: canary.encode(encoding) for encoding in ENCODINGS}


def files_under(roots: Iterable[Path], newer_than: float | None = None) -> list[Path]:
    found: list[Path] = []
    for root in roots:
        if root.is_file():
            found.append(root)
            continue
        for folder, _dirs, names in os.walk(root, onerror=lambda _e: None):
            for name in names:
                path = Path(folder) / name
                try:
                    if not path.is_file() or path.is_symlink():
                        continue
                    if newer_than is not None and path.stat().st_mtime < newer_than:
                        continue
                except OSError:
                    continue
                found.append(path)
    return found


def find_canary(roots: Iterable[Path], canary: str, newer_than: float | None = None) -> list[str]:
    """Every (file, encoding) in which the canary appears."""
    hits = []
    patterns = needles(canary)
    for path in files_under(roots, newer_than):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        for encoding, pattern in patterns.items():
            if pattern in data:
                hits.append(f"{path} ({encoding})")
    return hits


def sweep_roots(tmp_path: Path) -> list[Path]:
    """The test's own tree (vault, HOME, XDG dirs, TMPDIR) — shared temp dirs go by mtime."""
    return [tmp_path]


def sweep(tmp_path: Path, canary: str, started: float) -> list[str]:
    hits = find_canary(sweep_roots(tmp_path), canary)
    shared = [d for d in SHARED_TEMP_DIRS if d.is_dir()]
    hits += [
        h
        for h in find_canary(shared, canary, newer_than=started - 1)
        if not h.startswith(str(tmp_path))
    ]
    return hits


def now() -> float:
    return time.time()
