"""October 2026 at a test site, in Paris time: what the monthly export must
keep, and what it must leave out. Shared by the service and the CLI tests.

The month crosses the change to winter time (Sunday 25 October), so local
times of both sides check the per-row conversion.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from guichet.domain.visit import (
    AgeBand,
    Channel,
    DocumentCheckDraft,
    DocumentStatus,
    Gender,
    HelpType,
    Outcome,
    RequestDraft,
    VisitDraft,
    VisitStatus,
)
from guichet.storage.models import Visit

MONTH = "2026-10"
ZONE = "Europe/Paris"
NOTE = "Mme Dupont, née le 3 mars 1961, très inquiète"
LOCAL_TITLE = 'Colis "urgence"; épicerie sociale'

HEADERS = [
    "Date",
    "Heure",
    "Passage",
    "Conseiller",
    "Canal",
    "Opérateur",
    "Thème",
    "Démarche (id)",
    "Démarche",
    "Aide",
    "Résultat",
    "Pièces fournies",
    "Pièces manquantes",
    "Attente (min)",
    "Durée (min)",
    "Tranche d'âge",
    "Genre",
    "Commune",
    "Premier passage",
    "Satisfaction",
]


@dataclass(frozen=True)
class Month:
    """Visit ids by role; ``rows`` is the export expected, as CSV text."""

    rsa: str
    first_minute: str
    before_dst: str
    after_dst: str

    @property
    def rows(self) -> list[list[str]]:
        profile_rsa = ["60 à 69 ans", "Femme", "25388", "oui", "5"]
        return [
            [
                "2026-10-01",
                "00:10",
                self.first_minute,
                "Claire Manager",
                "Sur place",
                "CAF",
                "Social - Santé",
                "caf-rsa",
                "Demande de RSA",
                "Information",
                "L'usager finalise seul",
                "0",
                "0",
                "",
                "5",
                "18 à 24 ans",
                "Homme",
                "",
                "non",
                "",
            ],
            [
                "2026-10-14",
                "14:05",
                self.rsa,
                "Alex Agent",
                "Sur place",
                "CAF",
                "Social - Santé",
                "caf-rsa",
                "Demande de RSA",
                "Accompagnement à la démarche",
                "Démarche aboutie",
                "2",
                "1",
                "10",
                "15",
                *profile_rsa,
            ],
            [
                "2026-10-14",
                "14:05",
                self.rsa,
                "Alex Agent",
                "Sur place",
                "local-epicerie",
                "",
                "",
                LOCAL_TITLE,
                "Orientation",
                "Réorienté ailleurs",
                "0",
                "0",
                "10",
                "15",
                *profile_rsa,
            ],
            [
                "2026-10-24",
                "10:00",
                self.before_dst,
                "Alex Agent",
                "En visio",
                "France Titres",
                "Papiers - Élections - Citoyenneté",
                "france-titres-cni-majeur-premiere-demande",
                "Carte d'identité d'un majeur : première demande",
                "Rendez-vous",
                "Doit revenir",
                "0",
                "1",
                "",
                "20",
                "",
                "",
                "",
                "",
                "",
            ],
            [
                "2026-10-26",
                "10:00",
                self.after_dst,
                "Claire Manager",
                "Par téléphone",
                "France Titres",
                "Papiers - Élections - Citoyenneté",
                "france-titres-cni-majeur-premiere-demande",
                "Carte d'identité d'un majeur : première demande",
                "Aide numérique",
                "Démarche aboutie",
                "0",
                "0",
                "",
                "20",
                "",
                "",
                "",
                "",
                "",
            ],
        ]


@contextmanager
def paris_time() -> Iterator[None]:
    """Local time is Paris for Python and for SQLite (both ask the C library)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = ZONE
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


def stored(local: datetime) -> datetime:
    """A Paris wall-clock time as the database keeps it (naive UTC)."""
    return local.astimezone(UTC).replace(tzinfo=None)


def request(procedure: str, help_type: HelpType, outcome: Outcome, **extra) -> RequestDraft:
    operator, theme, title = {
        "caf-rsa": ("caf", "social-sante", "Demande de RSA"),
        "france-titres-cni-majeur-premiere-demande": (
            "france-titres",
            "papiers-citoyennete",
            "Carte d'identité d'un majeur : première demande",
        ),
    }[procedure]
    return RequestDraft(
        operator_id=operator,
        procedure_id=procedure,
        procedure_title=title,
        theme_id=theme,
        help_type=help_type,
        outcome=outcome,
        **extra,
    )


def october(desk) -> Month:
    """Must run inside ``paris_time()``."""
    agents = {agent.name: agent.id for agent in desk.auth.agents()}
    manager, alex = agents["Claire Manager"], agents["Alex Agent"]

    def record(agent: str, draft: VisitDraft, closed: datetime, minutes: int, **columns) -> str:
        visit_id = desk.intake.record(
            agent, draft, stored(closed - timedelta(minutes=minutes)), stored(closed)
        )
        if columns:
            with desk.db.session() as session:
                visit = session.get(Visit, visit_id)
                for name, value in columns.items():
                    setattr(visit, name, value)
        return visit_id

    rsa = record(
        alex,
        VisitDraft(
            age_band=AgeBand.AGE_60_69,
            gender=Gender.WOMAN,
            commune="25388",
            first_visit=True,
            requests=[
                request(
                    "caf-rsa",
                    HelpType.ACCOMPANIED,
                    Outcome.COMPLETED,
                    documents=[
                        DocumentCheckDraft("Pièce d'identité", DocumentStatus.PRESENT),
                        DocumentCheckDraft("Justificatif de domicile", DocumentStatus.PRESENT),
                        DocumentCheckDraft("RIB", DocumentStatus.MISSING),
                        DocumentCheckDraft("Livret de famille", DocumentStatus.NOT_APPLICABLE),
                    ],
                ),
                RequestDraft(
                    operator_id="local-epicerie",
                    procedure_title=LOCAL_TITLE,
                    help_type=HelpType.REFERRAL,
                    outcome=Outcome.REFERRED,
                ),
            ],
        ),
        datetime(2026, 10, 14, 14, 5),
        15,
        arrived_at=stored(datetime(2026, 10, 14, 13, 40)),
        satisfaction=5,
        note=NOTE,
    )
    first_minute = record(
        manager,
        VisitDraft(
            age_band=AgeBand.AGE_18_24,
            gender=Gender.MAN,
            first_visit=False,
            requests=[request("caf-rsa", HelpType.INFORMATION, Outcome.FINISHES_ALONE)],
        ),
        datetime(2026, 10, 1, 0, 10),
        5,
    )
    cni = "france-titres-cni-majeur-premiere-demande"
    missing_photo = [DocumentCheckDraft("Photo d'identité", DocumentStatus.MISSING)]
    before_dst = record(
        alex,
        VisitDraft(
            channel=Channel.VIDEO,
            requests=[
                request(cni, HelpType.APPOINTMENT, Outcome.MUST_COME_BACK, documents=missing_photo)
            ],
        ),
        datetime(2026, 10, 24, 10, 0),
        20,
    )
    after_dst = record(
        manager,
        VisitDraft(
            channel=Channel.PHONE,
            requests=[request(cni, HelpType.DIGITAL, Outcome.COMPLETED)],
        ),
        datetime(2026, 10, 26, 10, 0),
        20,
    )
    # Left out: a cancelled visit, the last minute of September, the first of November.
    left_out = VisitDraft(requests=[request("caf-rsa", HelpType.INFORMATION, Outcome.COMPLETED)])
    record(
        alex,
        left_out,
        datetime(2026, 10, 20, 11, 0),
        5,
        status=VisitStatus.CANCELLED.value,
        note=NOTE,
    )
    record(alex, left_out, datetime(2026, 9, 30, 23, 55), 5)
    record(alex, left_out, datetime(2026, 11, 1, 0, 5), 5)
    return Month(rsa, first_minute, before_dst, after_dst)
