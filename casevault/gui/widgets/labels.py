"""Text that is shown, never interpreted: labels, message boxes and tooltips.

A QLabel, a QMessageBox and a tooltip all guess "rich text" when a string looks like
HTML. Case text, file names and error messages may contain anything, so a `<img src=…>`
typed into a case must show as those characters and never load or format anything.
Every such widget in the window is made here.
"""

from __future__ import annotations

import html
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

Shown = TypeVar("Shown", QLabel, QMessageBox)


def make_plain(widget: Shown) -> Shown:
    """Show the widget's text as typed: no rich-text guess."""
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def plain_label(
    text: str = "", parent: QWidget | None = None, *, style: str = "", wrap: bool = True
) -> QLabel:
    """A label that never interprets its text (case text may contain anything)."""
    label = make_plain(QLabel(text, parent))
    label.setWordWrap(wrap)
    if style:
        label.setStyleSheet(style)
    return label


def plain_tooltip(*lines: str) -> str:
    """A tooltip showing the lines as typed.

    Tooltips have no text-format setting and take rich text when it looks like HTML, so
    the lines are escaped and joined as rich text of our own.
    """
    return "<p>" + "<br>".join(html.escape(line) for line in lines) + "</p>"
