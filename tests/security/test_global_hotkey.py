"""The system-wide panic shortcut on X11, on a private Xvfb: it fires while another
program (xmessage) has the keyboard focus, only for its own key combination, and a
combination another program holds is reported as taken, not pretended."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from casevault.gui.protect.hotkey_keys import parse
from casevault.gui.protect.hotkey_x11 import ACTIVE, NO_DISPLAY, TAKEN, X11Hotkey
from casevault.gui.protect.panic_shortcut import INVALID, WAYLAND, PanicShortcut
from tests.helpers.desktop import (
    display,
    end_other_program,
    focused,
    show_other_program,
    start_app,
    stop,
    unlock_like_a_person,
    wait_fresh_unlock_screen,
    wait_main_window,
    wait_visible_window,
    xdotool,
)
from tests.helpers.processes import exec_generation
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.waits import WAIT_MS, WAIT_S, wait_for

__all__ = ["display"]  # the Xvfb fixture


@pytest.fixture
def other_program(display: str) -> Iterator[str]:
    """xmessage, focused: the window id that has the keyboard."""
    process, window = show_other_program(display, "Another program has the keyboard")
    try:
        yield window
    finally:
        end_other_program(process)


def test_the_shortcut_fires_while_another_program_has_the_focus(
    qtbot: QtBot, display: str, other_program: str
) -> None:
    shortcut = PanicShortcut(platform_name="xcb", display_name=display)
    fired: list[bool] = []
    shortcut.triggered.connect(lambda: fired.append(True))
    assert shortcut.start("Ctrl+Alt+Shift+L") == ACTIVE
    try:
        assert focused(display) == other_program
        xdotool(display, "key", "ctrl+alt+shift+k")  # not ours: goes to xmessage
        with qtbot.waitSignal(shortcut.triggered, timeout=WAIT_MS):
            xdotool(display, "key", "ctrl+alt+shift+l")
        assert fired == [True]  # the K before it did not fire (X keeps the order)
        assert focused(display) == other_program  # the grab takes no focus
        # Num Lock on counts as a modifier for X: the grab covers it too.
        xdotool(display, "key", "Num_Lock")
        with qtbot.waitSignal(shortcut.triggered, timeout=WAIT_MS):
            xdotool(display, "key", "ctrl+alt+shift+l")
        xdotool(display, "key", "Num_Lock")
        assert fired == [True, True]
    finally:
        shortcut.stop()
    assert shortcut.status == "off"


def test_a_combination_held_by_another_program_is_reported_taken(display: str) -> None:
    hotkey = parse("Ctrl+Alt+Shift+L")
    assert hotkey is not None
    first, second = X11Hotkey(display), X11Hotkey(display)
    try:
        assert first.grab(hotkey) == ACTIVE
        assert second.grab(hotkey) == TAKEN
        assert not second.active
        first.release()
        assert second.grab(hotkey) == ACTIVE  # released for real
    finally:
        first.release()
        second.release()


def test_a_remote_x_server_is_never_contacted() -> None:
    hotkey = parse("Ctrl+Alt+Shift+L")
    assert hotkey is not None
    # The suite's audit hook fails the run if a network socket were opened here.
    assert X11Hotkey("localhost:10.0").grab(hotkey) == NO_DISPLAY
    assert X11Hotkey("192.0.2.1:0").grab(hotkey) == NO_DISPLAY
    assert X11Hotkey(None).grab(hotkey) == NO_DISPLAY


def test_wayland_and_bad_keys_are_not_tried(qtbot: QtBot) -> None:
    assert PanicShortcut(platform_name="wayland").start("Ctrl+Alt+Shift+L") == WAYLAND
    assert PanicShortcut(platform_name="xcb").start("L") == INVALID  # would eat typing
    assert PanicShortcut(platform_name="offscreen").start("Ctrl+Alt+Shift+L") == "unavailable"
    assert PanicShortcut(platform_name="xcb").start("") == "off"


@pytest.mark.slow
def test_the_real_app_locks_from_the_shortcut_while_another_program_has_the_focus(
    vault_dir: Path, display: str, tmp_path: Path
) -> None:
    log = tmp_path / "app.log"
    app = start_app(vault_dir, display, log)
    try:
        unlock_window = wait_visible_window(display, besides=set(), log=log)
        unlock_like_a_person(display, unlock_window, PASSPHRASE)

        wait_main_window(display, unlock_window)
        process, other = show_other_program(display, "Another program")
        try:
            assert focused(display) == other
            generation = exec_generation(app.pid)
            xdotool(display, "key", "ctrl+alt+shift+l")
            wait_for(lambda: exec_generation(app.pid) != generation, WAIT_S, "the lock (exec)")
            wait_fresh_unlock_screen(display, log)
        finally:
            end_other_program(process)
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=WAIT_S) == 0, log.read_text(errors="replace")
    finally:
        stop(app)
