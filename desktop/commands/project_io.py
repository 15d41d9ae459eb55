"""``transfer-atlas import``: build or update a project file from documents and JSON projects."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path

from desktop.commands.common import (
    EXIT_OK,
    EXIT_UNUSABLE,
    UsageProblem,
    add_import_arguments,
    add_wait_argument,
    configured_catalogue,
    configured_importers,
    error,
    is_project_location,
    one_line,
    organisation_arguments,
    read_any_project,
    report_failures,
    writing,
)
from importers.batch import import_paths
from model.catalogue import merged_additions
from model.merge import Contribution, merge
from model.project import Project
from model.store import ProjectFileError
from model.stores import ProjectStore, is_register_url, open_store


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``import`` subcommand."""
    parser = sub.add_parser(
        "import",
        help="import notices, registers or a project into a project file or a team register",
        description="Add documents (and whole projects: .json, .atlas or a register URL) to a .atlas "
        "project file, creating it when it does not exist, or to a project of a team register "
        "(postgresql://USER@HOST:PORT/DATABASE?project=NAME), in one transaction.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT")
    parser.add_argument("--into", required=True, metavar="PROJECT.atlas|URL")
    add_wait_argument(parser)
    add_import_arguments(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Import the inputs into the project file, holding its lock from reading it to saving it, or into
    the team register (one transaction, whose versions stand in for the file's lock)."""
    if is_register_url(args.into):
        return _import_into_store(args)
    try:
        with writing(Path(args.into), args.wait):
            return _import_into_store(args)
    except UsageProblem as err:
        error(str(err))
        return EXIT_UNUSABLE


def _import_into_store(args: argparse.Namespace) -> int:
    """Open the project file or register, import, save."""
    try:
        store = open_store(args.into)
    except ProjectFileError as err:
        error(str(err))
        return EXIT_UNUSABLE
    try:
        return _import(args, store)
    finally:
        store.close()


def _import(args: argparse.Namespace, store: ProjectStore) -> int:
    try:
        exists = is_register_url(args.into) or Path(args.into).exists()
        project = store.load() if exists else Project()
        for location in [p for p in args.inputs if is_project_location(p)]:
            project = _add_project(project, location)
        documents = [p for p in args.inputs if not is_project_location(p)]
        importers = configured_importers(args)
        catalogue = configured_catalogue(args)
    except (UsageProblem, ProjectFileError) as err:
        error(str(err))
        return EXIT_UNUSABLE
    result = import_paths(documents, project, importers=importers, catalogue=catalogue)
    report_failures(result.failures)
    project = result.project
    project = organisation_arguments(args, project)
    try:
        store.save(project, source="import " + ", ".join(_short_name(p) for p in args.inputs))
    except ProjectFileError as err:
        error(str(err))
        return EXIT_UNUSABLE
    print(
        f"{one_line(str(store.location))}: {len(project.parties)} parties, {len(project.flows)} flows, "
        f"{len(project.documents)} documents ({len(result.read)} files read, {len(result.failures)} failed)"
    )
    return EXIT_OK if not result.failures else 1


def _short_name(location: str) -> str:
    return location.split("?", 1)[0] if is_register_url(location) else Path(location).name


def _add_project(project: Project, location: str) -> Project:
    """Merge a whole project (JSON, .atlas or register) into ``project``; into an empty one, as it is."""
    incoming = read_any_project(location)
    if not project.parties and not project.documents:
        return incoming
    contribution = Contribution(incoming.documents, incoming.parties, incoming.flows)
    merged = merge(project, contribution).project
    if not incoming.catalogue:
        return merged
    try:
        return replace(merged, catalogue=merged_additions(project.catalogue, json.loads(incoming.catalogue)))
    except ValueError as err:  # each was checked when read; together they may still clash
        raise UsageProblem(f"{location}: its catalogue additions cannot be added ({err})") from err
