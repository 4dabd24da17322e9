"""Words of the monthly export, in the "Export" translation context.

The codes read as on the desk's screens, but this module cannot reuse
``guichet.ui.labels``: services never import the UI, and the desk's labels
carry keyboard mnemonics that have no place in a spreadsheet.
"""

from __future__ import annotations

from guichet.domain.visit import AgeBand, Channel, Gender, HelpType, Outcome
from guichet.i18n import translate


def headers() -> list[str]:
    """One per column, in the order of the export's rows."""
    return [
        translate("Export", "Date"),
        translate("Export", "Time"),
        translate("Export", "Visit"),
        translate("Export", "Agent"),
        translate("Export", "Channel"),
        translate("Export", "Operator"),
        translate("Export", "Theme"),
        translate("Export", "Procedure (id)"),
        translate("Export", "Procedure"),
        translate("Export", "Help"),
        translate("Export", "Outcome"),
        translate("Export", "Documents provided"),
        translate("Export", "Documents missing"),
        translate("Export", "Wait (min)"),
        translate("Export", "Handling (min)"),
        translate("Export", "Age band"),
        translate("Export", "Gender"),
        translate("Export", "Commune"),
        translate("Export", "First visit"),
        translate("Export", "Satisfaction"),
    ]


def channels() -> dict[Channel, str]:
    return {
        Channel.ON_SITE: translate("Export", "At the desk"),
        Channel.PHONE: translate("Export", "By phone"),
        Channel.VIDEO: translate("Export", "By video"),
    }


def help_types() -> dict[HelpType, str]:
    return {
        HelpType.INFORMATION: translate("Export", "Information"),
        HelpType.ACCOMPANIED: translate("Export", "Accompanied procedure"),
        HelpType.DIGITAL: translate("Export", "Digital help"),
        HelpType.REFERRAL: translate("Export", "Referral"),
        HelpType.APPOINTMENT: translate("Export", "Appointment"),
    }


def outcomes() -> dict[Outcome, str]:
    return {
        Outcome.COMPLETED: translate("Export", "Completed"),
        Outcome.FINISHES_ALONE: translate("Export", "Visitor finishes alone"),
        Outcome.MUST_COME_BACK: translate("Export", "Must come back"),
        Outcome.REFERRED: translate("Export", "Referred elsewhere"),
    }


def age_bands() -> dict[AgeBand, str]:
    return {
        AgeBand.UNDER_18: translate("Export", "Under 18"),
        AgeBand.AGE_18_24: translate("Export", "18 to 24"),
        AgeBand.AGE_25_39: translate("Export", "25 to 39"),
        AgeBand.AGE_40_59: translate("Export", "40 to 59"),
        AgeBand.AGE_60_69: translate("Export", "60 to 69"),
        AgeBand.AGE_70_PLUS: translate("Export", "70 and over"),
    }


def genders() -> dict[Gender, str]:
    return {
        Gender.WOMAN: translate("Export", "Woman"),
        Gender.MAN: translate("Export", "Man"),
        Gender.OTHER: translate("Export", "Other"),
    }


def yes_no() -> dict[bool, str]:
    return {True: translate("Export", "yes"), False: translate("Export", "no")}


def not_given() -> str:
    return translate("Export", "Not given")
