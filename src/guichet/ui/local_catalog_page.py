"""The site manager's own catalogue: local partners and local procedures.

Entries made here live in the site's database, apart from the shipped
catalogue, so a new shipped version never erases them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guichet.catalog.errors import CatalogError
from guichet.domain.agent import AgentInfo
from guichet.domain.catalog import DocumentForm
from guichet.services.catalog import CatalogService
from guichet.services.permissions import NotAllowed
from guichet.ui import labels
from guichet.ui.widgets import message_label

LABEL, FORM, VALIDITY = range(3)


class LocalCatalogPage(QWidget):
    """Emits ``changed`` after every save, so the desk searches the new entries."""

    changed = Signal()

    def __init__(self, catalogs: CatalogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogs = catalogs
        self.actor: AgentInfo | None = None
        self.editing_id: str | None = None

        intro = message_label("hint")
        intro.setText(
            self.tr(
                "Procedures and partners of your territory. They are kept apart from the "
                "national catalogue and survive its updates."
            )
        )
        self.entries = QListWidget()
        self.entries.setAccessibleName(self.tr("Local procedures"))
        self.entries.currentItemChanged.connect(self._open_selected)
        self.new_button = QPushButton(self.tr("New procedure"))
        self.new_button.clicked.connect(self.new_procedure)

        # A local partner (mairie, CCAS, association…)
        self.partner_short = QLineEdit()
        self.partner_short.setAccessibleName(self.tr("Partner's short name"))
        self.partner_short.setPlaceholderText(self.tr("e.g. CCAS de Morteau"))
        self.partner_name = QLineEdit()
        self.partner_name.setAccessibleName(self.tr("Partner's full name"))
        self.partner_site = QLineEdit()
        self.partner_site.setAccessibleName(self.tr("Partner's website"))
        self.partner_site.setPlaceholderText("https://…")
        self.add_partner_button = QPushButton(self.tr("Add the partner"))
        self.add_partner_button.clicked.connect(self.save_partner)
        partner_box = QGroupBox(self.tr("New local partner"))
        partner_form = QFormLayout(partner_box)
        partner_form.addRow(self.tr("Short name"), self.partner_short)
        partner_form.addRow(self.tr("Full name"), self.partner_name)
        partner_form.addRow(self.tr("Website"), self.partner_site)
        partner_form.addRow(self.add_partner_button)

        # A local procedure and its checklist
        self.procedure_title = QLineEdit()
        self.procedure_title.setAccessibleName(self.tr("Title"))
        self.operator = QComboBox()
        self.operator.setAccessibleName(self.tr("Operator or partner"))
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(70)
        self.keywords = QLineEdit()
        self.keywords.setAccessibleName(self.tr("Keywords"))
        self.keywords.setPlaceholderText(self.tr("words visitors say, separated by commas"))
        self.link = QLineEdit()
        self.link.setAccessibleName(self.tr("Link"))
        self.link.setPlaceholderText("https://…")
        self.documents = QTableWidget(0, 3)
        self.documents.setAccessibleName(self.tr("Supporting documents"))
        self.documents.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("Original or copy"), self.tr("Validity")]
        )
        header = self.documents.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        self.documents.verticalHeader().hide()
        self.documents.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_document_button = QPushButton(self.tr("Add a document"))
        self.add_document_button.clicked.connect(lambda: self.add_document())
        self.remove_document_button = QPushButton(self.tr("Remove the document"))
        self.remove_document_button.clicked.connect(self._remove_document)
        self.save_button = QPushButton(self.tr("Save the procedure"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save_procedure)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self._delete)
        self.error = message_label("error")
        self.status = message_label("hint")

        procedure_box = QGroupBox(self.tr("Local procedure"))
        form = QFormLayout(procedure_box)
        form.addRow(self.tr("&Title"), self.procedure_title)
        form.addRow(self.tr("O&perator or partner"), self.operator)
        form.addRow(self.tr("T&heme"), self.theme)
        form.addRow(self.tr("Su&mmary"), self.summary)
        form.addRow(self.tr("&Keywords"), self.keywords)
        form.addRow(self.tr("&Link"), self.link)
        form.addRow(self.documents)
        document_buttons = QHBoxLayout()
        document_buttons.addWidget(self.add_document_button)
        document_buttons.addWidget(self.remove_document_button)
        document_buttons.addStretch(1)
        form.addRow(document_buttons)
        actions = QHBoxLayout()
        actions.addWidget(self.error, 1)
        actions.addWidget(self.delete_button)
        actions.addWidget(self.save_button)
        form.addRow(actions)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label and field and isinstance(label.widget(), QLabel):
                label.widget().setBuddy(field.widget())

        left = QVBoxLayout()
        left.addWidget(self.entries, 1)
        left.addWidget(self.new_button)
        left.addWidget(partner_box)
        right = QVBoxLayout()
        right.addWidget(procedure_box, 1)
        right.addWidget(self.status)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)

    # -- state ----------------------------------------------------------------

    def start(self, actor: AgentInfo) -> None:
        self.actor = actor
        self.status.clear()
        self._reload()
        self.new_procedure()

    def _reload(self) -> None:
        catalog = self._catalogs.catalog
        current = self.operator.currentData()
        self.operator.clear()
        for operator in sorted(catalog.operators.values(), key=lambda o: o.short_name.casefold()):
            self.operator.addItem(operator.short_name, operator.id)
        self.operator.setCurrentIndex(max(self.operator.findData(current), 0))
        if self.theme.count() == 0:
            for theme in catalog.themes.values():
                self.theme.addItem(theme.name, theme.id)
        self.entries.blockSignals(True)
        self.entries.clear()
        for procedure in self._catalogs.local_procedures():
            item = QListWidgetItem(procedure.title)
            item.setData(Qt.ItemDataRole.UserRole, procedure.id)
            self.entries.addItem(item)
        self.entries.blockSignals(False)

    def new_procedure(self) -> None:
        self.editing_id = None
        for field in (self.procedure_title, self.keywords, self.link):
            field.clear()
        self.summary.clear()
        self.documents.setRowCount(0)
        self.error.clear()
        self.delete_button.setEnabled(False)
        self.procedure_title.setFocus()

    def _open_selected(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        raw = self._catalogs.local_raw(item.data(Qt.ItemDataRole.UserRole))
        if raw is None:
            return
        self.new_procedure()
        self.editing_id = raw["id"]
        self.procedure_title.setText(raw.get("title", ""))
        self.operator.setCurrentIndex(max(self.operator.findData(raw.get("operator")), 0))
        self.theme.setCurrentIndex(max(self.theme.findData(raw.get("theme")), 0))
        self.summary.setPlainText(raw.get("summary", ""))
        self.keywords.setText(", ".join(raw.get("keywords", ())))
        self.link.setText(raw.get("source", ""))
        for document in raw.get("documents", ()):
            self.add_document(document["label"], document["form"], document.get("validity", ""))
        self.delete_button.setEnabled(True)

    # -- documents --------------------------------------------------------------

    def add_document(self, label: str = "", form: str = "copy", validity: str = "") -> None:
        row = self.documents.rowCount()
        self.documents.insertRow(row)
        self.documents.setItem(row, LABEL, QTableWidgetItem(label))
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Original or copy"))
        for value in DocumentForm:
            combo.addItem(labels.document_form(value), value.value)
        combo.setCurrentIndex(max(combo.findData(form), 0))
        self.documents.setCellWidget(row, FORM, combo)
        self.documents.setItem(row, VALIDITY, QTableWidgetItem(validity))
        self.documents.setCurrentCell(row, LABEL)
        if not label:
            self.documents.editItem(self.documents.item(row, LABEL))

    def _remove_document(self) -> None:
        if self.documents.currentRow() >= 0:
            self.documents.removeRow(self.documents.currentRow())

    def _documents(self) -> list[dict]:
        found = []
        for row in range(self.documents.rowCount()):
            label = (self.documents.item(row, LABEL) or QTableWidgetItem()).text().strip()
            if not label:
                continue
            validity = (self.documents.item(row, VALIDITY) or QTableWidgetItem()).text().strip()
            found.append(
                {
                    "label": label,
                    "form": self.documents.cellWidget(row, FORM).currentData(),
                    "validity": validity or None,
                }
            )
        return found

    # -- saving -------------------------------------------------------------------

    def save_procedure(self) -> None:
        title = self.procedure_title.text().strip()
        summary = self.summary.toPlainText().strip()
        documents = self._documents()
        if len(title) < 3:
            self._problem(self.tr("Give the procedure a title."), self.procedure_title)
            return
        if len(summary) < 10:
            self._problem(self.tr("Write a short summary (at least 10 characters)."), self.summary)
            return
        raw = {
            "id": self.editing_id,
            "operator": self.operator.currentData(),
            "theme": self.theme.currentData(),
            "title": title,
            "summary": summary,
            "keywords": [k.strip() for k in self.keywords.text().split(",") if len(k.strip()) >= 2],
            "source": self.link.text().strip() or None,
            "documents": documents,
            "no_document": not documents,
        }
        saved = self._save("procedure", raw)
        if saved:
            self.editing_id = saved
            self.status.setText(self.tr("Procedure “{title}” saved.").format(title=title))
            self.delete_button.setEnabled(True)

    def save_partner(self) -> None:
        short = self.partner_short.text().strip()
        if not short:
            self._problem(self.tr("Give the partner a short name."), self.partner_short)
            return
        raw = {
            "short_name": short,
            "name": self.partner_name.text().strip() or short,
            "website": self.partner_site.text().strip() or None,
            "kind": "local",
        }
        saved = self._save("operator", raw)
        if saved:
            for field in (self.partner_short, self.partner_name, self.partner_site):
                field.clear()
            self.operator.setCurrentIndex(max(self.operator.findData(saved), 0))
            self.status.setText(self.tr("Partner “{name}” added.").format(name=short))

    def _save(self, kind: str, raw: dict) -> str | None:
        assert self.actor is not None
        try:
            saved = self._catalogs.save_local(self.actor, kind, raw)
        except CatalogError as error:
            self.error.setText(error.message())
            return None
        except NotAllowed:
            self.error.setText(self.tr("Only the site manager can change the local catalogue."))
            return None
        self.error.clear()
        self._reload()
        self.changed.emit()
        return saved

    def _delete(self) -> None:
        if self.editing_id is None or self.actor is None:
            return
        try:
            self._catalogs.delete_local(self.actor, self.editing_id)
        except NotAllowed:
            self.error.setText(self.tr("Only the site manager can change the local catalogue."))
            return
        self.status.setText(self.tr("Procedure deleted."))
        self._reload()
        self.new_procedure()
        self.changed.emit()

    def _problem(self, message: str, field: QWidget) -> None:
        self.error.setText(message)
        field.setFocus()
