"""Who is calling: a workstation (its own site only) or a national/département admin.

The site of every site request comes from the token, never from the URL or
the body: there is nothing a desk can change to reach another site.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from guichet.hub.credentials import secret_hash
from guichet.hub.storage import HubStore


@dataclass(frozen=True)
class Principal:
    """A workstation has a site; an admin token has none and reads reports only."""

    site_id: str | None
    workstation_id: str | None

    @property
    def is_admin(self) -> bool:
        return self.site_id is None


# Dependencies without I/O are coroutines: FastAPI runs plain functions in its
# thread pool, a hand-over per dependency and per request for nothing.


async def hub_store(request: Request) -> HubStore:
    store: HubStore = request.app.state.store
    return store


_bearer = HTTPBearer(auto_error=False, description="A workstation token or an admin token.")


def principal(
    store: Annotated[HubStore, Depends(hub_store)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    """The caller of a bearer token (a plain function: it waits on the database)."""
    if credentials is None:
        raise _unauthorized()
    token = secret_hash(credentials.credentials)
    if found := store.workstation_for(token):
        workstation_id, site_id = found
        return Principal(site_id=site_id, workstation_id=workstation_id)
    if store.is_admin(token):
        return Principal(site_id=None, workstation_id=None)
    raise _unauthorized()


@dataclass(frozen=True)
class SiteCaller:
    site_id: str
    workstation_id: str


async def site_caller(caller: Annotated[Principal, Depends(principal)]) -> SiteCaller:
    """Site endpoints: a workstation token, whose site is the only one reachable."""
    if caller.site_id is None or caller.workstation_id is None:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "a workstation token is required")
    return SiteCaller(caller.site_id, caller.workstation_id)


async def admin_caller(caller: Annotated[Principal, Depends(principal)]) -> Principal:
    if not caller.is_admin:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "an admin token is required")
    return caller


def _unauthorized() -> HTTPException:
    return HTTPException(
        status.HTTP_401_UNAUTHORIZED,
        "missing or unknown token",
        headers={"WWW-Authenticate": "Bearer"},
    )
