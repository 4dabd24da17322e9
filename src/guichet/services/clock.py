"""One place for "now", so tests and the day boundary agree."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta


def utcnow() -> datetime:
    """Naive UTC, the form stored in the database."""
    return datetime.now(UTC).replace(tzinfo=None)


def to_local(stored: datetime) -> datetime:
    return stored.replace(tzinfo=UTC).astimezone()


def local_day_bounds(day: date) -> tuple[datetime, datetime]:
    """The stored (naive UTC) range covering a local calendar day."""
    start = datetime.combine(day, time()).astimezone()
    end = datetime.combine(day + timedelta(days=1), time()).astimezone()
    return (
        start.astimezone(UTC).replace(tzinfo=None),
        end.astimezone(UTC).replace(tzinfo=None),
    )
