"""``transfer-atlas check``: the Chapter V findings for notices, registers or a project."""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desktop.commands.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_UNUSABLE,
    UsageProblem,
    add_assessment_arguments,
    add_import_arguments,
    assessment_settings,
    configured_importers,
    error,
    load_inputs,
    report_failures,
)
from desktop.commands.table import render_note, render_table, terminal_width
from exports.texts import Words
from model.assessment import findings as all_findings
from model.evidence import Evidence
from model.findings import Finding, Severity, compare, counts_by_severity
from model.graph import build_graph
from model.ids import PartyId
from model.interchange import evidence_to_dict
from model.labels import label, system_language
from model.parties import Party

FINDINGS_SCHEMA = "transfer-atlas/findings/v1"
FAIL_LEVELS = {"high": 3, "medium": 2, "low": 1, "never": 99}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``check`` subcommand."""
    parser = sub.add_parser(
        "check",
        help="list GDPR Chapter V findings",
        description="Import the inputs and print the Chapter V findings.",
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="notices, registers, folders, or one project file (.atlas or .json)",
    )
    add_assessment_arguments(parser)
    add_import_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print a JSON document instead of a table")
    parser.add_argument(
        "--fail-on",
        choices=list(FAIL_LEVELS),
        default="high",
        help="exit 1 when a finding at or above this severity exists (default high)",
    )
    parser.add_argument(
        "--compare",
        action="store_true",
        help="print what the scenario adds and resolves compared with current law",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run the check; see ``register`` for the arguments."""
    try:
        reference, as_of, scenario = assessment_settings(args)
        inputs = load_inputs(args.inputs, configured_importers(args), args)
    except UsageProblem as err:
        error(str(err))
        return EXIT_UNUSABLE
    report_failures(inputs.failures)
    if inputs.failures and not inputs.project.parties:
        return EXIT_UNUSABLE
    project = inputs.project
    graph = build_graph(project)
    findings = all_findings(project, as_of=as_of, scenario=scenario, reference=reference, graph=graph)
    baseline = all_findings(project, as_of=as_of, reference=reference, graph=graph) if args.compare else None
    if args.json:
        by_id = project.parties_by_id()
        doc: dict[str, Any] = {
            "schema": FINDINGS_SCHEMA,
            "as_of": as_of.isoformat(),
            "scenario": scenario.describe() if scenario.labels else [],
            "reference": {"version": reference.version, "as_of": reference.as_of.isoformat()},
            "findings": [finding_to_dict(f, by_id) for f in findings],
            "parties": [party_place(p) for p in project.parties],
        }
        if baseline is not None:
            diff = compare(baseline, findings)
            doc["compare"] = {
                "added": [finding_to_dict(f, by_id) for f in diff.added],
                "resolved": [finding_to_dict(f, by_id) for f in diff.resolved],
            }
        print(json.dumps(doc, ensure_ascii=False, indent=1))
    else:
        print_table(findings, as_of.isoformat(), list(scenario.labels))
        if baseline is not None:
            print_comparison(compare(baseline, findings))
    threshold = FAIL_LEVELS[args.fail_on]
    return EXIT_FINDINGS if any(f.severity.rank >= threshold for f in findings) else EXIT_OK


def party_place(p: Party) -> dict[str, Any]:
    """A party's country and where it came from, for the JSON document's ``parties``."""
    return {
        "id": p.id,
        "name": p.name,
        "role": p.role.value,
        "country": p.country,
        "country_source": p.country_source.value if p.country and p.country_source else None,
        "country_confirmed": p.country_confirmed,
    }


def finding_to_dict(f: Finding, parties: Mapping[PartyId, Party] | None = None) -> dict[str, Any]:
    """A finding as the findings/v1 JSON object; given the parties, with the importer's country source."""
    importer = parties.get(f.importer) if parties and f.importer else None
    source = importer.country_source if importer and importer.country else None
    return {
        "rule": f.rule.value,
        "severity": f.severity.value,
        "exporter": f.exporter_name or None,
        "importer": f.importer_name or None,
        "exporter_id": f.exporter,
        "importer_id": f.importer,
        "flow": f.flow,
        "country": f.country,
        "country_source": source.value if source else None,
        "article": f.article,
        "message": f.message,
        "path": list(f.path),
        "facts": dict(f.facts),
        "reference": list(f.reference),
        "evidence": [evidence_to_dict(e) for e in f.evidence],
    }


def print_table(findings: list[Finding], as_of: str, scenario: list[str], width: int | None = None) -> None:
    """The findings as a table fitted to the terminal, most severe first, each with its message;
    ``scenario`` is the scenario's labels (none: current law)."""
    lang, width = system_language(), width or terminal_width()
    words = Words.of(lang)
    counts = counts_by_severity(findings)
    shown = ", ".join(f"{counts[s]} {label(s, lang).lower()}" for s in Severity)
    for line in (
        words("cli.heading", date=as_of, scenario="; ".join(words.scenario(scenario))),
        words("cli.count", count=len(findings), counts=shown),
    ):
        print("\n".join(render_note(line, 0, width)))
    if not findings:
        return
    rows = [
        (label(f.severity, lang), label(f.rule, lang), f.exporter_name, f.importer_name, f.country or "?")
        for f in findings
    ]
    notes = [[f.text(lang), *(_evidence(e, words) for e in f.evidence[:1])] for f in findings]
    print()
    headers = tuple(
        words(f"column.{key}") for key in ("finding_severity", "rule", "exporter", "importer", "country")
    )
    print("\n".join(render_table(headers, rows, width, notes)))


def _evidence(e: Evidence, words: Words) -> str:
    quote = " ".join(e.quote.split())
    return words("cli.evidence", where=f"{Path(e.document.path).name} [{e.start}:{e.end}]", quote=quote)


def print_comparison(diff: Any) -> None:
    """What the scenario adds and resolves, compared with current law."""
    lang, width = system_language(), terminal_width()
    print()
    print(Words.of(lang)("cli.compared", added=len(diff.added), resolved=len(diff.resolved)))
    for sign, items in (("+", diff.added), ("-", diff.resolved)):
        for f in items:
            what = f"{sign} {label(f.severity, lang)}: {label(f.rule, lang)}, "
            what += f"{f.exporter_name} -> {f.importer_name}"
            print("\n".join(render_note(what, 2, width)))
