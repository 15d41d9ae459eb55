"""The organisation a project is about: named from its notice or the command line, stored, edited in
the app, carried by the workbook, and its own parties never asked for their location."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from desktop_helpers import desktop_settings
from openpyxl import load_workbook

from desktop.cli import main
from desktop.organisation_dialog import OrganisationDialog
from desktop.window import MainWindow
from model.interchange import project_from_dict, project_to_dict
from model.organisation import adopt_organisation, own_parties, with_organisation
from model.parties import Role
from model.project import DEFAULT_NAME, Project
from model.store import load_project, save_project
from tests.factories import party

NOTICE = Path(__file__).parent / "fixtures" / "registers" / "privacyverklaring_noorderlicht.txt"
REGISTER = "Leverancier;Land;Doorgiftemechanisme\nAcme Inc.;Verenigde Staten;SCC\n"


def controller_only(name: str = "Acme Verzekeringen N.V.", country: str | None = None) -> Project:
    return Project(parties=(party("c", name, Role.CONTROLLER, country),))


def location_findings(args: list[str], capsys: pytest.CaptureFixture[str]) -> list[dict]:
    main(["check", *args, "--json", "--fail-on", "never", "--as-of", "2026-11-22"])
    return [f for f in json.loads(capsys.readouterr().out)["findings"] if f["rule"] == "location-unconfirmed"]


def test_a_project_takes_its_only_controllers_name_and_country() -> None:
    adopted = adopt_organisation(controller_only(country="NL"))
    assert (adopted.name, adopted.country) == ("Acme Verzekeringen N.V.", "NL")


def test_a_named_project_keeps_its_name_and_gives_its_country_to_its_own_parties() -> None:
    project = with_organisation(controller_only(), name="Acme Verzekeringen NV", country="NL")
    (own,) = own_parties(project)
    assert project.name == "Acme Verzekeringen NV"
    assert own.country == "NL" and own.country_confirmed


def test_other_controllers_are_not_the_organisations_parties() -> None:
    project = Project(
        name="Acme N.V.",
        parties=(party("a", "Acme N.V.", Role.CONTROLLER), party("b", "Other B.V.", Role.CONTROLLER)),
    )
    located = with_organisation(project, country="BE")
    assert located.party("a").country == "BE"  # type: ignore[arg-type]
    assert located.party("b").country is None  # type: ignore[arg-type]


def test_importing_a_notice_names_the_project_after_its_controller(tmp_path, capsys) -> None:
    target = tmp_path / "p.atlas"
    assert main(["import", str(NOTICE), "--into", str(target)]) == 0
    project = load_project(target)
    assert project.name == "Noorderlicht Zorg N.V." and project.country == "NL"


def test_name_and_country_on_the_command_line_place_the_organisation(tmp_path, capsys) -> None:
    register = tmp_path / "register.csv"
    register.write_text(REGISTER, encoding="utf-8")
    args = [str(register), "--controller", "Noordzee Zorg B.V."]
    assert any(f["importer"] == "Noordzee Zorg B.V." for f in location_findings(args, capsys))
    named = location_findings([*args, "--name", "Noordzee Zorg B.V.", "--country", "Nederland"], capsys)
    assert not any(f["importer"] == "Noordzee Zorg B.V." for f in named)


def test_an_unknown_country_on_the_command_line_is_refused(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["check", str(NOTICE), "--country", "Atlantis"])
    assert exit_.value.code == 2
    assert "Atlantis" in capsys.readouterr().err


def test_the_organisation_is_stored_and_exchanged(tmp_path) -> None:
    project = with_organisation(controller_only(), name="Acme N.V.", country="NL")
    save_project(project, tmp_path / "p.atlas")
    assert load_project(tmp_path / "p.atlas") == project
    assert project_from_dict(json.loads(json.dumps(project_to_dict(project)))) == project


def test_the_workbook_carries_the_organisation_not_untitled(tmp_path, capsys) -> None:
    target = tmp_path / "tia.xlsx"
    assert main(["export", str(NOTICE), "--xlsx", str(target), "--name", "Noorderlicht Zorg"]) == 0
    summary = load_workbook(target)["Summary"]
    texts = [str(c.value) for row in summary.iter_rows() for c in row if c.value]
    assert "Noorderlicht Zorg" in texts and DEFAULT_NAME not in texts


@pytest.mark.gui
def test_the_app_edits_the_organisation_as_one_undoable_edit(qtbot, tmp_path) -> None:
    window = MainWindow(desktop_settings(tmp_path))
    try:
        window.session.reset(controller_only())
        dialog = OrganisationDialog(window.session, window)
        dialog.name.setText("Acme Verzekeringen N.V.")
        dialog.country.set_code("NL")
        dialog.accept()
        project = window.session.project
        assert (project.name, project.country) == ("Acme Verzekeringen N.V.", "NL")
        assert project.parties[0].country == "NL"
        window.session.undo_stack.undo()
        assert window.session.project.country is None
    finally:
        window.session.undo_stack.setClean()
        window.close()
        window.deleteLater()
