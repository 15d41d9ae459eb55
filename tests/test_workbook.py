"""The TIA workbook read back with openpyxl: sheets, headers, values, tables, validations, formulas."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from exports.register import COLUMNS
from exports.report import Method, TransferReport, build_report
from exports.texts import ENGLISH
from exports.workbook import SHEETS, build_workbook, write_xlsx
from model.findings import Severity
from model.flows import (
    MeasureKind,
    MeasureStatus,
    SpecialCategory,
    SupplementaryMeasure,
    TiaConclusion,
    TiaStatus,
    ToolKind,
)
from model.labels import label
from model.parties import Role, ScopeAttribute, Tristate
from model.project import Project
from model.reference import bundled_reference
from model.scenarios import build_scenario
from tests.factories import flow, party, project, quote

AS_OF = dt.date(2026, 11, 30)


def insurer_project() -> Project:
    """A Dutch insurer: US hosting (SCCs, no TIA), an Indian processor with no tool, its Chinese
    sub-processor, a DPF-certified US mailer, a UK survey bureau, a German group company and a
    processor whose country nobody stated."""
    measured = replace(
        flow("f-us", "ctrl", "cloud", ToolKind.SCC_MODULE_2, special=(SpecialCategory.HEALTH,)),
        data_categories=("claims", "health data"),
        purposes=("hosting",),
        contract_reference="MSA-2024-17",
        dpa=Tristate.YES,
        measures=(
            SupplementaryMeasure(
                MeasureKind.TECHNICAL, "Encryption at rest, keys in NL", MeasureStatus.IMPLEMENTED
            ),
        ),
    )
    return project(
        party("cloud", "Nimbus Cloud Inc.", Role.IT_HOSTING, "US", dpf=Tristate.NO),
        party("india", "Mumbai Claims Services", Role.PROCESSOR, "IN"),
        party("china", "Shenzhen Scan Ltd", Role.SUB_PROCESSOR, "CN"),
        party("mailer", "MailCo LLC", Role.PROCESSOR, "US", dpf=Tristate.YES),
        party("uk", "Survey Bureau Ltd", Role.SURVEY_BUREAU, "GB"),
        party("de", "Noord Duitsland GmbH", Role.GROUP_COMPANY, "DE"),
        party("nowhere", "Unlocated Analytics", Role.PROCESSOR, None),
        measured,
        flow("f-in", "ctrl", "india"),
        flow("f-cn", "india", "china", ToolKind.SCC_MODULE_3),
        flow("f-mail", "ctrl", "mailer", ToolKind.DPF),
        flow("f-uk", "ctrl", "uk"),
        flow("f-de", "ctrl", "de"),
        flow("f-x", "ctrl", "nowhere", leaves_eea=True),
    )


def export(tmp_path: Path, proj: Project | None = None, **options: object) -> tuple[TransferReport, Path]:
    report = build_report(proj or insurer_project(), as_of=AS_OF, **options)  # type: ignore[arg-type]
    path = tmp_path / "tia.xlsx"
    write_xlsx(report, path)
    return report, path


@pytest.fixture(scope="module")
def rosenthal(tmp_path_factory: pytest.TempPathFactory) -> tuple[TransferReport, Path]:
    return export(tmp_path_factory.mktemp("wb"), method=Method.ROSENTHAL)


def rows(ws: Worksheet) -> list[tuple[object, ...]]:
    return list(ws.iter_rows(values_only=True))


def labelled(ws: Worksheet) -> dict[str, object]:
    """Column A label -> column B value, for key/value sheets."""
    return {r[0]: r[1] for r in ws.iter_rows(values_only=True) if isinstance(r[0], str) and len(r) > 1}


def test_sheets_in_order_with_one_tia_sheet_per_transfer_needing_one(rosenthal) -> None:
    report, path = rosenthal
    wb = load_workbook(path)
    tia = [t.sheet for t in report.transfers if t.needs_tia]
    assert wb.sheetnames == [
        "Summary",
        "Transfers",
        "Transfers (print)",
        *tia,
        "Findings",
        "Parties",
        "Evidence",
        "Reference",
        "Change log",
        "Snapshot",  # hidden: for the next export's change log
    ]
    assert [ws.title for ws in wb.worksheets if ws.sheet_state != "visible"] == ["Snapshot"]
    # US under SCCs, India with nothing, its Chinese sub-processor, the unlocated processor;
    # not the UK (adequate) nor the DPF-certified mailer (covered by the partial decision).
    assert sorted(tia) == ["TIA-f-cn", "TIA-f-in", "TIA-f-us", "TIA-f-x"]


def test_transfers_register_rows_and_values(rosenthal) -> None:
    report, path = rosenthal
    ws = load_workbook(path)["Transfers"]
    table = rows(ws)
    assert table[0] == tuple(ENGLISH(f"column.{c.key}") for c in COLUMNS) + ("Evidence ids", "Finding ids")
    by_id = {r[0]: dict(zip(table[0], r, strict=True)) for r in table[1:]}
    assert set(by_id) == {"f-us", "f-in", "f-cn", "f-mail", "f-uk", "f-x"}  # not the German group company
    india = by_id["f-in"]
    assert india["Importer"] == "Mumbai Claims Services"
    assert india["Country code"] == "IN" and india["Country"] == "India"
    assert india["Destination status"] == "Third country"  # words, not the codes JSON and CSV keep
    assert india["Highest severity"] == "High"
    assert "No safeguard" in india["Findings"] and "no-safeguard" not in india["Findings"]
    assert india["Onward recipients"] == "Mumbai Claims Services (IN) -> Shenzhen Scan Ltd (CN)"
    assert india["TIA sheet"] == "TIA-f-in"
    assert india["Evidence"].startswith("\u201cWij delen gegevens met india.\u201d")
    us = by_id["f-us"]
    assert us["Transfer tools"].startswith("SCCs module 2 (C2P) (Art. 46(2)(c); Decision (EU) 2021/914)")
    assert us["Legal basis"] == "Art. 46(2)(c); Decision (EU) 2021/914"
    assert us["Special categories"] == "Health data"
    assert us["Contract reference"] == "MSA-2024-17" and us["DPA on file"] == "Yes"
    assert us["Destination status"] == label("adequate_partial")
    # the DPF decision names whether it covers this importer, which is not certified
    assert "2023/1795" in us["Adequacy decision"] and "Covers this importer: no (" in us["Adequacy decision"]
    assert us["Decision covers this importer"].startswith("no (")
    mail = by_id["f-mail"]  # DPF-certified: covered
    assert mail["Decision covers this importer"] == "yes" and mail["Adequacy decision"].endswith(
        "importer: yes"
    )
    assert by_id["f-uk"]["Needs TIA"] == "No" and by_id["f-uk"]["TIA sheet"] is None
    assert by_id["f-x"]["Destination status"] == "Unknown"
    assert by_id["f-cn"]["Route"] == (
        "Zorgverzekeraar Noord N.V. (NL) -> Mumbai Claims Services (IN) -> Shenzhen Scan Ltd (CN)"
    )
    assert len(report.transfers) == len(table) - 1


def test_transfers_sheet_is_a_filterable_table_with_frozen_header_and_reviewer_validation(rosenthal) -> None:
    _, path = rosenthal
    ws = load_workbook(path)["Transfers"]
    table = ws.tables["Transfers"]
    letter = {c.key: get_column_letter(i) for i, c in enumerate(COLUMNS, 1)}
    assert table.ref == f"A1:{get_column_letter(len(COLUMNS) + 2)}{ws.max_row}"
    assert table.autoFilter is not None and table.autoFilter.ref == table.ref
    headers = [c.header for c in COLUMNS] + ["Evidence ids", "Finding ids"]
    assert [c.name for c in table.tableColumns] == headers
    assert ws.freeze_panes == "B2"
    assert ws.column_dimensions[letter["evidence"]].width == 60
    assert ws[f"{letter['evidence']}2"].alignment.wrap_text
    lists = {v.formula1: str(v.sqref) for v in ws.data_validations.dataValidation if v.type == "list"}
    status = '"' + ",".join(label(s) for s in TiaStatus) + '"'
    decision = '"' + ",".join(label(c) for c in TiaConclusion) + '"'
    column = {key: f"{letter[key]}2:{letter[key]}{ws.max_row}" for key in letter}
    assert lists[status] == column["tia_status"]
    assert lists[decision] == column["decision"]
    assert any(
        v.type == "date" and str(v.sqref) == column["review_date"] for v in ws.data_validations.dataValidation
    )
    formats = {str(cf.sqref): [r.formula[0] for r in cf.rules] for cf in ws.conditional_formatting}
    sev = letter["severity"]
    assert formats[column["severity"]] == [f'${sev}2="High"', f'${sev}2="Medium"', f'${sev}2="Low"']
    link = ws[f"{letter['tia_sheet']}2"]
    assert link.value == "TIA-f-in" and link.hyperlink.location == "'TIA-f-in'!A1"


def test_tia_sheet_follows_the_six_steps_with_laws_of_concern_and_input_cells(rosenthal) -> None:
    _, path = rosenthal
    ws = load_workbook(path)["TIA-f-us"]
    column_a = [r[0] for r in ws.iter_rows(values_only=True) if r and r[0]]
    steps = [a for a in column_a if isinstance(a, str) and a.startswith("Step ")]
    assert [s.split(".")[0] for s in steps] == [f"Step {n}" for n in range(1, 7)]
    assert "Conclusion and sign-off" in column_a
    facts = labelled(ws)
    assert facts["Importer"] == f"Nimbus Cloud Inc. (US), {label(Role.IT_HOSTING)}"
    assert facts[label(ScopeAttribute.DPF_CERTIFIED)] == "No"
    assert facts["Special categories"] == "Health data"
    assert facts["Record of processing / contract reference"] == "MSA-2024-17"
    assert facts["Data processing agreement on file"] == "Yes"
    laws = [r for r in ws.iter_rows(values_only=True) if r[0] and str(r[0]).startswith(("FISA", "CLOUD Act"))]
    assert len(laws) == 2
    fisa = laws[0] if laws[0][0].startswith("FISA") else laws[1]
    assert fisa[2:6] == ("does not", "does not", "does not", "does not")  # the four Essential Guarantees
    measure = next(r for r in ws.iter_rows() if r[1].value == "Encryption at rest, keys in NL")
    assert measure[0].value == "Technical" and measure[3].value == "Implemented" and measure[2].value is None
    assert measure[1].fill.fgColor.rgb.endswith("FFF2CC")  # marked as input
    conclusion = next(r for r in ws.iter_rows() if r[0].value == "Conclusion")[1]
    assert conclusion.value == "Undecided" and conclusion.fill.fgColor.rgb.endswith("FFF2CC")
    lists = [v for v in ws.data_validations.dataValidation if v.type == "list"]
    choices = next(v for v in lists if conclusion.coordinate in v.sqref)
    assert choices.formula1 == '"' + ",".join(label(c) for c in TiaConclusion) + '"'
    review = next(r for r in ws.iter_rows() if r[0].value == "Next review date")[1]
    assert review.value.date() == dt.date(2027, 11, 28)
    assert any(v.type == "date" and review.coordinate in v.sqref for v in ws.data_validations.dataValidation)


def test_destination_without_laws_of_concern_gets_blank_rows_to_fill(tmp_path) -> None:
    proj = project(party("ke", "Nairobi Data Ltd", Role.PROCESSOR, "KE"), flow("f-ke", "ctrl", "ke"))
    _, path = export(tmp_path, proj)
    ws = load_workbook(path)["TIA-f-ke"]
    text = [str(r[0]) for r in ws.iter_rows(values_only=True) if r[0]]
    assert any("records no laws of concern for Kenya" in t for t in text)


def test_probability_block_holds_formulas_the_auditor_can_recompute(rosenthal) -> None:
    _, path = rosenthal
    ws = load_workbook(path)["TIA-f-in"]  # data_only=False: formulas come back as formulas
    period = next(r for r in ws.iter_rows() if r[0].value == "Assessment period (years)")[1]
    assert period.value == 5 and period.data_type == "n"
    header = next(r for r in ws.iter_rows() if r[0].value == "Scenario and factor")
    assert [c.value for c in header[:7]] == [
        "Scenario and factor", "Reasoning", "Estimate", "Filled in by", "Per year", "Over the period",
        "One case in N years",
    ]  # fmt: skip
    first = header[0].row + 1
    titles = [ws[first + 4 * i][0].value for i in range(3)]
    assert titles == [
        "Scenario 1. Targeted lawful access",
        "Scenario 2. Mass surveillance",
        "Scenario 3. The importer's own reporting obligations",
    ]
    for i in range(3):
        row = ws[first + 4 * i]
        r = row[0].row
        assert row[4].value == f'=IF(COUNT(C{r + 1}:C{r + 3})=3,C{r + 1}*C{r + 2}*C{r + 3},"")'
        assert f"^${period.column_letter}${period.row}" in row[5].value
        factors = [ws[r + k] for k in (1, 2, 3)]
        assert all(f[1].fill.start_color.rgb.endswith("FFF2CC") for f in factors)  # reasoning: DPO input
        assert all(f[2].number_format == "0.0%" for f in factors)
        assert {f[3].value for f in factors} <= {"importer", "exporter"}
    total = next(r for r in ws.iter_rows() if r[0].value == "Probability over the period (any scenario)")[1]
    assert total.data_type == "f" and total.value.startswith("=IF(COUNT(")
    result = next(r for r in ws.iter_rows() if r[0].value == "Result")[1]
    assert result.data_type == "f" and "incomplete" in result.value
    says = next(r for r in ws.iter_rows() if r[0].value == "The probability assessment says")[1]
    assert says.value == f"={result.coordinate}"  # the result feeds the conclusion
    notes = [str(r[0].value) for r in ws.iter_rows() if r[0].value]
    assert any("Austrian data protection authority" in n for n in notes)
    percent = [v for v in ws.data_validations.dataValidation if v.type == "decimal"]
    assert percent and percent[0].formula1 == "0" and percent[0].formula2 == "1"
    assert f"C{first + 1}" in percent[0].sqref


def test_edpb_strict_method_has_no_probability_formulas(tmp_path) -> None:
    _, path = export(tmp_path, method=Method.EDPB)
    wb = load_workbook(path)
    ws = wb["TIA-f-in"]
    formulas = [row for row in ws.iter_rows() if any(c.data_type == "f" for c in row)]
    assert [r[0].value for r in formulas] == ["A transfer under Chapter V?"]  # no probability block
    assert any("EDPB strict" in str(r[0]) for r in ws.iter_rows(values_only=True) if r[0])
    assert "EDPB strict" in labelled(wb["Summary"])["Method"]


def test_summary_states_who_when_assumptions_method_reference_counts_and_map(tmp_path) -> None:
    reference = bundled_reference()
    scenario = build_scenario(reference, ["dpf-invalidated"])
    report, path = export(tmp_path, scenario=scenario, method=Method.ROSENTHAL)
    ws = load_workbook(path)["Summary"]
    facts = labelled(ws)
    assert facts["Organisation"] == "Zorgverzekeraar Noord"
    assert facts["Facts as of"].date() == AS_OF
    assert facts["Scenario"] == "EU-US Data Privacy Framework invalidated"
    assert "Rosenthal" in facts["Method"]
    assert facts["Reference data"].startswith(f"version {reference.version} of {reference.as_of.isoformat()}")
    assert "shipped with Transfer Atlas" in facts["Reference data"] and ".json" not in facts["Reference data"]
    counts = {r[1]: r[2] for r in ws.iter_rows(values_only=True) if r[0] in ("Transfers", "Findings", None)}
    assert counts["leaving the EEA or to an unknown destination"] == len(report.transfers) == 6
    finding_counts = report.finding_counts()
    assert counts["all"] == len(report.findings)
    assert counts["High"] == finding_counts[Severity.HIGH] > 0
    assert counts["whose highest finding is: High"] == report.transfer_counts()[Severity.HIGH]
    assert len(ws._images) == 1
    png = ws._images[0]._data()
    assert png.startswith(b"\x89PNG")
    # under the scenario the DPF-certified mailer is no longer covered: it needs a TIA now
    assert any(t.flow.id == "f-mail" and t.needs_tia for t in report.transfers)


def test_findings_parties_evidence_and_reference_sheets(rosenthal) -> None:
    report, path = rosenthal
    wb = load_workbook(path)
    findings = rows(wb["Findings"])
    assert findings[0][:5] == ("Finding id", "Rule", "Severity", "Article", "Message")
    assert len(findings) - 1 == len(report.findings)
    assert [r[0] for r in findings[1:]] == [f"F{i}" for i in range(1, len(report.findings) + 1)]
    no_safeguard = dict(zip(findings[0], next(r for r in findings if r[1] == "No safeguard"), strict=True))
    assert no_safeguard["Severity"] == "High" and "Art. 44" in no_safeguard["Article"]
    assert no_safeguard["Rule code"] == "no-safeguard"  # the id the README's rule table names
    assert "Destination status: Third country" in no_safeguard["Facts"]
    assert "privacyverklaring-zorgverzekeraar.txt" in no_safeguard["Evidence"]
    assert no_safeguard["Evidence ids"].startswith("E")
    assert wb["Findings"].tables["Findings"].ref.startswith("A1:P")
    parties = {r[1]: r for r in rows(wb["Parties"])[1:]}
    assert parties["Unlocated Analytics"][7] == "Unknown"
    nimbus = parties["Nimbus Cloud Inc."]
    assert nimbus[2] == label(Role.IT_HOSTING) and nimbus[9] == label("suggested")
    evidence = rows(wb["Evidence"])
    assert evidence[0] == (
        "Evidence id",
        "Document",
        "Start",
        "End",
        "Quote",
        "Supports",
        "Document sha256",
        "Cited by transfers",
        "Cited by findings",
        "Cited by parties",
    )
    first = evidence[1]
    assert first[2] == 0 and first[3] == len(first[4]) and first[6] == "0" * 64
    reference = rows(wb["Reference"])
    codes = {r[0]: r for r in reference if r[0] and len(str(r[0])) == 2}
    assert codes["NO"][2] == "EEA" and codes["GB"][2] == "Adequate"
    assert codes["GB"][6].date() == dt.date(2031, 12, 27)  # the sunset, as a real date
    assert any(r[0] == "privacy_shield" for r in reference)


def test_findings_link_to_the_tia_sheet_of_their_transfer(rosenthal) -> None:
    report, path = rosenthal
    ws = load_workbook(path)["Findings"]
    header = [c.value for c in ws[1]]
    flow, tia = header.index("Transfer id"), header.index("TIA sheet")
    sheets = {t.flow.id: t.sheet for t in report.transfers}
    linked = 0
    for row in ws.iter_rows(min_row=2):
        cell = row[tia]
        if sheets.get(row[flow].value):
            assert cell.value == sheets[row[flow].value]
            assert cell.hyperlink.location == f"'{cell.value}'!A1"
            linked += 1
        else:
            assert cell.value is None and cell.hyperlink is None
    assert linked and any(r.value == "TIA-f-in" for r in ws[get_column_letter(tia + 1)])


def test_document_properties_and_print_setup(rosenthal) -> None:
    report, path = rosenthal
    wb = load_workbook(path)
    assert wb.properties.title == "Transfer impact assessments: Zorgverzekeraar Noord"
    assert wb.properties.creator == "Transfer Atlas"
    assert wb.properties.created == report.created
    for ws in wb.worksheets:
        portrait = ws.title == "Change log"
        assert ws.page_setup.orientation == ("portrait" if portrait else "landscape"), ws.title
        assert ws.page_setup.paperSize == 9  # A4
        assert ws.oddHeader.left.text == "Zorgverzekeraar Noord"
        assert ws.oddHeader.center.text == "&A"  # the sheet's name
        assert ws.oddHeader.right.text == "&BConfidential"
        assert ws.oddFooter.left.text == "Transfer impact assessments; facts as of 2026-11-30"
        assert ws.oddFooter.right.text == "Page &P of &N"
    # the whole register prints two pages across, the transfer id on each
    transfers = wb["Transfers"]
    assert transfers.sheet_properties.pageSetUpPr.fitToPage and transfers.page_setup.fitToWidth == 2
    assert transfers.print_title_rows == "$1:$1" and transfers.print_title_cols == "$A:$A"
    # its printable view and the forms fit one page width
    for title in ("Transfers (print)", "Summary", "TIA-f-in", "Reference"):
        assert wb[title].page_setup.fitToWidth == 1 and wb[title].sheet_properties.pageSetUpPr.fitToPage
    assert wb["Findings"].print_title_rows == "$1:$1"
    assert wb["Findings"].page_setup.fitToWidth == 3 and wb["Findings"].print_title_cols == "$A:$A"


def test_classification_is_the_users_and_header_text_is_escaped(tmp_path) -> None:
    report = build_report(replace(insurer_project(), name="Smit & Zonen"), as_of=AS_OF)
    write_xlsx(report, tmp_path / "c.xlsx", classification="Strictly internal & legal")
    wb = load_workbook(tmp_path / "c.xlsx")
    assert wb["Findings"].oddHeader.right.text == "&BStrictly internal && legal"
    assert wb["Findings"].oddHeader.left.text == "Smit && Zonen"  # a single & would start a code
    write_xlsx(report, tmp_path / "none.xlsx", classification="")
    assert load_workbook(tmp_path / "none.xlsx")["Summary"].oddHeader.right.text is None


def test_empty_project_still_gives_a_valid_workbook(tmp_path) -> None:
    _, path = export(tmp_path, Project(name="Empty"))
    wb = load_workbook(path)
    assert wb.sheetnames == [ENGLISH.title(k.key) for k in SHEETS if k.write is not None]
    last = get_column_letter(len(COLUMNS) + 2)  # and the evidence and finding ids
    assert wb["Transfers"].tables["Transfers"].ref == f"A1:{last}2"  # a table needs one data row


def test_progress_is_reported_per_sheet(tmp_path) -> None:
    report = build_report(insurer_project(), as_of=AS_OF)
    seen: list[tuple[int, int]] = []
    write_xlsx(report, tmp_path / "p.xlsx", progress=lambda done, total: seen.append((done, total)))
    fixed = len([k for k in SHEETS if k.write is not None])
    assert seen[-1] == (len(report.tia_transfers) + fixed, len(report.tia_transfers) + fixed)
    assert [d for d, _ in seen] == list(range(1, len(seen) + 1))


def test_evidence_quote_is_found_in_report(rosenthal) -> None:
    report, _ = rosenthal
    row = next(t for t in report.transfers if t.flow.id == "f-in")
    assert row.evidence == (quote("Wij delen gegevens met india."),)


def test_cancelling_from_progress_leaves_no_file_and_no_temporary_streams(tmp_path) -> None:
    import openpyxl.worksheet._writer as streams

    report = build_report(insurer_project(), as_of=AS_OF)
    before = set(streams.ALL_TEMP_FILES)

    def cancel(done: int, total: int) -> None:
        if done == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_xlsx(report, tmp_path / "cancelled.xlsx", progress=cancel)
    assert list(tmp_path.iterdir()) == []
    assert set(streams.ALL_TEMP_FILES) <= before


def test_normal_mode_workbook_holds_the_same_cells(rosenthal, tmp_path) -> None:
    report, streamed = rosenthal
    path = tmp_path / "normal.xlsx"
    build_workbook(report, write_only=False).save(path)
    a, b = load_workbook(streamed), load_workbook(path)
    assert a.sheetnames == b.sheetnames
    for title in ("Transfers", "TIA-f-in", "Findings"):
        assert rows(a[title]) == rows(b[title])
    assert (
        b["Transfers"].freeze_panes == "B2"
        and b["Transfers"].tables["Transfers"].ref == a["Transfers"].tables["Transfers"].ref
    )


def test_tia_sheet_asks_whether_this_is_a_transfer_and_who_exactly_exports_and_imports(rosenthal) -> None:
    report, path = rosenthal
    wb = load_workbook(path)
    ws = wb["TIA-f-in"]
    rows = {r[0].value: r for r in ws.iter_rows() if isinstance(r[0].value, str)}
    criteria = [label for label in rows if label[:3] in ("1. ", "2. ", "3. ")]
    assert len(criteria) == 3 and "Art. 3" in criteria[0]
    verdict = rows["A transfer under Chapter V?"][1]
    assert verdict.data_type == "f" and "incomplete: answer the three questions" in verdict.value
    for criterion in criteria:  # each question is a yes/no/unknown drop-down
        cell = rows[criterion][1].coordinate
        lists = [v for v in ws.data_validations.dataValidation if v.type == "list" and cell in v.sqref]
        assert lists and lists[0].formula1 == '"yes,no,unknown"'
    assert any(label.startswith("Could the purpose be met with anonymised data") for label in rows)
    assert any(label.startswith("Could the data be pseudonymised") for label in rows)
    assert rows["Decision covers this importer"][1].value == "no decision"
    for who in ("Exporter", "Importer"):
        for detail in ("address", "contact person (name, position, e-mail)"):
            assert rows[f"{who}: {detail}"][1].fill.start_color.rgb.endswith("FFF2CC")  # to fill in
    assert rows["Assessment period: start"][1].value.date() == AS_OF
    assert rows["Assessment period: end"][1].value.date() == dt.date(2031, 11, 28)
    assert "Nature of the processing (Annex I.B)" in rows
    header = next(r for r in ws.iter_rows() if r[0].value == "Kind" and r[1].value == "Measure")
    assert header[2].value == "Gap or law it addresses (Step 3)"


def test_change_log_records_this_export_and_leaves_rows_for_later_versions(rosenthal) -> None:
    report, path = rosenthal
    ws = load_workbook(path)["Change log"]
    assert [c.value for c in ws[1]] == ["Version", "Date", "Who", "What changed", "Approved by"]
    first = [c.value for c in ws[2]]
    assert first[0] == "1" and first[1].date() == report.created.date()
    assert f"{len(report.tia_transfers)} TIA sheets" in first[3] and "No earlier export" in first[3]
    blank = [r for r in ws.iter_rows(min_row=3) if r[3].value is None]
    assert len(blank) >= 10 and all(r[3].fill.start_color.rgb.endswith("FFF2CC") for r in blank)
