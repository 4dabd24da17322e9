"""The checklist of supporting documents for one request.

Each row is a tick box (document shown) and a "not applicable" toggle.
Up/Down move between rows and N marks a row not applicable, so the list is
worked through without the mouse. Above the rows, yes/no questions about
the visitor's situation hide the documents that do not apply to them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.catalog import Condition, DocumentRequirement, Origin, Procedure
from guichet.domain.visit import DocumentCheckDraft, DocumentStatus
from guichet.ui import labels


class _ClickableLabel(QLabel):
    clicked = Signal()

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class ChecklistRow(QWidget):
    def __init__(self, requirement: DocumentRequirement, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.requirement = requirement
        self.label = requirement.label
        self.checkbox = QCheckBox()
        self.checkbox.setObjectName("document")
        self.checkbox.setAccessibleName(requirement.label)
        # The label wraps (a checkbox's own text would not) and a click on it ticks the box.
        self.title = _ClickableLabel(requirement.label)
        self.title.setObjectName("documentTitle")
        self.title.clicked.connect(self.checkbox.toggle)
        self.not_applicable = QToolButton()
        self.not_applicable.setText(self.tr("Not applicable"))
        self.not_applicable.setCheckable(True)
        self.not_applicable.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.not_applicable.setAccessibleName(
            self.tr("Not applicable: {label}").format(label=requirement.label)
        )
        self.not_applicable.toggled.connect(self._not_applicable_toggled)
        self.checkbox.toggled.connect(self._checked)
        details = self._details(requirement)
        self.details = _ClickableLabel(details)
        self.details.setObjectName("hint")
        self.details.clicked.connect(self.checkbox.toggle)
        self.checkbox.setAccessibleDescription(details)

        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.title)
        text.addWidget(self.details)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 3, 4, 3)
        layout.addWidget(self.checkbox, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        layout.addWidget(self.not_applicable, 0, Qt.AlignmentFlag.AlignTop)

    def _details(self, requirement: DocumentRequirement) -> str:
        parts = [labels.document_form(requirement.form).capitalize()]
        if requirement.validity:
            parts.append(requirement.validity)
        if requirement.condition:
            parts.append(requirement.condition)
        text = " · ".join(parts)
        if requirement.alternatives:
            text += "\n" + self.tr("One of: {items}").format(
                items=", ".join(requirement.alternatives)
            )
        if requirement.details:
            text += "\n" + requirement.details
        return text

    def _not_applicable_toggled(self, on: bool) -> None:
        if on:
            self.checkbox.setChecked(False)
        font = self.title.font()
        font.setStrikeOut(on)
        self.title.setFont(font)

    def _checked(self, on: bool) -> None:
        if on:
            self.not_applicable.setChecked(False)

    def status(self) -> DocumentStatus:
        if self.not_applicable.isChecked():
            return DocumentStatus.NOT_APPLICABLE
        return DocumentStatus.PRESENT if self.checkbox.isChecked() else DocumentStatus.MISSING

    def set_status(self, status: DocumentStatus) -> None:
        self.not_applicable.setChecked(status is DocumentStatus.NOT_APPLICABLE)
        self.checkbox.setChecked(status is DocumentStatus.PRESENT)


class ConditionQuestion(QWidget):
    """A yes/no question; clicking the chosen answer again withdraws it."""

    answered = Signal()

    def __init__(self, condition: Condition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.condition = condition
        self.question = QLabel(condition.question)
        self.question.setWordWrap(True)
        self.yes = QToolButton()
        self.yes.setText(self.tr("Yes"))
        self.no = QToolButton()
        self.no.setText(self.tr("No"))
        for button, other in ((self.yes, self.no), (self.no, self.yes)):
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAccessibleName(f"{condition.question} {button.text()}")
            button.toggled.connect(lambda on, other=other: self._toggled(on, other))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.question, 1)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)

    def _toggled(self, on: bool, other: QToolButton) -> None:
        if on:
            other.setChecked(False)
        self.answered.emit()

    def answer(self) -> bool | None:
        if self.yes.isChecked():
            return True
        return False if self.no.isChecked() else None


class Checklist(QWidget):
    """Emits ``advance`` when Enter is pressed on a row: the agent is done here."""

    advance = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ChecklistRow] = []
        self.questions: list[ConditionQuestion] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._situation = QLabel(self.tr("Visitor's situation (leave blank if unknown):"))
        self._situation.setObjectName("hint")
        self._layout.addWidget(self._situation)
        self._empty = QLabel()
        self._empty.setObjectName("hint")
        self._layout.addWidget(self._empty)
        self._layout.addStretch(1)
        self.show_procedure(None, {})

    def show_procedure(self, procedure: Procedure | None, conditions: dict[str, Condition]) -> None:
        for widget in [*self.rows, *self.questions]:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        self.rows, self.questions = [], []
        position = self._layout.indexOf(self._situation) + 1
        for condition_id in procedure.condition_ids() if procedure else ():
            condition = conditions.get(condition_id)
            if condition is not None:
                question = ConditionQuestion(condition, self)
                question.answered.connect(self._apply_answers)
                self._layout.insertWidget(position, question)
                position += 1
                self.questions.append(question)
        self._situation.setVisible(bool(self.questions))
        for requirement in procedure.documents if procedure else ():
            row = ChecklistRow(requirement, self)
            row.checkbox.installEventFilter(self)
            self._layout.insertWidget(self._layout.count() - 1, row)
            self.rows.append(row)
        self._empty.setVisible(not self.rows)
        if procedure is None:
            empty = self.tr("Choose a procedure to see its checklist.")
        elif procedure.origin is Origin.REFERENCE:
            empty = self.tr("Official service-public.fr sheet: no checklist here, see the sheet.")
        else:
            empty = self.tr("No supporting document is needed for this procedure.")
        self._empty.setText(empty)

    def answers(self) -> dict[str, bool]:
        return {
            q.condition.id: answer for q in self.questions if (answer := q.answer()) is not None
        }

    def _apply_answers(self) -> None:
        answers = self.answers()
        for row in self.rows:
            row.setVisible(row.requirement.applies(answers))

    def applicable_rows(self) -> list[ChecklistRow]:
        answers = self.answers()
        return [row for row in self.rows if row.requirement.applies(answers)]

    def checks(self) -> list[DocumentCheckDraft]:
        """Documents ruled out by the visitor's situation are kept as not applicable."""
        applicable = self.applicable_rows()
        return [
            DocumentCheckDraft(
                row.label, row.status() if row in applicable else DocumentStatus.NOT_APPLICABLE
            )
            for row in self.rows
        ]

    def restore(self, checks: list[DocumentCheckDraft]) -> None:
        by_label = {check.label: check.status for check in checks}
        for row in self.rows:
            row.set_status(by_label.get(row.label, DocumentStatus.MISSING))

    def focus_first(self) -> bool:
        rows = self.applicable_rows()
        if not rows:
            return False
        rows[0].checkbox.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            rows = self.applicable_rows()
            index = next((i for i, row in enumerate(rows) if row.checkbox is watched), None)
            if index is not None:
                return self._key(rows, index, event)
        return super().eventFilter(watched, event)

    def _key(self, rows: list[ChecklistRow], index: int, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if key == Qt.Key.Key_Down else -1
            target = index + step
            if 0 <= target < len(rows):
                rows[target].checkbox.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if key == Qt.Key.Key_N and not event.modifiers():
            rows[index].not_applicable.toggle()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.advance.emit()
            return True
        return False
