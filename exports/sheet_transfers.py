"""The Transfers sheet: the register as a filterable Excel table a reviewer annotates."""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook
from openpyxl.cell.cell import Cell

from exports.register import COLUMN_INDEX, COLUMNS, RegisterValue, register_rows
from exports.report import TransferReport
from exports.sheets import (
    Sheet,
    add_table,
    column_range,
    date_validation,
    link_cell,
    list_validation,
    new_sheet,
    print_setup,
    severity_colours,
)
from exports.styles import StyleBook
from model.flows import TiaConclusion, TiaStatus

REVIEWER_COLUMNS = ("tia_status", "review_date", "decision")


def write_transfers(wb: Workbook, report: TransferReport, styles: StyleBook) -> Sheet:
    """Add the Transfers sheet: one row per transfer, header frozen, reviewer columns validated."""
    sheet = new_sheet(wb, "Transfers", styles, (c.width for c in COLUMNS))
    sheet.ws.freeze_panes = "B2"
    sheet.append([(c.header, "header") for c in COLUMNS])
    for values in register_rows(report):
        sheet.append([_cell(sheet, c.key, v) for c, v in zip(COLUMNS, values, strict=True)])
    last = sheet.row
    add_table(sheet, "Transfers", [c.header for c in COLUMNS], 1, last)
    severity_colours(sheet, COLUMN_INDEX["severity"] + 1, 2, last)
    _validations(sheet, last)
    print_setup(sheet)
    return sheet


def _cell(sheet: Sheet, key: str, value: RegisterValue) -> Cell:
    if isinstance(value, tuple):
        value = "\n".join(value)
    if key in REVIEWER_COLUMNS:
        return sheet.cell(value, "input_date" if key == "review_date" else "input")
    if key == "tia_sheet" and isinstance(value, str):
        return link_cell(sheet, value)
    return sheet.cell(value, "date" if isinstance(value, dt.date) else "text")


def _validations(sheet: Sheet, last: int) -> None:
    first = 2
    list_validation(
        sheet,
        [s.value for s in TiaStatus],
        column_range(COLUMN_INDEX["tia_status"] + 1, first, last),
        "Where the transfer impact assessment stands.",
    )
    list_validation(
        sheet,
        [c.value for c in TiaConclusion],
        column_range(COLUMN_INDEX["decision"] + 1, first, last),
        "The DPO's decision on this transfer.",
    )
    date_validation(
        sheet,
        column_range(COLUMN_INDEX["review_date"] + 1, first, last),
        "Date of the next review (YYYY-MM-DD).",
    )
