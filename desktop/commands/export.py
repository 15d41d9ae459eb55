"""``transfer-atlas export``: write a project's data to files (JSON interchange; TIA workbook)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.commands.common import (
    EXIT_OK,
    EXIT_UNUSABLE,
    UsageProblem,
    add_assessment_arguments,
    load_inputs,
    report_failures,
)
from exports.files import write_text_atomic
from model.interchange import project_json


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``export`` subcommand."""
    parser = sub.add_parser("export", help="export a project (JSON interchange, TIA workbook)",
                            description="Import the inputs and write the requested files.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="notices, registers, folders, or one project file (.atlas or .json)")
    add_assessment_arguments(parser)
    parser.add_argument("--project-json", type=Path, metavar="FILE",
                        help="write the project in the JSON interchange format (transfer-atlas/project/v1)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Write every requested output."""
    try:
        inputs = load_inputs(args.inputs)
    except UsageProblem as err:
        print(f"transfer-atlas: {err}", file=sys.stderr)
        return EXIT_UNUSABLE
    report_failures(inputs.failures)
    if not args.project_json:
        print("transfer-atlas: nothing to write; give --project-json FILE", file=sys.stderr)
        return EXIT_UNUSABLE
    try:
        write_text_atomic(args.project_json, project_json(inputs.project))
    except OSError as err:
        print(f"transfer-atlas: {args.project_json}: could not write ({err.strerror or err})", file=sys.stderr)
        return EXIT_UNUSABLE
    return EXIT_OK
