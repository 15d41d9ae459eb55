"""Measure how many typical recipient names the catalogue of organisations knows, per sector.

Usage: python benchmarks/catalogue_coverage.py [TSV] [--catalogue FILE] [--list]
Default TSV: tests/fixtures/catalogue/sector_recipients.tsv (names written for the project: what
DPOs see named as recipients, with the country of the legal entity and the usual role). For each
sector it prints how many names the catalogue matches (``Catalogue.match``, as registers are
read), how many it finds in a sentence ("We share your data with NAME for this purpose.", as
notices are read), and how many of the matches have the expected country and role. ``--catalogue``
measures another catalogue file (an older organisations.json, say); ``--list`` prints the misses.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from model.catalogue import Catalogue, bundled_catalogue, load_catalogue

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "catalogue" / "sector_recipients.tsv"
SENTENCE = "We share your data with {} for this purpose."


def read_rows(path: Path) -> list[tuple[str, str, str, str]]:
    """(name, country, role, sector) rows; '#' lines are comments."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, country, role, sector = line.split("\t")
            rows.append((name, country, role, sector))
    return rows


def measure(catalogue: Catalogue, rows: list[tuple[str, str, str, str]]) -> dict[str, list[list[str]]]:
    """Sector -> [names, matched, found in a sentence, right country and role] (lists of names)."""
    out: dict[str, list[list[str]]] = defaultdict(lambda: [[], [], [], []])
    for name, country, role, sector in rows:
        cells = out[sector]
        cells[0].append(name)
        match = catalogue.match(name)
        if match is not None:
            cells[1].append(name)
            if (match.country, match.role.value) == (country, role):
                cells[3].append(name)
        sentence = SENTENCE.format(name)
        start = sentence.index(name)
        if any(s == start and e == start + len(name) for s, e, _ in catalogue.find_in_text(sentence)):
            cells[2].append(name)
    return out


def main() -> None:
    """Print the coverage per sector and in total."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tsv", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--catalogue", type=Path, help="a catalogue file instead of the bundled one")
    parser.add_argument("--list", action="store_true", help="print the names not matched or not found")
    args = parser.parse_args()
    catalogue = load_catalogue(args.catalogue) if args.catalogue else bundled_catalogue()
    results = measure(catalogue, read_rows(args.tsv))
    print(f"catalogue {catalogue.path} ({len(catalogue.organisations)} organisations)")
    print(f"{'sector':<14}{'names':>7}{'matched':>9}{'in text':>9}{'right':>7}")
    totals = [0, 0, 0, 0]
    for sector, cells in results.items():
        counts = [len(c) for c in cells]
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        print(f"{sector:<14}{counts[0]:>7}{counts[1]:>9}{counts[2]:>9}{counts[3]:>7}")
    print(f"{'total':<14}{totals[0]:>7}{totals[1]:>9}{totals[2]:>9}{totals[3]:>7}")
    if args.list:
        for sector, (names, matched, found, _) in results.items():
            missed = [n for n in names if n not in matched or n not in found]
            for name in missed:
                how = ("matched" if name in matched else "-", "text" if name in found else "-")
                print(f"{sector}\t{name}\t{how[0]}\t{how[1]}")


if __name__ == "__main__":
    main()
