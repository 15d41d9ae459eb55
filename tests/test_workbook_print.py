"""The TIA workbook as an auditor prints it: rows tall enough for their text, a header and footer on
every page, and (where LibreOffice and poppler are installed) the PDF and page images it gives.

Two workbooks: the sample project (the bundled notices) and a 300-vendor register. The page
images are kept under ``build/artefacts/print`` (git ignores ``build/``) for a person to look at.
"""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from exports.report import Method, build_report
from exports.sheets import CHARS_PER_WIDTH, DEFAULT_WIDTH, LINE_HEIGHT, MAX_ROW_HEIGHT
from exports.workbook import write_xlsx
from importers.batch import import_paths

ROOT = Path(__file__).resolve().parent.parent
ARTEFACTS = ROOT / "build" / "artefacts" / "print"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")
PDFTOPPM = shutil.which("pdftoppm")
AS_OF = dt.date(2026, 11, 30)
CLASSIFICATION = "Confidential - audit copy"
THIRD = (
    "South Africa", "Singapore", "Philippines", "Mexico", "Australia", "Turkey",
    "United Arab Emirates", "Egypt", "Albania", "USA", "China", "Russia", "India", "",
)  # fmt: skip
# A register as registers are: most vendors in the EEA or an adequate country, a third elsewhere.
COUNTRIES = THIRD + ("Netherlands", "Germany", "France", "Belgium", "Ireland", "United Kingdom",
                     "Switzerland", "Japan", "Sweden", "Spain") * 3  # fmt: skip
ROLES = ("Processor", "Hosting", "Survey bureau", "Payment provider", "Processor", "Sub-processor")
CATEGORIES = (
    "name, e-mail",
    "name, address, date of birth, policy number, claims history, bank account, telephone number, "
    "correspondence with the customer service desk and notes of telephone conversations",
    "health data",
)


def vendor_register(path: Path, count: int = 300) -> Path:
    """A register of ``count`` vendors across the destinations the reference data lists."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["Vendor name", "Country", "Role", "DPA signed", "SCC module", "DPF certified",
                      "Transfer mechanism", "Review date", "TIA status", "Data categories"])  # fmt: skip
        for i in range(count):
            country = COUNTRIES[i % len(COUNTRIES)]
            out.writerow([
                f"Vendor {i} {'Holdings International Services ' if i % 7 == 0 else ''}Ltd",
                country, ROLES[i % len(ROLES)], "Yes" if i % 3 else "No",
                "Module 2" if i % 4 == 0 else "", "Yes" if country == "USA" and i % 2 else "",
                "Standard contractual clauses" if i % 4 == 0 else "", "2026-06-30", "Not started",
                CATEGORIES[i % len(CATEGORIES)],
            ])  # fmt: skip
    return path


def export(paths: list[Path], target: Path) -> Path:
    batch = import_paths(paths)
    assert batch.project.parties, batch.failures
    report = build_report(batch.project, as_of=AS_OF, method=Method.ROSENTHAL)
    write_xlsx(report, target, classification=CLASSIFICATION)
    return target


@pytest.fixture(scope="module", params=["sample", "register"])
def workbook(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp(f"print-{request.param}")
    if request.param == "sample":
        return export([ROOT / "samples" / "notices"], folder / "sample.xlsx")
    return export([vendor_register(folder / "vendors.csv")], folder / "register.xlsx")


def lines_needed(text: str, width: float) -> int:
    """An estimate independent of the writer's: the standard library's word wrapper."""
    per_line = max(1, int(width * CHARS_PER_WIDTH))
    return sum(len(textwrap.wrap(p, per_line, break_on_hyphens=False)) or 1 for p in text.split("\n"))


def short_rows(ws: Worksheet) -> list[str]:
    widths = {
        letter: dim.width for letter, dim in ws.column_dimensions.items() if dim.width
    }  # fmt: skip
    problems = []
    for row in ws.iter_rows():
        height = ws.row_dimensions[row[0].row].height or LINE_HEIGHT
        for cell in row:
            if cell.data_type != "s" or not cell.alignment.wrap_text:  # text, not formulas
                continue
            need = lines_needed(cell.value, widths.get(cell.column_letter, DEFAULT_WIDTH))
            if height < LINE_HEIGHT * need or height > MAX_ROW_HEIGHT:
                problems.append(f"{ws.title}!{cell.coordinate}: {need} lines in {height} pt")
    return problems


def test_no_wrapped_row_is_shorter_than_its_text_needs(workbook: Path) -> None:
    wb = load_workbook(workbook)
    problems = [p for ws in wb.worksheets for p in short_rows(ws)]
    assert not problems, problems[:10]


def test_every_sheet_has_a_header_and_footer_with_page_numbers(workbook: Path) -> None:
    wb = load_workbook(workbook)
    for ws in wb.worksheets:
        assert ws.oddHeader.center.text == "&A" and ws.oddHeader.right.text == f"&B{CLASSIFICATION}"
        assert ws.oddHeader.left.text, ws.title
        assert ws.oddFooter.right.text == "Page &P of &N", ws.title


@pytest.mark.skipif(
    not (SOFFICE and PDFTOTEXT and PDFTOPPM),
    reason="LibreOffice or poppler-utils is not installed (`make print-tools` installs them)",
)
def test_printed_pdf_has_header_and_footer_on_every_page_of_every_sheet(workbook: Path) -> None:
    out = ARTEFACTS / workbook.stem
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    pdf = to_pdf(workbook, out)
    text = subprocess.run([PDFTOTEXT, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    pages = text.stdout.split("\f")[:-1]
    assert pages
    book = load_workbook(workbook, read_only=True)
    sheets = {ws.title for ws in book.worksheets if ws.sheet_state == "visible"}  # hidden ones do not print
    printed: dict[str, int] = {}  # the first page of each sheet, by the sheet name in its header
    for number, page in enumerate(pages, 1):
        lines = [line for line in page.splitlines() if line.strip()]
        head, foot = lines[0], lines[-1]
        assert CLASSIFICATION in head, (number, head)
        assert f"Page {number} of {len(pages)}" in foot, (number, foot)
        assert "facts as of 2026-11-30" in foot, (number, foot)
        title = next(s for s in sorted(sheets, key=len, reverse=True) if s in head)
        printed.setdefault(title, number)
    assert set(printed) == sheets  # every sheet printed, each page with its header and footer
    shown = [n for t, n in printed.items() if not t.startswith("TIA-")]
    shown += sorted(n for t, n in printed.items() if t.startswith("TIA-"))[:2]
    for number in shown:
        subprocess.run(
            [PDFTOPPM, "-r", "70", "-png", "-f", str(number), "-l", str(number), str(pdf), str(out / "page")],
            check=True,
            timeout=120,
        )
    assert len(list(out.glob("page-*.png"))) == len(shown)


def to_pdf(workbook: Path, out: Path) -> Path:
    profile = out / "profile"  # a private profile, so a running LibreOffice does not interfere
    done = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), str(workbook)],
        capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    shutil.rmtree(profile, ignore_errors=True)
    pdf = out / f"{workbook.stem}.pdf"
    assert done.returncode == 0 and pdf.exists(), done.stderr
    return pdf
