"""One request of a visit: which procedure, which documents, what help, what result."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from guichet.catalog.search import ProcedureIndex
from guichet.domain.catalog import Catalog, Procedure
from guichet.domain.visit import HelpType, Outcome, RequestDraft
from guichet.ui import labels
from guichet.ui.checklist import Checklist
from guichet.ui.follow_up import FollowUpPanel, OfficesFor

RESULT_LIMIT = 8
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class RequestEditor(QWidget):
    """Emits ``done`` when the agent presses Enter on the outcome: time to close."""

    done = Signal()

    def __init__(
        self,
        catalog: Catalog,
        index: ProcedureIndex,
        offices_for: OfficesFor = lambda _operator: [],
        make_slip_panel: Callable[[RequestEditor], QWidget] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._catalog = catalog
        self._index = index
        self.procedure: Procedure | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type the procedure: RSA, passport, pension…"))
        self.search.setAccessibleName(self.tr("Search a procedure"))
        self.search.setClearButtonEnabled(True)
        self.search.textEdited.connect(self._search_edited)
        self.search.installEventFilter(self)
        search_label = QLabel(self.tr("&Procedure"))
        search_label.setObjectName("sectionTitle")
        search_label.setBuddy(self.search)

        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Matching procedures"))
        self.results.setMaximumHeight(190)
        self.results.hide()
        self.results.itemActivated.connect(self._result_activated)
        self.results.installEventFilter(self)

        self.operator = QComboBox()
        self.operator.setAccessibleName(self.tr("Operator"))
        self.operator.addItem(self.tr("— choose an operator —"), None)
        for operator in sorted(catalog.operators.values(), key=lambda o: o.short_name.casefold()):
            self.operator.addItem(operator.short_name, operator.id)
        operator_label = QLabel(self.tr("Op&erator"))
        operator_label.setBuddy(self.operator)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("hint")
        self.summary.setOpenExternalLinks(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

        self.checklist = Checklist()
        self.checklist.advance.connect(self._focus_help_type)
        checklist_scroll = QScrollArea()
        checklist_scroll.setWidget(self.checklist)
        checklist_scroll.setWidgetResizable(True)
        checklist_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        checklist_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        checklist_box = QGroupBox(
            self.tr("Supporting documents (tick what the visitor has, N = not applicable)")
        )
        QVBoxLayout(checklist_box).addWidget(checklist_scroll)

        self.help_buttons = self._choices(list(HelpType), labels.help_type)
        help_box = self._group(self.tr("Help given"), self.help_buttons)
        self.outcome_buttons = self._choices(list(Outcome), labels.outcome)
        outcome_box = self._group(self.tr("Outcome"), self.outcome_buttons)

        left = QVBoxLayout()
        left.addWidget(search_label)
        left.addWidget(self.search)
        left.addWidget(self.results)
        operator_row = QHBoxLayout()
        operator_row.addWidget(operator_label)
        operator_row.addWidget(self.operator, 1)
        left.addLayout(operator_row)
        left.addWidget(self.summary)
        left.addWidget(checklist_box, 1)
        self.follow_up = FollowUpPanel(offices_for)
        for group in (self.help_buttons, self.outcome_buttons):
            group.buttonToggled.connect(lambda _button, _on: self._choices_changed())
        self.operator.currentIndexChanged.connect(
            lambda _index: self.follow_up.set_operator(self.operator.currentData())
        )
        right = QVBoxLayout()
        right.addWidget(help_box)
        right.addWidget(outcome_box)
        right.addWidget(self.follow_up)
        self.slips = make_slip_panel(self) if make_slip_panel else None
        if self.slips is not None:
            right.addWidget(self.slips)
            self.slips.update_for(self.draft())
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 1)

    # -- building -----------------------------------------------------------

    def _choices(self, values: list, label) -> QButtonGroup:
        group = QButtonGroup(self)
        for value in values:
            button = QRadioButton(label(value))
            button.setAccessibleName(labels.plain(label(value)))
            button.setProperty("value", value.value)
            button.installEventFilter(self)
            group.addButton(button)
        return group

    @staticmethod
    def _group(title: str, group: QButtonGroup) -> QGroupBox:
        box = QGroupBox(title)
        column = QVBoxLayout(box)
        for button in group.buttons():
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    # -- search ---------------------------------------------------------------

    def _search_edited(self, text: str) -> None:
        self.results.clear()
        for procedure in self._index.search(text, RESULT_LIMIT):
            operator = self._catalog.operators.get(procedure.operator_id)
            item = QListWidgetItem(
                f"{procedure.title} — {operator.short_name if operator else procedure.operator_id}"
            )
            item.setData(Qt.ItemDataRole.UserRole, procedure.id)
            self.results.addItem(item)
        self.results.setVisible(self.results.count() > 0)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _result_activated(self, item: QListWidgetItem) -> None:
        self.choose(self._catalog.procedures[item.data(Qt.ItemDataRole.UserRole)])

    def choose(self, procedure: Procedure) -> None:
        self.procedure = procedure
        self.search.setText(procedure.title)
        self.results.hide()
        position = self.operator.findData(procedure.operator_id)
        self.operator.setCurrentIndex(max(position, 0))
        self.summary.setText(self._summary_html(procedure))
        self.checklist.show_procedure(procedure, self._catalog.conditions)
        if not self.checklist.focus_first():
            self._focus_help_type()

    def _summary_html(self, procedure: Procedure) -> str:
        parts = [html.escape(procedure.summary)]
        if procedure.source:
            sheet = self.tr("service-public.fr sheet")
            parts.append(f'<a href="{html.escape(procedure.source)}">{sheet}</a>')
        official = procedure.official
        services = official.online_services if official else ()
        if procedure.online_service and not services:
            services = ((self.tr("online service"), procedure.online_service),)
        if services:
            links = ", ".join(
                f'<a href="{html.escape(url)}">{html.escape(title)}</a>' for title, url in services
            )
            parts.append("<br>" + self.tr("Online: {links}").format(links=links))
        return " ".join(parts)

    # -- keyboard -------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key, plain = event.key(), not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if watched is self.search:
            if key == Qt.Key.Key_Down and self.results.isVisible():
                self.results.setFocus()
                return True
            if key in _ENTER and plain and self.results.isVisible():
                self._result_activated(self.results.currentItem() or self.results.item(0))
                return True
        elif watched is self.results and key == Qt.Key.Key_Up and self.results.currentRow() <= 0:
            self.search.setFocus()
            return True
        elif key in _ENTER and plain and watched in self.help_buttons.buttons():
            watched.setChecked(True)  # Enter means "this one, and go on"
            self._focus_group(self.outcome_buttons)
            return True
        elif key in _ENTER and plain and watched in self.outcome_buttons.buttons():
            watched.setChecked(True)
            self.done.emit()
            return True
        return super().eventFilter(watched, event)

    def _choices_changed(self) -> None:
        self.follow_up.update_for(
            self._checked(self.help_buttons, HelpType), self._checked(self.outcome_buttons, Outcome)
        )
        if self.slips is not None:
            self.slips.update_for(self.draft())

    def _focus_help_type(self) -> None:
        self._focus_group(self.help_buttons)

    @staticmethod
    def _focus_group(group: QButtonGroup) -> None:
        button = group.checkedButton() or group.buttons()[0]
        button.setFocus(Qt.FocusReason.TabFocusReason)

    # -- values -----------------------------------------------------------------

    def draft(self) -> RequestDraft:
        procedure = self.procedure
        return RequestDraft(
            operator_id=self.operator.currentData(),
            procedure_id=procedure.id if procedure else None,
            procedure_title=procedure.title if procedure else None,
            theme_id=procedure.theme_id if procedure else None,
            help_type=self._checked(self.help_buttons, HelpType),
            outcome=self._checked(self.outcome_buttons, Outcome),
            documents=self.checklist.checks(),
            referral=self.follow_up.referral(),
            appointment=self.follow_up.appointment(self.operator.currentData()),
        )

    def load(self, draft: RequestDraft) -> None:
        procedure = self._catalog.procedures.get(draft.procedure_id or "")
        if procedure is not None:
            self.choose(procedure)
            self.checklist.restore(draft.documents)
        elif draft.procedure_title:
            self.search.setText(draft.procedure_title)
        self.operator.setCurrentIndex(max(self.operator.findData(draft.operator_id), 0))
        for group, value in (
            (self.help_buttons, draft.help_type),
            (self.outcome_buttons, draft.outcome),
        ):
            for button in group.buttons():
                button.setChecked(value is not None and button.property("value") == value.value)
        self.follow_up.load(draft.referral, draft.appointment)

    @staticmethod
    def _checked(group: QButtonGroup, kind):
        button = group.checkedButton()
        return kind(button.property("value")) if button else None
