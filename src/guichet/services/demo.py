"""A demo site so the program can be tried (and screenshotted) with no set-up.

The visits are invented and anonymous, drawn from the shipped catalogue.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from guichet.domain.agent import Role
from guichet.domain.catalog import Catalog
from guichet.domain.referral import AppointmentDraft, AppointmentMode
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
from guichet.services.auth import add_agent
from guichet.services.clock import utcnow
from guichet.services.intake import IntakeService
from guichet.services.site import SiteDetails, SiteInfo, create_site, update_site
from guichet.storage.database import Database

DEMO_PIN = "1234"
DEMO_SITE = "France Services de Val-de-Loue (démo)"
DEMO_ADDRESS = "2 place de la Mairie, 25290 Ornans"
DEMO_MANAGER = "Camille Martin"
DEMO_AGENTS = ("Karim Benali", "Sophie Leroy")


def seed_demo(db: Database, catalog: Catalog, visits: int = 6) -> SiteInfo:
    site, manager = create_site(db, DEMO_SITE, DEMO_MANAGER, DEMO_PIN)
    # 01 99 00 … is the range ARCEP keeps for fiction: no real line is called.
    update_site(
        db,
        manager,
        site.id,
        SiteDetails(DEMO_SITE, None, None, "fixed", DEMO_ADDRESS, "01 99 00 12 34"),
    )
    agents = [manager.id] + [
        add_agent(db, site.id, name, DEMO_PIN, Role.AGENT).id for name in DEMO_AGENTS
    ]
    intake = IntakeService(db, site.id, site.workstation_id)
    rng = random.Random(20261127)
    procedures = sorted(catalog.procedures.values(), key=lambda p: p.id)
    opening = utcnow().replace(hour=8, minute=30, second=0, microsecond=0)
    for number in range(visits if procedures else 0):
        procedure = rng.choice(procedures)
        outcome = rng.choice(list(Outcome))
        request = RequestDraft(
            operator_id=procedure.operator_id,
            procedure_id=procedure.id,
            procedure_title=procedure.title,
            theme_id=procedure.theme_id,
            help_type=rng.choice(list(HelpType)),
            outcome=outcome,
            documents=[
                DocumentCheckDraft(
                    d.label,
                    DocumentStatus.MISSING
                    if outcome is Outcome.MUST_COME_BACK and i == 0
                    else DocumentStatus.PRESENT,
                )
                for i, d in enumerate(procedure.documents)
            ],
        )
        draft = VisitDraft(
            age_band=rng.choice([*AgeBand, None]),
            gender=rng.choice([*Gender, None]),
            first_visit=rng.choice([True, False, None]),
            requests=[request],
        )
        # Spread over the morning, never in the future.
        closed = min(opening + timedelta(minutes=17 * number + rng.randint(0, 12)), utcnow())
        intake.record(
            rng.choice(agents), draft, closed - timedelta(minutes=rng.randint(5, 20)), closed
        )
    _demo_appointments(intake, agents[0])
    return site


def _demo_appointments(intake: IntakeService, agent_id: str) -> None:
    """Two appointments in the coming days, so the agenda is not empty."""
    tomorrow = date.today() + timedelta(days=1)
    for operator, mode, day, hour, place in (
        ("caf", AppointmentMode.VIDEO, tomorrow, 14, "https://visio.example.fr/caf"),
        ("assurance-retraite", AppointmentMode.ON_SITE, tomorrow + timedelta(days=1), 10, None),
    ):
        starts = datetime.combine(day, time(hour)).astimezone()
        intake.record(
            agent_id,
            VisitDraft(
                requests=[
                    RequestDraft(
                        operator_id=operator,
                        help_type=HelpType.APPOINTMENT,
                        outcome=Outcome.COMPLETED,
                        appointment=AppointmentDraft(
                            operator,
                            mode,
                            starts,
                            30,
                            link=place,
                            place=None if place else "Salle de permanence",
                            reference=f"DEMO-{operator[:3].upper()}-{hour}",
                        ),
                    )
                ]
            ),
            utcnow(),
        )
