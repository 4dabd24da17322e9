"""Who may do what: every manager action goes through ``require_manager``."""

from __future__ import annotations

from guichet.domain.agent import AgentInfo, Role


class NotAllowed(PermissionError):
    """The action is the site manager's."""


def require_manager(actor: AgentInfo) -> None:
    if actor.role is not Role.MANAGER:
        raise NotAllowed(actor.name)
