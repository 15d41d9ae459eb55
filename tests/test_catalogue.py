"""The catalogue of organisations: the bundled file's coverage and sources, matching names, finding
mentions in sentences, a user's file that replaces or extends it, clear errors, and ``orgs``."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from model.catalogue import (
    DPF_NOTE,
    CatalogueError,
    MatchKind,
    bundled_catalogue,
    load_catalogue,
    resolve_catalogue,
)
from model.parties import Role

FIXTURES = Path(__file__).parent / "fixtures" / "catalogue"
EEA_UK_CH = "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK GB CH"


def typical_names() -> list[tuple[str, str, str]]:
    lines = (FIXTURES / "typical_names.tsv").read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line.strip() and not line.startswith("#")]  # type: ignore[misc]


def test_bundled_catalogue_is_dated_and_cites_its_sources() -> None:
    catalogue = bundled_catalogue()
    assert catalogue.as_of >= dt.date(2026, 12, 1) and catalogue.version
    assert catalogue.sources["datenanfragen"]["licence"] == "CC0-1.0"
    assert catalogue.sources["datenanfragen"]["commit"].startswith("0a29c3d6")
    for org in catalogue.organisations:
        assert org.sources, org.id
        cited = {fact for source in org.sources for fact in source.facts}
        assert {"name", "country", "role"} <= cited, org.id
        assert all(s.source in catalogue.sources for s in org.sources)


def test_datenanfragen_facts_cite_the_dataset_and_hand_facts_the_team() -> None:
    catalogue = bundled_catalogue()
    schufa = catalogue.match("SCHUFA Holding AG")
    assert schufa and schufa.organisation.sources[0].source == "datenanfragen"
    assert "0a29c3d6" in schufa.organisation.sources[0].url and schufa.organisation.sources[
        0
    ].date == dt.date(2026, 7, 21)
    hubspot = catalogue.match("HubSpot")
    assert hubspot and [s.source for s in hubspot.organisation.sources] == ["team"]
    assert hubspot.organisation.sources[0].url == "https://hubspot.com"


def test_every_country_has_its_authorities() -> None:
    roles: dict[str, set[Role]] = defaultdict(set)
    for org in bundled_catalogue().organisations:
        roles[org.country].add(org.role)
    for country in EEA_UK_CH.split():
        assert {Role.TAX_AUTHORITY, Role.REGULATOR, Role.LAW_ENFORCEMENT} <= roles[country], country
    for country in ("NL", "BE", "DE", "FR", "GB", "IE"):
        assert {Role.DEBT_COLLECTOR, Role.FRAUD_REGISTER} <= roles[country], country
        assert Role.CREDIT_BUREAU in roles[country] or country == "FR", country
    assert bundled_catalogue().match("FICP").role is Role.CREDIT_BUREAU  # France: the Banque de France's


def test_data_protection_authorities_in_own_language_and_english() -> None:
    catalogue = bundled_catalogue()
    for own, english, country in [
        ("Autoriteit Persoonsgegevens", "Dutch Data Protection Authority", "NL"),
        ("Integritetsskyddsmyndigheten", "Swedish Authority for Privacy Protection", "SE"),
        ("Agencia Española de Protección de Datos", "Spanish Data Protection Agency", "ES"),
        ("Urząd Ochrony Danych Osobowych", "Personal Data Protection Office of Poland", "PL"),
    ]:
        a, b = catalogue.match(own), catalogue.match(english)
        assert a and b and a.organisation is b.organisation and a.country == country
        assert a.role is Role.REGULATOR


def test_typical_names_get_the_right_country_and_role() -> None:
    catalogue = bundled_catalogue()
    rows = typical_names()
    assert len(rows) >= 200
    right, wrong = 0, []
    for name, country, role in rows:
        match = catalogue.match(name)
        got = (match.country, match.role.value) if match else ("-", "-")
        if got == (country, role):
            right += 1
        else:
            wrong.append((name, country, role, got))
    assert right / len(rows) >= 0.9, wrong
    unknown = [name for name, country, _ in rows if country == "-"]
    assert len(unknown) >= 20
    assert [n for n in unknown if catalogue.match(n) is not None] == []  # "no match", never a guess


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Post", None),  # a common word alone
        ("Teams", None),
        ("Zoom in", None),
        ("Zoom", "Zoom Video Communications, Inc."),  # as a whole name, Zoom is Zoom
        ("ZOOM VIDEO COMMUNICATIONS INC", "Zoom Video Communications, Inc."),
        ("Société Générale", "Société Générale SA"),
        ("Societe Generale S.A.", "Société Générale SA"),
        ("Mailchimpp", "The Rocket Science Group LLC"),  # a typo in a long name: a close spelling
        ("Salesforse", None),  # ratio 90: below the threshold, so no guess
        ("Datatilsynet", None),  # Denmark's and Norway's: ambiguous
        ("Datatilsynet Norge", "Datatilsynet"),
        ("Equifax Ltd", "Equifax Ltd."),  # the legal form tells Equifax Ltd from Equifax Inc.
        ("Equifax Inc.", "Equifax Inc."),
        ("", None),
        ("B.V.", None),
    ],
)
def test_tricky_names(name: str, expected: str | None) -> None:
    match = bundled_catalogue().match(name)
    assert (match.organisation.name if match else None) == expected


def test_a_product_points_to_its_provider_with_its_own_role() -> None:
    catalogue = bundled_catalogue()
    analytics, cloud = catalogue.match("Google Analytics"), catalogue.match("Google Cloud")
    assert analytics and cloud and analytics.organisation is cloud.organisation
    assert analytics.kind == MatchKind.BRAND and analytics.role is Role.PROCESSOR  # web analytics
    assert cloud.role is Role.IT_HOSTING and cloud.service == "cloud computing"
    teams = catalogue.match("Microsoft Teams")
    assert teams and teams.organisation.name == "Microsoft Corporation" and teams.country == "US"


def test_contracting_entity_and_dpf_note() -> None:
    google = bundled_catalogue().match("Google Ireland Limited")
    assert google and google.kind == MatchKind.CONTRACTING and google.country == "IE"
    org = google.organisation
    assert org.country == "US" and org.contracting_entity and org.contracting_entity.country == "IE"
    assert org.parent == "Alphabet Inc." and DPF_NOTE in org.notes
    mollie = bundled_catalogue().match("Mollie")
    assert mollie and mollie.organisation.notes == ()


def spans(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], org.name) for s, e, org in bundled_catalogue().find_in_text(text)]


def test_find_in_text_whole_words_and_longest_name() -> None:
    text = "Wij delen gegevens met de Belastingdienst, De Nederlandsche Bank en Google Analytics."
    assert spans(text) == [
        ("Belastingdienst", "Belastingdienst"),
        ("De Nederlandsche Bank", "De Nederlandsche Bank N.V."),
        ("Google Analytics", "Google LLC"),
    ]
    assert spans("Hosting bei Hetzner Online GmbH und Amazon Web Services EMEA SARL.") == [
        ("Hetzner Online GmbH", "Hetzner Online GmbH"),
        ("Amazon Web Services EMEA SARL", "Amazon Web Services, Inc."),
    ]
    assert spans("Mailchimps and Zoomed are not names; neither is Googled.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Zoom in on the map to see the details.",
        "You can zoom in and post a comment.",
        "Wir senden Ihnen die Unterlagen per Post zu.",
        "Unsere Teams prüfen das.",
        "Indeed, we keep it short.",
        "his data and HIS data",
        "slack periods",
        "Le chat dort sur la poste.",
        "Über uns und unsere Partner.",
        "Claude a signé le contrat.",
        "Our revenue grew. Revenue is reported yearly.",  # lower case, or first in its sentence
        "Politie en justitie krijgen niets; de politie evenmin.",
        "Sie arbeiten im Home Office. Die Techniker prüfen das.",
        "Les PME et le foyer fiscal.",
        "Toeslagen worden maandelijks betaald.",
    ],
)
def test_find_in_text_ignores_everyday_words(text: str) -> None:
    assert spans(text) == []


def test_find_in_text_reads_common_words_written_as_names() -> None:
    assert spans("We hold video calls in Zoom and chat in Slack.") == [
        ("Zoom", "Zoom Video Communications, Inc."),
        ("Slack", "Slack Technologies, LLC"),
    ]
    assert spans("We use Microsoft Teams and the CNIL agrees.") == [
        ("Microsoft Teams", "Microsoft Corporation"),
        ("CNIL", "Commission nationale de l'informatique et des libertés"),
    ]
    assert spans("The Afm and the afm are not the AFM.") == [("AFM", "Autoriteit Financiële Markten")]
    assert spans("Nous envoyons les colis avec La Poste et bpost.") == [
        ("La Poste", "La Poste SA"),
        ("bpost", "bpost NV"),
    ]


def test_find_in_text_reads_public_bodies_and_vendors_without_a_legal_form() -> None:
    assert spans("Wij verstrekken gegevens aan de Politie, het CAK, Kifid en Justis.") == [
        ("Politie", "Nationale Politie"),
        ("CAK", "Centraal Administratie Kantoor"),
        ("Kifid", "Klachteninstituut Financiële Dienstverlening"),
        ("Justis", "Dienst Justis"),
    ]
    assert spans("We report to Revenue and the DVLA; parcels go with DPD and Evri.") == [
        ("Revenue", "Office of the Revenue Commissioners"),
        ("DVLA", "Driver and Vehicle Licensing Agency"),
        ("DPD", "Geopost SA"),
        ("Evri", "Evri"),
    ]
    assert spans("Daten gehen an die Agentur für Arbeit, die AOK Bayern und DHL.") == [
        ("Agentur für Arbeit", "Bundesagentur für Arbeit"),
        ("AOK Bayern", "AOK-Bundesverband"),
        ("DHL", "Deutsche Post AG"),
    ]
    assert spans("Nous informons la CAF, France Travail (anciennement Pôle emploi) et l’AMF.") == [
        ("CAF", "Caisse d'allocations familiales"),
        ("France Travail", "France Travail"),
        ("Pôle emploi", "France Travail"),
        ("AMF", "Autorité des marchés financiers"),
    ]


def test_find_in_text_reads_a_name_after_an_elided_article() -> None:
    assert spans("Nous informons l’Autorité des marchés financiers et d’Orange.") == [
        ("Autorité des marchés financiers", "Autorité des marchés financiers"),
        ("Orange", "Orange SA"),
    ]
    assert spans("la Commission Nationale de l’Informatique et des Libertés") == [
        (
            "Commission Nationale de l’Informatique et des Libertés",
            "Commission nationale de l'informatique et des libertés",
        )
    ]
    assert spans("We don't share it with O'Brien.") == []


def test_mentions_say_how_the_name_matched() -> None:
    [(_, _, match)] = bundled_catalogue().mentions("Verwerker: Google Ireland Limited, Dublin.")
    assert match.kind == MatchKind.CONTRACTING and match.country == "IE"


def entry(**fields: Any) -> dict[str, Any]:
    base = {
        "id": "acme",
        "name": "Acme Widgets B.V.",
        "role": "processor",
        "service": "widgets",
        "country": "NL",
        "aliases": ["Acme"],
        "sources": [{"facts": ["name", "country", "role"], "source": "own", "date": "2026-12-01"}],
    }
    return {**base, **fields}


def write_catalogue(path: Path, organisations: list[dict[str, Any]], **top: Any) -> Path:
    document = {
        "schema": "transfer-atlas/organisations/v1",
        "version": "own-1",
        "as_of": "2026-12-01",
        "sources": {"own": {"title": "our vendor list", "date": "2026-12-01"}},
        "organisations": organisations,
        **top,
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_user_file_replaces_or_extends_the_bundled_catalogue(tmp_path: Path) -> None:
    own = write_catalogue(tmp_path / "own.json", [entry()])
    replaced = resolve_catalogue(own)
    assert replaced.match("Acme") and replaced.match("Google") is None
    moved = entry(id="hetzner", name="Hetzner Online GmbH", aliases=["Hetzner"], country="FI")
    extending = write_catalogue(tmp_path / "ext.json", [entry(), moved], extends="bundled")
    extended = resolve_catalogue(extending)
    acme, google, hetzner = extended.match("Acme"), extended.match("Google"), extended.match("Hetzner")
    assert acme and google and hetzner and hetzner.country == "FI"  # the user's entry wins
    assert extended.path.startswith(str(extending)) and extended.as_of == bundled_catalogue().as_of


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"role": "vendor"}, "organisation 1 (acme): unknown role 'vendor'"),
        ({"country": "Netherlands"}, "organisation 1 (acme): country 'Netherlands' is not an ISO"),
        ({"name": ""}, "organisation 1 (acme): name '' is not a non-empty text"),
        (
            {"sources": [{"facts": ["name"], "source": "web", "date": "2026-12-01"}]},
            "source 'web' is not listed",
        ),
        ({"sources": [{"facts": ["name"], "source": "own", "date": "yesterday"}]}, "organisation 1 (acme)"),
    ],
)
def test_bad_entries_are_named(tmp_path: Path, change: dict[str, Any], message: str) -> None:
    path = write_catalogue(tmp_path / "bad.json", [entry(**change)])
    with pytest.raises(CatalogueError) as err:
        load_catalogue(path)
    assert str(err.value).startswith(str(path)) and message in str(err.value)


def test_bad_files_are_named(tmp_path: Path) -> None:
    missing = tmp_path / "none.json"
    with pytest.raises(CatalogueError, match="cannot read"):
        load_catalogue(missing)
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(CatalogueError, match="not valid JSON"):
        load_catalogue(broken)
    twice = write_catalogue(tmp_path / "twice.json", [entry(), entry(id="other", aliases=[])])
    with pytest.raises(CatalogueError, match="'Acme Widgets B.V.' is also a name of entry 'acme'"):
        load_catalogue(twice)
    no_role = entry()
    del no_role["role"]
    with pytest.raises(CatalogueError, match="missing field 'role'"):
        load_catalogue(write_catalogue(tmp_path / "norole.json", [no_role]))
    with pytest.raises(CatalogueError, match="schema"):
        load_catalogue(write_catalogue(tmp_path / "schema.json", [], schema="other"))


def test_orgs_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["orgs", "Google Analytics", "Brouwerij De Zwaan B.V.", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["schema"] == "transfer-atlas/organisations/v1"
    assert document["catalogue"] == {
        "version": bundled_catalogue().version,
        "as_of": bundled_catalogue().as_of.isoformat(),
    }
    found, unknown = document["matches"]
    assert unknown == {"query": "Brouwerij De Zwaan B.V.", "match": None}
    assert found["query"] == "Google Analytics"
    match = found["match"]
    assert set(match) == {
        "name",
        "aliases",
        "role",
        "country",
        "contracting_entity",
        "parent",
        "domain",
        "sources",
    }
    assert match["name"] == "Google LLC" and match["role"] == "processor" and match["country"] == "US"
    assert match["contracting_entity"] == {"name": "Google Ireland Limited", "country": "IE"}
    assert match["parent"] == "Alphabet Inc." and match["domain"] == "google.com"
    as_of = bundled_catalogue().as_of.isoformat()  # the team's facts carry the as-of date of the build
    assert match["sources"][0]["source"] == "team" and match["sources"][0]["date"] == as_of


def test_orgs_text_and_catalogue_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["orgs", "Mailchimp", "Post"]) == 0
    out = capsys.readouterr().out
    assert "Mailchimp: The Rocket Science Group LLC" in out and DPF_NOTE in out and "Post: no match" in out
    own = write_catalogue(tmp_path / "own.json", [entry()], extends="bundled")
    assert main(["orgs", "Acme", "Mailchimp", "--catalogue", str(own), "--json"]) == 0
    acme, mailchimp = json.loads(capsys.readouterr().out)["matches"]
    assert acme["match"]["name"] == "Acme Widgets B.V." and mailchimp["match"]["country"] == "US"
    bad = write_catalogue(tmp_path / "bad.json", [entry(role="vendor")])
    assert main(["orgs", "Acme", "--catalogue", str(bad)]) == 2
    assert f"{bad}: organisation 1 (acme): unknown role 'vendor'" in capsys.readouterr().err
