from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from casevault.core.errors import ErrorKind, SelfTestError
from casevault.gui import app
from casevault.gui.protect import relaunch


def test_failed_self_test_shows_a_sentence_and_exits_1(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shown: list[str] = []

    def broken() -> dict[str, str]:
        raise SelfTestError(ErrorKind.SELF_TEST_FAILED, "SQLCipher 4 required")

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(app.Session, "self_test", staticmethod(broken))
    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert app.run(tmp_path / "vault") == 1
    assert len(shown) == 1
    assert "self-test failed" in shown[0]
    assert "SQLCipher 4 required" in shown[0]
    assert "Traceback" not in shown[0]
    assert not (tmp_path / "vault").exists()


def test_build_starts_with_the_wizard_or_the_unlock_screen(tmp_path: Path, vault_dir: Path) -> None:
    app.make_application()
    fresh = app.build(tmp_path / "none")
    existing = app.build(vault_dir)
    try:
        fresh.start()
        existing.start()
        assert fresh.wizard is not None and fresh.unlock_screen is None
        assert existing.unlock_screen is not None and existing.wizard is None
    finally:
        for widget in (fresh.wizard, existing.unlock_screen):
            assert widget is not None
            widget.hide()
            widget.deleteLater()


def test_production_relaunch_replaces_the_process(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(relaunch.os, "execv", lambda path, args: calls.append((path, args)))
    relaunch.exec_fresh_process(tmp_path / "v")
    assert calls == [
        (sys.executable, [sys.executable, "-m", "casevault", "--vault", str(tmp_path / "v")])
    ]
