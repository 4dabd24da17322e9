import sqlite3

import pytest

from guichet.domain.agent import Role
from guichet.services.auth import MAX_ATTEMPTS, LoginRefused
from guichet.storage.database import DATABASE_FILE


def agent_id(desk, name: str) -> str:
    return next(a.id for a in desk.auth.agents() if a.name == name)


def test_agents_are_listed_with_their_role(desk) -> None:
    agents = {a.name: a.role for a in desk.auth.agents()}
    assert agents == {"Claire Manager": Role.MANAGER, "Alex Agent": Role.AGENT}


def test_right_pin_logs_in(desk) -> None:
    agent = desk.auth.login(agent_id(desk, "Alex Agent"), "5678")
    assert agent.name == "Alex Agent" and agent.role is Role.AGENT


def test_wrong_pin_counts_down_then_locks(desk) -> None:
    alex = agent_id(desk, "Alex Agent")
    for attempt in range(1, MAX_ATTEMPTS):
        with pytest.raises(LoginRefused) as refused:
            desk.auth.login(alex, "0000")
        assert refused.value.reason == "wrong_pin"
        assert refused.value.attempts_left == MAX_ATTEMPTS - attempt
    with pytest.raises(LoginRefused) as refused:
        desk.auth.login(alex, "0000")
    assert refused.value.reason == "locked"
    # Even the right PIN waits for the lock to end.
    with pytest.raises(LoginRefused) as refused:
        desk.auth.login(alex, "5678")
    assert refused.value.reason == "locked"


def test_pins_are_stored_slowly_hashed(desk, data_dir) -> None:
    connection = sqlite3.connect(data_dir / DATABASE_FILE)
    hashes = [row[0] for row in connection.execute("SELECT pin_hash FROM agent")]
    connection.close()
    assert all(h.startswith("scrypt$") for h in hashes)
    assert not any("1234" in h or "5678" in h for h in hashes)


@pytest.mark.parametrize("pin", ["12", "abcd", "1234567890123"])
def test_weak_or_malformed_pins_are_refused(desk, pin: str) -> None:
    with pytest.raises(ValueError, match="pin"):
        desk.auth.add_agent("Nouvel Agent", pin)
