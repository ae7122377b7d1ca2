"""Capture exclusion reaches every top-level window; the Windows and macOS lock notices
are decoded right (pure logic, run here with a MSG built by the test)."""

from __future__ import annotations

import ctypes
from ctypes import wintypes
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from casevault.gui.protect import capture
from casevault.gui.protect.native_macos import SCREEN_LOCKED, WILL_SLEEP, MacNotices, reason_for
from casevault.gui.protect.native_windows import (
    HOTKEY_ID,
    PBT_APMSUSPEND,
    WM_HOTKEY,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    WindowsNotices,
    _Filter,
    decode,
)
from casevault.gui.protect.window_guard import WindowGuard
from tests.helpers.gui import MakeController, unlock
from tests.helpers.waits import WAIT_MS


def test_every_top_level_window_is_excluded_from_capture_when_shown(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    asked: list[str] = []

    def exclude(window: QWidget) -> bool:
        asked.append(type(window).__name__)
        return True

    recorder = WindowGuard(exclude)
    app = QCoreApplication.instance()
    assert app is not None
    app.installEventFilter(recorder)
    try:
        controller, _ = make_controller(vault_dir)
        controller.start()
        unlock(qtbot, controller)
        window = controller.main_window
        assert window is not None
        window.open_settings()
        window.open_duress()
        window.open_new_recovery_key()
        box = QMessageBox(window)
        box.setText("CaseVault")
        box.show()
        qtbot.waitExposed(box, timeout=WAIT_MS)
        for dialog in (window.settings_dialog, window.duress_dialog, window.recovery_wizard, box):
            assert dialog is not None
            dialog.hide()
    finally:
        app.removeEventFilter(recorder)
    for name in (
        "UnlockScreen",
        "MainWindow",
        "SettingsDialog",
        "DuressDialog",
        "NewRecoveryKeyWizard",
        "QMessageBox",
    ):
        assert name in asked, asked
    assert recorder.excluded == len(asked)
    # Child widgets are not windows: never asked.
    assert "CaseBrowser" not in asked and "QLineEdit" not in asked


def test_on_linux_the_platform_step_says_it_cannot(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    assert not capture.supported()
    assert capture.exclude_from_capture(widget) is False


def _msg(message: int, wparam: int, hwnd: int = 0) -> wintypes.MSG:
    msg = wintypes.MSG()
    msg.hWnd = hwnd or None
    msg.message = message
    msg.wParam = wparam
    return msg


def test_windows_messages_are_decoded() -> None:
    ours = 0x1234
    assert decode(_msg(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK), ours) == "session-lock"
    assert decode(_msg(WM_WTSSESSION_CHANGE, 0x8), ours) is None  # WTS_SESSION_UNLOCK
    assert decode(_msg(WM_POWERBROADCAST, PBT_APMSUSPEND), ours) == "sleep"
    assert decode(_msg(WM_POWERBROADCAST, 0x12), ours) is None  # PBT_APMRESUMEAUTOMATIC
    assert decode(_msg(WM_HOTKEY, HOTKEY_ID, ours), ours) == "hotkey"
    assert decode(_msg(WM_HOTKEY, HOTKEY_ID + 1, ours), ours) is None  # someone else's id
    assert decode(_msg(WM_HOTKEY, HOTKEY_ID, 0x999), ours) is None  # another window's
    assert decode(_msg(0x0100, 0x4C), ours) is None  # WM_KEYDOWN: not ours to take


def test_the_native_filter_reads_the_msg_qt_hands_over(qtbot: QtBot) -> None:
    notices = WindowsNotices()
    notices.hwnd = 0x1234
    native = _Filter(notices)
    reasons: list[str] = []
    hotkeys: list[bool] = []
    notices.lock_requested.connect(reasons.append)
    notices.hotkey_pressed.connect(lambda: hotkeys.append(True))
    for msg in (
        _msg(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK),
        _msg(WM_POWERBROADCAST, PBT_APMSUSPEND),
    ):
        assert native.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(msg)) == (
            False,
            0,
        )
    hotkey = _msg(WM_HOTKEY, HOTKEY_ID, 0x1234)
    assert native.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(hotkey)) == (True, 0)
    # An X11 event is not a MSG: never read as one.
    assert native.nativeEventFilter(b"xcb_generic_event_t", ctypes.addressof(hotkey)) == (False, 0)
    assert reasons == ["session-lock", "sleep"]
    assert hotkeys == [True]
    assert notices.start() is False  # not Windows: nothing registered


def test_macos_notification_names() -> None:
    assert reason_for(SCREEN_LOCKED) == "screen-lock"
    assert reason_for(WILL_SLEEP) == "sleep"
    assert reason_for("com.apple.screenIsUnlocked") is None
    notices = MacNotices()
    seen: list[str] = []
    notices.lock_requested.connect(seen.append)
    notices.notice(SCREEN_LOCKED)
    notices.notice("com.apple.screensaver.didstop")
    assert seen == ["screen-lock"]
    assert notices.start() is False  # not macOS


def test_a_windows_lock_notice_locks_the_vault(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    controller, relaunches = make_controller(vault_dir)
    controller.start()
    unlock(qtbot, controller)
    controller.protection.windows.lock_requested.emit("session-lock")
    assert relaunches.count == 1
    assert controller.main_window is None
