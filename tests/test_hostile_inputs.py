"""The catalogue of hostile and broken inputs: each kind is generated here, dropped into a batch
between a good notice and a good register, and must give a clear error for that file (or be read
safely) while the good files are imported and nothing already in the project changes."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from importers.base import ImportFailure
from importers.batch import BatchResult, import_paths
from importers.documents import read_document
from model.interchange import InterchangeError, read_project_json
from model.project import Document, Project
from tests.document_files import (
    BILLION_LAUGHS,
    EXTERNAL_ENTITY,
    encrypt_pdf,
    make_docx,
    make_pdf,
    paragraph,
    shared_content_pdf,
)
from tests.factories import flow, party, project
from tests.hostile_files import (
    cr_only_csv,
    external_formula_workbook,
    formatted_to_last_row,
    inline_row,
    many_cell_formats,
    member,
    million_row_csv,
    million_row_workbook,
    register_rows,
    replace_members,
    rows_far_apart,
    sheet_workbook,
    with_prolog,
    workbook,
    zip_with_bomb,
)

GOOD_NOTICE = (
    "Privacy notice of Harbour Insurance B.V.\n\n"
    "We share your personal data with Intrum, our debt collection agency, and with our IT "
    "provider Cloudly Inc. in the United States under standard contractual clauses.\n"
)
NOTICE_NL = "Wij delen uw gegevens met één incassobureau, Intrum. Straße, café, naïef.\n"
JUNK = bytes((i * 7919 + 13) % 256 for i in range(30_000))
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000)
Maker = Callable[[Path], Path]
# The register importer may name the attack or call the workbook damaged; either way the file is refused.
XML_ATTACK = r"entit|DTD|invalid XML"


@dataclass(frozen=True)
class Kind:
    """One kind of bad input: how to make it, and the reason its failure must state (None: read)."""

    name: str
    make: Maker
    reason: str | None
    row_reason: str | None = None  # for files that are read: a row problem that must be reported
    vanish: bool = False  # delete the file just before the batch reaches it


def file(name: str, data: bytes | str | Callable[[], bytes]) -> Maker:
    def make(folder: Path) -> Path:
        path = folder / name
        content = data() if callable(data) else data
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return make


def sparse(name: str, size: int) -> Maker:
    def make(folder: Path) -> Path:
        path = folder / name
        with open(path, "wb") as handle:
            handle.truncate(size)
        return path

    return make


def bomb(name: str, base: Callable[[], bytes], part: str, megabytes: int) -> Maker:
    return lambda folder: zip_with_bomb(folder / name, base(), part, megabytes)


def xml_attack(name: str, base: Callable[[], bytes], part: str, prolog: str, old: bytes, new: bytes) -> Maker:
    def data() -> bytes:
        original = base()
        return replace_members(
            original, {part: with_prolog(member(original, part), prolog).replace(old, new, 1)}
        )

    return file(name, data)


def fifo_in_folder(folder: Path) -> Path:
    os.mkfifo(folder / "pipe.txt")
    return folder / "pipe.txt"


def file_link_loop(folder: Path) -> Path:
    os.symlink(folder / "b.txt", folder / "a.txt")
    os.symlink(folder / "a.txt", folder / "b.txt")
    return folder / "a.txt"


def folder_link_loop(folder: Path) -> Path:
    inner = folder / "notices" / "2026"
    inner.mkdir(parents=True)
    os.symlink(folder / "notices", inner / "back-up")  # notices/2026/back-up -> notices
    (inner / "notice.txt").write_text(GOOD_NOTICE, encoding="utf-8")
    return inner / "notice.txt"


def built(name: str, build: Callable[[Path], Path]) -> Maker:
    return lambda folder: build(folder / name)


def link(path: Path, target: str) -> Path:
    path.symlink_to(target)
    return path


MERGES = b"<mergeCells>" + b"".join(b'<mergeCell ref="C%d:D%d"/>' % (i, i) for i in range(1, 20_001))
MERGES += b"</mergeCells>"
WIDE = register_rows(1000) + inline_row(["x"], 1001, "XFD")
COLUMNS = b"<cols>" + b'<col min="1" max="16384" width="9" hidden="1"/>' * 100_000 + b"</cols>"


def register(rows: list[tuple[str, ...]]) -> Callable[[], bytes]:
    return lambda: workbook(rows)


def good_register() -> bytes:
    return workbook([("Vendor", "Country"), ("Cloudly Inc.", "US")])


def docx_with_parts(count: int) -> Callable[[], bytes]:
    return lambda: make_docx(paragraph("x"), extra={f"word/media/image{i}.png": b"" for i in range(count)})


FORMULAS = ('=HYPERLINK("http://example.invalid","x")', "+31 20 123 4567", "-2+3", "@SUM(1+1)")

CATALOGUE = [
    Kind("empty text file", file("empty.txt", b""), r"^empty file$"),
    Kind("whitespace-only Markdown", file("blank.md", " \n\t\n"), r"^no readable text$"),
    Kind("binary junk with a .txt name", file("junk.txt", JUNK), r"^not a text file"),
    Kind("an image with an .html name", file("page.html", b"\x89PNG\r\n\x1a\n" + JUNK), r"^not a text file"),
    Kind(
        "200 MB text file",
        sparse("huge.txt", 200 << 20),
        r"^file is too large \(200\.0 MB; the limit .* 50 MB\)$",
    ),
    Kind("invalid UTF-8 (Windows-1252 bytes)", file("cp1252.txt", NOTICE_NL.encode("cp1252")), None),
    Kind("UTF-16 LE without BOM", file("utf16le.txt", GOOD_NOTICE.encode("utf-16-le")), None),
    Kind("UTF-16 BE without BOM", file("utf16be.md", GOOD_NOTICE.encode("utf-16-be")), None),
    Kind(
        "mixed UTF-8 and Windows-1252",
        file("mixed.txt", NOTICE_NL.encode() + NOTICE_NL.encode("cp1252")),
        None,
    ),
    Kind(
        "NUL bytes inside a notice", file("nul.txt", GOOD_NOTICE.encode().replace(b" ", b" \x00", 20)), None
    ),
    Kind(
        "HTML nested ten thousand levels",
        file("deep.html", "<div>" * 10_000 + GOOD_NOTICE + "</div>" * 10_000),
        None,
    ),
    Kind(
        "HTML with only scripts and navigation",
        file("app.html", "<script>a()</script><nav><a>Home</a></nav>"),
        r"^no readable text",
    ),
    Kind(
        "truncated PDF",
        file("cut.pdf", lambda: make_pdf([[GOOD_NOTICE]])[:400]),
        r"^truncated or damaged PDF",
    ),
    Kind(
        "encrypted PDF",
        file("locked.pdf", lambda: encrypt_pdf(make_pdf([["Secret."]]), "pw")),
        r"^encrypted PDF: cannot read without password$",
    ),
    Kind(
        "scanned PDF without a text layer",
        file("scan.pdf", lambda: make_pdf([[]], drawing_only=True)),
        r"^no text layer: scanned PDF needs OCR",
    ),
    Kind("HTML saved with a .pdf name", file("page.pdf", "<html><p>Privacy</p></html>"), r"^not a PDF file"),
    Kind(
        "Word zip bomb",
        bomb("bomb.docx", lambda: make_docx(paragraph("x")), "word/document.xml", 101),
        r"^word/document\.xml decompresses to more than 100 MB; refused \(a zip bomb\?\)$",
    ),
    Kind(
        "Word billion laughs",
        xml_attack(
            "laughs.docx",
            lambda: make_docx(paragraph("HAHA")),
            "word/document.xml",
            BILLION_LAUGHS,
            b"HAHA",
            b"&lol9;",
        ),
        r"^refused: the XML declares",
    ),
    Kind(
        "Word external entity",
        xml_attack(
            "xxe.docx",
            lambda: make_docx(paragraph("HAHA")),
            "word/document.xml",
            EXTERNAL_ENTITY,
            b"HAHA",
            b"&secret;",
        ),
        r"^refused: the XML declares",
    ),
    Kind("Word with 6,000 parts", file("parts.docx", docx_with_parts(6000)), r"parts; the limit is 5,000"),
    Kind(
        "truncated Word file",
        file("cut.docx", lambda: make_docx(paragraph(GOOD_NOTICE))[:300]),
        r"^not a Word document or damaged",
    ),
    Kind(
        "password-protected Word file",
        file("locked.docx", OLE),
        r"^password-protected or old-format Word file",
    ),
    Kind(
        "named file that does not exist", lambda folder: folder / "missing.txt", r"^no such file or folder$"
    ),
    Kind("unsupported file type", file("setup.exe", b"MZ" + JUNK), r"^unsupported file type '\.exe'$"),
    Kind(
        "file that disappears while being read",
        file("gone.txt", GOOD_NOTICE),
        r"^file not found",
        vanish=True,
    ),
    Kind("named pipe in a dropped folder", fifo_in_folder, r"^not a regular file$"),
    Kind(
        "symbolic-link loop between two files",
        file_link_loop,
        r"^cannot be read \(too many levels of symbolic",
    ),
    Kind("symbolic-link loop in a dropped folder", folder_link_loop, None),
    Kind(
        "non-ASCII name with spaces", file("Privacyverklaring – Ünïcode 隐私 (2026).txt", GOOD_NOTICE), None
    ),
    Kind("empty register", file("empty.csv", b""), r"header row|empty"),
    Kind("binary junk with a .csv name", file("junk.csv", JUNK), r"not a text file|header row"),
    Kind(
        "text saved with an .xlsx name",
        file("text.xlsx", "Vendor,Country\nCloudly,US\n"),
        r"^not an Excel \.xlsx workbook",
    ),
    Kind(
        "truncated workbook",
        file("cut.xlsx", lambda: good_register()[:500]),
        r"^not an Excel \.xlsx workbook",
    ),
    Kind("password-protected workbook", file("locked.xlsx", OLE), r"^not an Excel \.xlsx workbook"),
    Kind(
        "workbook zip bomb",
        bomb("bomb.xlsx", good_register, "xl/worksheets/sheet1.xml", 401),
        r"decompresses to more than 400 MB",
    ),
    Kind(
        "workbook billion laughs (workbook part)",
        xml_attack("laughs.xlsx", good_register, "xl/workbook.xml", BILLION_LAUGHS, b"", b""),
        XML_ATTACK,
    ),
    Kind(
        "workbook billion laughs (shared strings)",
        xml_attack(
            "laughs2.xlsx",
            good_register,
            "xl/sharedStrings.xml",
            BILLION_LAUGHS,
            b">Cloudly Inc.<",
            b">&lol9;<",
        ),
        XML_ATTACK,
    ),
    Kind(
        "workbook external entity",
        xml_attack(
            "xxe.xlsx",
            good_register,
            "xl/sharedStrings.xml",
            EXTERNAL_ENTITY,
            b">Cloudly Inc.<",
            b">&secret;<",
        ),
        XML_ATTACK,
    ),
    Kind(
        "formula referencing another workbook",
        file("linked.xlsx", external_formula_workbook),
        None,
        row_reason=r"takes its value from another workbook \(Contracten\.xlsx\)",
    ),
    Kind(
        "cells starting with = + - @ (CSV)",
        file(
            "formulas.csv",
            "Vendor,Country\n" + "".join('"' + f.replace('"', '""') + '",US\n' for f in FORMULAS),
        ),
        None,
    ),
    Kind(
        "cells starting with = + - @ (workbook)",
        file("formulas.xlsx", lambda: workbook([("Vendor", "Country"), *((f, "US") for f in FORMULAS)])),
        None,
    ),
    Kind("workbook formatted down to row 1,048,576", file("styled.xlsx", formatted_to_last_row), None),
    Kind(
        "register cell larger than the CSV field limit",
        file("bigcell.csv", "Vendor,Country\n" + "x" * 200_000 + ",US\nCloudly Inc.,US\n"),
        r"field|too large|row",
    ),
    # -- the second round: counts the parser sees but a limit did not, parts without a budget, names
    Kind(
        "CSV with a stray quote",
        file("stray.csv", 'Vendor,Country\n"Acme,US\nB Inc,US\nC Ltd,DE\n'),
        r"^not a readable CSV file: row 2: .*stray quote",
    ),
    Kind(
        "CSV cell running over 40 lines",
        file("longcell.csv", 'Vendor,Country\n"Acme\n' + "note\n" * 40 + '",US\nB Inc,US\n'),
        r"^not a readable CSV file: row 2: .*runs to line 43",
    ),
    Kind(
        "CSV with CR-only line endings, 1,048,576 rows",
        built("mac.csv", cr_only_csv),
        r"it has 1,048,576 rows",
    ),
    Kind(
        "workbook shared strings of 101 MB (zip bomb)",
        bomb("strings.xlsx", good_register, "xl/sharedStrings.xml", 101),
        r"part xl/sharedStrings\.xml decompresses to 101 MB; the limit for it is 100 MB",
    ),
    Kind(
        "workbook styles of 11 MB (zip bomb)",
        bomb("styles.xlsx", good_register, "xl/styles.xml", 11),
        r"part xl/styles\.xml decompresses to 11 MB; the limit for it is 10 MB",
    ),
    Kind(
        "workbook styles declaring 50,000 cell formats (3 MB)",
        file("formats.xlsx", lambda: many_cell_formats(50_000)),
        r"its styles declare 50,00\d cell formats; the limit is 20,000",
    ),
    Kind(
        "workbook of 200,001 rows without r= attributes",
        built("unnumbered.xlsx", lambda p: sheet_workbook(p, register_rows(200_001, numbered=False))),
        r"sheet 'Vendors' has 200,001 rows",
    ),
    Kind(
        "workbook holding rows 1, 2 and 1,048,576 only",
        built("far.xlsx", rows_far_apart()),
        r"sheet 'Vendors' has 1,048,576 rows",
    ),
    Kind(
        "workbook with one value in column XFD",
        built("wide.xlsx", lambda p: sheet_workbook(p, WIDE, used="A1:XFD1001")),
        r"spans more than 10,000,000 cells \(1,001 rows of 16,384 columns\)",
    ),
    Kind(
        "workbook with one value in column XFD, no used range declared",
        built("wide2.xlsx", lambda p: sheet_workbook(p, WIDE, used="")),
        r"spans more than 10,000,000 cells \(1,001 rows of 16,384 columns\)",
    ),
    Kind(
        "workbook with 20,000 merged areas",
        built("merged.xlsx", lambda p: sheet_workbook(p, register_rows(3), after=MERGES)),
        r"sheet 'Vendors' has 20,000 merged areas; the limit is 10,000",
    ),
    Kind(
        "workbook with 100,000 column entries",
        built("columns.xlsx", lambda p: sheet_workbook(p, register_rows(3), before=COLUMNS)),
        r"more than 16,384 column entries",
    ),
    Kind(
        "PDF of 4,999 pages sharing one content stream",
        file("shared.pdf", lambda: shared_content_pdf(4999, 20_000)),
        r"content its pages draw adds up to more than 64 MB",
    ),
    Kind(
        "a symbolic link to /dev/zero",
        lambda folder: link(folder / "zero.txt", "/dev/zero"),
        r"^not a regular file$",
    ),
    Kind("a file name that is not UTF-8", file(os.fsdecode(b"caf\xe9 notice.txt"), GOOD_NOTICE), None),
    Kind("a file name with a line break", file("two\nlines.txt", GOOD_NOTICE), None),
]


def existing_project() -> Project:
    """Months of work: a confirmed party and flow, a document."""
    base = project(party("in", "Mumbai Claims Pvt Ltd", country="IN"), flow("f1", "ctrl", "in"))
    doc = Document("d0", "old-notice.txt", "a" * 64, text="Old notice.")  # type: ignore[arg-type]
    return Project(base.name, base.parties, base.flows, (doc,), base.created, "confirmed in 2025")


def assert_unchanged(before: Project, after: Project) -> None:
    """Every party, flow and document the project had is still there, equal."""
    after_parties, after_flows = after.parties_by_id(), {f.id: f for f in after.flows}
    for p in before.parties:
        assert after_parties.get(p.id) == p, f"party {p.id} changed"
    for f in before.flows:
        assert after_flows.get(f.id) == f, f"flow {f.id} changed"
    assert set(before.documents) <= set(after.documents)
    assert (after.name, after.notes) == (before.name, before.notes)


def run_batch(tmp_path: Path, kind: Kind) -> tuple[Path, BatchResult, tuple[Path, Path], Project]:
    drop = tmp_path / "drop"
    drop.mkdir()
    bad = kind.make(drop)
    given = drop if kind.make in (fifo_in_folder, folder_link_loop) else bad
    good = tmp_path / "good"
    good.mkdir()
    notice, register_file = good / "harbour.txt", good / "vendors.xlsx"
    notice.write_text(GOOD_NOTICE, encoding="utf-8")
    register_file.write_bytes(good_register())

    def vanish(done: int, total: int) -> None:
        if kind.vanish and done == 1 and bad.exists():
            bad.unlink()

    before = existing_project()
    result = import_paths([notice, given, register_file], before, progress=vanish)
    return bad, result, (notice, register_file), before


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes and symbolic links are POSIX here")
@pytest.mark.parametrize("kind", CATALOGUE, ids=[k.name for k in CATALOGUE])
def test_bad_input_fails_alone(tmp_path: Path, kind: Kind) -> None:
    bad, result, goods, before = run_batch(tmp_path, kind)
    assert [str(g) for g in goods if str(g) not in result.read] == [], [str(f) for f in result.failures]
    mine = [f for f in result.failures if f.path == str(bad)]
    others = [f for f in result.failures if f.path != str(bad)]
    assert [str(f) for f in others if f.row is None] == []
    if kind.reason is None:
        assert result.read.count(str(bad)) == 1
        whole = [f for f in mine if f.row is None]
        assert whole == []
        if kind.row_reason:
            assert any(re.search(kind.row_reason, f.reason) for f in mine), [str(f) for f in mine]
    else:
        assert str(bad) not in result.read
        assert len(mine) == 1, [str(f) for f in result.failures]
        assert re.search(kind.reason, mine[0].reason), mine[0].reason
        assert str(mine[0]).startswith(f"{bad}: ")
    assert_unchanged(before, result.project)


@pytest.mark.parametrize("maker", [million_row_csv, million_row_workbook], ids=["csv", "xlsx"])
def test_register_with_a_million_rows_is_refused_clearly(
    tmp_path: Path, maker: Callable[[Path], Path]
) -> None:
    path = maker(tmp_path / f"million{'.csv' if maker is million_row_csv else '.xlsx'}")
    before = existing_project()
    result = import_paths([path], before)
    [failure] = [f for f in result.failures if f.path == str(path) and f.row is None]
    assert re.search(r"1,048,57[56] rows", failure.reason), failure.reason
    assert_unchanged(before, result.project)


def test_the_readme_table_is_generated_from_the_catalogue() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    table = readme.split("<!-- hostile-inputs:begin -->")[1].split("<!-- hostile-inputs:end -->")[0]
    heading = ("| input |", "| ---")
    rows = [line for line in table.splitlines() if line.startswith("| ") and not line.startswith(heading)]
    expected = [k.name for k in CATALOGUE] + [f"project JSON: {name}" for name, _, _ in PROJECT_JSON]
    # python benchmarks/bench_hostile.py --readme regenerates it after a case is added
    assert [row[2:].split(" | ", 1)[0] for row in rows] == expected


def test_the_catalogue_has_thirty_kinds_at_least() -> None:
    assert len({k.name for k in CATALOGUE}) >= 30


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("cp1252", NOTICE_NL.encode("cp1252"), NOTICE_NL),
        ("utf16le", GOOD_NOTICE.encode("utf-16-le"), GOOD_NOTICE),
        ("mixed", NOTICE_NL.encode() + NOTICE_NL.encode("cp1252"), NOTICE_NL * 2),
        ("nul", GOOD_NOTICE.encode().replace(b" ", b" \x00", 20), GOOD_NOTICE),
    ],
)
def test_text_read_from_awkward_encodings_is_the_real_text(
    tmp_path: Path, name: str, data: bytes, expected: str
) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    assert read_document(path).text == expected


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_formula_cells_stay_literal_text_through_import_and_export(tmp_path: Path, suffix: str) -> None:
    from openpyxl import load_workbook

    from exports.report import Method, build_report
    from exports.workbook import write_xlsx

    maker = CATALOGUE[
        [k.name for k in CATALOGUE].index(
            f"cells starting with = + - @ ({'CSV' if suffix == '.csv' else 'workbook'})"
        )
    ]
    path = maker.make(tmp_path)
    result = import_paths([path], existing_project())
    assert set(FORMULAS) <= {p.name for p in result.project.parties}
    out = tmp_path / "tia.xlsx"
    write_xlsx(
        build_report(
            result.project, as_of=__import__("datetime").date(2026, 11, 30), method=Method.ROSENTHAL
        ),
        out,
    )
    for sheet in load_workbook(out).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value in FORMULAS:
                    assert cell.data_type == "s" and cell.quotePrefix, f"{sheet.title}!{cell.coordinate}"


PROJECT_JSON = [
    ("not JSON", b"{not json", r"not a JSON document"),
    ("binary junk", JUNK, r"not a JSON document"),
    ("empty file", b"", r"not a JSON document"),
    ("a list, not an object", b"[1, 2]", r"project: expected an object, got list"),
    ("wrong schema", b'{"schema": "other/v9"}', r"project\.schema: expected 'transfer-atlas/project/v1'"),
    (
        "wrong types",
        b'{"schema": "transfer-atlas/project/v1", "parties": [{"id": 7, "name": "X", "role": "processor"}]}',
        r"project\.parties\[0\]\.id: expected str, got int",
    ),
    (
        "unknown role",
        b'{"schema": "transfer-atlas/project/v1", "parties": [{"id": "p", "name": "X", "role": "boss"}]}',
        r"project\.parties\[0\]\.role: unknown value 'boss'",
    ),
    (
        "flow to an unknown party",
        b'{"schema": "transfer-atlas/project/v1", "parties": [], '
        b'"flows": [{"id": "f", "exporter": "a", "importer": "b"}]}',
        r"project\.flows\[0\]\.exporter: no party 'a'",
    ),
    (
        "evidence offsets out of order",
        b'{"schema": "transfer-atlas/project/v1", "parties": [{"id": "p", "name": "X", '
        b'"role": "processor", "evidence": [{"document": "d", "start": 9, "end": 2, "quote": ""}]}]}',
        r"offsets 9\.\.2 are out of order",
    ),
    (
        "nested a hundred thousand levels",
        b"[" * 100_000 + b"]" * 100_000,
        r"nested too deeply|not a JSON document",
    ),
    (
        "a lone surrogate in the name",
        b'{"schema": "transfer-atlas/project/v1", "name": "Caf\\ud800"}',
        r"project\.name: contains an invalid character \(U\+D800",
    ),
    (
        "a 5,000-digit integer",
        b'{"schema": "transfer-atlas/project/v1", "size": ' + b"9" * 5000 + b"}",
        r"not a JSON document \(a number in it has more than 4,300 digits\)",
    ),
    (
        "duplicate flow ids",
        b'{"schema": "transfer-atlas/project/v1", "parties": [{"id": "a", "name": "A", '
        b'"role": "controller"}, {"id": "b", "name": "B", "role": "processor"}], "flows": [{"id": "f", '
        b'"exporter": "a", "importer": "b"}, {"id": "f", "exporter": "a", "importer": "b"}]}',
        r"project\.flows\[1\]\.id: 'f' is used twice \(also project\.flows\[0\]\.id\)",
    ),
    (
        "duplicate document ids",
        b'{"schema": "transfer-atlas/project/v1", "documents": [{"id": "d", "path": "a.txt", "sha256": "0", '
        b'"kind": "notice"}, {"id": "d", "path": "b.txt", "sha256": "1", "kind": "notice"}]}',
        r"project\.documents\[1\]\.id: 'd' is used twice",
    ),
    (
        "duplicate party ids",
        b'{"schema": "transfer-atlas/project/v1", "parties": [{"id": "a", "name": "A", "role": "processor"}, '
        b'{"id": "a", "name": "B", "role": "processor"}]}',
        r"project\.parties\[1\]\.id: 'a' is used twice",
    ),
]


@pytest.mark.parametrize(("name", "data", "reason"), PROJECT_JSON, ids=[p[0] for p in PROJECT_JSON])
def test_hostile_project_json_is_refused_naming_the_field(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = tmp_path / "project.json"
    path.write_bytes(data)
    with pytest.raises(InterchangeError) as caught:
        read_project_json(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert re.search(reason, str(caught.value)), str(caught.value)


def test_import_failure_names_file_and_row() -> None:
    failure = ImportFailure("vendors.xlsx", "unknown country 'Atlantis'", row="sheet 'Vendors', row 7")
    assert str(failure) == "vendors.xlsx (sheet 'Vendors', row 7): unknown country 'Atlantis'"
