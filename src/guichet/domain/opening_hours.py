"""Opening hours written the way the open-data lists write them.

"09:00 - 12:30 / 14:00 - 17:30" is two ranges; an empty text is a closed day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, time

_RANGE = re.compile(r"^\s*(\d{1,2})[:h](\d{2})\s*-\s*(\d{1,2})[:h](\d{2})\s*$")

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class InvalidHours(ValueError):
    """The text is not a list of "HH:MM - HH:MM" ranges separated by "/"."""


def parse(text: str) -> list[tuple[time, time]]:
    ranges: list[tuple[time, time]] = []
    for part in filter(None, (p.strip() for p in text.split("/"))):
        match = _RANGE.match(part)
        if not match:
            raise InvalidHours(part)
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if not (0 <= h1 < 24 and 0 <= h2 < 24 and m1 < 60 and m2 < 60):
            raise InvalidHours(part)
        start, end = time(h1, m1), time(h2, m2)
        if end <= start or (ranges and start < ranges[-1][1]):
            raise InvalidHours(part)
        ranges.append((start, end))
    return ranges


def hours(text: str) -> float:
    """How many hours a day's text declares open."""
    return sum(
        (end.hour * 60 + end.minute - start.hour * 60 - start.minute) / 60
        for start, end in parse(text)
    )


def format_ranges(ranges: list[tuple[time, time]]) -> str:
    return " / ".join(f"{s:%H:%M} - {e:%H:%M}" for s, e in ranges)


# Départements with public holidays of their own, by the first digits of the
# commune's INSEE code: Alsace-Moselle keeps Good Friday and 26 December, the
# overseas départements their day of the abolition of slavery.
_HOLIDAY_REGIONS = {
    "57": "57",
    "67": "6AE",
    "68": "6AE",
    "971": "971",
    "972": "972",
    "973": "973",
    "974": "974",
    "976": "976",
}


def public_holidays(years: Iterable[int], commune: str | None = None) -> set[date]:
    """The days a site is closed by law, for its commune when it is known: the
    declared hours of those days are not owed."""
    # Imported here: only the indicators need the calendar.
    import holidays

    code = (commune or "").upper()
    region = _HOLIDAY_REGIONS.get(code[:3]) or _HOLIDAY_REGIONS.get(code[:2])
    return set(holidays.France(years=list(years), subdiv=region))
