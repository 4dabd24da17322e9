"""What happens next for one request: a referral to an office, or an appointment.

The panel shows only what the chosen help and outcome call for, so the agent
is never asked for fields that do not apply.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from guichet.domain.referral import AppointmentDraft, AppointmentMode, OfficeInfo, ReferralDraft
from guichet.domain.visit import HelpType, Outcome

OfficesFor = Callable[[str], list[OfficeInfo]]


class FollowUpPanel(QWidget):
    def __init__(self, offices_for: OfficesFor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._offices_for = offices_for
        self._operator_id: str | None = None
        self._wants_referral = self._wants_appointment = False

        self.referral_box = QGroupBox(self.tr("Referral"))
        self.office = QComboBox()
        self.office.setEditable(True)
        self.office.setAccessibleName(self.tr("Office the visitor is sent to"))
        self.office.lineEdit().setPlaceholderText(self.tr("office, or type a name"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for the referral"))
        referral_form = QFormLayout(self.referral_box)
        referral_form.addRow(self.tr("Office"), self.office)
        referral_form.addRow(self.tr("Reason"), self.reason)

        self.appointment_box = QGroupBox(self.tr("Appointment"))
        self.mode = QComboBox()
        self.mode.setAccessibleName(self.tr("Appointment mode"))
        for mode, text in (
            (AppointmentMode.ON_SITE, self.tr("At the site (permanence)")),
            (AppointmentMode.PHONE, self.tr("By phone")),
            (AppointmentMode.VIDEO, self.tr("By video (visio-guichet)")),
        ):
            self.mode.addItem(text, mode.value)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(self.tr("Appointment date"))
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.time = QTimeEdit()
        self.time.setAccessibleName(self.tr("Appointment time"))
        self.time.setDisplayFormat("HH:mm")
        self.duration = QSpinBox()
        self.duration.setRange(5, 240)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(" min")
        self.duration.setAccessibleName(self.tr("Duration"))
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Place or video link"))
        self.place.setPlaceholderText(self.tr("room, address, or https:// link"))
        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("Booking reference"))
        appointment_form = QFormLayout(self.appointment_box)
        appointment_form.addRow(self.tr("Mode"), self.mode)
        appointment_form.addRow(self.tr("Date"), self.date)
        appointment_form.addRow(self.tr("Time"), self.time)
        appointment_form.addRow(self.tr("Duration"), self.duration)
        appointment_form.addRow(self.tr("Place or link"), self.place)
        appointment_form.addRow(self.tr("Reference"), self.reference)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.referral_box)
        layout.addWidget(self.appointment_box)
        self.reset()
        self.update_for(None, None)

    def reset(self) -> None:
        tomorrow = datetime.now() + timedelta(days=1)
        self.date.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self.time.setTime(QTime(14, 0))
        self.duration.setValue(30)
        for field in (self.reason, self.place, self.reference):
            field.clear()
        self.office.setEditText("")

    def set_operator(self, operator_id: str | None) -> None:
        """Offer the offices of the request's operator."""
        if operator_id == self._operator_id:
            return
        self._operator_id = operator_id
        typed = self.office.currentText()
        self.office.clear()
        for office in self._offices_for(operator_id) if operator_id else ():
            self.office.addItem(office.name, office.id)
        self.office.setEditText(typed)

    def update_for(self, help_type: HelpType | None, outcome: Outcome | None) -> None:
        self._wants_referral = help_type is HelpType.REFERRAL or outcome is Outcome.REFERRED
        self._wants_appointment = help_type is HelpType.APPOINTMENT
        self.referral_box.setVisible(self._wants_referral)
        self.appointment_box.setVisible(self._wants_appointment)

    def referral(self) -> ReferralDraft | None:
        name = self.office.currentText().strip()
        if not self._wants_referral or not name:
            return None
        index = self.office.findText(name)
        office_id = self.office.itemData(index) if index >= 0 else None
        return ReferralDraft(office_id, name, self.reason.text().strip() or None)

    def appointment(self, operator_id: str | None) -> AppointmentDraft | None:
        if not self._wants_appointment or not operator_id:
            return None
        day, moment = self.date.date().toPython(), self.time.time().toPython()
        place = self.place.text().strip() or None
        is_link = bool(place and place.startswith("https://"))
        return AppointmentDraft(
            operator_id=operator_id,
            mode=AppointmentMode(self.mode.currentData()),
            starts_at=datetime.combine(day, moment).astimezone(),
            duration_minutes=self.duration.value(),
            place=None if is_link else place,
            link=place if is_link else None,
            reference=self.reference.text().strip() or None,
        )

    def load(self, referral: ReferralDraft | None, appointment: AppointmentDraft | None) -> None:
        if referral is not None:
            self.office.setEditText(referral.office_name)
            self.reason.setText(referral.reason or "")
        if appointment is not None:
            local = appointment.starts_at.astimezone()
            self.mode.setCurrentIndex(max(self.mode.findData(appointment.mode.value), 0))
            self.date.setDate(QDate(local.year, local.month, local.day))
            self.time.setTime(QTime(local.hour, local.minute))
            self.duration.setValue(appointment.duration_minutes)
            self.place.setText(appointment.link or appointment.place or "")
            self.reference.setText(appointment.reference or "")
