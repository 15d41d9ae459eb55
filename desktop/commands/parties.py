"""``transfer-atlas parties``: the parties of the inputs, and the merges proposed for close names."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop.commands.common import (
    EXIT_OK,
    EXIT_UNUSABLE,
    UsageProblem,
    add_import_arguments,
    configured_importers,
    load_inputs,
    report_failures,
)
from model.matching import DEFAULT_THRESHOLD, MatchProposal, propose_matches
from model.parties import Party
from model.project import Project

PARTIES_SCHEMA = "transfer-atlas/parties/v1"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``parties`` subcommand."""
    parser = sub.add_parser(
        "parties",
        help="list parties and the merges proposed for names that look like one organisation",
        description="Import the inputs and list every party, then the proposed merges: names that are "
        "the same organisation once legal forms are set aside, contain one another, or are spelled "
        "alike. Nothing is merged; accept a proposal in the desktop app (Merge parties).",
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="notices, registers, folders, or one project file (.atlas or .json)",
    )
    add_import_arguments(parser)
    parser.add_argument("--proposals", action="store_true", help="list only the proposed merges")
    parser.add_argument(
        "--threshold",
        type=float,
        default=DEFAULT_THRESHOLD,
        metavar="SCORE",
        help=f"propose similar spellings scoring at least this (0-100, default {DEFAULT_THRESHOLD:g})",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON document instead of tables")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """List the parties and proposals; exit 2 when nothing could be read."""
    try:
        inputs = load_inputs(args.inputs, configured_importers(args))
    except UsageProblem as err:
        print(f"transfer-atlas: {err}", file=sys.stderr)
        return EXIT_UNUSABLE
    report_failures(inputs.failures)
    if inputs.failures and not inputs.project.parties:
        return EXIT_UNUSABLE
    proposals = propose_matches(inputs.project.parties, threshold=args.threshold)
    if args.json:
        print(json.dumps(_document(inputs.project, proposals, args.proposals), ensure_ascii=False, indent=1))
        return EXIT_OK
    if not args.proposals:
        print_parties(inputs.project)
        print()
    print_proposals(proposals)
    return EXIT_OK


def _document(project: Project, proposals: list[MatchProposal], only_proposals: bool) -> dict[str, Any]:
    doc: dict[str, Any] = {"schema": PARTIES_SCHEMA}
    if not only_proposals:
        doc["parties"] = [party_to_row(p, project) for p in _sorted(project.parties)]
    doc["proposals"] = [
        {
            "keep": m.keep_name,
            "keep_id": m.keep,
            "absorb": m.absorb_name,
            "absorb_id": m.absorb,
            "score": m.score,
            "reason": m.reason,
        }
        for m in proposals
    ]
    return doc


def party_to_row(party: Party, project: Project) -> dict[str, Any]:
    """A party as the parties/v1 JSON object."""
    sources = sorted({e.document.path for e in party.evidence})
    flows = sum(1 for f in project.flows if party.id in (f.exporter, f.importer))
    return {
        "id": party.id,
        "name": party.name,
        "role": party.role.value,
        "kind": party.kind.value,
        "country": party.country,
        "country_confirmed": party.country_confirmed,
        "aliases": list(party.aliases),
        "review": party.review.value,
        "flows": flows,
        "sources": sources,
    }


def _sorted(parties: tuple[Party, ...]) -> list[Party]:
    return sorted(parties, key=lambda p: (p.role.value != "controller", p.name.casefold()))


def print_parties(project: Project) -> None:
    """Every party as a table: name, role, country, how many sources state it, aliases."""
    rows = [party_to_row(p, project) for p in _sorted(project.parties)]
    print(f"{len(rows)} parties")
    if not rows:
        return
    table = [
        (
            r["name"],
            r["role"],
            _country(r),
            str(len(r["sources"])),
            "; ".join(r["aliases"]),
        )
        for r in rows
    ]
    headers = ("NAME", "ROLE", "COUNTRY", "SOURCES", "ALIASES")
    widths = [min(40, max(len(h), *(len(t[i]) for t in table))) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in table:
        print("  ".join(_cut(c, w).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    print("(* country suggested by a notice, not confirmed)")


def print_proposals(proposals: list[MatchProposal]) -> None:
    """The proposed merges, best first."""
    print(f"{len(proposals)} proposed merges" + (":" if proposals else ""))
    for m in proposals:
        print(f"  {m.score:5.1f}  {m.keep_name}  <=  {m.absorb_name}  ({m.reason})")


def _country(row: dict[str, Any]) -> str:
    if not row["country"]:
        return "?"
    return row["country"] + ("" if row["country_confirmed"] else "*")


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
