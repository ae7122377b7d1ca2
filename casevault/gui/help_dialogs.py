"""Help menu texts: About, and the plain limits of what CaseVault protects."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from casevault import __version__
from casevault.gui.widgets.labels import make_plain
from casevault.i18n.text import fill


def about_text() -> str:
    return fill(
        QCoreApplication.translate(
            "Help",
            "CaseVault %1\n\n"
            "Offline, encrypted case files for human-rights defenders. "
            "It never connects to the network.\n\n"
            "Free software under the GNU General Public License, version 3 or later.",
        ),
        __version__,
    )


def limits_text() -> str:
    """The "Limits" section of docs/security.md, in plain words."""
    return "\n\n".join(
        [
            QCoreApplication.translate("Help", "What CaseVault cannot protect against:"),
            QCoreApplication.translate(
                "Help",
                "• Malware on the laptop while the vault is open can read what is on the "
                "screen and what is typed. CaseVault cannot defend against a compromised "
                "operating system, a hardware keylogger, or someone who installed spyware.",
            ),
            QCoreApplication.translate(
                "Help",
                "• Attacks on the computer's memory (cold boot) are out of scope. Locking "
                "ends the program that held case data, which is the best it can do.",
            ),
            QCoreApplication.translate(
                "Help",
                "• A disk copied before a wipe keeps the vault as it was. The copy is still "
                "protected by the passphrase (and by the tie to this computer, if on), but a "
                "wipe cannot reach it.",
            ),
            QCoreApplication.translate(
                "Help",
                "• A weak passphrase is the weakest link. Each guess costs about a second, but "
                "a short or common passphrase can still be guessed. Use a long phrase of "
                "several unrelated words.",
            ),
            QCoreApplication.translate(
                "Help",
                "• Tying the vault to this computer protects copies of the vault files, not the "
                "laptop itself: whoever can log in to the laptop also unlocks its keyring.",
            ),
            QCoreApplication.translate(
                "Help",
                "Also turn on full-disk encryption, lock the screen when you step away, and "
                "keep the recovery key on paper, away from the laptop.",
            ),
        ]
    )


def show_text(parent: QWidget, title: str, text: str) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle("CaseVault")
    box.setIcon(QMessageBox.Icon.Information)
    make_plain(box)
    box.setText(title)
    box.setInformativeText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.exec()
