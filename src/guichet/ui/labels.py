"""Visible names of the domain's codes, in one translation context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from guichet.domain.catalog import DocumentForm
from guichet.domain.visit import AgeBand, Channel, Gender, HelpType, Outcome, VisitStatus


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def channel(value: Channel) -> str:
    return {
        Channel.ON_SITE: _t("At the desk"),
        Channel.PHONE: _t("By phone"),
        Channel.VIDEO: _t("By video"),
    }[value]


def help_type(value: HelpType) -> str:
    """With a mnemonic (&) so Alt+letter picks it at the desk."""
    return {
        HelpType.INFORMATION: _t("&Information"),
        HelpType.ACCOMPANIED: _t("&Accompanied procedure"),
        HelpType.DIGITAL: _t("&Digital help"),
        HelpType.REFERRAL: _t("Re&ferral"),
        HelpType.APPOINTMENT: _t("A&ppointment"),
    }[value]


def outcome(value: Outcome) -> str:
    return {
        Outcome.COMPLETED: _t("&Completed"),
        Outcome.FINISHES_ALONE: _t("Visitor finishes a&lone"),
        Outcome.MUST_COME_BACK: _t("&Must come back"),
        Outcome.REFERRED: _t("Referred &elsewhere"),
    }[value]


def plain(label: str) -> str:
    """A mnemonic label for a table cell or a screen reader."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


def age_band(value: AgeBand) -> str:
    return {
        AgeBand.UNDER_18: _t("Under 18"),
        AgeBand.AGE_18_24: _t("18 to 24"),
        AgeBand.AGE_25_39: _t("25 to 39"),
        AgeBand.AGE_40_59: _t("40 to 59"),
        AgeBand.AGE_60_69: _t("60 to 69"),
        AgeBand.AGE_70_PLUS: _t("70 and over"),
    }[value]


def gender(value: Gender) -> str:
    return {Gender.WOMAN: _t("Woman"), Gender.MAN: _t("Man"), Gender.OTHER: _t("Other")}[value]


def not_given() -> str:
    return _t("Not given")


def visit_status(value: VisitStatus) -> str:
    return {VisitStatus.CLOSED: _t("Closed"), VisitStatus.CANCELLED: _t("Cancelled")}[value]


def document_form(value: DocumentForm) -> str:
    return {
        DocumentForm.ORIGINAL: _t("original"),
        DocumentForm.COPY: _t("copy"),
        DocumentForm.ORIGINAL_OR_COPY: _t("original or copy"),
    }[value]
