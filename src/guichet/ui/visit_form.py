"""The visit form: an optional, coarse visitor profile and one tab per request.

The profile never asks for a name or an identity number: only what the
national indicators need, and only if the visitor agrees.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.queue import TicketInfo
from guichet.domain.visit import (
    MAX_NOTE_LENGTH,
    AgeBand,
    Channel,
    Gender,
    InvalidVisit,
    VisitDraft,
)
from guichet.services.catalog import CatalogService
from guichet.services.clock import utcnow
from guichet.ui import labels
from guichet.ui.follow_up import OfficesFor
from guichet.ui.request_editor import RequestEditor
from guichet.ui.widgets import message_label


class VisitForm(QWidget):
    """Emits ``submitted`` with the draft; the desk saves it and reports back."""

    submitted = Signal(object)
    cancelled = Signal()

    def __init__(
        self,
        catalogs: CatalogService,
        offices_for: OfficesFor = lambda _operator: [],
        make_slip_panel: Callable[[RequestEditor], QWidget] | None = None,
        parent: QWidget | None = None,
    ):
        """``catalogs`` is read at each new request, so local additions show at once."""
        super().__init__(parent)
        self._catalogs = catalogs
        self._offices_for = offices_for
        self._make_slip_panel = make_slip_panel
        self.started_at = utcnow()
        self.editing_id: str | None = None
        self.ticket: TicketInfo | None = None

        self.title = QLabel()
        self.title.setObjectName("pageTitle")

        self.requests = QTabWidget()
        self.requests.setAccessibleName(self.tr("Requests of this visit"))
        self.add_request_button = QPushButton(self.tr("Add a request (Ctrl+D)"))
        self.add_request_button.clicked.connect(self.add_request)
        self.remove_request_button = QPushButton(self.tr("Remove this request"))
        self.remove_request_button.clicked.connect(self._remove_current_request)

        self.channel = self._combo(
            self.tr("Channel"), [(labels.channel(c), c) for c in Channel], optional=False
        )
        self.age_band = self._combo(self.tr("Age band"), [(labels.age_band(a), a) for a in AgeBand])
        self.gender = self._combo(self.tr("Gender"), [(labels.gender(g), g) for g in Gender])
        self.commune = QLineEdit()
        self.commune.setAccessibleName(self.tr("Commune (INSEE code)"))
        self.commune.setPlaceholderText(self.tr("e.g. 25388"))
        self.commune.setMaxLength(5)
        self.commune.setMaximumWidth(self.commune.fontMetrics().horizontalAdvance("0" * 14))
        self.first_visit = self._combo(
            self.tr("First visit"), [(self.tr("Yes"), True), (self.tr("No"), False)]
        )
        profile = QGroupBox(self.tr("Visitor (optional, no name)"))
        strip = QGridLayout(profile)
        fields = (
            (self.tr("C&hannel"), self.channel),
            (self.tr("A&ge"), self.age_band),
            (self.tr("Gen&der"), self.gender),
            (self.tr("Co&mmune (INSEE)"), self.commune),
            (self.tr("First &visit"), self.first_visit),
        )
        for column, (text, field) in enumerate(fields):
            label = QLabel(text)
            label.setBuddy(field)
            strip.addWidget(label, 0, column)
            strip.addWidget(field, 1, column)
        strip.setColumnStretch(len(fields), 1)

        self.note = QLineEdit()
        self.note.setMaxLength(MAX_NOTE_LENGTH)
        self.note.setAccessibleName(self.tr("Internal note"))
        self.note.setPlaceholderText(
            self.tr("Internal note, optional — erased automatically after the retention period")
        )
        self.error = message_label("error")
        self.error.setAccessibleName(self.tr("Problem"))
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel_button.clicked.connect(self.cancelled)
        self.close_button = QPushButton(self.tr("Close the visit (Ctrl+Enter)"))
        self.close_button.setObjectName("primary")
        self.close_button.setAutoDefault(True)
        self.close_button.clicked.connect(self.submit)

        for keys, slot in (
            ("Ctrl+Return", self.submit),
            ("Ctrl+Enter", self.submit),
            ("Ctrl+D", self.add_request),
            ("Escape", self.cancelled.emit),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        request_buttons = QHBoxLayout()
        request_buttons.addWidget(self.add_request_button)
        request_buttons.addWidget(self.remove_request_button)
        request_buttons.addStretch(1)
        body = QVBoxLayout()
        body.addWidget(profile)
        body.addWidget(self.requests, 1)
        body.addLayout(request_buttons)
        body.addWidget(self.note)
        footer = QHBoxLayout()
        footer.addWidget(self.error, 1)
        footer.addWidget(self.cancel_button)
        footer.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(body, 1)
        layout.addLayout(footer)
        # No request tab yet: the first is made when a visit starts (reset or edit),
        # so the slips' libraries stay out of the desk's start-up.

    def _combo(
        self, name: str, items: list[tuple[str, object]], optional: bool = True
    ) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        if optional:
            combo.addItem(labels.not_given(), None)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    # -- requests -------------------------------------------------------------

    def add_request(self) -> RequestEditor:
        editor = RequestEditor(
            self._catalogs.catalog, self._catalogs.index, self._offices_for, self._make_slip_panel
        )
        editor.done.connect(lambda: self.close_button.setFocus(Qt.FocusReason.TabFocusReason))
        index = self.requests.addTab(editor, "")
        self._renumber()
        self.requests.setCurrentIndex(index)
        editor.search.setFocus(Qt.FocusReason.OtherFocusReason)
        return editor

    def _remove_current_request(self) -> None:
        if self.requests.count() > 1:
            editor = self.requests.currentWidget()
            self.requests.removeTab(self.requests.currentIndex())
            editor.deleteLater()
            self._renumber()

    def _renumber(self) -> None:
        for i in range(self.requests.count()):
            self.requests.setTabText(i, self.tr("Request {number}").format(number=i + 1))
        self.remove_request_button.setEnabled(self.requests.count() > 1)

    def editors(self) -> list[RequestEditor]:
        return [self.requests.widget(i) for i in range(self.requests.count())]

    # -- state ----------------------------------------------------------------

    def reset(self, ticket: TicketInfo | None = None) -> None:
        """A blank visit, the search field ready for typing; ``ticket`` if called from the queue."""
        self.editing_id = None
        self.ticket = ticket
        self.started_at = utcnow()
        self.title.setText(
            self.tr("New visit — ticket {code}").format(code=ticket.code)
            if ticket
            else self.tr("New visit")
        )
        self._clear()
        self.add_request()

    def edit(self, visit_id: str, draft: VisitDraft, closed_at: datetime) -> None:
        self.editing_id = visit_id
        self.ticket = None
        self.title.setText(
            self.tr("Correcting the visit of {time}").format(time=closed_at.strftime("%H:%M"))
        )
        self._clear()
        for request in draft.requests:
            self.add_request().load(request)
        for combo, value in (
            (self.channel, draft.channel),
            (self.age_band, draft.age_band),
            (self.gender, draft.gender),
            (self.first_visit, draft.first_visit),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.commune.setText(draft.commune or "")
        self.note.setText(draft.note or "")
        self.requests.setCurrentIndex(0)

    def _clear(self) -> None:
        while self.requests.count():
            editor = self.requests.widget(0)
            self.requests.removeTab(0)
            editor.deleteLater()
        for combo in (self.channel, self.age_band, self.gender, self.first_visit):
            combo.setCurrentIndex(0)
        self.commune.clear()
        self.note.clear()
        self.error.clear()

    def draft(self) -> VisitDraft:
        return VisitDraft(
            channel=Channel(self.channel.currentData()),
            age_band=_optional(AgeBand, self.age_band.currentData()),
            gender=_optional(Gender, self.gender.currentData()),
            commune=self.commune.text().strip() or None,
            first_visit=self.first_visit.currentData(),
            requests=[editor.draft() for editor in self.editors()],
            note=self.note.text().strip() or None,
        )

    def submit(self) -> None:
        draft = self.draft()
        try:
            draft.validate()
        except InvalidVisit as problem:
            self.show_problem(problem)
            return
        self.error.clear()
        self.submitted.emit(draft)

    def show_problem(self, problem: InvalidVisit) -> None:
        messages = {
            "commune": self.tr("The commune must be a 5-character INSEE code, e.g. 25388."),
            "no_request": self.tr("Add at least one request."),
            "operator": self.tr("Request {n}: choose a procedure or an operator."),
            "help_type": self.tr("Request {n}: choose the help given."),
            "outcome": self.tr("Request {n}: choose the outcome."),
            "note": self.tr("The note is too long."),
        }
        n = (problem.request_index or 0) + 1
        self.error.setText(messages[problem.code].format(n=n))
        if problem.request_index is not None:
            self.requests.setCurrentIndex(problem.request_index)
        elif problem.code == "commune":
            self.commune.setFocus()


def _optional(kind, value):
    """Qt hands enum item data back as plain strings."""
    return None if value is None else kind(value)
