"""``transfer-atlas extract``: what each notice says about recipients, special data and transfers."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.commands.table import terminal_width
from importers.base import ImportFailure
from importers.notices.reading import read_notice
from importers.notices.serialise import (
    document,
    explanation,
    extraction_to_dict,
    failure_to_dict,
    summary,
)
from model.labels import system_language


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``extract`` subcommand."""
    parser = sub.add_parser(
        "extract",
        help="extract recipients, special categories and transfers from notices",
        description="Read privacy notices (text, Markdown, HTML, PDF, Word) and print what each says about "
        "recipients, special categories of data and transfers outside the EEA, with evidence.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    output = parser.add_mutually_exclusive_group()
    output.add_argument(
        "--json", action="store_true", help="print the transfer-atlas/extraction/v1 JSON document"
    )
    output.add_argument(
        "--explain",
        action="store_true",
        help="for the controller and each recipient, say why it was chosen and why it has its role, "
        "with the sentences it was read from",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Exit 0 when every file was read, 1 when some could not be (each such entry carries its error)."""
    entries = []
    failed = False
    lang, width = system_language(), terminal_width()
    for name in args.files:
        try:
            extraction = read_notice(Path(name), source=name).extraction
        except ImportFailure as failure:
            failed = True
            entries.append(failure_to_dict(name, str(failure)))
            if not args.json:
                print(f"{name}\n  error: {failure.reason}\n")
            continue
        entries.append(extraction_to_dict(extraction))
        if args.explain:
            print(explanation(extraction) + "\n")
        elif not args.json:
            print(summary(extraction, lang, width) + "\n")
    if args.json:
        json.dump(document(entries), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    return 1 if failed else 0
