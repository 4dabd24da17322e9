"""The desk's save path in a process of its own, for the kill test.

It opens the data folder the way the app does (``open_desk``: integrity
check, migrations, demo site on the first start, daily backup), then closes
realistic visits through ``IntakeService`` one after another, as an agent
would, a third of them called from the queue, and now and then corrects or
cancels one of them. A save is acknowledged on the pipe only once the
service has returned, the moment the desk would say "Passage enregistré":
what the parent reads from the pipe is exactly what an agent was told was
saved.
"""

from __future__ import annotations

import contextlib
import random
from datetime import timedelta
from multiprocessing.connection import Connection
from pathlib import Path

from guichet.domain.catalog import Catalog
from guichet.domain.queue import TicketSource
from guichet.domain.referral import ReferralDraft
from guichet.domain.visit import (
    AgeBand,
    DocumentCheckDraft,
    DocumentStatus,
    Gender,
    HelpType,
    Outcome,
    RequestDraft,
    VisitDraft,
)
from guichet.paths import shipped_catalog_dir
from guichet.services.clock import utcnow
from guichet.services.desk import Desk, open_desk
from guichet.services.intake import VisitNotEditable

#: Shares of the saves that correct or cancel a visit of the same worker.
CORRECTIONS = 0.1
CANCELLATIONS = 0.05


def run(data_dir: Path, seed: int, acks: Connection) -> None:
    """Saves visits until killed; a failure to open or save is reported on the pipe."""
    try:
        desk = open_desk(data_dir, shipped_catalog_dir(), demo=True)
        agents = [agent.id for agent in desk.auth.agents()]
        rng = random.Random(seed)
        saved: list[str] = []
        while True:
            roll = rng.random()
            if saved and roll < CORRECTIONS:
                correct(desk, rng, rng.choice(saved), acks)
            elif saved and roll < CORRECTIONS + CANCELLATIONS:
                cancel(desk, saved.pop(rng.randrange(len(saved))), acks)
            else:
                saved.append(record(desk, rng, agents, acks))
    except Exception as error:
        acks.send({"error": f"{type(error).__name__}: {error}"})
        raise


def record(desk: Desk, rng: random.Random, agents: list[str], acks: Connection) -> str:
    """A new visit, a third of them called from the queue."""
    draft = visit(rng, desk.catalog)
    ticket_id = None
    if rng.random() < 1 / 3:
        desk.queue.take(TicketSource.KIOSK)
        called = desk.queue.call_next(rng.choice(agents), desk.site.workstation_id)
        ticket_id = called.id if called else None
    started = utcnow() - timedelta(minutes=rng.randint(3, 25))
    visit_id = desk.intake.record(rng.choice(agents), draft, started, ticket_id=ticket_id)
    acks.send({**contents(visit_id, draft), "status": "closed", "ticket": ticket_id})
    return visit_id


def correct(desk: Desk, rng: random.Random, visit_id: str, acks: Connection) -> None:
    """Corrected visits are announced first: killed before the acknowledgement,
    the visit may be found either as it was or as corrected, nothing else."""
    draft = visit(rng, desk.catalog)
    acks.send({"intent": True, **contents(visit_id, draft)})
    with contextlib.suppress(VisitNotEditable):  # saved before midnight: refused, as at the desk
        desk.intake.correct(visit_id, draft)
        acks.send(contents(visit_id, draft))


def cancel(desk: Desk, visit_id: str, acks: Connection) -> None:
    acks.send({"intent": True, "visit": visit_id, "status": "cancelled"})
    with contextlib.suppress(VisitNotEditable):
        desk.intake.cancel(visit_id)
        acks.send({"visit": visit_id, "status": "cancelled"})


def contents(visit_id: str, draft: VisitDraft) -> dict:
    """What the agent saw saved, for the parent to find again on disk."""
    return {
        "visit": visit_id,
        "requests": len(draft.requests),
        "documents": sum(len(r.documents) for r in draft.requests),
        "referrals": sum(1 for r in draft.requests if r.referral),
    }


def visit(rng: random.Random, catalog: Catalog) -> VisitDraft:
    """One or two requests from the shipped catalogue, as agents fill them in."""
    procedures = sorted(catalog.procedures.values(), key=lambda p: p.id)
    requests = []
    for procedure in rng.sample(procedures, rng.choice((1, 1, 1, 2))):
        outcome = rng.choice(list(Outcome))
        requests.append(
            RequestDraft(
                operator_id=procedure.operator_id,
                procedure_id=procedure.id,
                procedure_title=procedure.title,
                theme_id=procedure.theme_id,
                help_type=rng.choice(list(HelpType)),
                outcome=outcome,
                documents=[
                    DocumentCheckDraft(document.label, rng.choice(list(DocumentStatus)))
                    for document in procedure.documents
                ],
                referral=ReferralDraft(None, "Agence du partenaire", "dossier complexe")
                if outcome is Outcome.REFERRED
                else None,
            )
        )
    return VisitDraft(
        age_band=rng.choice([*AgeBand, None]),
        gender=rng.choice([*Gender, None]),
        commune=rng.choice(["25388", "25056", None]),
        first_visit=rng.choice([True, False, None]),
        requests=requests,
        note=rng.choice([None, "rappeler la semaine prochaine"]),
    )
