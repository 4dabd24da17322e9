"""Declared opening hours leave out the public holidays of the site's commune:
a site closed on 1 May has not failed to open."""

from dataclasses import replace
from datetime import date

from guichet.domain.agent import Role
from guichet.domain.opening_hours import public_holidays
from guichet.services.reports import Period, ReportService
from guichet.services.settings import SettingsService
from guichet.services.site import site_details, update_site

WEEKDAY = "09:00 - 12:30 / 13:30 - 17:00"  # 7 hours


def test_national_holidays() -> None:
    days = public_holidays([2026])
    assert {date(2026, 5, 1), date(2026, 5, 14), date(2026, 5, 25), date(2026, 7, 14)} <= days
    assert date(2026, 4, 3) not in days  # Good Friday: Alsace-Moselle only


def test_holidays_of_alsace_moselle_and_overseas() -> None:
    metz = public_holidays([2026], "57463")
    strasbourg = public_holidays([2026], "67482")
    assert {date(2026, 4, 3), date(2026, 12, 26)} <= metz & strasbourg
    assert date(2026, 5, 27) in public_holidays([2026], "97105")  # Guadeloupe, abolition
    assert date(2026, 5, 27) not in public_holidays([2026], "75056")


def week_of_weekdays(desk):
    manager = next(a for a in desk.auth.agents() if a.role is Role.MANAGER)
    week = {day: WEEKDAY for day in ("mon", "tue", "wed", "thu", "fri")}
    SettingsService(desk.db).set_opening_hours(manager, {**week, "sat": "", "sun": ""})
    return manager


def test_may_declares_no_hours_on_its_four_weekday_holidays(desk) -> None:
    week_of_weekdays(desk)
    # May 2026: 21 weekdays, of which 1, 8, 14 and 25 May are public holidays.
    declared = ReportService(desk.db, desk.site.id).hours_declared(Period.month("2026-05"))
    assert declared == 17 * 7


def test_a_site_in_moselle_also_closes_on_good_friday(desk) -> None:
    manager = week_of_weekdays(desk)
    reports = ReportService(desk.db, desk.site.id)
    april = Period.month("2026-04")  # 22 weekdays; Easter Monday 6 April everywhere
    assert reports.hours_declared(april) == 21 * 7
    details = site_details(desk.db, desk.site.id)
    update_site(desk.db, manager, desk.site.id, replace(details, commune="57463"))
    assert reports.hours_declared(april) == 20 * 7
