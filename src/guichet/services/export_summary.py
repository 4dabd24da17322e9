"""The summary sheet of the XLSX export: the period's quality indicators,
one per line, then the counts the network asks for by category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from guichet.domain.catalog import Catalog
from guichet.domain.report import Indicators
from guichet.i18n import translate
from guichet.services import export_labels as labels
from guichet.services.reports import Period

PERCENT = "0.0 %"
DECIMAL = "0.0"


@dataclass(frozen=True)
class Line:
    """A label and its value (None leaves the cell empty, e.g. no wait recorded)."""

    label: str
    value: str | int | float | date | None = None
    number_format: str | None = None
    heading: bool = False


def lines(figures: Indicators, catalog: Catalog, site_name: str, period: Period) -> list[Line]:
    """Two columns, label and value, so the figures copy straight into the
    network's reporting form; then one section per breakdown."""
    result = [
        Line(translate("Export", "Site"), site_name),
        Line(translate("Export", "First day"), period.start),
        Line(translate("Export", "Last day"), period.end - timedelta(days=1)),
        Line(""),
        Line(translate("Export", "Indicators"), heading=True),
        Line(translate("Export", "Visits"), figures.visits),
        Line(translate("Export", "Requests"), figures.requests),
        Line(
            translate("Export", "Share of requests handled on site"),
            figures.handled_on_site_share,
            PERCENT,
        ),
        Line(translate("Export", "Referrals"), figures.referrals),
        Line(translate("Export", "Appointments"), figures.appointments),
        Line(translate("Export", "Must come back (missing documents)"), figures.missing_documents),
        Line(translate("Export", "Wait, median (min)"), figures.wait.median, DECIMAL),
        Line(translate("Export", "Wait, 90th percentile (min)"), figures.wait.p90, DECIMAL),
        Line(translate("Export", "Handling, median (min)"), figures.handling.median, DECIMAL),
        Line(translate("Export", "Handling, 90th percentile (min)"), figures.handling.p90, DECIMAL),
        Line(translate("Export", "Satisfied visitors"), figures.satisfied_share, PERCENT),
        Line(translate("Export", "Satisfaction answers"), figures.satisfaction_answers),
        Line(translate("Export", "Opening hours held"), figures.hours_held, DECIMAL),
        Line(translate("Export", "Opening hours declared"), figures.hours_declared, DECIMAL),
        Line(translate("Export", "Share of opening hours held"), figures.hours_held_share, PERCENT),
    ]
    operators = {key: o.short_name for key, o in catalog.operators.items()}
    themes = {key: t.name for key, t in catalog.themes.items()}
    not_given = labels.not_given()
    sections = [
        (translate("Export", "Requests per operator"), _by_count(figures.by_operator, operators)),
        (translate("Export", "Requests per theme"), _by_count(figures.by_theme, themes)),
        (translate("Export", "Visits per channel"), _each(figures.by_channel, labels.channels())),
        (
            translate("Export", "Requests per help type"),
            _each(figures.by_help, labels.help_types()),
        ),
        (translate("Export", "Requests per outcome"), _each(figures.by_outcome, labels.outcomes())),
        (
            translate("Export", "Visits per age band"),
            [*_each(figures.by_age, labels.age_bands()), (not_given, figures.by_age[None])],
        ),
        (
            translate("Export", "Visits per gender"),
            [*_each(figures.by_gender, labels.genders()), (not_given, figures.by_gender[None])],
        ),
    ]
    for title, counts in sections:
        result += [Line(""), Line(title, heading=True)]
        result += [Line(label, count) for label, count in counts]
    return result


def _by_count(counts: Counter[str], names: dict[str, str]) -> list[tuple[str, int]]:
    """Most frequent first; a code the catalogue no longer knows shows as itself."""
    return [
        (names.get(code, code) or labels.not_given(), count) for code, count in counts.most_common()
    ]


def _each(counts: Counter, names: Mapping[Enum, str]) -> list[tuple[str, int]]:
    """Every value in the code's order, zeros included, so months line up."""
    return [(name, counts[code]) for code, name in names.items()]
