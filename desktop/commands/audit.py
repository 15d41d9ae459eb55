"""``transfer-atlas audit``: the audit trail of a team register project, printed or exported."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.commands.common import EXIT_OK, EXIT_UNUSABLE
from model.team import RegisterError

KIND_CHOICES = ("party", "flow", "document", "project")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``audit`` subcommand."""
    parser = sub.add_parser(
        "audit",
        help="print or export the audit trail of a team register project",
        description="Every change to the project: when, who (the database user), which record, what "
        "changed from what to what, and the import or edit it came from. Any role may read it.",
    )
    parser.add_argument("url", metavar="URL", help="postgresql://USER@HOST:PORT/DATABASE?project=NAME")
    parser.add_argument(
        "--record",
        default=None,
        metavar="KIND:ID",
        help="only this record's history, e.g. party:aws (KIND: party, flow, document)",
    )
    parser.add_argument("--csv", type=Path, metavar="FILE", help="write the trail as CSV, one row per field")
    parser.add_argument(
        "--json", type=Path, metavar="FILE", help="write the trail as JSON, with whole records"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Read the trail and print it, or write the requested files."""
    from exports.audit_trail import write_audit_csv, write_audit_json
    from exports.targets import ExportTargetError
    from model.team_register import TeamRegister

    try:
        kind, record = _record(args.record)
        register_ = TeamRegister.connect(args.url)
        try:
            entries = register_.history(kind, record)
        finally:
            register_.close()
    except (RegisterError, ValueError) as err:
        print(f"transfer-atlas: {err}", file=sys.stderr)
        return EXIT_UNUSABLE
    status = EXIT_OK
    for path, write in ((args.csv, write_audit_csv), (args.json, write_audit_json)):
        if path:
            try:
                write(entries, path)
                print(f"{path}: written ({len(entries)} changes)", file=sys.stderr)
            except ExportTargetError as err:
                print(f"transfer-atlas: {err}", file=sys.stderr)
                status = EXIT_UNUSABLE
    if not (args.csv or args.json):
        for e in entries:
            changes = "; ".join(c.describe() for c in e.changes()) if e.action == "update" else ""
            line = f"{e.at:%Y-%m-%d %H:%M:%S %Z} {e.who} {e.action} {e.kind} {e.label()!r}"
            print(line + (f": {changes}" if changes else "") + (f" [{e.source}]" if e.source else ""))
    return status


def _record(spec: str | None) -> tuple[str | None, str | None]:
    if spec is None:
        return None, None
    kind, _, record = spec.partition(":")
    if kind not in KIND_CHOICES or not record:
        raise ValueError(f"--record {spec!r}: give KIND:ID with KIND one of {', '.join(KIND_CHOICES)}")
    return kind, record
