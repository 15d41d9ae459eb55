"""``transfer-atlas import``: build or update a project file from documents and JSON projects."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from desktop.commands.common import (
    EXIT_OK,
    EXIT_UNUSABLE,
    UsageProblem,
    add_import_arguments,
    configured_importers,
    read_any_project,
    report_failures,
)
from importers.batch import import_paths
from model.merge import Contribution, merge
from model.project import Project
from model.store import ProjectFileError, save_project


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``import`` subcommand."""
    parser = sub.add_parser(
        "import",
        help="import notices, registers or a JSON project into a project file",
        description="Add documents (and JSON interchange projects) to a .atlas project file, "
        "creating it when it does not exist.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT")
    parser.add_argument("--into", required=True, type=Path, metavar="PROJECT.atlas")
    parser.add_argument("--name", default=None, help="the project's name (organisation)")
    add_import_arguments(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Import the inputs into the project file."""
    try:
        project = read_any_project(args.into) if args.into.exists() else Project()
        for path in [p for p in args.inputs if p.lower().endswith(".json")]:
            project = _add_json(project, Path(path))
        documents = [p for p in args.inputs if not p.lower().endswith(".json")]
        importers = configured_importers(args)
    except UsageProblem as err:
        print(f"transfer-atlas: {err}", file=sys.stderr)
        return EXIT_UNUSABLE
    result = import_paths(documents, project, importers=importers)
    report_failures(result.failures)
    project = result.project
    if args.name:
        project = replace(project, name=args.name)
    try:
        save_project(project, args.into)
    except ProjectFileError as err:
        print(f"transfer-atlas: {err}", file=sys.stderr)
        return EXIT_UNUSABLE
    print(
        f"{args.into}: {len(project.parties)} parties, {len(project.flows)} flows, "
        f"{len(project.documents)} documents ({len(result.read)} files read, {len(result.failures)} failed)"
    )
    return EXIT_OK if not result.failures else 1


def _add_json(project: Project, path: Path) -> Project:
    """Merge a JSON interchange project into ``project``."""
    incoming = read_any_project(path)
    if not project.parties and not project.documents:
        return incoming
    contribution = Contribution(incoming.documents, incoming.parties, incoming.flows)
    return merge(project, contribution).project
