"""HTTP client of the hub: requests with a timeout on every call.

Errors are sorted so the worker knows what to do: retry later (the hub is
unreachable or busy), or stop and ask a human (the token was refused).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import requests

TIMEOUT = (5, 20)  # connect, read — seconds
#: Why an answer that is JSON but not what the API describes is refused.
UNEXPECTED = "unexpected answer"
#: The hub's cursors are 64-bit sequence numbers.
MAX_CURSOR = 2**63 - 1


class HubUnavailable(Exception):
    """No answer, a broken connection, a 5xx or a 429: try again later."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class HubGarbled(HubUnavailable):
    """An answer that is not what the hub's API gives (not JSON, or not its
    shape): a proxy's error page, another server at that address, a broken hub.
    Retried later like any unavailability; worth saying apart to a technician."""


class HubRefused(Exception):
    """The hub said no (bad token, bad code, bad request): retrying will not help."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(f"{status}: {detail}")
        self.status = status
        self.detail = detail


@dataclass(frozen=True)
class Enrolment:
    site_id: str
    site_name: str
    workstation_id: str
    token: str


@dataclass
class HubClient:
    base_url: str
    token: str | None = None
    timeout: tuple[float, float] = TIMEOUT

    def __post_init__(self) -> None:
        self.base_url = self.base_url.rstrip("/")
        self._http = requests.Session()

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        try:
            response = self._http.request(
                method, f"{self.base_url}{path}", headers=headers, timeout=self.timeout, **kwargs
            )
        except requests.RequestException as error:
            raise HubUnavailable(type(error).__name__) from None
        if response.status_code == 429 or response.status_code >= 500:
            raise HubUnavailable(
                f"HTTP {response.status_code}", _retry_after(response.headers.get("Retry-After"))
            )
        if response.status_code >= 400:
            raise HubRefused(response.status_code, _detail(response))
        try:
            return response.json()
        except ValueError:
            raise HubGarbled("not JSON") from None

    def enroll(self, code: str, workstation_name: str) -> Enrolment:
        data = self._call(
            "POST", "/v1/enroll", json={"code": code, "workstation_name": workstation_name}
        )
        return Enrolment(
            _text(data, "site_id"),
            _text(data, "site_name"),
            _text(data, "workstation_id"),
            _text(data, "token"),
        )

    def push(self, events: list[dict[str, Any]]) -> set[str]:
        data = self._call("POST", "/v1/events", json={"events": events})
        acknowledged = _field(data, "acknowledged", list)
        if not all(isinstance(event_id, str) for event_id in acknowledged):
            raise HubGarbled(UNEXPECTED)
        return set(acknowledged)

    def pull(self, after: int, limit: int = 500) -> tuple[list[dict[str, Any]], int, bool]:
        data = self._call("GET", "/v1/events", params={"after": after, "limit": limit})
        events = _field(data, "events", list)
        cursor = _field(data, "cursor", int)
        if not all(isinstance(event, dict) for event in events) or not 0 <= cursor <= MAX_CURSOR:
            raise HubGarbled(UNEXPECTED)
        return events, cursor, _field(data, "more", bool)


def _field(data: Any, key: str, kind: type) -> Any:
    """``data[key]`` if the answer is an object and the value of the JSON type
    ``kind`` (a JSON true is not an int here, though it is in Python)."""
    value = data.get(key) if isinstance(data, dict) else None
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise HubGarbled(UNEXPECTED)
    return value


def _text(data: Any, key: str) -> str:
    value = _field(data, key, str)
    if not value:
        raise HubGarbled(UNEXPECTED)
    return value


def _retry_after(value: str | None) -> float | None:
    try:
        return max(float(value), 0.0) if value else None
    except ValueError:
        return None


def _detail(response: requests.Response) -> str:
    try:
        data = response.json()
    except ValueError:
        return response.reason or ""
    return str(data.get("detail", "") if isinstance(data, dict) else "")[:200]
