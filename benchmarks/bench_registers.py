"""Time importing a vendor register of 5,000 rows, as .xlsx and as .csv (target: under 5 s).

Usage: python benchmarks/bench_registers.py [--rows N] [--runs N]
Writes a realistic register (Dutch headers, a title row, merged group header, dates, formulas) to
a temporary folder and prints the median of several runs of ``read_register`` and of the whole
batch import (read + merge into a project), which is what ``transfer-atlas check`` does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import xlsxwriter

from importers.batch import import_paths
from importers.registers import read_register
from importers.registers.importer import clear_table_cache

HEADERS = (
    "Leverancier",
    "Land",
    "Rol",
    "SCC module",
    "DPF",
    "BCR",
    "Verwerkersovereenkomst",
    "Contractreferentie",
    "Reviewdatum",
    "TIA status",
    "Diensten",
    "Categorieën persoonsgegevens",
    "Bijzondere persoonsgegevens",
    "Subverwerkers",
)
COUNTRIES = (
    "Nederland",
    "Duitsland",
    "VS",
    "Verenigde Staten",
    "Ierland",
    "India",
    "Verenigd Koninkrijk",
    "Zwitserland",
    "Japan",
    "Frankrijk",
    "BE",
    "US",
)
ROLES = ("Verwerker", "Verwerker", "Hosting", "Incassobureau", "Onderzoeksbureau", "Verwerker")


def rows(count: int, seed: int = 11) -> list[list[object]]:
    """``count`` register rows with the mix of values a real register has."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        out.append(
            [
                f"Leverancier {i} B.V.",
                rng.choice(COUNTRIES),
                rng.choice(ROLES),
                rng.choice(("", "2", "3", "2 en 3")),
                rng.choice(("", "Ja", "Nee")),
                rng.choice(("", "", "Nee")),
                rng.choice(("Ja", "Nee", "")),
                f"VO-{2020 + i % 6}-{i:05d}",
                dt.date(2025 + i % 3, 1 + i % 12, 1 + i % 28),
                rng.choice(("afgerond", "lopend", "n.v.t.", "")),
                "Hosting; support",
                "naam, adres, e-mail",
                rng.choice(("", "gezondheid", "")),
                rng.choice(("", f"Sub {i} Ltd (US); Sub {i} GmbH (DE)")),
            ]
        )
    return out


def write_xlsx(path: Path, data: list[list[object]]) -> None:
    book = xlsxwriter.Workbook(str(path))
    day = book.add_format({"num_format": "dd-mm-yyyy"})
    sheet = book.add_worksheet("Verwerkers")
    sheet.merge_range(0, 0, 0, len(HEADERS) - 1, "Verwerkersregister")
    sheet.write_row(2, 0, HEADERS)
    for r, row in enumerate(data, start=3):
        for c, value in enumerate(row):
            if isinstance(value, dt.date):
                sheet.write_datetime(r, c, dt.datetime.combine(value, dt.time()), day)
            else:
                sheet.write(r, c, value)
    book.close()


def write_csv(path: Path, data: list[list[object]]) -> None:
    def cell(value: object) -> str:
        text = value.strftime("%d-%m-%Y") if isinstance(value, dt.date) else str(value)
        return f'"{text}"' if ";" in text else text

    lines = [";".join(HEADERS)] + [";".join(cell(v) for v in row) for row in data]
    path.write_bytes("\r\n".join(lines).encode("cp1252"))


def median_time(job: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        clear_table_cache()  # time the parsing, not the cache that spares can_read a second parse
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    data = rows(args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        for suffix, write in ((".xlsx", write_xlsx), (".csv", write_csv)):
            path = Path(tmp) / f"register{suffix}"
            write(path, data)
            result = read_register(path)
            flows = len(result.flows)
            read = median_time(lambda p=path: read_register(p), args.runs)
            batch = median_time(lambda p=path: import_paths([p]), args.runs)
            print(
                f"{suffix[1:]:5} {args.rows} rows ({path.stat().st_size >> 10} KB, {flows} flows, "
                f"{len(result.problems)} problems): read_register median {read:.2f} s, "
                f"batch import median {batch:.2f} s (target < 5 s)"
            )


if __name__ == "__main__":
    main()
