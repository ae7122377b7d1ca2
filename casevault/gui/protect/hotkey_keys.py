"""The panic shortcut as text ("Ctrl+Alt+Shift+L") and as each system's key codes.

Only keys that mean the same on every keyboard layout and system are offered:
letters, digits, F1–F12 and a few named keys. A letter or digit needs Ctrl, Alt
or Meta (Super), so that grabbing it system-wide never takes a key people type.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

Key = Qt.Key
Mod = Qt.KeyboardModifier

# Qt key -> (X11 keysym, Windows virtual-key code)
_NAMED = {
    Key.Key_Space: (0x0020, 0x20),
    Key.Key_Pause: (0xFF13, 0x13),
    Key.Key_Home: (0xFF50, 0x24),
    Key.Key_End: (0xFF57, 0x23),
    Key.Key_Insert: (0xFF63, 0x2D),
    Key.Key_Delete: (0xFFFF, 0x2E),
}
# X11 modifier masks and Windows MOD_* flags
X_SHIFT, X_CONTROL, X_MOD1, X_MOD4 = 0x01, 0x04, 0x08, 0x40
X_LOCK, X_MOD2 = 0x02, 0x10  # Caps Lock, Num Lock: ignored when matching
MOD_ALT, MOD_CONTROL, MOD_SHIFT, MOD_WIN, MOD_NOREPEAT = 0x1, 0x2, 0x4, 0x8, 0x4000
_MODIFIERS = (
    (Mod.ShiftModifier, X_SHIFT, MOD_SHIFT),
    (Mod.ControlModifier, X_CONTROL, MOD_CONTROL),
    (Mod.AltModifier, X_MOD1, MOD_ALT),
    (Mod.MetaModifier, X_MOD4, MOD_WIN),
)
_STRONG = Mod.ControlModifier | Mod.AltModifier | Mod.MetaModifier


@dataclass(frozen=True)
class Hotkey:
    key: Qt.Key
    modifiers: Qt.KeyboardModifier

    @property
    def text(self) -> str:
        combination = self.modifiers.value | self.key.value
        return QKeySequence(combination).toString(QKeySequence.SequenceFormat.PortableText)

    @property
    def x11(self) -> tuple[int, int]:
        """(keysym, modifier mask)."""
        mask = sum(x for qt, x, _ in _MODIFIERS if self.modifiers & qt)
        return _keysym(self.key), mask

    @property
    def windows(self) -> tuple[int, int]:
        """(virtual-key code, MOD_* flags with MOD_NOREPEAT)."""
        flags = sum(w for qt, _, w in _MODIFIERS if self.modifiers & qt)
        return _virtual_key(self.key), flags | MOD_NOREPEAT


def parse(text: str) -> Hotkey | None:
    """A usable system-wide shortcut from its portable text, or None."""
    sequence = QKeySequence.fromString(text, QKeySequence.SequenceFormat.PortableText)
    if sequence.count() != 1:
        return None
    combination = sequence[0]  # type: ignore[index]
    key, modifiers = combination.key(), combination.keyboardModifiers()
    modifiers &= Mod.ShiftModifier | _STRONG
    if not _supported(key):
        return None
    if _is_typing_key(key) and not modifiers & _STRONG:
        return None
    return Hotkey(key, modifiers)


def _is_typing_key(key: Qt.Key) -> bool:
    return Key.Key_A.value <= key.value <= Key.Key_Z.value or _is_digit(key) or key == Key.Key_Space


def _is_digit(key: Qt.Key) -> bool:
    return Key.Key_0.value <= key.value <= Key.Key_9.value


def _is_function(key: Qt.Key) -> bool:
    return Key.Key_F1.value <= key.value <= Key.Key_F12.value


def _supported(key: Qt.Key) -> bool:
    letter = Key.Key_A.value <= key.value <= Key.Key_Z.value
    return letter or _is_digit(key) or _is_function(key) or key in _NAMED


def _keysym(key: Qt.Key) -> int:
    if Key.Key_A.value <= key.value <= Key.Key_Z.value:
        return key.value + 0x20  # XK_a ... XK_z
    if _is_digit(key):
        return key.value  # XK_0 ... XK_9
    if _is_function(key):
        return 0xFFBE + key.value - Key.Key_F1.value  # XK_F1 ...
    return _NAMED[key][0]


def _virtual_key(key: Qt.Key) -> int:
    if Key.Key_A.value <= key.value <= Key.Key_Z.value or _is_digit(key):
        return key.value  # VK_A ... and VK_0 ... are the ASCII codes
    if _is_function(key):
        return 0x70 + key.value - Key.Key_F1.value  # VK_F1 ...
    return _NAMED[key][1]
