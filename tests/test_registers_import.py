"""Registers and sub-processor lists through the registry, the batch and the command line."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from importers.base import ImportFailure
from importers.batch import import_paths
from importers.registers import (
    RegisterImporter,
    RegisterOptions,
    SubprocessorListImporter,
    UnrecognisedRegister,
    parse_mapping,
    read_register,
)
from importers.registers.importer import clear_table_cache
from importers.registers.lexicon import Field
from importers.registry import importer_for
from model.interchange import project_json
from model.parties import Role
from model.project import DocumentKind
from tests.document_files import BILLION_LAUGHS, EXTERNAL_ENTITY
from tests.factories import project
from tests.hostile_files import member, replace_members, with_prolog

FIXTURES = Path(__file__).parent / "fixtures" / "registers"


def fixture(name: str, tmp_path: Path) -> Path:
    """A private copy of a fixture (so tests may change or rename it)."""
    return Path(shutil.copy(FIXTURES / name, tmp_path / name))


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("verwerkersregister_nl.xlsx", RegisterImporter),
        ("vendors_en.csv", RegisterImporter),
        ("lieferanten_de.csv", RegisterImporter),
        ("registre_fr.xlsx", RegisterImporter),
        ("subprocessors_en.csv", SubprocessorListImporter),
        ("subprocessors_titled.xlsx", SubprocessorListImporter),
        ("unmapped.csv", RegisterImporter),
    ],
)
def test_registry_tells_registers_and_subprocessor_lists_apart(name: str, kind: type) -> None:
    assert isinstance(importer_for(FIXTURES / name), kind)


def test_a_bad_row_is_reported_with_sheet_row_and_reason_and_the_rest_imported(tmp_path: Path) -> None:
    result = import_paths([FIXTURES / "verwerkersregister_nl.xlsx", FIXTURES / "lieferanten_de.csv"])
    assert set(result.read) == {
        str(FIXTURES / "verwerkersregister_nl.xlsx"),
        str(FIXTURES / "lieferanten_de.csv"),
    }
    messages = [str(f) for f in result.failures]
    assert any("(sheet 'Verwerkers', row 11): 'Land': unknown country: 'Atlantis'" in m for m in messages)
    assert any("(sheet 'Verwerkers', row 12): no 'Leverancier' given" in m for m in messages)
    assert any(
        "(sheet 'Verwerkers', row 13): 'Reviewdatum': impossible date: '31-02-2026'" in m for m in messages
    )
    assert any(
        "lieferanten_de.csv (row 6): 'Überprüfungsdatum': impossible date: '30.02.2026'" in m
        for m in messages
    )
    names = {p.name for p in result.project.parties}
    assert {"CloudNest B.V.", "DataLens LLC", "CloudSuite Corp.", "Inkasso Hansa GmbH"} <= names
    assert not names & {"Atlantis Analytics", "OrbitSupport Ltd", "Fernwartung AG"}


def test_one_unreadable_file_does_not_stop_the_batch(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_text("this is not a workbook", encoding="utf-8")
    result = import_paths([broken, FIXTURES / "vendors_en.csv"])
    [failure] = result.failures
    assert failure.path == str(broken) and "not an Excel .xlsx workbook" in failure.reason
    assert "Skyvault Inc." in {p.name for p in result.project.parties}


def test_an_unrecognised_register_says_how_to_map_it() -> None:
    with pytest.raises(UnrecognisedRegister, match=r"headers seen: 'Org', 'Hosting'.*--map"):
        read_register(FIXTURES / "unmapped.csv")
    [failure] = import_paths([FIXTURES / "unmapped.csv"]).failures
    assert isinstance(failure, UnrecognisedRegister)  # so the desktop can offer the mapping dialog


def test_a_mapping_names_the_columns_the_lexicon_does_not_know() -> None:
    options = RegisterOptions(parse_mapping("Org=name, Notes=ignore"))
    result = read_register(FIXTURES / "unmapped.csv", options)
    hosts = {p.name: p.country for p in result.parties if p.role is Role.PROCESSOR}
    assert hosts == {"Zeta Hosting B.V.": "NL", "Omega Cloud Inc.": "US"}


@pytest.mark.parametrize("spec", ["Org", "=name", "Org=nombre"])
def test_malformed_mappings_are_refused(spec: str) -> None:
    with pytest.raises(ValueError, match="--map"):
        parse_mapping(spec)


def test_mapping_parses_headers_with_spaces() -> None:
    assert parse_mapping("Vendor name=name,Hosting=country") == (
        ("Vendor name", Field.NAME),
        ("Hosting", Field.COUNTRY),
    )


def test_cli_check_takes_a_mapping(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["check", str(FIXTURES / "unmapped.csv"), "--as-of", "2025-09-01", "--json", "--fail-on", "never"]
    )
    assert code == 2 and "--map" in capsys.readouterr().err
    code = main(
        [
            "check",
            str(FIXTURES / "unmapped.csv"),
            "--map",
            "Org=name",
            "--as-of",
            "2025-09-01",
            "--json",
            "--fail-on",
            "never",
        ]
    )
    doc = json.loads(capsys.readouterr().out)
    assert code == 0
    assert {f["importer"] for f in doc["findings"] if f["rule"] == "partial-adequacy-unverified"} == {
        "Omega Cloud Inc."
    }


def test_cli_rejects_an_unknown_mapping_field(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(FIXTURES / "unmapped.csv"), "--map", "Org=vendorname"]) == 2
    assert "unknown field 'vendorname'" in capsys.readouterr().err


def test_onward_transfer_through_a_subprocessor_list_end_to_end(capsys: pytest.CaptureFixture[str]) -> None:
    """EEA controller -> EEA processor (register) -> US sub-processor without DPF or SCCs (list)."""
    code = main(
        [
            "check",
            str(FIXTURES / "verwerkersregister_nl.xlsx"),
            "--controller",
            "Zorgverzekeraar Noord N.V.",
            "--as-of",
            "2025-09-01",
            "--json",
        ]
    )
    doc = json.loads(capsys.readouterr().out)
    assert code == 1
    [onward] = [f for f in doc["findings"] if f["rule"] == "onward-transfer"]
    assert onward["severity"] == "high" and onward["country"] == "US"
    assert onward["facts"]["path"] == "Zorgverzekeraar Noord N.V. -> CloudNest B.V. -> SupportDesk Inc."
    assert onward["evidence"][0]["quote"].startswith(
        "sheet 'Subverwerkers', row 3: CloudNest B.V. | SupportDesk"
    )


def test_the_register_controller_is_the_projects_sole_controller(tmp_path: Path) -> None:
    base = tmp_path / "insurer.json"
    base.write_text(project_json(project()), encoding="utf-8")
    code = main(["import", str(base), str(FIXTURES / "vendors_en.csv"), "--into", str(tmp_path / "p.atlas")])
    assert code == 0
    from model.store import load_project

    loaded = load_project(tmp_path / "p.atlas")
    controllers = [p for p in loaded.parties if p.role is Role.CONTROLLER]
    assert [c.name for c in controllers] == ["Zorgverzekeraar Noord N.V."]
    assert controllers[0].aliases == ()
    assert {loaded.party(f.exporter).name for f in loaded.flows} == {"Zorgverzekeraar Noord N.V."}
    [register] = [d for d in loaded.documents if d.kind is DocumentKind.REGISTER]
    assert register.controller == controllers[0].id


def test_without_a_sole_controller_the_stand_in_is_named_after_the_file() -> None:
    result = import_paths([FIXTURES / "vendors_en.csv"])
    [controller] = [p for p in result.project.parties if p.role is Role.CONTROLLER]
    assert controller.name == "Controller of vendors_en.csv" and controller.placeholder


def test_a_register_with_a_controller_column_has_one_exporter_per_row(tmp_path: Path) -> None:
    path = tmp_path / "group.csv"
    path.write_text(
        "Entity,Vendor,Country\nAlfa Verzekeringen N.V.,Acme Cloud,US\nBeta Leven N.V.,Acme Cloud,US\n",
        encoding="utf-8",
    )
    result = read_register(path)
    exporters = sorted(p.name for f in result.flows for p in result.parties if p.id == f.exporter)
    assert exporters == ["Alfa Verzekeringen N.V.", "Beta Leven N.V."]


def test_formula_without_a_saved_value_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "uncalculated.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Vendor", "Country"])
    sheet.append(["Acme Cloud", "US"])
    sheet.append(['=A2&" EU"', "IE"])
    book.save(path)
    result = read_register(path)
    assert [p.name for p in result.parties if p.role is Role.PROCESSOR] == ["Acme Cloud"]
    reasons = [p.reason for p in result.problems if p.row == "sheet 'Sheet', row 3"]
    assert any("formula with no saved value" in r for r in reasons)
    assert any("names no organisation" in r for r in reasons)


def test_external_workbook_formula_value_is_used_and_reported() -> None:
    result = read_register(FIXTURES / "verwerkersregister_nl.xlsx")
    [note] = [p for p in result.problems if "another workbook" in p.reason]
    assert note.row == "sheet 'Verwerkers', row 6" and "Contracten.xlsx" in note.reason
    [flow] = [f for f in result.flows if f.contract_reference == "MSA-2022-7"]
    assert {t.reference for t in flow.tools} == {"MSA-2022-7"}


def test_hidden_sheet_is_reported_not_read() -> None:
    result = read_register(FIXTURES / "verwerkersregister_nl.xlsx")
    assert any("'Archief 2022' is hidden" in p.reason for p in result.problems)
    assert "OudeHost B.V." not in {p.name for p in result.parties}


def test_progress_is_reported_to_the_end(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("Vendor,Country\n" + "".join(f"Vendor {i},NL\n" for i in range(1200)), encoding="utf-8")
    calls: list[tuple[int, int]] = []
    result = read_register(path, progress=lambda done, total: calls.append((done, total)))
    assert len([p for p in result.parties if p.role is Role.PROCESSOR]) == 1200
    assert calls[-1] == (1201, 1201) and calls[0][0] < calls[-1][0]


def test_an_empty_sheet_or_only_a_header_imports_nothing_without_error(tmp_path: Path) -> None:
    path = tmp_path / "header_only.csv"
    path.write_text("Leverancier;Land\n", encoding="utf-8")
    result = read_register(path)
    assert result.flows == () and result.problems == ()
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ImportFailure, match="empty.csv"):
        read_register(empty)


def test_hostile_and_damaged_files_are_refused_with_a_reason(tmp_path: Path) -> None:
    source = FIXTURES / "registre_fr.xlsx"
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(bomb, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/workbook.xml":
                data = data.replace(
                    b"?>", b'?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>', 1
                )
            dst.writestr(item, data)
    ole = tmp_path / "protected.xlsx"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))  # an encrypted workbook is an OLE file
    huge = tmp_path / "huge.csv"
    huge.write_text('Vendor,Country\n"' + "x" * 200_000 + '",NL\n', encoding="utf-8")
    for path, reason in ((bomb, "entity"), (ole, "password-protected"), (huge, "not a readable CSV")):
        with pytest.raises(ImportFailure, match=reason) as caught:
            read_register(path)
        assert caught.value.path == str(path)


@pytest.mark.parametrize(
    "part",
    [
        "[Content_Types].xml",
        "_rels/.rels",
        "xl/styles.xml",
        "xl/sharedStrings.xml",
        "xl/worksheets/sheet1.xml",
        "xl/theme/theme1.xml",
        "docProps/core.xml",
    ],
)
@pytest.mark.parametrize("dtd", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["laughs", "external"])
def test_a_dtd_in_any_part_of_a_workbook_is_refused_as_an_entity_attack(
    tmp_path: Path, part: str, dtd: str
) -> None:
    # openpyxl parses some parts with lxml (entities left unexpanded) and others with defusedxml:
    # the reader refuses a DTD in every part itself, with one reason, whichever parser would read it.
    source = (FIXTURES / "registre_fr.xlsx").read_bytes()
    path = tmp_path / "dtd.xlsx"
    path.write_bytes(replace_members(source, {part: with_prolog(member(source, part), dtd)}))
    with pytest.raises(ImportFailure, match="declares entities or a DTD") as caught:
        read_register(path)
    assert caught.value.path == str(path)


@pytest.mark.parametrize("part", ["[Content_Types].xml", "xl/styles.xml", "docProps/core.xml"])
def test_a_workbook_with_a_damaged_part_is_refused_as_damaged(tmp_path: Path, part: str) -> None:
    source = (FIXTURES / "registre_fr.xlsx").read_bytes()
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(replace_members(source, {part: member(source, part)[:200]}))
    with pytest.raises(ImportFailure) as caught:
        read_register(path)
    assert caught.value.path == str(path) and caught.value.reason.startswith("not an Excel .xlsx workbook")


def test_a_processor_named_once_above_its_subprocessors_is_carried_down(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        "Processor;Sub-processor;Country\nCloudNest B.V.;RackSpace GmbH;DE\n;SupportDesk Inc.;US\n"
        "NimbusMail Inc.;MailRelay Ltd;GB\n;Bounce Ltd;IE\n",
        encoding="utf-8",
    )
    result = read_register(path)
    names = {p.id: p.name for p in result.parties}
    assert sorted((names[f.exporter], names[f.importer]) for f in result.flows) == [
        ("CloudNest B.V.", "RackSpace GmbH"),
        ("CloudNest B.V.", "SupportDesk Inc."),
        ("NimbusMail Inc.", "Bounce Ltd"),
        ("NimbusMail Inc.", "MailRelay Ltd"),
    ]


def test_contact_columns_and_cross_references_are_not_organisations(tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_text(
        "Naam contactpersoon,Leverancier,Land,Subverwerkers\n"
        "Jan Jansen,CloudNest B.V.,NL,RackSpace GmbH (Duitsland); zie tabblad Subverwerkers\n",
        encoding="utf-8",
    )
    result = read_register(path)
    parties = {p.name: (p.role, p.country) for p in result.parties}
    assert parties == {
        "Controller of register.csv": (Role.CONTROLLER, None),
        "CloudNest B.V.": (Role.PROCESSOR, "NL"),
        "RackSpace GmbH": (Role.SUB_PROCESSOR, "DE"),
    }


def test_a_table_of_too_many_rows_is_refused_before_parsing(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import importers.registers.tables as tables

    monkeypatch.setattr(tables, "MAX_ROWS", 3)
    small = tmp_path / "small.csv"
    small.write_text("Vendor,Country\nA,NL\nB,NL\n", encoding="utf-8")
    big = tmp_path / "big.csv"
    big.write_text("Vendor,Country\nA,NL\nB,NL\nC,NL\n", encoding="utf-8")
    assert len(read_register(small).flows) == 2
    with pytest.raises(ImportFailure, match="it has 4 rows; .* more than 3 rows are refused"):
        read_register(big)
    clear_table_cache()  # the workbook may have been read (and cached) by an earlier test
    # rows as the reader yields them: up to the last holding a value, the blank row 2 included
    with pytest.raises(ImportFailure, match="sheet 'Verwerkers' has 14 rows"):
        read_register(FIXTURES / "verwerkersregister_nl.xlsx")
    clear_table_cache()  # refusals are cached too: forget the one made under the lowered limit


def test_what_a_register_states_survives_the_project_file(tmp_path: Path) -> None:
    from model.store import load_project, save_project

    imported = import_paths([FIXTURES / "verwerkersregister_nl.xlsx"]).project
    save_project(imported, tmp_path / "p.atlas")
    loaded = load_project(tmp_path / "p.atlas")
    assert loaded.flows == imported.flows and loaded.parties == imported.parties
    assert {(f.dpa.value, f.contract_reference) for f in loaded.flows} >= {("yes", "MSA-2022-7"), ("no", "")}
