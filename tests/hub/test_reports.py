"""Monthly indicators from pushed visits, with answers worked out by hand."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from guichet.hub.reports import month_bounds, request_rows
from tests.hub.conftest import Hub
from tests.hub.payloads import event, request, visit, visit_event


def november_visits() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(first pushes, later pushes from another desk) of one site.

    Counted in November: v1, v2 as corrected, v3. Not counted: v4 (cancelled
    afterwards), October's and December's visits, and one unreadable payload.
    """
    v1 = visit(
        "2026-11-03T10:00:00",
        "2026-11-03T10:20:00",
        [
            request("caf", "accompanied", "completed", documents=("present", "present", "missing")),
            request("france-travail", "referral", "referred", theme_id="travail-formation"),
        ],
        arrived_at="2026-11-03T09:50:00",
        satisfaction=5,
        age_band="40_59",
        gender="woman",
        first_visit=True,
        commune="25388",
    )
    v2 = visit(
        "2026-11-10T14:00:00",
        "2026-11-10T14:10:00",
        [request("dgfip", "information", "must_come_back", theme_id="argent-impots")],
        channel="phone",
        satisfaction=3,
    )
    v2_corrected = {**v2, "requests": [request("dgfip", "information", "completed", None)]}
    v3 = visit(
        "2026-11-20T11:30:00",
        "2026-11-20T12:30:00",
        [request("caf", "appointment", "finishes_alone")],
        channel="video",
        arrived_at="2026-11-20T11:00:00",
        gender="man",
        first_visit=False,
    )
    v4 = visit(
        "2026-11-21T09:00:00", "2026-11-21T09:05:00", [request("msa", "information", "completed")]
    )
    v4_cancelled = {**v4, "status": "cancelled"}
    october = visit(
        "2026-10-31T23:00:00", "2026-10-31T23:59:59", [request("caf", "digital", "completed")]
    )
    december = visit(
        "2026-11-30T23:50:00", "2026-12-01T00:00:00", [request("caf", "digital", "completed")]
    )
    unreadable = visit(
        "2026-11-05T09:00:00", "2026-11-05T09:10:00", [request("caf", "x", "completed")]
    )
    first = [
        visit_event(v1),
        visit_event(v2),
        visit_event(v4),
        visit_event(october),
        visit_event(december),
        visit_event(unreadable),
        event("ticket.upsert"),
        event("feedback.add", payload={"satisfaction": 1}),
    ]
    later = [visit_event(v2_corrected), visit_event(v3), visit_event(v4_cancelled)]
    return first, later


NOVEMBER = {
    "visits": 3,
    "requests": 4,
    "by_operator": {"caf": 2, "dgfip": 1, "france-travail": 1},
    "by_theme": {"social-sante": 2, "none": 1, "travail-formation": 1},
    "by_channel": {"on_site": 1, "phone": 1, "video": 1},
    "by_help": {"accompanied": 1, "appointment": 1, "information": 1, "referral": 1},
    "by_outcome": {"completed": 2, "finishes_alone": 1, "referred": 1},
    "handled_on_site": 3,
    "handled_on_site_share": 0.75,
    "referrals": 1,
    "appointments": 1,
    "missing_documents": 0,
    # Waits of 10 and 30 min; handling of 20, 10 and 60 min (p90 interpolated).
    "wait": {"median_minutes": 20.0, "p90_minutes": 28.0, "count": 2},
    "handling": {"median_minutes": 20.0, "p90_minutes": 52.0, "count": 3},
    "by_age": {"not_given": 2, "40_59": 1},
    "by_gender": {"man": 1, "not_given": 1, "woman": 1},
    "by_first_visit": {"no": 1, "not_given": 1, "yes": 1},
    "satisfaction": {"answers": 2, "satisfied": 1, "satisfied_share": 0.5},
}


def test_site_report_counts_the_latest_version_of_each_visit(hub: Hub) -> None:
    site_id = hub.add_site("France Services de Pontarlier", "25462")
    desk_1, desk_2 = hub.token(site_id, "Poste 1"), hub.token(site_id, "Poste 2")
    first, later = november_visits()
    hub.push(desk_1, first)
    hub.push(desk_2, later)

    report = hub.get("/v1/reports/site/2026-11", desk_1).json()

    assert report["site"] == {
        "id": site_id,
        "name": "France Services de Pontarlier",
        "commune": "25462",
    }
    assert report["month"] == "2026-11"
    assert report["indicators"] == NOVEMBER
    assert report["unreadable_visits"] == 1


def test_site_report_is_the_callers_site_only(hub: Hub) -> None:
    mine, theirs = hub.add_site("Mine"), hub.add_site("Theirs")
    first, later = november_visits()
    hub.push(hub.token(theirs), first + later)

    report = hub.get("/v1/reports/site/2026-11", hub.token(mine)).json()

    assert report["site"]["id"] == mine
    assert report["indicators"]["visits"] == 0


def test_a_desk_cannot_file_or_cancel_another_sites_visits(hub: Hub) -> None:
    """The token decides the site: payloads naming another site, or reusing its
    visit ids, land in the sender's own log and leave the other site as it was."""
    mine, theirs = hub.add_site("Mine"), hub.add_site("Theirs")
    first, later = november_visits()
    hub.push(hub.token(theirs), first + later)
    theirs_token = hub.token(theirs, "Poste 2")
    their_log = [e["id"] for e in hub.pull_all(theirs_token)]
    forged = [
        visit_event({**e["payload"], "site_id": theirs, "status": "cancelled"})
        for e in first + later
        if e["kind"] == "visit.upsert"
    ]
    extra = visit(
        "2026-11-12T10:00:00", "2026-11-12T10:30:00", [request("caf", "digital", "completed")]
    )
    forged.append(visit_event({**extra, "site_id": theirs}))

    assert hub.push(hub.token(mine), forged).status_code == 200

    assert hub.get("/v1/reports/site/2026-11", theirs_token).json()["indicators"] == NOVEMBER
    assert [e["id"] for e in hub.pull_all(theirs_token)] == their_log


@pytest.mark.parametrize("month", ["2026-13", "2026-1", "novembre", "2026-00"])
def test_report_month_is_checked(hub: Hub, month: str) -> None:
    token = hub.token(hub.add_site())

    assert hub.get(f"/v1/reports/site/{month}", token).status_code in {404, 422}


def test_departement_report_sums_its_sites(hub: Hub) -> None:
    doubs_1 = hub.add_site("Besançon", "25056")
    doubs_2 = hub.add_site("Pontarlier", "25462")
    jura = hub.add_site("Lons-le-Saunier", "39300")
    hub.add_site("Bus France Services")  # no commune: in no département
    for site_id in (doubs_1, doubs_2, jura):
        first, later = november_visits()
        hub.push(hub.token(site_id), first + later)
    admin = hub.admin_token()

    report = hub.get("/v1/reports/departement/25/2026-11", admin).json()

    assert report["departement"] == "25"
    assert [s["site"]["id"] for s in report["sites"]] == [doubs_1, doubs_2]
    assert all(s["indicators"] == NOVEMBER for s in report["sites"])
    total = report["indicators"]
    assert total["visits"] == 6
    assert total["requests"] == 8
    assert total["by_operator"] == {"caf": 4, "dgfip": 2, "france-travail": 2}
    assert total["handled_on_site_share"] == 0.75
    assert total["handling"]["median_minutes"] == 20.0
    assert report["unreadable_visits"] == 2


def test_departement_codes_of_corsica_and_overseas(hub: Hub) -> None:
    ajaccio = hub.add_site("Ajaccio", "2A004")
    saint_denis = hub.add_site("Saint-Denis", "97411")
    admin = hub.admin_token()

    def sites(code: str) -> list[str]:
        response = hub.get(f"/v1/reports/departement/{code}/2026-11", admin)
        assert response.status_code == 200, response.text
        return [s["site"]["id"] for s in response.json()["sites"]]

    assert sites("2A") == [ajaccio]
    assert sites("2a") == [ajaccio]
    assert sites("2B") == []
    assert sites("974") == [saint_denis]
    for code in ("97", "20", "1", "975x", "%25"):
        assert hub.get(f"/v1/reports/departement/{code}/2026-11", admin).status_code in {404, 422}


def test_departement_report_needs_an_admin_token(hub: Hub) -> None:
    token = hub.token(hub.add_site("Besançon", "25056"))

    assert hub.get("/v1/reports/departement/25/2026-11", token).status_code == 403
    assert hub.get("/v1/reports/departement/25/2026-11").status_code == 401


def test_month_bounds_are_utc_months() -> None:
    assert month_bounds("2026-12") == (datetime(2026, 12, 1), datetime(2027, 1, 1))
    assert month_bounds("2027-02") == (datetime(2027, 2, 1), datetime(2027, 3, 1))


def test_times_with_an_offset_are_read_as_utc() -> None:
    payload = visit(
        "2026-11-03T11:00:00+01:00",
        "2026-11-03T11:20:00+01:00",
        [request("caf", "information", "completed")],
    )

    [row] = request_rows(payload)

    assert row.started_at == datetime(2026, 11, 3, 10, 0)
    assert row.handling_minutes == 20
