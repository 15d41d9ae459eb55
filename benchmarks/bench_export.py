"""Time the TIA workbook export of 10,000 transfers, 1,000 of them needing a TIA sheet.

Usage: python benchmarks/bench_export.py [--exporters N] [--importers N] [--flagged N] [--runs N]
       [--export-only]

Each run is a fresh subprocess (so peak memory is that run's own ru_maxrss). Prints the median of
the runs for: assessing the rules, building the report, building and saving the workbook, the
whole export (in seconds, and in processor seconds of the process, which move less than seconds
on a shared machine), peak memory, and the load average during the runs; then (unless
``--export-only``) the time openpyxl takes to write only the Transfers register against the time
XlsxWriter takes to write the same cells (table, filter, frozen header, widths, validations,
conditional formats), as a ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from model.evidence import DocumentRef, Evidence
from model.flows import Flow, MeasureKind, SupplementaryMeasure, ToolKind, TransferTool
from model.ids import FlowId, PartyId
from model.parties import Party, Role
from model.project import Project

AS_OF = dt.date(2026, 11, 30)
ADEQUATE = ("GB", "CH", "NZ", "AR", "UY", "IM", "JE", "GG", "FO", "AD")
THIRD = ("US", "IN", "CN", "RU", "TR", "SG", "AU", "ZA", "PH", "MX")
EEA = ("NL", "DE", "FR", "BE", "IE", "ES", "IT", "SE", "PL", "AT")


def generate(exporters: int = 20, importers: int = 495, flagged: int = 50) -> Project:
    """A group of EEA companies sending to the same processors worldwide.

    ``exporters x importers`` transfers plus two onward flows per flagged importer to an adequate
    sub-processor; the ``flagged`` importers are in third countries under SCCs without a
    completed TIA, so ``exporters x flagged`` transfers need a TIA sheet.
    """
    notice = DocumentRef("groep-privacyverklaring.pdf", "ab" * 32)
    parties = [Party(PartyId("e0"), "Groep Holding N.V.", Role.CONTROLLER, "NL")]
    parties += [Party(PartyId(f"e{i}"), f"Groep Dochter {i} B.V.", Role.GROUP_COMPANY, EEA[i % len(EEA)])
                for i in range(1, exporters)]
    for j in range(importers):
        country = THIRD[j % len(THIRD)] if j < flagged else ADEQUATE[j % len(ADEQUATE)]
        parties.append(Party(PartyId(f"i{j}"), f"Vendor {j} Ltd", Role.PROCESSOR, country))
    flows = []
    for i in range(exporters):
        for j in range(importers):
            quote = f"Wij delen klantgegevens met Vendor {j} voor de dienstverlening."
            flows.append(Flow(
                FlowId(f"f{i}-{j}"), PartyId(f"e{i}"), PartyId(f"i{j}"),
                data_categories=("contact details", "policy data", "claims history"),
                purposes=("service delivery", "customer support"),
                tools=(TransferTool(ToolKind.SCC_MODULE_2, reference=f"DPA-{j}", date=dt.date(2023, 5, 1)),),
                measures=(SupplementaryMeasure(MeasureKind.TECHNICAL, "Encryption in transit (TLS 1.3)"),),
                evidence=(Evidence(notice, 1000 + 80 * j, 1000 + 80 * j + len(quote), quote),),
            ))
    for j in range(flagged):
        for k in range(2):
            sub = f"s{j}-{k}"
            parties.append(Party(PartyId(sub), f"Sub {j}.{k} plc", Role.SUB_PROCESSOR, "GB"))
            flows.append(Flow(FlowId(f"o{j}-{k}"), PartyId(f"i{j}"), PartyId(sub),
                              tools=(TransferTool(ToolKind.ADEQUACY),)))
    return Project(name="Groep Holding", parties=tuple(parties), flows=tuple(flows))


def one_run(args: argparse.Namespace) -> dict[str, float]:
    """One measured export in this process."""
    import os
    import resource

    from exports.report import Method, build_report
    from exports.workbook import write_xlsx
    from model.assessment import findings as assess_project

    project = generate(args.exporters, args.importers, args.flagged)
    out = Path(tempfile.mkdtemp()) / "bench.xlsx"
    load = os.getloadavg()[0]
    c0 = time.process_time()
    t0 = time.perf_counter()
    findings = assess_project(project, as_of=AS_OF)
    t1 = time.perf_counter()
    report = build_report(project, as_of=AS_OF, findings=findings, method=Method.ROSENTHAL)
    t2 = time.perf_counter()
    write_xlsx(report, out)
    t3 = time.perf_counter()
    cpu = time.process_time() - c0
    register = xlsxwriter = 0.0
    if not args.export_only:
        register = register_time(report, out.with_name("register.xlsx"))
        xlsxwriter = xlsxwriter_time(report, out.with_name("register-xw.xlsx"))
    return {
        "transfers": len(report.transfers), "tia": len(report.tia_transfers),
        "assess": t1 - t0, "report": t2 - t1, "workbook": t3 - t2, "total": t3 - t0, "cpu": cpu,
        "load": (load + os.getloadavg()[0]) / 2,
        "size_mb": out.stat().st_size / 1e6,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "register_openpyxl": register, "register_xlsxwriter": xlsxwriter,
    }


def register_time(report: object, path: Path) -> float:
    """Seconds openpyxl (our sheet writer) takes to write only the Transfers register."""
    from openpyxl import Workbook

    from exports.links import TRANSFERS, CrossRefs
    from exports.sheet_transfers import transfers_table, write_transfers
    from exports.sheets import Book
    from exports.styles import StyleBook

    t0 = time.perf_counter()
    wb = Workbook(write_only=True)
    styles = StyleBook(wb.create_sheet("scratch"))
    wb.remove(wb["scratch"])
    book = Book(wb, styles, report, refs=CrossRefs(report))  # type: ignore[arg-type]
    book.tables[TRANSFERS] = table = transfers_table(book)  # the rows, planned as the export does
    book.targets.update(table.targets(TRANSFERS))
    write_transfers(book)
    wb.save(path)
    return time.perf_counter() - t0


def xlsxwriter_time(report: object, path: Path) -> float:
    """Seconds XlsxWriter takes to write the same register cells with the same sheet features."""
    import xlsxwriter

    from exports.register import COLUMN_INDEX, COLUMNS, register_rows

    t0 = time.perf_counter()
    rows = register_rows(report)  # type: ignore[arg-type]
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": False, "strings_to_formulas": False})
    ws = wb.add_worksheet("Transfers")
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    date = wb.add_format({"num_format": "yyyy-mm-dd", "valign": "top"})
    for index, column in enumerate(COLUMNS):
        ws.set_column(index, index, column.width, wrap)
    for r, values in enumerate(rows, 1):
        for c, value in enumerate(values):
            if isinstance(value, tuple):
                value = "\n".join(value)
            if isinstance(value, dt.date):
                ws.write_datetime(r, c, dt.datetime.combine(value, dt.time()), date)
            elif value is not None:
                ws.write_string(r, c, value, wrap)
    ws.add_table(0, 0, max(len(rows), 1), len(COLUMNS) - 1,
                 {"columns": [{"header": c.header} for c in COLUMNS], "style": "Table Style Light 9"})
    ws.freeze_panes(1, 1)
    for key in ("tia_status", "decision"):
        col = COLUMN_INDEX[key]
        ws.data_validation(1, col, len(rows), col, {"validate": "list", "source": ["a", "b", "c"]})
    sev = COLUMN_INDEX["severity"]
    red = wb.add_format({"bg_color": "#FFC7CE"})
    ws.conditional_format(1, sev, len(rows), sev, {"type": "cell", "criteria": "==", "value": '"high"',
                                                   "format": red})
    wb.close()
    return time.perf_counter() - t0


def main() -> None:
    """Run the export several times in subprocesses and print medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exporters", type=int, default=20)
    parser.add_argument("--importers", type=int, default=495)
    parser.add_argument("--flagged", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--export-only", action="store_true", help="skip the register-only comparison")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(one_run(args)))
        return
    command = [sys.executable, __file__, "--child", "--exporters", str(args.exporters), "--importers",
               str(args.importers), "--flagged", str(args.flagged)] + ["--export-only"] * args.export_only
    runs = [json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
            for _ in range(args.runs)]

    def median(key: str) -> float:
        return statistics.median(r[key] for r in runs)

    transfers, sheets = int(median("transfers")), int(median("tia"))
    print(f"{transfers} transfers, {sheets} TIA sheets; median of {args.runs} runs")
    print(f"  assess rules      {median('assess'):6.2f} s")
    print(f"  build report      {median('report'):6.2f} s")
    print(f"  workbook + save   {median('workbook'):6.2f} s   ({median('size_mb'):.1f} MB file)")
    print(f"  whole export      {median('total'):6.2f} s   (target < 20 s)")
    print(f"  processor time    {median('cpu'):6.2f} s   (of the whole export, this process)")
    print(f"  peak memory       {median('peak_mb'):6.0f} MB  (target < 1024 MB)")
    loads = sorted(r["load"] for r in runs)
    print(f"  load average      {loads[0]:.1f}-{loads[-1]:.1f} during the runs (above 2: others ran)")
    if args.export_only:
        return
    ours, theirs = median("register_openpyxl"), median("register_xlsxwriter")
    print(f"  register only: openpyxl {ours:.2f} s, XlsxWriter {theirs:.2f} s, ratio {ours / theirs:.2f}x")


if __name__ == "__main__":
    main()
