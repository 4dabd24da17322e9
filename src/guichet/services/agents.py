"""The site manager runs the team: agents, roles, PINs.

A site must always keep one active manager, or nobody could run it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from guichet.domain.agent import AgentInfo, Role, is_valid_pin
from guichet.services.auth import new_agent
from guichet.services.clock import utcnow
from guichet.services.permissions import require_manager
from guichet.services.pins import hash_pin
from guichet.storage.database import Database
from guichet.storage.models import Agent
from guichet.sync import outbox


class LastManager(ValueError):
    """The change would leave the site without an active manager."""


@dataclass(frozen=True)
class AgentRecord:
    id: str
    name: str
    role: Role
    active: bool
    locked_until: datetime | None

    @property
    def locked(self) -> bool:
        return self.locked_until is not None and self.locked_until > utcnow()


@dataclass
class AgentAdmin:
    db: Database
    site_id: str

    def all(self, actor: AgentInfo) -> list[AgentRecord]:
        require_manager(actor)
        with self.db.session() as session:
            rows = session.scalars(
                select(Agent).where(Agent.site_id == self.site_id).order_by(Agent.name)
            )
            return [AgentRecord(a.id, a.name, Role(a.role), a.active, a.locked_until) for a in rows]

    def create(self, actor: AgentInfo, name: str, pin: str, role: Role) -> AgentInfo:
        require_manager(actor)
        agent = new_agent(self.site_id, name, pin, role)
        with self.db.session() as session:
            session.add(agent)
            outbox.agent(session, agent)
        return AgentInfo(agent.id, agent.name, role)

    def rename(self, actor: AgentInfo, agent_id: str, name: str) -> None:
        require_manager(actor)
        if not name.strip():
            raise ValueError("name")
        with self.db.session() as session:
            agent = self._agent(session, agent_id)
            agent.name = name.strip()
            outbox.agent(session, agent)

    def set_role(self, actor: AgentInfo, agent_id: str, role: Role) -> None:
        require_manager(actor)
        with self.db.session() as session:
            agent = self._agent(session, agent_id)
            if role is not Role.MANAGER:
                self._keep_a_manager(session, agent_id)
            agent.role = role.value
            outbox.agent(session, agent)

    def set_active(self, actor: AgentInfo, agent_id: str, active: bool) -> None:
        require_manager(actor)
        with self.db.session() as session:
            agent = self._agent(session, agent_id)
            if not active:
                self._keep_a_manager(session, agent_id)
            agent.active = active
            outbox.agent(session, agent)

    def reset_pin(self, actor: AgentInfo, agent_id: str, pin: str) -> None:
        """A new PIN also lifts a lock after too many wrong attempts."""
        require_manager(actor)
        if not is_valid_pin(pin):
            raise ValueError("pin")
        with self.db.session() as session:
            agent = self._agent(session, agent_id)
            agent.pin_hash = hash_pin(pin)
            agent.failed_pins = 0
            agent.locked_until = None
            outbox.agent(session, agent)

    def _agent(self, session, agent_id: str) -> Agent:
        agent = session.get(Agent, agent_id)
        if agent is None or agent.site_id != self.site_id:
            raise KeyError(agent_id)
        return agent

    def _keep_a_manager(self, session, leaving_id: str) -> None:
        others = session.scalar(
            select(Agent.id).where(
                Agent.site_id == self.site_id,
                Agent.role == Role.MANAGER.value,
                Agent.active,
                Agent.id != leaving_id,
            )
        )
        if others is None:
            raise LastManager(leaving_id)
