"""Small building blocks shared by several screens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLayout,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)


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


def record_table(name: str, headers: list[str]) -> QTableWidget:
    """A read-only list of records, one selected row at a time, for the manager's pages."""
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return table
