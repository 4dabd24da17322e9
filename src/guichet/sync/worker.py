"""The background sync loop, on asyncio (qasync runs it on the Qt loop).

Nothing at the desk ever waits on it: each round runs in an executor thread
with its own database sessions, and the UI only hears about states. After a
failure the next try waits longer (exponential backoff with jitter, so that
the desks of a site do not all knock at once), or what the hub asked for in
Retry-After.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections.abc import Callable

from sqlalchemy.exc import OperationalError

from guichet.storage.database import StorageFull
from guichet.sync.client import HubRefused, HubUnavailable
from guichet.sync.engine import SyncEngine, last_success, pending_count
from guichet.sync.state import SyncState, SyncStatus

INTERVAL = 60.0
BASE_DELAY = 5.0
MAX_DELAY = 15 * 60.0


def next_delay(failures: int, retry_after: float | None, rng: random.Random) -> float:
    """Seconds before the next try after ``failures`` failures in a row."""
    if retry_after is not None:
        return min(retry_after, MAX_DELAY)
    ceiling = min(BASE_DELAY * 2 ** max(failures - 1, 0), MAX_DELAY)
    return ceiling * rng.uniform(0.5, 1.0)


class SyncWorker:
    def __init__(
        self,
        engine: SyncEngine,
        on_state: Callable[[SyncState], None],
        interval: float = INTERVAL,
        rng: random.Random | None = None,
    ) -> None:
        self._engine = engine
        self._on_state = on_state
        self._interval = interval
        self._rng = rng or random.Random()
        self._wake = asyncio.Event()
        self._stopped = False
        self.failures = 0

    def wake(self) -> None:
        """ "Synchroniser maintenant": skip the wait."""
        self._wake.set()

    def stop(self) -> None:
        self._stopped = True
        self._wake.set()

    def _state(self, status: SyncStatus, detail: str = "") -> SyncState:
        db = self._engine.db
        return SyncState(status, pending_count(db), last_success(db), detail)

    async def run_once(self) -> float:
        """One round; returns how long to wait before the next."""
        loop = asyncio.get_running_loop()
        self._on_state(self._state(SyncStatus.SYNCING))
        try:
            await loop.run_in_executor(None, self._engine.round)
        except HubUnavailable as problem:
            self.failures += 1
            self._on_state(self._state(SyncStatus.OFFLINE, str(problem)))
            return next_delay(self.failures, problem.retry_after, self._rng)
        except HubRefused as problem:
            self.failures += 1
            self._on_state(self._state(SyncStatus.ERROR, problem.detail))
            return MAX_DELAY
        except StorageFull:
            # What the other desks did cannot be written here yet: the page was
            # rolled back, and the next round asks for it again.
            self.failures += 1
            self._on_state(self._state(SyncStatus.OFFLINE, "disk full"))
            return next_delay(self.failures, None, self._rng)
        except OperationalError:
            # Another program held the file longer than the busy timeout (a
            # backup tool, a second guichet): the same rollback, the same retry.
            self.failures += 1
            self._on_state(self._state(SyncStatus.OFFLINE, "database busy"))
            return next_delay(self.failures, None, self._rng)
        self.failures = 0
        self._on_state(self._state(SyncStatus.ONLINE))
        return self._interval

    async def run(self) -> None:
        while not self._stopped:
            delay = await self.run_once()
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=delay)
