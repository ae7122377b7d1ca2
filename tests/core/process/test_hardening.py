"""Process hardening: no core dumps, not dumpable; checked in a fresh process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Runs in a child: the hard core limit cannot be raised again, so never in pytest itself.
CHILD = """
import json, resource, sys
from casevault.core.process.hardening import harden_process, is_dumpable
before = {"core": resource.getrlimit(resource.RLIMIT_CORE), "dumpable": is_dumpable()}
done = harden_process()
print(json.dumps({
    "before": before,
    "done": done,
    "core": resource.getrlimit(resource.RLIMIT_CORE),
    "dumpable": is_dumpable(),
}))
"""

CLI_CHILD = """
import json, resource, sys
import casevault.cli.main as cli
from casevault.core.process.hardening import is_dumpable
status = cli.main(sys.argv[1:])
print(json.dumps({"status": status, "core": resource.getrlimit(resource.RLIMIT_CORE),
                  "dumpable": is_dumpable()}))
"""


def _run(code: str, *args: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux only")
def test_harden_process_turns_off_core_dumps_and_dumpability() -> None:
    result = _run(CHILD)
    before = result["before"]
    assert isinstance(before, dict)
    assert before["dumpable"] is True  # so the test can fail
    assert result["done"] == {"no_core_dumps": True, "not_dumpable": True, "private_files": True}
    assert result["core"] == [0, 0]
    assert result["dumpable"] is False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux only")
def test_the_command_line_hardens_itself_before_anything_else() -> None:
    result = _run(CLI_CHILD, "--version")
    assert result["core"] == [0, 0]
    assert result["dumpable"] is False


# The umask a child ends with, started with the common 022 (so the test can fail).
UMASK_CHILD = """
import json, os, sys
os.umask(0o022)
if sys.argv[1] == "window":
    import casevault.__main__ as entry
    import casevault.gui.app as app
    app.run = lambda folder: 0  # the entry point's own start, without showing a window
    status = entry.main(["--vault", sys.argv[2]])
else:
    import casevault.cli.main as cli
    status = cli.main(sys.argv[2:])
now = os.umask(0)
print(json.dumps({"status": status, "umask": now}))
"""


@pytest.mark.skipif(os.name != "posix", reason="umask is POSIX only")
def test_the_command_line_starts_with_umask_077() -> None:
    result = _run(UMASK_CHILD, "cli", "--version")
    assert result == {"status": 0, "umask": 0o077}


@pytest.mark.skipif(os.name != "posix", reason="umask is POSIX only")
def test_the_window_starts_with_umask_077(tmp_path: Path) -> None:
    result = _run(UMASK_CHILD, "window", str(tmp_path / "vault"))
    assert result == {"status": 0, "umask": 0o077}
