import sqlite3
from datetime import timedelta

import pytest

from guichet.domain.agent import Role
from guichet.paths import shipped_catalog_dir
from guichet.services.auth import LOCKOUT, MAX_ATTEMPTS, LoginRefused
from guichet.services.clock import utcnow
from guichet.services.desk import open_desk
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


def test_a_lock_survives_a_restart_and_lifts_after_five_minutes(desk, data_dir) -> None:
    """Neither closing the desk nor waiting less than five minutes helps a PIN guesser."""
    alex = agent_id(desk, "Alex Agent")
    for _ in range(MAX_ATTEMPTS - 1):
        with pytest.raises(LoginRefused):
            desk.auth.login(alex, "0000")
    desk.close()
    restarted = open_desk(data_dir, shipped_catalog_dir())
    try:
        with pytest.raises(LoginRefused) as refused:
            restarted.auth.login(alex, "0000")
        assert refused.value.reason == "locked"
        assert LOCKOUT - timedelta(seconds=30) < refused.value.until - utcnow() <= LOCKOUT
        # Only Alex is locked: a passer-by cannot lock the whole desk.
        assert restarted.auth.login(agent_id(restarted, "Claire Manager"), "1234")
        restarted.close()
        restarted = open_desk(data_dir, shipped_catalog_dir())
        with pytest.raises(LoginRefused) as refused:
            restarted.auth.login(alex, "5678")
        assert refused.value.reason == "locked"

        # Five minutes later, as the database sees it: the lock's end has passed.
        with sqlite3.connect(data_dir / DATABASE_FILE) as connection:
            connection.execute(
                "UPDATE agent SET locked_until = ? WHERE id = ?",
                (str(utcnow() - timedelta(seconds=1)), alex),
            )
        connection.close()
        assert restarted.auth.login(alex, "5678").name == "Alex Agent"
        with pytest.raises(LoginRefused) as refused:
            restarted.auth.login(alex, "0000")
        assert refused.value.attempts_left == MAX_ATTEMPTS - 1
    finally:
        restarted.close()


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
