"""The network's monthly indicators at the hub, from the visits the desks pushed.

The figures come from ``guichet.domain.report.compute``, the very function
the desk uses, over rows rebuilt from each visit's latest ``visit.upsert``
payload, so a site's manager and the network read the same numbers. Months
are UTC months at the hub (a visit closed at 23:30 in Paris on the last day
of the month may count in the next month); the desk's own reports use local
time.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from guichet.domain.report import Indicators, RequestRow, Spread, compute
from guichet.domain.visit import (
    AgeBand,
    Channel,
    DocumentStatus,
    Gender,
    HelpType,
    Outcome,
    VisitStatus,
)
from guichet.hub.schemas import naive_utc
from guichet.hub.storage import HubStore, SiteInfo

VISIT_KIND = "visit.upsert"
#: JSON keys for what the visitor did not say (``None`` in the counters).
NOT_GIVEN = "not_given"
NO_THEME = "none"


def month_bounds(month: str) -> tuple[datetime, datetime]:
    """ "2026-11" → [2026-11-01, 2026-12-01) as naive UTC; ValueError on anything else."""
    year, number = (int(part) for part in month.split("-"))
    start = datetime(year, number, 1)
    end = datetime(year + 1, 1, 1) if number == 12 else datetime(year, number + 1, 1)
    return start, end


def site_report(store: HubStore, site: SiteInfo, month: str) -> dict[str, Any]:
    rows, unreadable = _rows_by_site(store, [site.id], month)
    return {
        "site": _site_json(site),
        "month": month,
        "indicators": indicators_json(compute(rows[site.id])),
        "unreadable_visits": unreadable,
    }


def departement_report(store: HubStore, code: str, month: str) -> dict[str, Any]:
    """The département's figures and each of its sites'.

    The total is computed over all the sites' requests together rather than by
    adding the sites' indicators: counts come out as the sums, and medians and
    90th percentiles stay true ones (a median of medians would not be).
    """
    sites = store.sites_in_departement(code)
    rows, unreadable = _rows_by_site(store, [s.id for s in sites], month)
    return {
        "departement": code,
        "month": month,
        "indicators": indicators_json(compute(row for s in sites for row in rows[s.id])),
        "unreadable_visits": unreadable,
        "sites": [
            {"site": _site_json(s), "indicators": indicators_json(compute(rows[s.id]))}
            for s in sites
        ],
    }


def _rows_by_site(
    store: HubStore, site_ids: list[str], month: str
) -> tuple[defaultdict[str, list[RequestRow]], int]:
    """Request rows of the visits closed in the month, by site, and how many
    payloads could not be read (counted, not fatal: one faulty desk must not
    take the département's report down)."""
    start, end = month_bounds(month)
    rows: defaultdict[str, list[RequestRow]] = defaultdict(list)
    unreadable = 0
    if not site_ids:
        return rows, unreadable
    for site_id, payload in store.latest_payloads(site_ids, VISIT_KIND):
        try:
            visit = json.loads(payload)
            if visit["status"] != VisitStatus.CLOSED:
                continue
            if start <= _utc(visit["closed_at"]) < end:
                rows[site_id].extend(request_rows(visit))
        except (KeyError, TypeError, ValueError):
            unreadable += 1
    return rows, unreadable


def _optional(item: Mapping[str, Any], key: str, kind: type) -> Any:
    """``item[key]`` when absent, null or of the JSON type ``kind``; TypeError otherwise,
    so that what the figures count by (a theme, a commune…) is always hashable."""
    value = item.get(key)
    if value is None:
        return None
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise TypeError(key)
    return value


def request_rows(visit: Mapping[str, Any]) -> list[RequestRow]:
    """The rows ``compute`` counts, from a desk's ``visit.upsert`` payload.

    Raises KeyError, TypeError or ValueError on a payload that does not follow
    the format (missing field, unknown code, unreadable date).
    """
    closed_at = _utc(visit["closed_at"])
    started_at = _utc(visit["started_at"])
    arrived_at = _utc(visit["arrived_at"]) if visit.get("arrived_at") else None
    age_band = AgeBand(visit["age_band"]) if visit.get("age_band") else None
    gender = Gender(visit["gender"]) if visit.get("gender") else None
    satisfaction = _optional(visit, "satisfaction", int)
    commune = _optional(visit, "commune", str)
    first_visit = _optional(visit, "first_visit", bool)
    requests = visit["requests"]
    if not isinstance(requests, list) or not all(isinstance(r, Mapping) for r in requests):
        raise TypeError("requests")
    rows = []
    for request in sorted(requests, key=lambda r: r.get("position", 0)):
        documents = Counter(document["status"] for document in request.get("documents", ()))
        rows.append(
            RequestRow(
                visit_id=str(visit["id"]),
                request_id=str(request["id"]),
                closed_at=closed_at,
                started_at=started_at,
                arrived_at=arrived_at,
                agent=str(visit.get("agent_name") or visit.get("agent_id") or ""),
                channel=Channel(visit["channel"]),
                age_band=age_band,
                gender=gender,
                commune=commune,
                first_visit=first_visit,
                satisfaction=satisfaction,
                operator_id=str(request["operator_id"]),
                theme_id=_optional(request, "theme_id", str),
                procedure_id=_optional(request, "procedure_id", str),
                procedure_title=_optional(request, "procedure_title", str),
                help_type=HelpType(request["help_type"]),
                outcome=Outcome(request["outcome"]),
                documents_present=documents[DocumentStatus.PRESENT],
                documents_missing=documents[DocumentStatus.MISSING],
            )
        )
    return rows


def _utc(text: str) -> datetime:
    """Desks send naive UTC; an explicit offset is converted rather than trusted blindly."""
    return naive_utc(datetime.fromisoformat(text))


def indicators_json(indicators: Indicators) -> dict[str, Any]:
    return {
        "visits": indicators.visits,
        "requests": indicators.requests,
        "by_operator": _counts(indicators.by_operator),
        "by_theme": _counts(indicators.by_theme, {"": NO_THEME}),
        "by_channel": _counts(indicators.by_channel),
        "by_help": _counts(indicators.by_help),
        "by_outcome": _counts(indicators.by_outcome),
        "handled_on_site": indicators.handled_on_site,
        "handled_on_site_share": indicators.handled_on_site_share,
        "referrals": indicators.referrals,
        "appointments": indicators.appointments,
        "missing_documents": indicators.missing_documents,
        "wait": _spread(indicators.wait),
        "handling": _spread(indicators.handling),
        "by_age": _counts(indicators.by_age, {None: NOT_GIVEN}),
        "by_gender": _counts(indicators.by_gender, {None: NOT_GIVEN}),
        "by_first_visit": _counts(
            indicators.by_first_visit, {True: "yes", False: "no", None: NOT_GIVEN}
        ),
        "satisfaction": {
            "answers": indicators.satisfaction_answers,
            "satisfied": indicators.satisfied,
            "satisfied_share": indicators.satisfied_share,
        },
    }


def _counts(counter: Counter[Any], names: Mapping[Any, str] | None = None) -> dict[str, int]:
    """Largest first, then by name, so that two identical reports read identically."""
    names = names or {}
    ordered = sorted(counter.items(), key=lambda item: (-item[1], str(item[0])))
    return {names.get(key, str(key)): count for key, count in ordered}


def _spread(spread: Spread) -> dict[str, float | int | None]:
    return {"median_minutes": spread.median, "p90_minutes": spread.p90, "count": spread.count}


def _site_json(site: SiteInfo) -> dict[str, str | None]:
    return {"id": site.id, "name": site.name, "commune": site.commune}
