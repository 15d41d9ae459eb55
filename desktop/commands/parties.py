"""``transfer-atlas parties``: the parties of the inputs, and the merges proposed for close names."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop.commands.common import (
    EXIT_OK,
    EXIT_UNUSABLE,
    UsageProblem,
    add_import_arguments,
    add_wait_argument,
    configured_importers,
    error,
    load_inputs,
    report_failures,
    writing,
)
from desktop.commands.scope_checks import add_arguments as add_scope_check_arguments
from desktop.commands.scope_checks import record_checks
from desktop.commands.table import render_note, render_table, terminal_width
from model.ids import PartyId
from model.interchange import scope_check_to_dict
from model.labels import label, system_language
from model.matching import DEFAULT_THRESHOLD, MatchProposal, accept, propose_matches
from model.parties import Party
from model.project import Project
from model.store import ProjectFileError, save_project

PARTIES_SCHEMA = "transfer-atlas/parties/v1"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``parties`` subcommand."""
    parser = sub.add_parser(
        "parties",
        help="list parties and the merges proposed for names that look like one organisation",
        description="Import the inputs and list every party, then the proposed merges: names that are "
        "the same organisation once legal forms are set aside, contain one another, or are spelled "
        "alike. Nothing is merged unless you accept a proposal: with --accept N on a project file, or in "
        "the desktop app (Merge parties).",
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
    parser.add_argument(
        "--accept",
        type=int,
        action="append",
        default=[],
        metavar="N",
        help="merge proposal number N (as listed) and save the project file given as the only INPUT "
        "(repeatable); the absorbed name is kept as an alias",
    )
    add_scope_check_arguments(parser)
    add_wait_argument(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """List the parties and proposals; exit 2 when nothing could be read."""
    if (args.accept or args.dpf) and len(args.inputs) == 1:
        try:
            with writing(Path(args.inputs[0]), args.wait):
                return _run(args)
        except UsageProblem as err:
            error(str(err))
            return EXIT_UNUSABLE
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    try:
        inputs = load_inputs(args.inputs, configured_importers(args), args)
    except UsageProblem as err:
        error(str(err))
        return EXIT_UNUSABLE
    report_failures(inputs.failures)
    if inputs.failures and not inputs.project.parties:
        return EXIT_UNUSABLE
    if args.dpf:
        return record_checks(args, inputs.project)
    proposals = propose_matches(inputs.project.parties, threshold=args.threshold)
    if args.accept:
        return accept_proposals(args, inputs.project, proposals)
    if args.json:
        print(json.dumps(_document(inputs.project, proposals, args.proposals), ensure_ascii=False, indent=1))
        return EXIT_OK
    if not args.proposals:
        print_parties(inputs.project)
        print()
    print_proposals(proposals)
    return EXIT_OK


def accept_proposals(args: argparse.Namespace, project: Project, proposals: list[MatchProposal]) -> int:
    """Carry out the chosen proposals and save the project file they came from."""
    target = Path(args.inputs[0])
    if len(args.inputs) != 1 or target.suffix.lower() != ".atlas":
        error("--accept needs exactly one INPUT, the .atlas project file to change")
        return EXIT_UNUSABLE
    wrong = [n for n in args.accept if not 1 <= n <= len(proposals)]
    if wrong:
        error(f"no proposal {wrong[0]} (there are {len(proposals)})")
        return EXIT_UNUSABLE
    merged_into: dict[PartyId, PartyId] = {}
    for number in dict.fromkeys(args.accept):
        chosen = proposals[number - 1]
        keep, absorb = _current(chosen.keep, merged_into), _current(chosen.absorb, merged_into)
        if keep != absorb:
            project = accept(project, replace(chosen, keep=keep, absorb=absorb))
            merged_into[absorb] = keep
        print(f"merged {chosen.absorb_name} into {chosen.keep_name}")
    try:
        save_project(project, target)
    except ProjectFileError as err:
        error(str(err))
        return EXIT_UNUSABLE
    return EXIT_OK


def _current(party: PartyId, merged_into: dict[PartyId, PartyId]) -> PartyId:
    """Where a party ended up after the merges made so far."""
    while party in merged_into:
        party = merged_into[party]
    return party


def _document(project: Project, proposals: list[MatchProposal], only_proposals: bool) -> dict[str, Any]:
    doc: dict[str, Any] = {"schema": PARTIES_SCHEMA}
    if not only_proposals:
        doc["parties"] = [party_to_row(p, project) for p in _sorted(project.parties)]
    doc["proposals"] = [
        {
            "number": number,
            "keep": m.keep_name,
            "keep_id": m.keep,
            "absorb": m.absorb_name,
            "absorb_id": m.absorb,
            "score": m.score,
            "reason": m.reason,
        }
        for number, m in enumerate(proposals, start=1)
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
        "country_source": party.country_source.value if party.country and party.country_source else None,
        "country_confirmed": party.country_confirmed,
        "aliases": list(party.aliases),
        "review": party.review.value,
        "scope_checks": [scope_check_to_dict(c) for c in party.scope_checks],
        "flows": flows,
        "sources": sources,
    }


def _sorted(parties: tuple[Party, ...]) -> list[Party]:
    return sorted(parties, key=lambda p: (p.role.value != "controller", p.name.casefold()))


def print_parties(project: Project, width: int | None = None) -> None:
    """Every party as a table fitted to the terminal: name, role, country, sources, aliases."""
    lang = system_language()
    parties = _sorted(project.parties)
    print(f"{len(parties)} parties")
    if not parties:
        return
    rows = []
    for party in parties:
        r = party_to_row(party, project)
        aliases = "; ".join(r["aliases"])
        rows.append((r["name"], label(party.role, lang), _country(r), str(len(r["sources"])), aliases))
    headers = ("Name", "Role", "Country", "Sources", "Aliases")
    print("\n".join(render_table(headers, rows, width or terminal_width())))
    print("(* country suggested by a notice, not confirmed)")


def print_proposals(proposals: list[MatchProposal], width: int | None = None) -> None:
    """The proposed merges, best first, numbered for --accept, wrapped to the terminal."""
    print(f"{len(proposals)} proposed merges" + (":" if proposals else ""))
    for number, m in enumerate(proposals, start=1):
        text = f"{m.keep_name}  <=  {m.absorb_name}  ({m.reason})"
        lines = render_note(text, 2, width or terminal_width(), f"{number:>3}. {m.score:5.1f}  ")
        print("\n".join(lines))


def _country(row: dict[str, Any]) -> str:
    if not row["country"]:
        return "?"
    return row["country"] + ("" if row["country_confirmed"] else "*")
