"""Horizontal bar charts drawn with QPainter: this period against the previous one.

A manager compares at a glance; the exact figures sit in the tables beside.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

CURRENT = QColor("#000091")
PREVIOUS = QColor("#b1b1e6")
TEXT = QColor("#161616")


class BarChart(QWidget):
    """Rows of (label, value, previous value); the dark bar is the current period."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.rows: list[tuple[str, int, int]] = []
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_rows(self, rows: list[tuple[str, int, int]]) -> None:
        self.rows = rows
        self.setAccessibleDescription(
            "; ".join(f"{label} : {value} ({previous})" for label, value, previous in rows)
        )
        self.updateGeometry()
        self.update()

    def _line(self) -> int:
        return self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:
        return QSize(420, (len(self.rows) + 1) * self._line() + 8)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = self._line()
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(TEXT)
        painter.drawText(QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignLeft, self.title)
        font.setBold(False)
        painter.setFont(font)
        if not self.rows:
            return
        label_width = min(
            max(metrics.horizontalAdvance(label) for label, _, _ in self.rows) + 8,
            self.width() // 2,
        )
        value_width = metrics.horizontalAdvance("00000") + 8
        bar_space = max(self.width() - label_width - value_width, 10)
        top = max(max(value, previous) for _, value, previous in self.rows) or 1
        for number, (label, value, previous) in enumerate(self.rows):
            y = (number + 1) * line
            painter.setPen(TEXT)
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(
                QRectF(0, y, label_width - 8, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            height = (line - 6) / 2
            painter.fillRect(QRectF(label_width, y + 2, bar_space * value / top, height), CURRENT)
            painter.fillRect(
                QRectF(label_width, y + 2 + height, bar_space * previous / top, height), PREVIOUS
            )
            painter.drawText(
                QRectF(label_width + bar_space * value / top + 4, y, value_width, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
        painter.end()
