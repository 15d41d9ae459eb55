"""Where each party's country came from: the notice's words and addresses first, the catalogue
second, the user's word above all; kept in project files (schema 2) and JSON, shown by ``check``,
and used honestly by the rules."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.cli import main
from importers.batch import import_paths
from model import store
from model.findings import RuleId
from model.graph import build_graph
from model.interchange import project_from_dict, project_json
from model.labels import label
from model.parties import CountrySource, Party, stronger_country
from model.rules import assess
from model.store import load_project, save_project
from tests.factories import flow, party, project

TODAY = dt.date(2026, 12, 7)
S = CountrySource

NOTICE = """Privacyverklaring van Polderzorg B.V.

Polderzorg B.V., Coolsingel 10, 3011 AD Rotterdam, is verwerkingsverantwoordelijke.

Wij delen uw gegevens met de volgende ontvangers:
- de Nederlandse Belastingdienst, voor de loonheffing;
- onze verwerker Dijkdata B.V., Havenstraat 4, 1011 AB Amsterdam, voor de opslag;
- Mailchimp, voor onze nieuwsbrief;
- Kivra Sweden AB, voor digitale post.
"""


def placed(p: Party) -> tuple[str | None, CountrySource | None]:
    return p.country, p.country_source


@pytest.fixture
def imported(tmp_path: Path) -> dict[str, Party]:
    notice = tmp_path / "privacyverklaring.txt"
    notice.write_text(NOTICE, encoding="utf-8")
    result = import_paths([notice])
    assert not result.failures
    return {p.name: p for p in result.project.parties}


def test_notice_text_first_then_the_catalogue(imported: dict[str, Party]) -> None:
    assert placed(imported["Polderzorg B.V."]) == ("NL", S.ADDRESS)
    assert placed(imported["Dijkdata B.V."]) == ("NL", S.ADDRESS)
    belasting = next(p for n, p in imported.items() if "Belastingdienst" in n)
    assert placed(belasting) == ("NL", S.NOTICE)
    assert placed(imported["Mailchimp"]) == ("US", S.CATALOGUE)
    assert placed(imported["Kivra Sweden AB"]) == ("SE", S.NAME)
    assert not imported["Mailchimp"].country_settled and imported["Dijkdata B.V."].country_settled


def test_a_stronger_source_wins_when_records_meet() -> None:
    hint = Party(party("x", "X").id, "X", party("x", "X").role, "US", country_source=S.CATALOGUE)
    register = replace(hint, country="IE", country_source=S.REGISTER, country_confirmed=True)
    user = replace(hint, country="DE", country_source=S.USER, country_confirmed=True)
    assert stronger_country(hint, register) == ("IE", S.REGISTER)
    assert stronger_country(register, hint) == ("IE", S.REGISTER)
    assert stronger_country(register, user) == ("DE", S.USER)
    assert stronger_country(replace(hint, country=None, country_source=None), hint) == ("US", S.CATALOGUE)


def sourced_project() -> object:
    return project(
        replace(party("cat", "Cloudly Inc.", country="US"), country_source=S.CATALOGUE),
        replace(party("usr", "Mumbai Claims Pvt Ltd", country="IN"), country_source=S.USER),
        flow("f1", "ctrl", "cat"),
        flow("f2", "ctrl", "usr"),
    )


def test_sources_survive_project_files_and_json(tmp_path: Path) -> None:
    p = sourced_project()
    path = tmp_path / "p.atlas"
    save_project(p, path)  # type: ignore[arg-type]
    for loaded in (load_project(path), project_from_dict(json.loads(project_json(p)))):  # type: ignore[arg-type]
        by_id = loaded.parties_by_id()
        assert by_id["cat"].country_source is S.CATALOGUE and by_id["usr"].country_source is S.USER
    with sqlite3.connect(path) as conn:
        rows = dict(conn.execute("SELECT id, country_source FROM parties").fetchall())
    assert rows["cat"] == "catalogue" and rows["usr"] == "user"


def test_a_schema_1_file_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.atlas"
    save_project(sourced_project(), path)  # type: ignore[arg-type]
    with sqlite3.connect(path) as conn:  # made as version 1 made it: no column, no source recorded
        conn.execute("ALTER TABLE parties DROP COLUMN country_source")
        conn.execute("DROP TABLE scope_checks")  # schema 3's
        conn.execute("UPDATE parties SET data = json_remove(data, '$.country_source', '$.scope_checks')")
        conn.execute("PRAGMA user_version=1")
    loaded = load_project(path)
    assert loaded.party("cat").country == "US" and loaded.party("cat").country_source is None
    assert {1, 2} <= set(store.MIGRATIONS) and store.SCHEMA_VERSION == 3


def test_rules_ask_to_confirm_a_catalogue_placement_and_settle_the_users() -> None:
    found = assess(build_graph(sourced_project()), as_of=TODAY)  # type: ignore[arg-type]
    by_flow = {(f.flow, f.rule.value) for f in found}
    assert ("f1", "processing-place-unconfirmed") in by_flow and ("f1", "no-safeguard") not in by_flow
    assert ("f2", "no-safeguard") in by_flow
    [ask] = [f for f in found if f.rule.value == "processing-place-unconfirmed"]
    assert "Cloudly Inc." in ask.message  # US: DPF, whose decision covers only some importers
    assert label(RuleId.PARTIAL_ADEQUACY_UNVERIFIED) in ask.message
    assert "partial-adequacy-unverified" not in ask.message  # words, not the rule's code
    assert ask.country == "US"
    assert dict(ask.facts)["importer country from"] == S.CATALOGUE.label


def test_eea_placements_give_nothing() -> None:
    p = project(
        replace(party("cat", "Hetzner Online GmbH", country="DE"), country_source=S.CATALOGUE),
        replace(party("usr", "Dijkdata B.V.", country="NL"), country_source=S.USER, country_confirmed=True),
        flow("f1", "ctrl", "cat"),
        flow("f2", "ctrl", "usr"),
    )
    assert assess(build_graph(p), as_of=TODAY) == []


def test_check_json_shows_where_countries_came_from(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notice = tmp_path / "privacyverklaring.txt"
    notice.write_text(NOTICE, encoding="utf-8")
    main(["check", str(notice), "--json", "--as-of", TODAY.isoformat(), "--fail-on", "never"])
    doc = json.loads(capsys.readouterr().out)
    places = {p["name"]: (p["country"], p["country_source"]) for p in doc["parties"]}
    assert places["Mailchimp"] == ("US", "catalogue") and places["Dijkdata B.V."] == ("NL", "address")
    asks = [f for f in doc["findings"] if f["rule"] == "processing-place-unconfirmed"]
    assert asks and all(f["country_source"] in ("catalogue", "name", "domain") for f in asks)
    assert not [f for f in doc["findings"] if f["rule"] == "no-safeguard" and f["importer"] == "Mailchimp"]


def test_a_user_catalogue_places_parties_on_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notice = tmp_path / "privacyverklaring.txt"
    notice.write_text(NOTICE.replace("Mailchimp", "Zeewolk Mailers"), encoding="utf-8")
    own = tmp_path / "own.json"
    own.write_text(
        json.dumps(
            {
                "schema": "transfer-atlas/organisations/v1",
                "version": "own",
                "as_of": "2026-12-01",
                "extends": "bundled",
                "sources": {"own": {"title": "our vendor list"}},
                "organisations": [
                    {
                        "id": "zeewolk",
                        "name": "Zeewolk Mailers Ltd",
                        "aliases": ["Zeewolk Mailers"],
                        "role": "processor",
                        "country": "CA",
                        "sources": [{"facts": ["country"], "source": "own", "date": "2026-12-01"}],
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    into = tmp_path / "p.atlas"
    assert main(["import", str(notice), "--into", str(into), "--catalogue", str(own)]) == 0
    zeewolk = next(p for p in load_project(into).parties if p.name == "Zeewolk Mailers")
    assert placed(zeewolk) == ("CA", S.CATALOGUE)
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["import", str(notice), "--into", str(into), "--catalogue", str(bad)]) == 2
    assert "bad.json: the catalogue is not valid JSON" in capsys.readouterr().err


def test_the_inspector_says_where_the_country_came_from() -> None:
    from desktop.party_editor import country_from

    cat = replace(party("cat", "Cloudly Inc.", country="US"), country_source=S.CATALOGUE)
    assert country_from(cat) == S.CATALOGUE.label and "unconfirmed" in country_from(cat)
    assert country_from(party("old", "Old Ltd", country="GB")) == "not recorded"
    assert country_from(party("none", "Nowhere Ltd")) == "unknown"


def test_parties_json_shows_where_countries_came_from(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notice = tmp_path / "privacyverklaring.txt"
    notice.write_text(NOTICE, encoding="utf-8")
    assert main(["parties", str(notice), "--json"]) == 0
    rows = {p["name"]: p for p in json.loads(capsys.readouterr().out)["parties"]}
    assert rows["Mailchimp"]["country_source"] == "catalogue" and rows["Mailchimp"]["country"] == "US"
    assert rows["Kivra Sweden AB"]["country_source"] == "name"
