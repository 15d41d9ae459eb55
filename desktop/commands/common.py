"""What several subcommands share: inputs, the as-of date, scenarios and reporting failures."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from importers.base import Importer, ImportFailure
from importers.batch import import_paths
from importers.registers import RegisterOptions, parse_mapping, with_options
from importers.registry import IMPORTERS
from model.catalogue import Catalogue, CatalogueError, resolve_catalogue
from model.countries import country_code
from model.findings import Scenario
from model.interchange import InterchangeError, read_project_json
from model.lock import LockHeld, wait_for_lock
from model.organisation import with_organisation
from model.project import Project
from model.reference import ReferenceData, ReferenceDataError, load_reference
from model.scenarios import ScenarioError, build_scenario
from model.store import ProjectFileError
from model.stores import is_register_url, open_store

EXIT_OK, EXIT_FINDINGS, EXIT_UNUSABLE, EXIT_INTERNAL = 0, 1, 2, 3

_UNPRINTABLE = {c: f"\\x{c:02x}" for c in (*range(0x20), 0x7F, 0x85)} | {
    0x0A: "\\n",
    0x0D: "\\r",
    0x09: "\\t",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def one_line(text: str) -> str:
    """``text`` as one printable line: line breaks and control characters in a file name are shown
    escaped (a name must not forge a line of its own), and so are bytes that are not Unicode."""
    return text.translate(_UNPRINTABLE).encode("utf-8", "backslashreplace").decode("utf-8")


def error(message: str) -> None:
    """One ``transfer-atlas: ...`` line on stderr."""
    print(f"transfer-atlas: {one_line(message)}", file=sys.stderr)


def text_argument(value: str) -> str:
    """An argument that becomes text in the project (a name): it must be valid Unicode."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise argparse.ArgumentTypeError(
            f"{one_line(value)!s} holds bytes that are not text in this system's encoding"
        ) from None
    return value


class UsageProblem(Exception):
    """Input the command cannot use at all (exit status 2)."""


@dataclass(frozen=True, slots=True)
class Inputs:
    """A project assembled from the command's inputs, with the files that failed."""

    project: Project
    failures: tuple[ImportFailure, ...]


def add_assessment_arguments(parser: argparse.ArgumentParser) -> None:
    """--as-of, --scenario, --withdraw and --reference."""
    parser.add_argument(
        "--as-of",
        type=_date,
        default=None,
        metavar="DATE",
        help="evaluate on this date (YYYY-MM-DD; default today)",
    )
    parser.add_argument(
        "--scenario",
        action="append",
        default=[],
        metavar="NAME",
        help="a what-if preset, e.g. dpf-invalidated (repeatable)",
    )
    parser.add_argument(
        "--withdraw",
        action="append",
        default=[],
        metavar="CODE",
        help="treat the adequacy decision for this country as withdrawn (repeatable)",
    )
    parser.add_argument(
        "--reference",
        type=Path,
        default=None,
        metavar="FILE",
        help="use this reference data file instead of the bundled one",
    )


def _country(text: str) -> str:
    code = country_code(text)
    if code is None:
        raise argparse.ArgumentTypeError(f"not a country (an ISO code or a name): {text!r}")
    return code


def organisation_arguments(args: argparse.Namespace, project: Project) -> Project:
    """The project with the organisation named by --name / --country (unchanged when not given)."""
    name, country = getattr(args, "name", None), getattr(args, "country", None)
    if name is None and country is None:
        return project
    return with_organisation(project, name=name, country=country)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def assessment_settings(args: argparse.Namespace) -> tuple[ReferenceData, dt.date, Scenario]:
    """The reference data, date and scenario the arguments ask for (UsageProblem when unusable)."""
    try:
        reference = load_reference(args.reference)
        scenario = build_scenario(reference, args.scenario, args.withdraw)
    except (ReferenceDataError, ScenarioError) as err:
        raise UsageProblem(str(err)) from err
    return reference, args.as_of or dt.date.today(), scenario


def add_catalogue_argument(parser: argparse.ArgumentParser) -> None:
    """--catalogue FILE: a catalogue of organisations to use instead of, or on top of, the bundled one."""
    parser.add_argument(
        "--catalogue",
        type=Path,
        default=None,
        metavar="FILE",
        help='use this catalogue of organisations instead of the bundled one (a file with "extends": '
        '"bundled" adds its entries to the bundled catalogue)',
    )


def configured_catalogue(args: argparse.Namespace | None) -> Catalogue:
    """The catalogue ``--catalogue`` asks for, or the bundled one (UsageProblem when unusable)."""
    try:
        return resolve_catalogue(getattr(args, "catalogue", None))
    except CatalogueError as err:
        raise UsageProblem(str(err)) from err


def add_import_arguments(parser: argparse.ArgumentParser) -> None:
    """--map and --controller: how vendor registers and sub-processor lists are read; --name and
    --country: the organisation the project is about; --catalogue: the catalogue of organisations
    that places the parties the documents do not."""
    add_catalogue_argument(parser)
    parser.add_argument(
        "--name",
        type=text_argument,
        default=None,
        metavar="ORG",
        help="the organisation's name (default: the controller of the imported notice)",
    )
    parser.add_argument(
        "--country",
        default=None,
        type=_country,
        metavar="COUNTRY",
        help="the organisation's country, as an ISO code or a name (its own parties are placed there)",
    )
    parser.add_argument(
        "--map",
        default="",
        metavar="SPEC",
        help="register columns the tool does not recognise, as HEADER=FIELD pairs, e.g. "
        "\"Vendor name=name,Hosting=country\" (FIELD 'ignore' skips a column)",
    )
    parser.add_argument(
        "--controller",
        type=text_argument,
        default=None,
        metavar="NAME",
        help="whose registers these are (default: the project's controller when there is "
        "exactly one, else a stand-in named after the file)",
    )


def configured_importers(args: argparse.Namespace) -> tuple[Importer, ...]:
    """The registered importers, the register ones told the --map and --controller options."""
    try:
        mapping = parse_mapping(getattr(args, "map", "") or "")
    except ValueError as err:
        raise UsageProblem(str(err)) from err
    return with_options(IMPORTERS, RegisterOptions(mapping, getattr(args, "controller", None)))


def load_inputs(
    paths: list[str], importers: Sequence[Importer] | None = None, args: argparse.Namespace | None = None
) -> Inputs:
    """A project from the inputs: at most one project (an .atlas or .json file, or a team register
    URL) plus documents to import, with the organisation ``args`` names (--name, --country)."""
    projects = [p for p in paths if is_project_location(p)]
    documents = [p for p in paths if p not in projects]
    if len(projects) > 1:
        raise UsageProblem(
            "give at most one project file (.atlas or .json) or register URL (postgresql://...)"
        )
    project = Project()
    if projects:
        project = read_any_project(projects[0])
    catalogue = configured_catalogue(args) if documents else None
    result = import_paths(documents, project, importers=importers, catalogue=catalogue)
    project = organisation_arguments(args, result.project) if args is not None else result.project
    return Inputs(project, result.failures)


def is_project_location(location: str | Path) -> bool:
    """Whether an input names a whole project (a file of one, or a team register) and not a document."""
    return is_register_url(str(location)) or Path(location).suffix.lower() in (".atlas", ".json")


def read_any_project(location: str | Path) -> Project:
    """A project from an .atlas file, a JSON interchange file or a team register URL (UsageProblem when
    unusable)."""
    try:
        if not is_register_url(str(location)) and Path(location).suffix.lower() == ".json":
            return read_project_json(Path(location))
        store = open_store(str(location))
        try:
            return store.load()
        finally:
            store.close()
    except (ProjectFileError, InterchangeError) as err:
        raise UsageProblem(str(err)) from err


DEFAULT_WAIT = 30.0
"""Seconds a command that changes a project waits while another Transfer Atlas is writing it."""


def add_wait_argument(parser: argparse.ArgumentParser) -> None:
    """--wait: how long a command that changes a project waits for its lock."""
    parser.add_argument(
        "--wait",
        type=float,
        default=DEFAULT_WAIT,
        metavar="SECONDS",
        help="while another Transfer Atlas (the app or another command) has the project, wait this "
        f"long for it before giving up (default {DEFAULT_WAIT:g}; 0 gives up at once)",
    )


@contextlib.contextmanager
def writing(path: Path, wait: float) -> Iterator[None]:
    """Hold ``path``'s project lock (the app's too) from reading the project to saving it, waiting up
    to ``wait`` seconds for another writer; ``UsageProblem`` names the holder when it stays."""

    def tell(held: LockHeld) -> None:
        error(f"{held.holder}; waiting up to {wait:g} s")

    try:
        lock = wait_for_lock(path, max(0.0, wait), on_wait=tell)
    except OSError:  # no lock file can be made there: nor can the project, and the save says why
        lock = None
    if isinstance(lock, LockHeld):
        hint = "; if that computer no longer runs Transfer Atlas, open the project in the app to take it over"
        raise UsageProblem(f"{lock.holder}; nothing was changed{hint if lock.other_host else ''}")
    with lock or contextlib.nullcontext():
        yield


def report_failures(failures: tuple[ImportFailure, ...]) -> None:
    """One line on stderr per file that could not be read."""
    for failure in failures:
        error(str(failure))
