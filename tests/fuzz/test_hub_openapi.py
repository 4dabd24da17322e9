"""Schemathesis over every operation of the hub's /openapi.json, on the real
hub over HTTP: requests that follow the spec and requests that break it,
never a server error, and answers as the spec describes them."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import given
from schemathesis import GenerationMode

from tests.fuzz.settings import fuzz
from tests.hub.conftest import Hub

#: Examples per operation and mode.
EXAMPLES = 15


@pytest.fixture
def tokens(hub: Hub) -> dict[str, str]:
    """A workstation of a site in the Doubs, and an admin."""
    site = hub.add_site(commune="25388")
    return {"workstation": hub.token(site), "admin": hub.admin_token()}


def fuzz_operation(operation, mode: GenerationMode, token: str) -> None:
    @fuzz(EXAMPLES)
    @given(case=operation.as_strategy(generation_mode=mode))
    def check(case: schemathesis.Case) -> None:
        case.call_and_validate(
            headers={"Authorization": f"Bearer {token}"},
            # The token is always sent (schemathesis would count its removal as
            # invalid data), and unknown query parameters are ignored, as usual.
            excluded_checks=[schemathesis.checks.negative_data_rejection],
        )

    check()


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_every_operation(hub: Hub, tokens: dict[str, str], mode: GenerationMode) -> None:
    schema = schemathesis.openapi.from_url(f"{hub.url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 6
    for operation in operations:
        caller = "admin" if "/departement/" in operation.path else "workstation"
        fuzz_operation(operation, mode, tokens[caller])


@pytest.mark.parametrize(
    "path",
    [
        "/v1/events?after=351757566904370208964608",  # past SQLite's and PostgreSQL's integers
        "/v1/reports/site/0000-01",  # no year 0
        "/v1/reports/site/9999-12",  # its end, January of year 10000, does not exist
    ],
)
def test_what_schemathesis_found_is_refused_not_a_crash(
    hub: Hub, tokens: dict[str, str], path: str
) -> None:
    response = hub.get(path, tokens["workstation"])
    assert response.status_code == 422, response.text
