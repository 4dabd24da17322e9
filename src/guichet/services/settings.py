"""Site settings: typed rows with declared defaults, so a new setting needs no migration."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select

from guichet.domain.agent import AgentInfo
from guichet.domain.opening_hours import WEEKDAYS, parse
from guichet.services.permissions import require_manager
from guichet.storage.database import Database
from guichet.storage.models import Setting

RETENTION_DAYS = "retention_days"
OPENING_HOURS = "opening_hours"

DEFAULT_RETENTION_DAYS = 90
DEFAULT_OPENING_HOURS = {
    **dict.fromkeys(WEEKDAYS[:5], "09:00 - 12:30 / 13:30 - 17:00"),
    "sat": "",
    "sun": "",
}


@dataclass
class SettingsService:
    db: Database

    def _get(self, key: str) -> str | None:
        with self.db.session() as session:
            return session.scalar(select(Setting.value).where(Setting.key == key))

    def _set(self, key: str, value: str) -> None:
        with self.db.session() as session:
            session.merge(Setting(key=key, value=value))

    def retention_days(self) -> int:
        value = self._get(RETENTION_DAYS)
        return int(value) if value else DEFAULT_RETENTION_DAYS

    def set_retention_days(self, actor: AgentInfo, days: int) -> None:
        require_manager(actor)
        if not 1 <= days <= 3650:
            raise ValueError("retention_days")
        self._set(RETENTION_DAYS, str(days))

    def opening_hours(self) -> dict[str, str]:
        value = self._get(OPENING_HOURS)
        return {**DEFAULT_OPENING_HOURS, **(json.loads(value) if value else {})}

    def set_opening_hours(self, actor: AgentInfo, week: dict[str, str]) -> None:
        """Raises InvalidHours naming the faulty range; nothing is saved then."""
        require_manager(actor)
        for day in WEEKDAYS:
            parse(week.get(day, ""))
        self._set(OPENING_HOURS, json.dumps({d: week.get(d, "") for d in WEEKDAYS}))
