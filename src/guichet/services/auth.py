"""Agents and their PINs: who may open the desk.

Repeated wrong PINs lock the agent for a while, so a passer-by cannot try
every 4-digit PIN on an unattended desk.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select

from guichet.domain.agent import AgentInfo, LoginRefused, Role, is_valid_pin
from guichet.services.clock import utcnow
from guichet.services.pins import hash_pin, verify_pin
from guichet.storage.database import Database
from guichet.storage.models import Agent
from guichet.sync import outbox

MAX_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=5)


@dataclass
class AuthService:
    db: Database
    site_id: str

    def agents(self) -> list[AgentInfo]:
        with self.db.session() as session:
            rows = session.scalars(
                select(Agent)
                .where(Agent.site_id == self.site_id, Agent.active)
                .order_by(Agent.name)
            )
            return [AgentInfo(a.id, a.name, Role(a.role)) for a in rows]

    def manager_with_pin(self, pin: str) -> AgentInfo | None:
        """The active manager whose PIN this is, if any; the kiosk limits the tries itself
        so that a stranger at the touchscreen cannot lock the manager out of the desk."""
        with self.db.session() as session:
            managers = session.scalars(
                select(Agent).where(
                    Agent.site_id == self.site_id, Agent.active, Agent.role == Role.MANAGER.value
                )
            ).all()
            for agent in managers:
                if verify_pin(pin, agent.pin_hash):
                    return AgentInfo(agent.id, agent.name, Role.MANAGER)
        return None

    def add_agent(self, name: str, pin: str, role: Role = Role.AGENT) -> AgentInfo:
        return add_agent(self.db, self.site_id, name, pin, role)

    def login(self, agent_id: str, pin: str) -> AgentInfo:
        now = utcnow()
        with self.db.session() as session:
            agent = session.get(Agent, agent_id)
            if agent is None or not agent.active or agent.site_id != self.site_id:
                raise LoginRefused("unknown")
            if agent.locked_until and agent.locked_until > now:
                raise LoginRefused("locked", until=agent.locked_until)
            if verify_pin(pin, agent.pin_hash):
                agent.failed_pins = 0
                agent.locked_until = None
                return AgentInfo(agent.id, agent.name, Role(agent.role))
            agent.failed_pins += 1
            if agent.failed_pins >= MAX_ATTEMPTS:
                agent.failed_pins = 0
                agent.locked_until = now + LOCKOUT
                locked_until = agent.locked_until
            else:
                locked_until = None
                attempts_left = MAX_ATTEMPTS - agent.failed_pins
        # The failed attempt is committed before refusing, so a restart cannot reset it.
        if locked_until:
            raise LoginRefused("locked", until=locked_until)
        raise LoginRefused("wrong_pin", attempts_left=attempts_left)


def add_agent(db: Database, site_id: str, name: str, pin: str, role: Role) -> AgentInfo:
    agent = new_agent(site_id, name, pin, role)
    with db.session() as session:
        session.add(agent)
        outbox.agent(session, agent)
    return AgentInfo(agent.id, agent.name, role)


def new_agent(site_id: str, name: str, pin: str, role: Role) -> Agent:
    """A checked, unsaved agent row; ValueError names the faulty field."""
    name = name.strip()
    if not name:
        raise ValueError("name")
    if not is_valid_pin(pin):
        raise ValueError("pin")
    return Agent(
        id=str(uuid.uuid4()),
        site_id=site_id,
        name=name,
        role=role.value,
        pin_hash=hash_pin(pin),
        active=True,
        failed_pins=0,
    )
