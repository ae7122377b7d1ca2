"""Time to unlock, and time from launch to the unlock screen.

1. Unlock: a vault created with Argon2id calibrated for this machine (as the
   app does), then N unlocks, split into the key derivation (Argon2id + slot
   trial) and the database open (key, verification read, settings,
   migrations).
2. Launch: `python -m casevault --vault DIR` in a real X window under Xvfb,
   timed from spawn until a visible window named CaseVault is mapped
   (`xdotool search --sync`); baseline in the same run: a bare PySide6
   window started the same way.

    .venv/bin/python benchmarks/bench_unlock.py [--unlocks 5] [--launches 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import machine, save, summary
from casevault.core.vault.files import read_header
from casevault.core.vault.keyslots import unwrap_with_passphrase
from casevault.core.vault.vault import Vault

PASSPHRASE = "benchmark passphrase, long enough"
BARE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QLabel\n"
    "app = QApplication([])\n"
    "w = QLabel('CaseVault baseline'); w.setWindowTitle('CaseVault'); w.show()\n"
    "app.exec()\n"
)


def measure_unlock(folder: Path, runs: int) -> dict[str, object]:
    started = time.perf_counter()
    vault, _ = Vault.create(folder, PASSPHRASE, bind_device=False)
    create_s = time.perf_counter() - started
    vault.close()
    kdf, opening, total = [], [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        header = read_header(folder)
        unwrapped = unwrap_with_passphrase(header, PASSPHRASE)
        t1 = time.perf_counter()
        opened = Vault.open(folder, header, unwrapped)
        t2 = time.perf_counter()
        opened.close()
        kdf.append(t1 - t0)
        opening.append(t2 - t1)
        total.append(t2 - t0)
    params = read_header(folder).kdf
    return {
        "calibrated_kdf": {"m_kib": params.memory_kib, "t": params.iterations, "p": params.lanes},
        "create_s": create_s,
        "kdf_s": summary(kdf),
        "open_s": summary(opening),
        "unlock_total_s": summary(total),
    }


def time_to_window(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", "CaseVault"],
            env=env,
            check=True,
            capture_output=True,
            timeout=60,
        )
        return time.perf_counter() - started
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def measure_launch(folder: Path, runs: int) -> dict[str, object]:
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        return {"skipped": "needs Xvfb and xdotool (apt-get install xvfb xdotool)"}
    display = ":87"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", CASEVAULT_LANG="en")
    try:
        subprocess.run(["xdotool", "getmouselocation"], env=env, capture_output=True, timeout=10)
        app, bare = [], []
        for _ in range(runs):
            app.append(
                time_to_window([sys.executable, "-m", "casevault", "--vault", str(folder)], env)
            )
            bare.append(time_to_window([sys.executable, "-c", BARE_WINDOW], env))
        app_s, bare_s = summary(app), summary(bare)
        return {
            "to_unlock_screen_s": app_s,
            "bare_pyside6_window_s": bare_s,
            "ratio_median": app_s["median"] / bare_s["median"],
        }
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--unlocks", type=int, default=5)
    parser.add_argument("--launches", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        result = {"machine": machine(), "unlock": measure_unlock(folder, args.unlocks)}
        result["launch"] = measure_launch(folder, args.launches)
    save("unlock", result)


if __name__ == "__main__":
    main()
