"""Visible names of the domain's codes, in one translation context."""

from __future__ import annotations

from guichet.domain.catalog import DocumentForm
from guichet.domain.visit import AgeBand, Channel, Gender, HelpType, Outcome, VisitStatus
from guichet.i18n import translate


def channel(value: Channel) -> str:
    return {
        Channel.ON_SITE: translate("Labels", "At the desk"),
        Channel.PHONE: translate("Labels", "By phone"),
        Channel.VIDEO: translate("Labels", "By video"),
    }[value]


def help_type(value: HelpType) -> str:
    """With a mnemonic (&) so Alt+letter picks it at the desk."""
    return {
        HelpType.INFORMATION: translate("Labels", "&Information"),
        HelpType.ACCOMPANIED: translate("Labels", "&Accompanied procedure"),
        HelpType.DIGITAL: translate("Labels", "&Digital help"),
        HelpType.REFERRAL: translate("Labels", "Re&ferral"),
        HelpType.APPOINTMENT: translate("Labels", "A&ppointment"),
    }[value]


def outcome(value: Outcome) -> str:
    return {
        Outcome.COMPLETED: translate("Labels", "&Completed"),
        Outcome.FINISHES_ALONE: translate("Labels", "Visitor finishes a&lone"),
        Outcome.MUST_COME_BACK: translate("Labels", "&Must come back"),
        Outcome.REFERRED: translate("Labels", "Referred &elsewhere"),
    }[value]


def plain(label: str) -> str:
    """A mnemonic label for a table cell or a screen reader."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


def age_band(value: AgeBand) -> str:
    return {
        AgeBand.UNDER_18: translate("Labels", "Under 18"),
        AgeBand.AGE_18_24: translate("Labels", "18 to 24"),
        AgeBand.AGE_25_39: translate("Labels", "25 to 39"),
        AgeBand.AGE_40_59: translate("Labels", "40 to 59"),
        AgeBand.AGE_60_69: translate("Labels", "60 to 69"),
        AgeBand.AGE_70_PLUS: translate("Labels", "70 and over"),
    }[value]


def gender(value: Gender) -> str:
    return {
        Gender.WOMAN: translate("Labels", "Woman"),
        Gender.MAN: translate("Labels", "Man"),
        Gender.OTHER: translate("Labels", "Other"),
    }[value]


def not_given() -> str:
    return translate("Labels", "Not given")


def visit_status(value: VisitStatus) -> str:
    return {
        VisitStatus.CLOSED: translate("Labels", "Closed"),
        VisitStatus.CANCELLED: translate("Labels", "Cancelled"),
    }[value]


def document_form(value: DocumentForm) -> str:
    return {
        DocumentForm.ORIGINAL: translate("Labels", "original"),
        DocumentForm.COPY: translate("Labels", "copy"),
        DocumentForm.ORIGINAL_OR_COPY: translate("Labels", "original or copy"),
    }[value]
