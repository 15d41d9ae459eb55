"""Check that a change to the workbook writer leaves the TIA workbook the same to a reader.

``save DIR`` writes, with the current code, the workbooks of the sample project (English and
Dutch), a 300-vendor register and a benchmark project of 240 transfers with 24 TIA sheets (with
``--big`` also 10,000 transfers with 1,000 TIA sheets), each with both TIA methods, into DIR;
``compare DIR`` writes them again and compares each with the saved one: the sheets, every cell's
value, type, style, link and comment, row heights, column widths, frozen panes, print settings,
headers and footers, merged cells, tables, validations, conditional formats, images, defined
names, and every part of the archive as canonical XML (only docProps/core.xml, which holds the
time of saving, may differ). Exit 1 when a workbook differs.

Usage: python benchmarks/same_workbook.py save DIR [--big] | compare DIR [--big]. Make the
baseline from the code a change starts from (``git stash``, or a checkout of main on PYTHONPATH).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bench_export import generate
from lxml import etree
from openpyxl import load_workbook
from openpyxl.xml.functions import tostring

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # tests/ holds the print test's register (code on PYTHONPATH comes first)

from exports.report import Method, build_report  # noqa: E402
from exports.workbook import write_xlsx  # noqa: E402
from importers.batch import import_paths  # noqa: E402
from model.project import Project  # noqa: E402
from tests.test_workbook_print import CLASSIFICATION, vendor_register  # noqa: E402

AS_OF = dt.date(2026, 11, 30)
CREATED = dt.datetime(2026, 12, 1, 9, 30)
CHANGING_PARTS = {"docProps/core.xml"}  # the time of saving


def projects(big: bool, register: Path) -> Iterator[tuple[str, Project, str | None]]:
    """(name, project, language) of every workbook compared; the register is written to
    ``register`` (its path is in the workbook, so it is the same for both)."""
    sample = import_paths([ROOT / "samples" / "notices"]).project
    yield "sample", sample, None
    yield "sample-nl", sample, "nl"
    yield "register", import_paths([vendor_register(register)]).project, None
    yield "bench", generate(2, 120, 12), None
    if big:
        yield "big", generate(20, 495, 50), None


def write_all(folder: Path, baseline: Path, big: bool) -> list[Path]:
    """Write every workbook into ``folder`` (the register's file into ``baseline``)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, project, language in projects(big, baseline / "vendors.csv"):
        for method in (Method.ROSENTHAL, Method.EDPB):
            report = build_report(project, as_of=AS_OF, method=method, created=CREATED)
            path = folder / f"{name}-{method.value}.xlsx"
            path.unlink(missing_ok=True)
            write_xlsx(report, path, classification=CLASSIFICATION, language=language)
            paths.append(path)
    return paths


def serialised(item: Any) -> str | None:
    """An openpyxl object as XML text (None for none)."""
    tree = None if item is None else item.to_tree()
    return None if tree is None else tostring(tree).decode("utf-8")


def style(cell: Any) -> tuple[Any, ...]:
    """Everything of a cell's style."""
    parts = (cell.font, cell.fill, cell.border, cell.alignment, cell.protection)
    return (*map(serialised, parts), cell.number_format, cell.quotePrefix)


SHEET_FACTS: dict[str, Callable[[Any], object]] = {
    "state": lambda ws: ws.sheet_state,
    "dimensions": lambda ws: ws.dimensions,
    "frozen panes": lambda ws: ws.freeze_panes,
    "print titles": lambda ws: (ws.print_title_rows, ws.print_title_cols),
    "print area": lambda ws: ws.print_area,
    "page setup": lambda ws: serialised(ws.page_setup),
    "properties": lambda ws: serialised(ws.sheet_properties),
    "margins": lambda ws: serialised(ws.page_margins),
    "print options": lambda ws: serialised(ws.print_options),
    "header and footer": lambda ws: serialised(ws.HeaderFooter),
    "protection": lambda ws: serialised(ws.protection),
    "views": lambda ws: serialised(ws.views),
    "merged cells": lambda ws: sorted(map(str, ws.merged_cells.ranges)),
    "tables": lambda ws: sorted(str(serialised(t)) for t in ws.tables.values()),
    "validations": lambda ws: serialised(ws.data_validations),
    "conditional formats": lambda ws: [
        (str(r.sqref), [serialised(q) for q in r.rules]) for r in ws.conditional_formatting
    ],
    "images": lambda ws: len(ws._images),
    "columns": lambda ws: {k: (v.width, v.hidden, v.min, v.max) for k, v in ws.column_dimensions.items()},
    "rows": lambda ws: {
        k: (d.height, d.hidden) for k, d in ws.row_dimensions.items() if d.height or d.hidden
    },
}


CELL_FACTS: dict[str, Callable[[Any], object]] = {
    "value": lambda c: c.value,
    "type": lambda c: c.data_type,
    "style": style,
    "link": lambda c: serialised(c.hyperlink),
    "comment": lambda c: (c.comment.text, c.comment.author) if c.comment else None,
}


def differences(saved: Path, new: Path) -> list[str]:
    """What differs between two workbooks, as a reader sees them and part by part."""
    a, b = load_workbook(saved), load_workbook(new)
    out = []

    def same(where: str, x: object, y: object) -> None:
        if x != y:
            out.append(f"{where}: {x!r:.200} != {y!r:.200}")

    same("sheets", a.sheetnames, b.sheetnames)
    names = [sorted((n, str(v.value)) for n, v in w.defined_names.items()) for w in (a, b)]
    same("defined names", *names)
    for title in set(a.sheetnames) & set(b.sheetnames):
        x, y = a[title], b[title]
        for fact, get in SHEET_FACTS.items():
            same(f"[{title}] {fact}", get(x), get(y))
        for row_x, row_y in zip(x.iter_rows(), y.iter_rows(), strict=False):
            same(f"[{title}] row {row_x[0].row} length", len(row_x), len(row_y))
            for cx, cy in zip(row_x, row_y, strict=False):
                for what, get in CELL_FACTS.items():
                    same(f"[{title}]!{cx.coordinate} {what}", get(cx), get(cy))
        same(f"[{title}] rows", x.max_row, y.max_row)
    with zipfile.ZipFile(saved) as za, zipfile.ZipFile(new) as zb:
        same("parts", sorted(za.namelist()), sorted(zb.namelist()))
        for name in sorted(set(za.namelist()) & set(zb.namelist()) - CHANGING_PARTS):
            if canonical(za.read(name), name) != canonical(zb.read(name), name):
                out.append(f"part {name} differs")
    return out


def canonical(data: bytes, name: str) -> bytes:
    """An XML part in canonical form (other parts as they are)."""
    if not name.endswith((".xml", ".rels", ".vml")):
        return data
    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False)
    return etree.tostring(etree.fromstring(data, parser), method="c14n")


def main() -> int:
    """Save or compare."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("action", choices=["save", "compare"])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--big", action="store_true", help="also 10,000 transfers, 1,000 TIA sheets")
    args = parser.parse_args()
    if args.action == "save":
        paths = write_all(args.folder, args.folder, args.big)
        print(f"saved {len(paths)} workbooks in {args.folder}")
        return 0
    failed = 0
    with tempfile.TemporaryDirectory() as scratch:
        for path in write_all(Path(scratch), args.folder, args.big):
            found = differences(args.folder / path.name, path)
            failed += bool(found)
            print(f"{path.name}: {'the same' if not found else f'{len(found)} differences'}")
            for line in found[:20]:
                print(f"  {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
