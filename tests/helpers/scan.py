"""Looking for a canary the way an examiner would: in files (UTF-8, UTF-16), in a
process's memory (/proc/PID/mem), and among the regular files a process holds open."""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
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


# -- the files a process holds open ---------------------------------------------------
def open_regular_files(pid: int | str = "self") -> set[str]:
    """The regular files (not devices, not /proc) the process has open right now."""
    found = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if target.startswith("/") and not target.startswith(("/dev/", "/proc/")):
            found.add(target)
    return found


# -- reading a process's memory -------------------------------------------------------
def readable_regions(pid: int) -> list[tuple[int, int, str]]:
    regions = []
    for line in Path(f"/proc/{pid}/maps").read_text().splitlines():
        parts = line.split(maxsplit=5)
        span, perms = parts[0], parts[1]
        name = parts[5] if len(parts) > 5 else ""
        if not perms.startswith("r") or name in ("[vvar]", "[vsyscall]", "[vvar_vclock]"):
            continue
        start, end = (int(x, 16) for x in span.split("-"))
        regions.append((start, end, name))
    return regions


def read_memory(pid: int) -> Iterator[tuple[str, bytes]]:
    """(region name, bytes) of every readable region; unreadable ones are skipped."""
    regions = readable_regions(pid)
    read_any = False
    with open(f"/proc/{pid}/mem", "rb", buffering=0) as mem:
        for start, end, name in regions:
            try:
                mem.seek(start)
                data = mem.read(end - start)
            except (OSError, OverflowError, ValueError):
                continue
            if data:
                read_any = True
                yield name, data
    if not read_any:
        raise AssertionError(f"no memory of process {pid} could be read")


def check_memory_readable(pid: int) -> None:
    try:
        with open(f"/proc/{pid}/mem", "rb", buffering=0):
            pass
    except PermissionError:
        raise AssertionError(
            "cannot read another process's memory here: the memory test needs root "
            "(as in CI) because the app makes itself non-dumpable"
        ) from None


def memory_needles(canary: str, dek: bytes) -> dict[str, bytes]:
    """The canary in each encoding and the data key raw, hex and HEX, by label."""
    found = {f"canary {encoding}": pattern for encoding, pattern in needles(canary).items()}
    found["data key raw"] = dek
    found["data key hex"] = dek.hex().encode()
    found["data key HEX"] = dek.hex().upper().encode()
    return found


def count_in_memory(pids: list[int], patterns: dict[str, bytes]) -> dict[str, int]:
    """How many times each pattern occurs in the memory of these processes."""
    counts = dict.fromkeys(patterns, 0)
    for pid in pids:
        for _name, data in read_memory(pid):
            for label, pattern in patterns.items():
                counts[label] += data.count(pattern)
    return counts
