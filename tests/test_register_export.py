"""The JSON and CSV registers carry the same transfers and columns as the Transfers sheet."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import replace

from openpyxl import load_workbook

from exports.register import (
    COLUMN_INDEX,
    COLUMNS,
    REGISTER_SCHEMA,
    csv_field,
    register_csv,
    register_document,
    register_rows,
    write_csv,
    write_json,
)
from exports.report import Method, build_report
from exports.texts import ENGLISH
from exports.workbook import write_xlsx
from model.flows import TiaStatus, ToolKind
from model.parties import Role
from tests.factories import flow, party, project

AS_OF = dt.date(2026, 11, 30)


def sample():
    reviewed = replace(
        flow(
            "f-us", "ctrl", "us", ToolKind.SCC_MODULE_2, tia=TiaStatus.COMPLETED, review=dt.date(2027, 3, 1)
        ),
        data_categories=("claims", "=1+1"),
        purposes=("hosting",),
    )
    proj = project(
        party("us", "Nimbus Cloud Inc.", Role.IT_HOSTING, "US"),
        party("in", "@Mumbai Claims", Role.PROCESSOR, "IN"),
        party("gb", "Survey Bureau Ltd", Role.SURVEY_BUREAU, "GB"),
        reviewed,
        flow("f-in", "ctrl", "in"),
        flow("f-gb", "ctrl", "gb"),
    )
    return build_report(proj, as_of=AS_OF, method=Method.ROSENTHAL)


def test_json_register_lists_every_transfer_with_every_column(tmp_path) -> None:
    report = sample()
    path = tmp_path / "register.json"
    write_json(report, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["schema"] == REGISTER_SCHEMA
    assert doc["as_of"] == "2026-11-30" and doc["method"] == "rosenthal"
    assert doc["organisation"] == "Zorgverzekeraar Noord"
    assert [c["key"] for c in doc["columns"]] == [c.key for c in COLUMNS]
    by_id = {t["id"]: t for t in doc["transfers"]}
    assert set(by_id) == {"f-us", "f-in", "f-gb"}
    us = by_id["f-us"]
    assert us["data_categories"] == ["claims", "=1+1"]  # lists stay lists; JSON keeps raw text
    assert us["review_date"] == "2027-03-01" and us["tia_status"] == "completed"
    assert by_id["f-in"]["severity"] == "high" and by_id["f-in"]["tia_sheet"] == "TIA-f-in"
    assert by_id["f-gb"]["needs_tia"] == "no" and by_id["f-gb"]["tia_sheet"] is None


def test_csv_json_and_workbook_hold_the_same_register(tmp_path) -> None:
    report = sample()
    write_csv(report, tmp_path / "r.csv")
    write_json(report, tmp_path / "r.json")
    write_xlsx(report, tmp_path / "r.xlsx")
    raw = (tmp_path / "r.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM, so Excel reads UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == [c.header for c in COLUMNS]
    doc = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    sheet = list(load_workbook(tmp_path / "r.xlsx")["Transfers"].iter_rows(values_only=True))
    assert len(rows) == len(sheet) == len(doc["transfers"]) + 1
    # JSON and CSV keep the codes; the workbook shows the same values in words
    shown = register_rows(report, ENGLISH)
    for csv_row, sheet_row, json_row, words in zip(rows[1:], sheet[1:], doc["transfers"], shown, strict=True):
        for column, text, cell, word in zip(COLUMNS, csv_row, sheet_row[: len(COLUMNS)], words, strict=True):
            value = json_row[column.key]
            expected = "\n".join(value) if isinstance(value, list) else value
            in_words = "\n".join(word) if isinstance(word, tuple) else word
            if isinstance(cell, dt.datetime):
                cell, in_words = cell.date().isoformat(), in_words.isoformat()  # type: ignore[union-attr]
            assert (cell or None) == (in_words or None), column.key
            assert text.lstrip("'") == (expected or ""), column.key
            if column.show is None:
                assert (cell or None) == (expected or None), column.key
    codes = {c.key: i for i, c in enumerate(COLUMNS)}
    by_json = {t["id"]: t for t in doc["transfers"]}
    india = next(r for r in sheet if r[0] == "f-in")
    assert india[codes["severity"]] == "High" and by_json["f-in"]["severity"] == "high"


def test_csv_neutralises_formula_like_text_but_keeps_it_readable() -> None:
    rows = list(csv.reader(io.StringIO(register_csv(sample()))))
    india = next(r for r in rows if r[0] == "f-in")
    assert india[3] == "'@Mumbai Claims"
    us = next(r for r in rows if r[0] == "f-us")
    assert us[COLUMN_INDEX["data_categories"]] == "claims\n=1+1"  # only a leading trigger counts
    for hostile in ('=HYPERLINK("http://example.invalid","x")', "@SUM(1+1)", "+1", "-1", "\tx", "\rx"):
        assert csv_field(hostile) == "'" + hostile
    assert csv_field(None) == "" and csv_field(dt.date(2027, 1, 2)) == "2027-01-02"


def test_register_document_is_the_json_file_content(tmp_path) -> None:
    report = sample()
    write_json(report, tmp_path / "r.json")
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8")) == register_document(report)
