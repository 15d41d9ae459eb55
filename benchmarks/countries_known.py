"""Measure how many named parties get a country when notices are imported together (target: fewer
than 25% without one on the development corpus).

Usage: python benchmarks/countries_known.py [PATH...] [--list]
Default PATH: /work/shared/corpus/notices (the two seed notices and the development corpus).
Imports every notice into one project, as ``transfer-atlas import`` does, and prints the named
parties (not described categories or placeholders), how many have no country, and where the
countries came from; ``--list`` prints each party with its country.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

from importers.batch import import_paths
from model.parties import PartyKind

CORPUS = "/work/shared/corpus/notices"


def main() -> None:
    """Import the paths and print the share of named parties without a country."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[CORPUS])
    parser.add_argument("--list", action="store_true", help="print every named party with its country")
    args = parser.parse_args()
    start = time.perf_counter()
    result = import_paths(args.paths)
    seconds = time.perf_counter() - start
    named = [p for p in result.project.parties if p.kind is PartyKind.NAMED and not p.placeholder]
    unknown = [p for p in named if not p.country]
    sources = (p.country_source.label if p.country_source else "not recorded" for p in named if p.country)
    provenance = Counter(sources)
    documents, failed = len(result.project.documents), len(result.failures)
    print(f"imported {documents} documents in {seconds:.1f} s; {failed} failed")
    print(
        f"named parties: {len(named)}; without a country: {len(unknown)} "
        f"({len(unknown) / max(len(named), 1):.0%}); with one: {len(named) - len(unknown)}"
    )
    if provenance:
        print("where the countries came from: " + ", ".join(f"{k} {v}" for k, v in provenance.most_common()))
    if args.list:
        for party in sorted(named, key=lambda p: (p.country or "~", p.name)):
            print(f"  {party.country or '??'}  {party.role.value:18} {party.name}")


if __name__ == "__main__":
    main()
