"""An independent reader: LibreOffice opens the workbook headlessly and converts it (skipped without it)."""

from __future__ import annotations

import csv
import datetime as dt
import math
import re
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


WORKED = [(0.5, 0.5, 0.2), (0.1, 0.1, 0.1), (0.2, 0.5, 0.1)]  # three scenarios, three factors each


def recalculated(
    workbook: Path,
    tmp_path: Path,
    estimates: list[tuple[float | None, ...]],
    threshold: float | None,
    *,
    calls: str | None = "applies",
    reasons: bool = True,
    period: int | None = 5,
) -> dict[str, list[str]]:
    """The TIA-f2 sheet filled in as an auditor would, recalculated by LibreOffice, rows by label."""
    wb = load_workbook(workbook)
    ws = wb["TIA-f2"]
    rows = {r[0].value: r for r in ws.iter_rows() if isinstance(r[0].value, str)}
    law_header = rows["Law or practice"][0].row
    call_column = [c.value for c in ws[law_header]].index("DPO: applies to this transfer?")
    for r in range(
        law_header + 1, rows["Importer's record of requests (period covered, number, outcome)"][0].row
    ):
        if ws.cell(r, 1).value:
            ws.cell(r, call_column + 1).value = calls
    for number, values in enumerate(estimates, 1):
        for letter, value in zip("abc", values, strict=True):
            row = next(r for label, r in rows.items() if label.startswith(f"{number}{letter}. "))
            row[2].value = value
            row[1].value = "Transparency reports of the importer, 2021-2025" if reasons else None
    rows["Assessment period (years)"][1].value = period
    rows["Threshold you accept (over the period)"][1].value = threshold
    for title in wb.sheetnames:
        if title != "TIA-f2":
            del wb[title]
    filled = tmp_path / "filled.xlsx"
    wb.save(filled)
    text = convert(filled, tmp_path, UTF8_CSV).read_text(encoding="utf-8")
    return {r[0]: r for r in csv.reader(text.splitlines()) if r}


def percent(text: str) -> float:
    return float(text.rstrip("%")) / 100


def test_worked_example_recalculates_in_libreoffice_to_the_figures_computed_here(
    workbook: Path, tmp_path: Path
) -> None:
    rows = recalculated(workbook, tmp_path, WORKED, 0.1)
    per_year = [a * b * c for a, b, c in WORKED]  # each scenario: the product of its factors
    years = 5
    over = [1 - (1 - p) ** years for p in per_year]  # at least once in the period
    any_year = 1 - math.prod(1 - p for p in per_year)  # at least one scenario in a year
    any_period = 1 - math.prod(1 - p for p in over)
    scenario_rows = [r for label, r in rows.items() if re.match(r"Scenario \d\. ", label)]
    assert len(scenario_rows) == 3
    for row, p, q in zip(scenario_rows, per_year, over, strict=True):
        assert percent(row[4]) == pytest.approx(p, abs=0.0005)
        assert percent(row[5]) == pytest.approx(q, abs=0.0005)
        assert float(row[6]) == round(1 / p)
    assert percent(rows["Probability per year (any scenario)"][1]) == pytest.approx(any_year, abs=0.0005)
    assert percent(rows["Probability over the period (any scenario)"][1]) == pytest.approx(
        any_period, abs=0.0005
    )
    assert float(rows["One case in N years (any scenario)"][1]) == round(1 / any_year) == 17
    assert rows["Laws counted (Step 3: applies)"][1] == "3"
    assert rows["Result"][1] == "above the threshold: add measures or suspend"  # 26.8% > 10%
    assert rows["The probability assessment says"][1] == rows["Result"][1]
    assert recalculated(workbook, tmp_path, WORKED, 0.3)["Result"][1] == "at or below the threshold"


@pytest.mark.parametrize(
    ("estimates", "options", "says"),
    [
        # one scenario filled in, two left empty: a tiny figure that must not read as acceptable
        ([(0.01, 0.1, 0.1), (None, None, None), (None, None, None)], {}, "incomplete: fill in the 6"),
        ([(0.01, 0.1, 0.1), (0.01, 0.1, None), (0.01, 0.1, 0.1)], {}, "incomplete: fill in the 1"),
        ([(0.01, 0.1, 0.1)] * 3, {"threshold": None}, "incomplete: fill in the threshold"),
        ([(0.01, 0.1, 0.1)] * 3, {"reasons": False}, "incomplete: give the reasons for 9"),
        ([(0.01, 0.1, 0.1)] * 3, {"period": None}, "incomplete: fill in the assessment period"),
        ([(0.01, 0.1, 0.1)] * 3, {"calls": None}, "incomplete: judge the 3 laws"),
        ([(0.01, 0.1, 0.1)] * 3, {"calls": "not assessed"}, "incomplete: judge the 3 laws"),
        ([(None, None, None)] * 3, {"calls": "not applied in practice"}, "no law of concern applies"),
    ],
)
def test_a_half_filled_probability_block_says_incomplete_never_at_or_below_the_threshold(
    workbook: Path, tmp_path: Path, estimates: list[tuple[float | None, ...]], options: dict, says: str
) -> None:
    threshold = options.pop("threshold", 0.5)
    rows = recalculated(workbook, tmp_path, estimates, threshold, **options)
    assert rows["Result"][1].startswith(says), rows["Result"]
    assert "at or below" not in rows["The probability assessment says"][1]
