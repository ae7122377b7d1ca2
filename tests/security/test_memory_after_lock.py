"""Promise 2: locked means gone from memory.

The real window runs in a subprocess on a private X server (Xvfb) and is used the
way a person uses it (xdotool types the passphrase, a case is opened). Its memory
is then read through /proc/PID/mem: before the panic lock the canaries and the
data key are there (so the scan can fail); after SIGUSR1 no process of the app
holds a canary (UTF-8, UTF-16) or the data key (raw or hex).
"""

from __future__ import annotations

import os
import signal
import uuid
from pathlib import Path

import pytest

from casevault.core.vault.files import read_header
from casevault.core.vault.keyslots import unwrap_with_passphrase
from tests.helpers.desktop import (
    display,
    start_app,
    stop,
    unlock_like_a_person,
    wait_fresh_unlock_screen,
    wait_main_window,
    wait_visible_window,
    xdotool,
)
from tests.helpers.processes import exec_generation, with_descendants
from tests.helpers.records import fill_with_canaries
from tests.helpers.scan import check_memory_readable, count_in_memory, memory_needles, read_memory
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.waits import WAIT_S, wait_for

__all__ = ["display"]  # the Xvfb fixture
CASES = 3


@pytest.mark.slow
def test_panic_lock_leaves_no_case_text_and_no_key_in_memory(
    vault_dir: Path, display: str, tmp_path: Path
) -> None:
    canary = f"CANARY{uuid.uuid4().hex}"
    fill_with_canaries(vault_dir, canary, CASES)
    unwrapped = unwrap_with_passphrase(read_header(vault_dir), PASSPHRASE)
    dek = bytes(unwrapped.payload)
    unwrapped.discard()
    needles = memory_needles(canary, dek)
    # Shown only once a case is open in the detail view (not in the case list).
    summaries = [f"{canary}-{n} Case.summary".encode("utf-16-le") for n in range(CASES)]

    log = tmp_path / "app.log"
    app = start_app(vault_dir, display, log)
    try:
        unlock_window = wait_visible_window(display, besides=set(), log=log)
        check_memory_readable(app.pid)
        unlock_like_a_person(display, unlock_window, PASSPHRASE)

        window = wait_main_window(display, unlock_window)
        xdotool(display, "windowfocus", "--sync", window)
        xdotool(display, "key", "ctrl+f", "Down")  # from the search box into the list

        def case_open() -> bool:
            return any(s in data for _name, data in read_memory(app.pid) for s in summaries)

        wait_for(case_open, WAIT_S, "the first case to be shown in the detail view")
        before = count_in_memory(with_descendants(app.pid), needles)
        assert before["canary utf-8"] > 0, before
        assert before["canary utf-16-le"] > 0, before
        assert before["data key raw"] + before["data key hex"] + before["data key HEX"] > 0, before

        generation = exec_generation(app.pid)
        os.kill(app.pid, signal.SIGUSR1)
        wait_for(lambda: exec_generation(app.pid) != generation, WAIT_S, "the fresh process")
        wait_fresh_unlock_screen(display, log)
        pids = with_descendants(app.pid)
        after = count_in_memory(pids, needles)
        assert after == dict.fromkeys(needles, 0), f"after lock, processes {pids}: {after}"

        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=WAIT_S) == 0, log.read_text(errors="replace")
    finally:
        stop(app)
