"""Small building blocks shared by several screens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLayout, QVBoxLayout, QWidget


def message_label(kind: str) -> QLabel:
    """A wrapping label styled by kind: ``error`` (red, bold) or ``hint`` (grey)."""
    label = QLabel()
    label.setObjectName(kind)
    label.setWordWrap(True)
    return label


def centered_column(page: QWidget, max_width: int, items: list[QWidget | QLayout]) -> None:
    """Lay ``items`` out in a column centred on ``page``, as on the login screens."""
    column = QWidget()
    column.setMaximumWidth(max_width)
    inner = QVBoxLayout(column)
    for item in items:
        if isinstance(item, QLayout):
            inner.addLayout(item)
        else:
            inner.addWidget(item)
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
    layout.addStretch(2)
