"""The catalogue's facts offered for a party, what accepting them changes, and the desktop: the
Inspector's catalogue box (one click, undoable) and one country for many selected parties."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from model.catalogue import bundled_catalogue
from model.catalogue_offer import FACT_KEYS, accept, facts, offer
from model.ids import PartyId
from model.parties import CountrySource, Party, PartyKind, Role
from model.project import with_user_country
from tests.factories import party, project


def named(
    name: str, role: Role = Role.OTHER_THIRD_PARTY, country: str | None = None, **extra: object
) -> Party:
    return replace(Party(PartyId("p"), name, role, country), **extra)  # type: ignore[arg-type]


def test_an_unplaced_product_gets_its_providers_country_from_the_catalogue_and_role() -> None:
    found = offer(named("Mailchimp"), bundled_catalogue())
    assert found is not None and found.country == "US" and found.role is Role.PROCESSOR  # newsletters
    assert found.alias == "The Rocket Science Group LLC"  # an alias of the entity: its legal name
    product = offer(named("Google Analytics"), bundled_catalogue())
    assert product is not None and product.alias is None  # a product is not its provider: no merge
    taken = accept(named("Mailchimp"), found)
    assert taken.country == "US" and taken.country_source is CountrySource.CATALOGUE
    assert not taken.country_confirmed and not taken.country_settled  # processing place unconfirmed
    lines = dict(facts(found.match))
    assert lines["legal_name"] == "The Rocket Science Group LLC"
    assert lines["established_in"] == "United States (US)"
    assert "confirm its Data Privacy Framework listing" in lines["note"]
    assert {key for key, _ in facts(found.match)} <= set(FACT_KEYS)


def test_what_a_document_or_the_user_settled_is_never_offered_away() -> None:
    stated = named("Mailchimp", country="IE", country_source=CountrySource.NOTICE)
    found = offer(stated, bundled_catalogue())
    assert found is not None and found.country is None
    assert accept(stated, found).country == "IE"
    hint = named("Mailchimp", country="US", country_source=CountrySource.DOMAIN)
    better = offer(hint, bundled_catalogue())
    assert better is not None and better.country == "US"  # the same country on better evidence
    assert accept(hint, better).country_source is CountrySource.CATALOGUE


def test_the_contracting_entity_gets_its_own_country_and_no_alias_of_its_parent() -> None:
    found = offer(named("Google Ireland Limited"), bundled_catalogue())
    assert found is not None and found.country == "IE" and found.alias is None
    assert dict(facts(found.match))["contracting_entity"] == "Google Ireland Limited, Ireland"


def test_nothing_is_offered_for_unknown_names_described_categories_or_a_controllers_role() -> None:
    catalogue = bundled_catalogue()
    assert offer(named("Bakkerij de Gouden Krakeling"), catalogue) is None
    assert offer(named("Mailchimp", kind=PartyKind.DESCRIBED), catalogue) is None
    controller = offer(named("Mailchimp", Role.CONTROLLER), catalogue)
    assert controller is not None and controller.role is None


def test_the_user_country_for_many_parties_is_confirmed_and_unknown_clears_it() -> None:
    p = project(party("a", "Alpha B.V."), party("b", "Beta GmbH", country="DE"), party("c", "Gamma Ltd"))
    placed = with_user_country(p, [PartyId("a"), PartyId("b")], "NL")
    a, b, c = (placed.party(PartyId(x)) for x in "abc")
    assert a.country == b.country == "NL" and a.country_source is CountrySource.USER and b.country_confirmed
    assert c == p.party(PartyId("c"))
    cleared = with_user_country(placed, [PartyId("a")], None).party(PartyId("a"))
    assert cleared.country is None and cleared.country_source is None and not cleared.country_confirmed


@pytest.fixture
def window(qtbot, tmp_path: Path):
    from desktop_helpers import desktop_settings

    from desktop.window import MainWindow

    win = MainWindow(desktop_settings(tmp_path))
    win.show()
    yield win
    win.session.undo_stack.setClean()
    win.close()
    win.deleteLater()


@pytest.mark.gui
def test_the_inspector_offers_the_catalogue_facts_and_accepting_is_one_undoable_edit(window, qtbot) -> None:
    from PySide6.QtCore import Qt

    window.session.reset(project(party("mc", "Mailchimp")))
    window.session.select(parties=(PartyId("mc"),))
    box = window.inspector.catalogue_box
    assert box.isVisible() and "The Rocket Science Group LLC" in box.facts.text()
    assert "United States (US)" in box.changes.text() and box.accept_button.isEnabled()
    qtbot.mouseClick(box.accept_button, Qt.MouseButton.LeftButton)
    taken = window.session.project.party(PartyId("mc"))
    assert taken.country == "US" and taken.country_source is CountrySource.CATALOGUE
    assert window.session.undo_stack.undoText() == "Accept the catalogue's facts for Mailchimp"
    assert "agrees with the catalogue" in box.changes.text() and not box.accept_button.isEnabled()
    window.session.undo_stack.undo()
    assert window.session.project.party(PartyId("mc")).country is None
    window.session.select(parties=(PartyId("ctrl"),))  # the insurer: not in the catalogue
    assert not box.isVisible()


@pytest.mark.gui
def test_many_selected_parties_get_one_country_in_one_undoable_action(window, qtbot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from desktop.country_dialog import CountryDialog

    window.session.reset(project(party("a", "Alpha B.V."), party("b", "Beta GmbH"), party("c", "Gamma Ltd")))
    window.tabs.setCurrentWidget(window.tables.parties)
    window.tables.parties.select_where(lambda r: r.party.id in ("a", "b"))
    window.tables.parties._selection_changed()
    assert set(window.session.selected_parties) == {"a", "b"}
    assert window.edits.set_country.isEnabled()

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CountryDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.country.set_code("BE")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(50, answer)
    window.edits.set_country.trigger()
    placed = {p.id: (p.country, p.country_source) for p in window.session.project.parties}
    assert placed["a"] == placed["b"] == ("BE", CountrySource.USER) and placed["c"] == (None, None)
    assert window.session.undo_stack.undoText() == "Set the country of 2 parties to BE"
    window.session.undo_stack.undo()
    assert all(p.country is None for p in window.session.project.parties if p.id in ("a", "b"))


@pytest.mark.gui
def test_the_inspector_uses_the_projects_own_catalogue_additions(window, tmp_path: Path) -> None:
    import json

    from model.catalogue import merged_additions
    from tests.test_catalogue import entry, write_catalogue

    kelpie = entry(id="kelpie", name="Kelpie Analytics Pty Ltd", aliases=["Kelpie Analytics"], country="AU")
    raw = json.loads(write_catalogue(tmp_path / "ours.json", [kelpie]).read_text(encoding="utf-8"))
    window.session.reset(project(party("k", "Kelpie Analytics")))
    window.session.select(parties=(PartyId("k"),))
    assert not window.inspector.catalogue_box.isVisible()  # the bundled catalogue does not know it
    window.session.reset(replace(window.session.project, catalogue=merged_additions("", raw)))
    window.session.select(parties=(PartyId("k"),))
    box = window.inspector.catalogue_box
    assert box.isVisible() and "Kelpie Analytics Pty Ltd" in box.facts.text() and "(AU)" in box.changes.text()
