"""Keep CaseVault's windows out of screenshots, screen recordings and screen sharing.

- Windows 10 2004 and later: `SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE)`;
  the window shows as black (or not at all) in captures. Older Windows: WDA_MONITOR.
- macOS: `NSWindow.sharingType = NSWindowSharingNone` (through pyobjc).
- X11 and Wayland: impossible for a program. Under X11 any program of the session
  can read the whole screen; under Wayland the compositor decides what a capture
  shows. docs/security.md says so.

Each step is best effort and reports whether it took effect; nothing raises.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtWidgets import QWidget

WDA_MONITOR = 0x01
WDA_EXCLUDEFROMCAPTURE = 0x11
NS_WINDOW_SHARING_NONE = 0


def supported() -> bool:
    return sys.platform in ("win32", "darwin")


def exclude_from_capture(window: QWidget) -> bool:
    """Ask the operating system to leave this top-level window out of captures."""
    if sys.platform == "win32":
        return _exclude_windows(int(window.winId()))
    if sys.platform == "darwin":
        return _exclude_macos(int(window.winId()))
    return False


def _exclude_windows(hwnd: int) -> bool:  # pragma: no cover - Windows only
    try:
        user32 = ctypes.WinDLL("user32", use_last_error=True)  # type: ignore[attr-defined]
        set_affinity = user32.SetWindowDisplayAffinity
        set_affinity.argtypes = (ctypes.c_void_p, ctypes.c_uint32)
        set_affinity.restype = ctypes.c_int
        if set_affinity(ctypes.c_void_p(hwnd), WDA_EXCLUDEFROMCAPTURE):
            return True
        # Before Windows 10 2004 only WDA_MONITOR exists: black in captures.
        return bool(set_affinity(ctypes.c_void_p(hwnd), WDA_MONITOR))
    except (OSError, AttributeError):
        return False


def _exclude_macos(view_pointer: int) -> bool:  # pragma: no cover - macOS only
    try:
        import objc  # pyobjc, a macOS-only dependency
    except ImportError:
        return False
    try:
        view = objc.objc_object(c_void_p=ctypes.c_void_p(view_pointer))  # Qt's NSView
        ns_window = view.window()
        if ns_window is None:
            return False
        ns_window.setSharingType_(NS_WINDOW_SHARING_NONE)
        return bool(ns_window.sharingType() == NS_WINDOW_SHARING_NONE)
    except Exception:  # the bridge may refuse a pointer: best effort, never a crash
        return False
