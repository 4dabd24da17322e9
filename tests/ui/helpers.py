"""Driving the real widgets the way an agent does, counting every input."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


class Inputs:
    """Each click, key press or typed word counts as one input."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def click(self, widget: QWidget) -> None:
        click(self.qtbot, widget)
        self.count += 1

    def key(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(focused(), key, modifier)
        self.count += 1

    def type_word(self, word: str) -> None:
        type_text(focused(), word)
        self.count += 1


def click(qtbot, widget: QWidget) -> None:
    """Click once the widget is laid out on screen, as an agent sees it before clicking."""
    qtbot.waitUntil(lambda: widget.isVisible() and not widget.size().isEmpty())
    QApplication.processEvents()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_text(widget: QWidget, text: str) -> None:
    """Key events carrying the text: qtbot.keyClicks aborts on accented letters here."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def answer_next_question(button: QMessageBox.StandardButton) -> None:
    """Click a button of the next modal message box, as the agent would."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(button).click()
        else:
            QTimer.singleShot(20, click)

    QTimer.singleShot(0, click)
