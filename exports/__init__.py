"""Exports: model objects -> files (the TIA workbook, JSON and CSV registers, map pictures).

May import `model`, openpyxl and matplotlib (Agg only); never Qt, `desktop` or `importers`.
Builders are pure (``build_workbook(report) -> Workbook``); writers are a line or two on top.
"""
