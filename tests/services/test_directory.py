from pathlib import Path

import pytest
from sqlalchemy import select

from guichet.domain.agent import AgentInfo, Role
from guichet.domain.referral import OfficeInfo, ReferralDraft
from guichet.domain.visit import HelpType, Outcome, RequestDraft, VisitDraft
from guichet.services.clock import utcnow
from guichet.services.directory import DirectoryService, InvalidOffice
from guichet.services.office_csv import OfficeFileError
from guichet.services.permissions import NotAllowed
from guichet.storage.models import Referral

DATA = Path(__file__).parent / "data"
GOOD = DATA / "offices.csv"
BAD_ROWS = DATA / "offices_bad_rows.csv"
HEADER = (GOOD.read_text(encoding="utf-8").splitlines()[0]) + "\n"


def people(desk) -> tuple[AgentInfo, AgentInfo]:
    agents = desk.auth.agents()
    manager = next(a for a in agents if a.role is Role.MANAGER)
    agent = next(a for a in agents if a.role is Role.AGENT)
    return manager, agent


def directory(desk) -> DirectoryService:
    return DirectoryService(desk.db, desk.site.id)


def caf_office(**changes) -> OfficeInfo:
    values = {
        "id": "",
        "operator_id": "caf",
        "name": "CAF du Doubs — accueil de Pontarlier",
        "address": "8 rue des Capucins",
        "postcode": "25300",
        "city": "Pontarlier",
        "phone": "3230",
        "website": "https://www.caf.fr",
        "hours": {"mon": "08:30 - 12:00 / 13:30 - 16:30", "thu": "08:30 - 12:00"},
    }
    return OfficeInfo(**{**values, **changes})


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "offices.csv"
    path.write_text(text, encoding=encoding, newline="")
    return path


# -- the directory as a form edits it ----------------------------------------


def test_offices_are_created_read_updated_and_deleted(desk) -> None:
    manager, _ = people(desk)
    offices = directory(desk)
    caf_id = offices.save(manager, caf_office())
    travail_id = offices.save(
        manager, OfficeInfo(id="", operator_id="france-travail", name="Agence de Pontarlier")
    )
    other_caf = offices.save(manager, caf_office(name="Antenne CAF de Morteau", postcode="25500"))

    saved = offices.get(caf_id)
    assert saved == caf_office(
        id=caf_id,
        hours={
            "mon": "08:30 - 12:00 / 13:30 - 16:30",
            "tue": "",
            "wed": "",
            "thu": "08:30 - 12:00",
            "fri": "",
            "sat": "",
            "sun": "",
        },
    )
    assert [o.id for o in offices.offices()] == [other_caf, caf_id, travail_id]
    assert [o.id for o in offices.offices("france-travail")] == [travail_id]

    offices.save(manager, caf_office(id=caf_id, phone="03 53 01 42 10"))
    assert offices.get(caf_id).phone == "03 53 01 42 10"
    assert len(offices.offices()) == 3

    offices.delete(manager, caf_id)
    assert offices.get(caf_id) is None
    assert offices.get("no-such-office") is None
    assert len(offices.offices()) == 2


def test_hours_are_stored_in_the_open_data_form(desk) -> None:
    manager, _ = people(desk)
    offices = directory(desk)
    office_id = offices.save(
        manager, caf_office(hours={"tue": "9h00-12h30 / 14h00 - 17h30", "sat": "  "})
    )
    hours = offices.get(office_id).hours
    assert hours["tue"] == "09:00 - 12:30 / 14:00 - 17:30"
    assert hours["sat"] == ""
    assert list(hours) == ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def test_a_deleted_office_leaves_past_referrals_readable(desk) -> None:
    manager, agent = people(desk)
    offices = directory(desk)
    office_id = offices.save(manager, caf_office())
    draft = VisitDraft(
        requests=[
            RequestDraft(
                operator_id="caf",
                help_type=HelpType.REFERRAL,
                outcome=Outcome.REFERRED,
                referral=ReferralDraft(office_id, "CAF du Doubs — accueil de Pontarlier"),
            )
        ]
    )
    desk.intake.record(agent.id, draft, utcnow())
    offices.delete(manager, office_id)
    with desk.db.session() as session:
        referral = session.scalars(select(Referral)).one()
        assert (referral.office_id, referral.office_name) == (
            None,
            "CAF du Doubs — accueil de Pontarlier",
        )


def test_only_the_manager_edits_the_directory(desk) -> None:
    manager, agent = people(desk)
    offices = directory(desk)
    office_id = offices.save(manager, caf_office())
    with pytest.raises(NotAllowed):
        offices.save(agent, caf_office())
    with pytest.raises(NotAllowed):
        offices.delete(agent, office_id)
    with pytest.raises(NotAllowed):
        offices.import_csv(agent, GOOD, desk.catalog.operators)
    assert [o.id for o in offices.offices()] == [office_id]
    assert offices.get(office_id) is not None


def test_a_faulty_office_names_each_faulty_field(desk) -> None:
    manager, _ = people(desk)
    offices = directory(desk)
    with pytest.raises(InvalidOffice) as caught:
        offices.save(
            manager,
            caf_office(
                operator_id=" ",
                name="",
                hours={"tue": "9h-midi"},
                phone="03.53.01.42.10",
                email="accueil@caf",
                website="http://www.caf.fr",
            ),
        )
    assert caught.value.problems == [
        ("operator_id", "l'opérateur est vide"),
        ("name", "le nom est vide"),
        ("hours.tue", "horaires du mardi non compris « 9h-midi »"),
        ("phone", "numéro de téléphone non compris « 03.53.01.42.10 »"),
        ("email", "adresse de courriel non comprise « accueil@caf »"),
        (
            "website",
            "le site web doit être une adresse commençant par https:// « http://www.caf.fr »",
        ),
    ]
    assert offices.offices() == []


def test_plausible_contacts_are_accepted(desk) -> None:
    manager, _ = people(desk)
    offices = directory(desk)
    for phone in ("3949", "03 53 01 42 10", "+33 3 53 01 42 10"):
        offices.save(manager, caf_office(phone=phone, email="accueil@caf-doubs.example"))
    with pytest.raises(InvalidOffice):
        offices.save(manager, caf_office(phone="39"))


# -- importing a spreadsheet -------------------------------------------------


def test_a_good_file_is_imported_whole(desk) -> None:
    manager, _ = people(desk)
    offices = directory(desk)
    result = offices.import_csv(manager, GOOD, desk.catalog.operators)
    assert (result.added, result.updated, result.unchanged, result.errors) == (5, 0, 0, [])
    [cpam] = offices.offices("assurance-maladie")
    assert cpam.name == "Accueil CPAM de Morteau"
    assert cpam.postcode == "25500"
    assert cpam.hours["wed"] == "09:00 - 12:00 / 13:30 - 16:00"
    assert cpam.hours["tue"] == ""
    assert cpam.remarks == (
        "Permanence le mercredi après-midi sur rendez-vous ; apporter la carte Vitale"
    )
    [mission] = offices.offices("mission-locale")
    assert mission.phone == "+33 3 53 01 42 27"
    assert mission.website is None


def test_a_file_saved_with_a_bom_reads_the_same(desk, tmp_path: Path) -> None:
    manager, _ = people(desk)
    offices = directory(desk)
    with_bom = write(tmp_path, GOOD.read_text(encoding="utf-8"), encoding="utf-8-sig")
    assert with_bom.read_bytes().startswith(b"\xef\xbb\xbf")
    result = offices.import_csv(manager, with_bom, desk.catalog.operators)
    assert (result.added, result.errors) == (5, [])
    assert offices.offices("caf")[0].name == "CAF du Doubs — accueil de Pontarlier"


def test_importing_the_same_file_again_updates_instead_of_duplicating(desk, tmp_path: Path) -> None:
    manager, _ = people(desk)
    offices = directory(desk)
    offices.import_csv(manager, GOOD, desk.catalog.operators)
    ids = {o.name: o.id for o in offices.offices()}

    again = offices.import_csv(manager, GOOD, desk.catalog.operators)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 5)

    changed = write(
        tmp_path,
        GOOD.read_text(encoding="utf-8").replace("3 place de la Halle", "5 place de la Halle"),
    )
    third = offices.import_csv(manager, changed, desk.catalog.operators)
    assert (third.added, third.updated, third.unchanged) == (0, 1, 4)
    assert {o.name: o.id for o in offices.offices()} == ids
    assert offices.offices("assurance-maladie")[0].address == "5 place de la Halle"


def test_bad_rows_are_reported_by_spreadsheet_line_and_good_rows_imported(desk) -> None:
    manager, _ = people(desk)
    offices = directory(desk)
    result = offices.import_csv(manager, BAD_ROWS, desk.catalog.operators)
    # Line 3's remark spans two lines of the file but one row of the spreadsheet.
    assert result.errors == [
        "ligne 4 : horaires du mardi non compris « 9h-midi »",
        "ligne 6 : le nom est vide",
        "ligne 7 : opérateur inconnu « cpam »",
        "ligne 8 : numéro de téléphone non compris « 03.53.01.42.27 »",
        "ligne 8 : adresse de courriel non comprise « contact@ml-hautdoubs »",
        "ligne 8 : le site web doit être une adresse commençant par https:// "
        "« http://www.ml-hautdoubs.example »",
    ]
    assert result.added == 3
    assert sorted(o.operator_id for o in offices.offices()) == ["caf", "la-poste", "mairie"]
    assert offices.offices("la-poste")[0].remarks == (
        "Retrait des colis\net des recommandés au guichet"
    )


def test_the_same_office_twice_in_a_file_is_reported(desk, tmp_path: Path) -> None:
    manager, _ = people(desk)
    row = "caf;CAF de Pontarlier;;25300;;;;;;;;;;;;\n"
    path = write(tmp_path, HEADER + row + "\n" + row.replace("CAF de", "CAF  de"))
    result = directory(desk).import_csv(manager, path, desk.catalog.operators)
    assert result.errors == ["ligne 4 : même bureau que la ligne 2"]
    assert result.added == 1


def test_stray_cells_beyond_the_header_are_reported(desk, tmp_path: Path) -> None:
    manager, _ = people(desk)
    path = write(
        tmp_path,
        HEADER + "caf;CAF de Pontarlier;;25300;;;;;;;;;;;;;;\n"
        "mairie;Mairie de Doubs;;25300;;;;;;;;;;;;;oubli\n",
    )
    result = directory(desk).import_csv(manager, path, desk.catalog.operators)
    assert result.errors == ["ligne 3 : plus de cellules que de colonnes"]
    assert result.added == 1


def test_a_header_written_by_hand_is_understood(desk, tmp_path: Path) -> None:
    manager, _ = people(desk)
    path = write(
        tmp_path,
        "Opérateur;Nom;Code postal;Téléphone;Lundi\n"
        "CAF;CAF de Pontarlier;25300;3230;08:30 - 12:00\n",
    )
    result = directory(desk).import_csv(manager, path, desk.catalog.operators)
    assert (result.added, result.errors) == (1, [])
    [office] = directory(desk).offices()
    assert (office.operator_id, office.phone, office.hours["mon"]) == (
        "caf",
        "3230",
        "08:30 - 12:00",
    )


def test_a_wrong_header_refuses_the_whole_file(desk, tmp_path: Path) -> None:
    manager, _ = people(desk)
    offices = directory(desk)
    path = write(
        tmp_path,
        "operateur;adresse;telephonne\ncaf;8 rue des Capucins;3230\n",
    )
    with pytest.raises(OfficeFileError) as caught:
        offices.import_csv(manager, path, desk.catalog.operators)
    message = str(caught.value)
    assert message.startswith("ligne 1 : l'en-tête n'est pas compris : ")
    assert "colonne inconnue « telephonne »" in message
    assert "colonne manquante « nom »" in message
    assert "operateur;nom;adresse;code_postal" in message
    assert offices.offices() == []


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        ("", "utf-8", "le fichier est vide"),
        (
            "operateur,nom\ncaf,CAF de Pontarlier\n",
            "utf-8",
            "ligne 1 : les colonnes doivent être séparées par « ; »",
        ),
        (
            "operateur;nom\ncaf;Agence de Pontarlier — été\n",
            "cp1252",
            "le fichier n'est pas en UTF-8 : enregistrez-le depuis le tableur "
            "au format « CSV UTF-8 »",
        ),
    ],
)
def test_an_unusable_file_says_why(desk, tmp_path: Path, text, encoding, expected) -> None:
    manager, _ = people(desk)
    path = write(tmp_path, text, encoding=encoding)
    with pytest.raises(OfficeFileError, match=expected):
        directory(desk).import_csv(manager, path, desk.catalog.operators)


def test_a_missing_file_says_it_cannot_be_read(desk, tmp_path: Path) -> None:
    manager, _ = people(desk)
    with pytest.raises(OfficeFileError, match="le fichier ne peut pas être lu"):
        directory(desk).import_csv(manager, tmp_path / "absent.csv", desk.catalog.operators)
