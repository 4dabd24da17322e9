"""Slips the visitor takes home, made from the request being filled in.

Each slip is saved as a PDF in the documents folder (A4 or 80 mm receipt)
and can be printed; nothing personal goes on it unless the agent types it
in the "note for the visitor" field.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.referral import OfficeInfo
from guichet.domain.visit import Outcome, RequestDraft
from guichet.services.calendar import appointment_ics, write_ics
from guichet.services.desk import Desk
from guichet.services.settings import SettingsService
from guichet.services.site import site_details
from guichet.slips.content import SlipSite, build_appointment, build_handoff, build_missing
from guichet.slips.layout import Layout
from guichet.slips.render import print_to, render_pdf
from guichet.ui.widgets import message_label

HANDOFF, APPOINTMENT, MISSING = "liaison", "rendez-vous", "pieces-a-apporter"


def slips_folder() -> Path:
    location = QStandardPaths.StandardLocation.DocumentsLocation
    return Path(QStandardPaths.writableLocation(location)) / "guichet" / "fiches"


class SlipPanel(QGroupBox):
    def __init__(self, desk: Desk, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._editor = editor
        self.last: Path | None = None
        self._last_slip = None
        self.setTitle(self.tr("Slips for the visitor"))
        self.layout_choice = QComboBox()
        self.layout_choice.setAccessibleName(self.tr("Paper"))
        self.layout_choice.addItem(self.tr("A4 sheet"), Layout.A4.value)
        self.layout_choice.addItem(self.tr("80 mm receipt"), Layout.RECEIPT_80.value)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note for the visitor"))
        self.note.setPlaceholderText(self.tr("Note for the visitor (optional, printed)"))
        self.handoff_button = QPushButton(self.tr("Handoff slip"))
        self.handoff_button.clicked.connect(lambda: self.save(HANDOFF))
        self.appointment_button = QPushButton(self.tr("Appointment slip"))
        self.appointment_button.clicked.connect(lambda: self.save(APPOINTMENT))
        self.ics_button = QPushButton(self.tr("Calendar file (.ics)"))
        self.ics_button.clicked.connect(self.save_ics)
        self.missing_button = QPushButton(self.tr("What to bring back"))
        self.missing_button.clicked.connect(lambda: self.save(MISSING))
        self.print_button = QPushButton(self.tr("Print the last slip…"))
        self.print_button.clicked.connect(self.print_last)
        self.print_button.setEnabled(False)
        self.status = message_label("hint")
        self.status.setOpenExternalLinks(True)
        row = QHBoxLayout()
        row.addWidget(self.layout_choice)
        row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        for button in (
            self.handoff_button,
            self.appointment_button,
            self.ics_button,
            self.missing_button,
        ):
            layout.addWidget(button)
        layout.addLayout(row)
        layout.addWidget(self.status)

    def update_for(self, draft: RequestDraft) -> None:
        wanted = {
            self.handoff_button: draft.referral is not None,
            self.appointment_button: draft.appointment is not None,
            self.ics_button: draft.appointment is not None,
            self.missing_button: draft.outcome is Outcome.MUST_COME_BACK
            and bool(draft.procedure_id),
        }
        for button, shown in wanted.items():
            button.setVisible(shown)
        self.setVisible(any(wanted.values()))

    def _site(self) -> SlipSite:
        assert self._desk.site is not None
        details = site_details(self._desk.db, self._desk.site.id)
        return SlipSite(
            name=details.name,
            address=details.address,
            phone=details.phone,
            hours=SettingsService(self._desk.db).opening_hours(),
        )

    def build(self, kind: str):
        draft: RequestDraft = self._editor.draft()
        catalog = self._desk.catalog
        procedure = catalog.procedures.get(draft.procedure_id or "")
        operator = catalog.operators.get(draft.operator_id or "")
        note = self.note.text().strip() or None
        if kind == HANDOFF and draft.referral is not None:
            office = None
            if draft.referral.office_id:
                office = self._desk.directory.get(draft.referral.office_id)
            office = office or OfficeInfo(
                id="", operator_id=draft.operator_id or "", name=draft.referral.office_name
            )
            return build_handoff(
                self._site(),
                date.today(),
                office,
                procedure=procedure,
                operator=operator,
                reason=draft.referral.reason,
                checks=draft.documents,
                note=note,
            )
        if kind == APPOINTMENT and draft.appointment is not None and operator is not None:
            return build_appointment(
                self._site(),
                date.today(),
                draft.appointment,
                operator,
                procedure=procedure,
                checks=draft.documents,
                note=note,
            )
        if kind == MISSING and procedure is not None:
            return build_missing(
                self._site(), date.today(), procedure, draft.documents, operator=operator, note=note
            )
        return None

    def save(self, kind: str) -> Path | None:
        slip = self.build(kind)
        if slip is None:
            self.status.setText(self.tr("Choose the procedure or the operator first."))
            return None
        folder = slips_folder()
        folder.mkdir(parents=True, exist_ok=True)
        layout = self.layout_choice.currentData()
        path = folder / f"{datetime.now():%Y-%m-%d-%H%M%S}-{kind}-{layout}.pdf"
        try:
            render_pdf(slip, path, layout)
        except OSError as error:
            self.status.setText(
                self.tr("The slip could not be saved: {reason}").format(reason=error)
            )
            return None
        self.last, self._last_slip = path, slip
        self.print_button.setEnabled(True)
        self.status.setText(
            self.tr("Slip saved: {link}").format(link=f'<a href="{path.as_uri()}">{path.name}</a>')
        )
        return path

    def save_ics(self) -> Path | None:
        draft: RequestDraft = self._editor.draft()
        if draft.appointment is None or self._desk.site is None:
            return None
        from guichet.domain.referral import AppointmentInfo

        appointment = draft.appointment
        info = AppointmentInfo(
            id=f"draft-{datetime.now():%Y%m%d%H%M%S}",
            operator_id=appointment.operator_id,
            mode=appointment.mode,
            starts_at=appointment.starts_at,
            duration_minutes=appointment.duration_minutes,
            place=appointment.place,
            link=appointment.link,
            reference=appointment.reference,
            procedure_title=draft.procedure_title,
        )
        operator = self._desk.catalog.operators.get(appointment.operator_id)
        folder = slips_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{datetime.now():%Y-%m-%d-%H%M%S}-rendez-vous.ics"
        write_ics(
            path,
            appointment_ics(info, operator.short_name if operator else "", self._desk.site.name),
        )
        self.status.setText(
            self.tr("Calendar file saved: {link}").format(
                link=f'<a href="{path.as_uri()}">{path.name}</a>'
            )
        )
        return path

    def print_last(self) -> None:
        if self._last_slip is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_to(self._last_slip, printer, self.layout_choice.currentData())
