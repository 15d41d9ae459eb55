"""An independent reader: LibreOffice opens the workbook headlessly and converts it (skipped without it)."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from exports.report import Method, build_report
from exports.workbook import write_xlsx
from model.flows import ToolKind
from model.parties import Role
from tests.factories import flow, party, project

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
UTF8_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1"  # comma, double quote, UTF-8, from row 1
HOSTILE = '=HYPERLINK("http://example.invalid","x")'


def convert(source: Path, out: Path, target: str) -> Path:
    profile = out / "profile"  # a private profile, so a running LibreOffice does not interfere
    done = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(out),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    # a single-sheet CSV export is named after the sheet (tia-Transfers.csv)
    produced = sorted(out.glob(f"{source.stem}*.{target.split(':')[0]}"))
    assert produced, f"{done.stdout}\n{done.stderr}"
    return produced[0]


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    proj = project(
        replace(party("us", HOSTILE, Role.IT_HOSTING, "US"), notes="@SUM(1+1)"),
        party("in", "Mumbai Claims", Role.PROCESSOR, "IN"),
        flow("f1", "ctrl", "us", ToolKind.SCC_MODULE_2),
        flow("f2", "ctrl", "in"),
    )
    path = tmp_path_factory.mktemp("lo") / "tia.xlsx"
    write_xlsx(build_report(proj, as_of=dt.date(2026, 11, 30), method=Method.ROSENTHAL), path)
    return path


def test_libreoffice_converts_the_whole_workbook_to_pdf(workbook: Path, tmp_path: Path) -> None:
    pdf = convert(workbook, tmp_path, "pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000


def test_libreoffice_reads_hostile_text_as_text(workbook: Path, tmp_path: Path) -> None:
    # CSV export writes the first sheet by default; the Transfers register is sheet 2.
    produced = convert(
        workbook, tmp_path, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2"
    )
    rows = list(csv.reader(produced.read_text(encoding="utf-8").splitlines()))
    assert rows[0][0] == "Transfer id"
    importers = {r[3] for r in rows[1:]}
    assert HOSTILE in importers  # literal: had it been a formula, LibreOffice would show "x"


def test_probability_formulas_recompute_in_libreoffice_after_the_auditor_fills_them(
    workbook: Path, tmp_path: Path
) -> None:
    wb = load_workbook(workbook)
    ws = wb["TIA-f2"]
    header = next(r for r in ws.iter_rows() if r[0].value == "Scenario" and r[4].value)[0].row
    for offset, values in enumerate([(0.5, 0.5, 0.2), (0.1, 0.1, 0.1), (0.2, 0.5, 0.1)], 1):
        for column, value in zip("BCD", values, strict=True):
            ws[f"{column}{header + offset}"] = value
    next(r for r in ws.iter_rows() if r[0].value == "Threshold you accept")[1].value = 0.1
    for title in wb.sheetnames:
        if title != "TIA-f2":
            del wb[title]
    filled = tmp_path / "filled.xlsx"
    wb.save(filled)
    rows = {
        r[0]: r
        for r in csv.reader(convert(filled, tmp_path, UTF8_CSV).read_text(encoding="utf-8").splitlines())
        if r
    }
    first = rows["Targeted request from an authority to the importer"]
    assert float(first[4].rstrip("%")) == pytest.approx(5.0)
    assert float(first[5].rstrip("%")) == pytest.approx(100 * (1 - 0.95**5), abs=0.05)
    expected = 1 - (0.95**5) * (0.999**5) * (0.99**5)
    assert float(rows["Probability over the period (any scenario)"][1].rstrip("%")) == pytest.approx(
        100 * expected, abs=0.05
    )
    assert rows["Result"][1] == "above the threshold: add measures or suspend"
