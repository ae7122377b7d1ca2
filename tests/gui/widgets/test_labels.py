"""Text that looks like HTML shows as typed in labels, message boxes and tooltips."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from casevault.gui.widgets.labels import make_plain, plain_label, plain_tooltip

RICH = '<b>x</b><img src="file:///etc/passwd">'


def test_plain_label_shows_rich_text_literally(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    label = plain_label(RICH, parent, style="color: #555555;")
    assert label.parent() is parent
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == RICH
    assert label.wordWrap()
    assert label.styleSheet() == "color: #555555;"
    assert not plain_label("", parent, wrap=False).wordWrap()


def test_a_plain_label_draws_the_tags_not_bold_text(qtbot: QtBot) -> None:
    """A rich label is sized for the bold "x" alone; a plain one for every character typed."""
    plain = plain_label(RICH, wrap=False)
    rich = QLabel(RICH)
    qtbot.addWidget(plain)
    qtbot.addWidget(rich)
    assert rich.textFormat() == Qt.TextFormat.AutoText
    width = plain.fontMetrics().horizontalAdvance(RICH)
    assert plain.sizeHint().width() >= width
    assert rich.sizeHint().width() < width


def test_make_plain_keeps_the_widget(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    assert make_plain(label) is label
    assert label.textFormat() == Qt.TextFormat.PlainText
    box = make_plain(QMessageBox())
    box.setText(RICH)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == RICH
    box.deleteLater()


def test_plain_tooltip_escapes_each_line() -> None:
    tip = plain_tooltip(RICH, "a & b")
    assert "<b>" not in tip
    assert "<img" not in tip
    assert tip == (
        "<p>&lt;b&gt;x&lt;/b&gt;&lt;img src=&quot;file:///etc/passwd&quot;&gt;<br>a &amp; b</p>"
    )
