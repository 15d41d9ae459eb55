"""Builders for hostile and broken input files: zip bombs streamed to disk, XML with DTDs,
workbooks linked to other workbooks, registers with a million rows."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

CHUNK = b" " * (1 << 20)


def zip_with_bomb(path: Path, base: bytes, member: str, megabytes: int) -> Path:
    """Copy the zip ``base`` to ``path`` with ``member`` replaced by ``megabytes`` MB of spaces
    (compressed about a thousand to one; streamed, so the test never holds it in memory)."""
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if item.filename != member:
                dst.writestr(item, src.read(item.filename))
        info = zipfile.ZipInfo(member)
        info.compress_type = zipfile.ZIP_DEFLATED
        with dst.open(info, "w", force_zip64=True) as handle:
            for _ in range(megabytes):
                handle.write(CHUNK)
    return path


def replace_members(base: bytes, changes: dict[str, bytes]) -> bytes:
    """The zip ``base`` with some members' bytes replaced (or added)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, changes.get(item.filename, src.read(item.filename)))
        for name in changes.keys() - set(src.namelist()):
            dst.writestr(name, changes[name])
    return out.getvalue()


def member(base: bytes, name: str) -> bytes:
    """One member of the zip ``base``."""
    with zipfile.ZipFile(io.BytesIO(base)) as archive:
        return archive.read(name)


def with_prolog(xml: bytes, prolog: str) -> bytes:
    """``xml`` with ``prolog`` (a DOCTYPE) inserted after its XML declaration."""
    if xml.startswith(b"<?xml"):
        end = xml.index(b"?>") + 2
        return xml[:end] + prolog.encode() + xml[end:]
    return prolog.encode() + xml


def workbook(
    rows: Iterable[Sequence[object]],
    *,
    formulas: dict[tuple[int, int], tuple[str, str]] | None = None,
    path: Path | None = None,
) -> bytes:
    """An .xlsx (XlsxWriter, as Excel lays it out) with one sheet "Vendors"; text is written as text even
    when it starts with ``=``; ``formulas`` maps (row, col) to (formula, saved value)."""
    import xlsxwriter

    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    sheet = book.add_worksheet("Vendors")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                sheet.write_string(r, c, str(value))
    for (r, c), (formula, value) in (formulas or {}).items():
        sheet.write_formula(r, c, formula, None, value)
    book.close()
    return out.getvalue()


def external_formula_workbook(target: str = "Contracten.xlsx") -> bytes:
    """A register whose "Contract" cell takes its value from another workbook, as Excel links them
    (a formula ``[1]Contracten!B4`` with an ``externalLink`` part; the saved value is kept)."""
    base = workbook(
        [("Vendor", "Country", "Contract"), ("Cloudly Inc.", "US"), ("Mailrelay Ltd", "GB", "M-1")],
        formulas={(1, 2): ("=[1]Contracten!B4", "MSA-7")},
    )
    ns = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    book = member(base, "xl/workbook.xml").replace(
        b"</sheets>", b'</sheets><externalReferences><externalReference r:id="rId99"/></externalReferences>'
    )
    rels = member(base, "xl/_rels/workbook.xml.rels").replace(
        b"</Relationships>",
        b'<Relationship Id="rId99" Type="' + ns + b'/externalLink" Target="externalLinks/externalLink1.xml"/>'
        b"</Relationships>",
    )
    link = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><externalLink xmlns="http://schemas.'
        b'openxmlformats.org/spreadsheetml/2006/main" xmlns:r="' + ns + b'"><externalBook r:id="rId1">'
        b'<sheetNames><sheetName val="Contracten"/></sheetNames></externalBook></externalLink>'
    )
    link_rels = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
        b'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
        + ns
        + b'/externalLinkPath" Target="'
        + target.encode()
        + b'" TargetMode="External"/></Relationships>'
    )
    return replace_members(
        base,
        {
            "xl/workbook.xml": book,
            "xl/_rels/workbook.xml.rels": rels,
            "xl/externalLinks/externalLink1.xml": link,
            "xl/externalLinks/_rels/externalLink1.xml.rels": link_rels,
        },
    )


def million_row_csv(path: Path, rows: int = 1_048_576) -> Path:
    """A register CSV with ``rows`` rows in all (Excel's maximum, header included)."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write("Vendor,Country\n")
        block = "".join(f"Vendor {i} B.V.,NL\n" for i in range(1000))
        for _ in range((rows - 1) // 1000):
            handle.write(block)
        handle.write("".join(f"Vendor {i} B.V.,NL\n" for i in range((rows - 1) % 1000)))
    return path


def million_row_workbook(path: Path, rows: int = 1_048_576) -> Path:
    """An .xlsx register with ``rows`` rows: an Excel-made workbook whose sheet XML is replaced by a
    streamed one (XlsxWriter would take ten seconds to write a million rows)."""
    base = workbook([("Vendor", "Country"), ("Vendor 1", "NL")])
    head, _, _ = member(base, "xl/worksheets/sheet1.xml").partition(b"<sheetData>")
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if item.filename != "xl/worksheets/sheet1.xml":
                dst.writestr(item, src.read(item.filename))
        info = zipfile.ZipInfo("xl/worksheets/sheet1.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with dst.open(info, "w", force_zip64=True) as handle:
            handle.write(head.replace(b"A1:B2", f"A1:B{rows}".encode()) + b"<sheetData>")
            handle.write(b'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>')
            for start in range(2, rows + 1, 10_000):
                handle.write(
                    "".join(
                        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>Vendor {r}</t></is></c>'
                        f'<c r="B{r}" t="s"><v>3</v></c></row>'
                        for r in range(start, min(start + 10_000, rows + 1))
                    ).encode()
                )
            handle.write(b"</sheetData></worksheet>")
    return path


def formatted_to_last_row() -> bytes:
    """A two-row register whose formatting runs down to Excel's last row (a whole column styled)."""
    import xlsxwriter

    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    sheet = book.add_worksheet("Vendors")
    sheet.write_row(0, 0, ("Vendor", "Country"))
    sheet.write_row(1, 0, ("Cloudly Inc.", "US"))
    bold = book.add_format({"bold": True})
    sheet.set_column(0, 1, 24, bold)
    sheet.set_row(1_048_575, None, bold)
    sheet.write_blank(1_048_575, 0, None, bold)
    book.close()
    return out.getvalue()


def sheet_workbook(
    path: Path, sheet_data: bytes, after: bytes = b"", before: bytes = b"", used: str = "A1:B2"
) -> Path:
    """A register whose first sheet's XML is replaced: ``before`` the sheetData (column entries),
    ``sheet_data`` inside it, and ``after`` it (merged areas); ``used`` is the used range the sheet
    declares."""
    base = workbook([("Vendor", "Country"), ("Cloudly Inc.", "US")])
    head, _, _ = member(base, "xl/worksheets/sheet1.xml").partition(b"<sheetData>")
    declared = f'<dimension ref="{used}"/>'.encode() if used else b""
    head = head.replace(b'<dimension ref="A1:B2"/>', declared)
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if item.filename != "xl/worksheets/sheet1.xml":
                dst.writestr(item, src.read(item.filename))
        with dst.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as handle:
            for chunk in (head, before, b"<sheetData>", sheet_data, b"</sheetData>", after, b"</worksheet>"):
                handle.write(chunk)
    return path


def inline_row(values: Sequence[str], number: int | None = None, column: str = "A") -> bytes:
    """One sheet row of inline-string cells (``number`` None: a row without ``r=``, as some tools
    write them; ``column`` is where the first cell goes)."""
    from openpyxl.utils import column_index_from_string, get_column_letter

    first = column_index_from_string(column)
    cells = b"".join(
        (f'<c r="{get_column_letter(first + i)}{number}"' if number else "<c").encode()
        + f' t="inlineStr"><is><t>{v}</t></is></c>'.encode()
        for i, v in enumerate(values)
    )
    return (f'<row r="{number}">' if number else "<row>").encode() + cells + b"</row>"


def register_rows(count: int, numbered: bool = True) -> bytes:
    """``count`` register rows (a header and vendors)."""
    rows = [inline_row(("Vendor", "Country"), 1 if numbered else None)]
    rows += [inline_row((f"Vendor {i}", "NL"), i if numbered else None) for i in range(2, count + 1)]
    return b"".join(rows)


def rows_far_apart() -> Callable[[Path], Path]:
    """A register holding rows 1, 2 and 1,048,576 only (openpyxl yields every row between)."""
    data = register_rows(2) + inline_row(("Last vendor", "US"), 1_048_576)
    return lambda path: sheet_workbook(path, data)


def cr_only_csv(path: Path, rows: int = 1_048_576) -> Path:
    """A register CSV whose lines end in a carriage return alone (classic Mac OS)."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write("Vendor,Country\r")
        block = "".join(f"Vendor {i} B.V.,NL\r" for i in range(1000))
        for _ in range((rows - 1) // 1000):
            handle.write(block)
        handle.write("".join(f"Vendor {i} B.V.,NL\r" for i in range((rows - 1) % 1000)))
    return path


def many_cell_formats(count: int) -> bytes:
    """A register whose styles part declares ``count`` cell formats (about 3 MB for 50,000)."""
    base = workbook([("Vendor", "Country"), ("Cloudly Inc.", "US")])
    styles = member(base, "xl/styles.xml")
    xf = b'<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    start = styles.index(b"<cellXfs")
    end = styles.index(b"</cellXfs>")
    changed = styles[:start] + b'<cellXfs count="%d">' % count + xf * count + styles[end:]
    return replace_members(base, {"xl/styles.xml": changed})
