"""``python -m importers.registers FILE [--map SPEC] [--controller NAME]``: print what a register states."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from importers.base import ImportFailure
from importers.registers import RegisterOptions, parse_mapping, read_register


def main(argv: list[str] | None = None) -> int:
    """Print the parties, flows and row problems of one register or sub-processor list."""
    parser = argparse.ArgumentParser(prog="python -m importers.registers")
    parser.add_argument("file", type=Path)
    parser.add_argument("--map", default="", help='column mapping, e.g. "Vendor name=name,Hosting=country"')
    parser.add_argument("--controller", default=None, help="whose register this is")
    args = parser.parse_args(argv)
    try:
        options = RegisterOptions(parse_mapping(args.map), args.controller)
        result = read_register(args.file, options)
    except (ValueError, ImportFailure) as err:
        print(err, file=sys.stderr)
        return 2
    names = {p.id: p.name for p in result.parties}
    for doc in result.documents:
        print(f"{doc.path}: {doc.kind.value}, {len(result.parties)} parties, {len(result.flows)} flows")
    for party in result.parties:
        print(f"  party  {party.name} ({party.role.value}, {party.country or 'country unknown'})")
    for flow in result.flows:
        tools = ", ".join(t.kind.value for t in flow.tools) or "no tool"
        print(f"  flow   {names[flow.exporter]} -> {names[flow.importer]}: {tools}; DPA {flow.dpa.value}")
    for problem in result.problems:
        print(f"  problem ({problem.row or 'file'}): {problem.reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
