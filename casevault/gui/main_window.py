"""The main window after unlocking: empty for now, with Lock always at hand."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar, QToolButton, QVBoxLayout, QWidget

from casevault.core.session import Session


class MainWindow(QMainWindow):
    lock_requested = Signal()
    closing = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("CaseVault")  # never a case name: window titles end up in OS lists
        self.resize(900, 600)
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence(self.tr("Ctrl+L")))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setToolTip(self.tr("Lock the vault now (Ctrl+L)"))
        self.lock_action.triggered.connect(self.lock_requested)

        toolbar = QToolBar(self.tr("Vault"), self)
        toolbar.setObjectName("vault-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.lock_action)
        self.lock_button = toolbar.widgetForAction(self.lock_action)
        assert isinstance(self.lock_button, QToolButton)
        self.lock_button.setAccessibleName(self.tr("Lock"))
        self.lock_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.lock_button.setStyleSheet("QToolButton { padding: 4px 14px; font-weight: bold; }")
        self.addToolBar(toolbar)

        empty_title = QLabel(self.tr("No cases yet"), self)
        font = QFont(empty_title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        empty_title.setFont(font)
        empty_hint = QLabel(self.tr("Case files will appear here."), self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addStretch(1)
        for label in (empty_title, empty_hint):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(1)
        self.setCentralWidget(central)

        self.binding_status = QLabel(self._binding_text(session), self)
        self.binding_status.setTextFormat(Qt.TextFormat.PlainText)
        self.binding_status.setAccessibleName(self.tr("Device binding"))
        self.statusBar().addWidget(self.binding_status)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.closing.emit()
        super().closeEvent(event)

    def _binding_text(self, session: Session) -> str:
        info = session.info()
        if info is not None and info.device_bound:
            return self.tr("Unlocked. Tied to this computer.")
        return self.tr("Unlocked. Passphrase only: not tied to this computer.")
