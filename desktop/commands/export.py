"""``transfer-atlas export``: write a project's data to files (TIA workbook, register, JSON interchange)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

from desktop.commands.common import (
    EXIT_OK,
    EXIT_UNUSABLE,
    UsageProblem,
    add_assessment_arguments,
    add_import_arguments,
    add_wait_argument,
    assessment_settings,
    configured_importers,
    error,
    load_inputs,
    one_line,
    report_failures,
    writing,
)
from exports.register import write_csv, write_json
from exports.report import Method, TransferReport, build_report
from exports.targets import ExportTargetError, write_target
from model.interchange import project_json
from model.labels import LANGUAGES, language_of, system_language
from model.project import Project
from model.store import ProjectFileError, save_project
from model.stores import is_register_url
from model.team import RegisterError
from model.team_audit import AuditEntry

OUTPUTS = ("xlsx", "json", "csv", "project_json", "atlas")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``export`` subcommand."""
    parser = sub.add_parser(
        "export",
        help="export the TIA workbook, the transfer register (JSON/CSV) or the project (JSON)",
        description="Import the inputs, assess them, and write every requested file. Several outputs "
        "may be given at once; each is written completely or not at all.",
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="notices, registers, folders, and at most one project: an .atlas or .json "
        "file or a team register URL postgresql://USER@HOST:PORT/DATABASE?project=NAME",
    )
    add_assessment_arguments(parser)
    add_import_arguments(parser)
    parser.add_argument(
        "--method",
        choices=[m.value for m in Method],
        default=Method.EDPB.value,
        help="edpb: EDPB strict (default); rosenthal: add the lawful-access probability block",
    )
    parser.add_argument("--xlsx", type=Path, metavar="FILE", help="write the TIA workbook (Excel)")
    parser.add_argument(
        "--classification",
        default=None,
        metavar="TEXT",
        help="the marking printed in the header of every workbook page (default: "
        "'Confidential' in the workbook's language; \"\" for none)",
    )
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default=None,
        help="the workbook's language (default: the locale's, as the app and check "
        "follow it: LANGUAGE, LC_ALL, LC_MESSAGES, LANG; English otherwise); JSON and "
        "CSV keep their codes",
    )
    parser.add_argument(
        "--changes-since",
        type=Path,
        metavar="FILE",
        help="the previous workbook whose changes the Change log lists (default: the "
        "workbook --xlsx replaces); a team register's own audit trail is used instead",
    )
    parser.add_argument(
        "--json",
        type=Path,
        metavar="FILE",
        help="write the transfer register as JSON (transfer-atlas/register/v1)",
    )
    parser.add_argument("--csv", type=Path, metavar="FILE", help="write the transfer register as CSV")
    parser.add_argument(
        "--project-json",
        type=Path,
        metavar="FILE",
        help="write the project in the JSON interchange format (transfer-atlas/project/v1)",
    )
    parser.add_argument(
        "--atlas",
        type=Path,
        metavar="FILE",
        help="write the project as a .atlas project file (e.g. a copy of a team register)",
    )
    add_wait_argument(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Write every requested output; exit 2 when the inputs or a target cannot be used."""
    if not any(getattr(args, name) for name in OUTPUTS):
        error("nothing to write; give --xlsx, --json, --csv, --project-json or --atlas FILE")
        return EXIT_UNUSABLE
    try:
        reference, as_of, scenario = assessment_settings(args)
        inputs = load_inputs(args.inputs, configured_importers(args), args)
    except UsageProblem as err:
        error(str(err))
        return EXIT_UNUSABLE
    report_failures(inputs.failures)
    if inputs.failures and not inputs.project.parties:
        error("no input could be read; nothing written")
        return EXIT_UNUSABLE
    project = inputs.project
    report = None
    if args.xlsx or args.json or args.csv:
        report = build_report(
            project, as_of=as_of, scenario=scenario, reference=reference, method=Method(args.method)
        )
    status = EXIT_OK
    for path, write in _writers(args, project, report):
        try:
            write(path)
        except ExportTargetError as err:
            error(str(err))
            status = EXIT_UNUSABLE
            continue
        print(f"{one_line(str(path))}: written", file=sys.stderr)
    return status


def _writers(
    args: argparse.Namespace, project: Project, report: TransferReport | None
) -> list[tuple[Path, Callable[[Path], None]]]:
    """The requested outputs, each as (target, write(target))."""
    writers: list[tuple[Path, Callable[[Path], None]]] = []
    if args.project_json:
        writers.append((args.project_json, partial(_write_project, project)))
    if args.atlas:
        writers.append((args.atlas, partial(_write_atlas, project, wait=args.wait)))
    if report is not None:
        from exports.workbook import write_xlsx  # openpyxl and lxml load only when a workbook is written

        language = language_of(args.language) if args.language else system_language()
        xlsx = partial(
            write_xlsx,
            classification=args.classification,
            language=language,
            previous=args.changes_since,
            audit=_audit_trail(args.inputs) if args.xlsx else None,
        )
        for path, write in ((args.xlsx, xlsx), (args.json, write_json), (args.csv, write_csv)):
            if path:
                writers.append((path, partial(write, report)))
    return writers


def _audit_trail(inputs: list[str]) -> list[AuditEntry] | None:
    """The audit trail of the team register among the inputs (None when there is none, or it cannot
    be read: the Change log then compares with the previous workbook and says so)."""
    url = next((i for i in inputs if is_register_url(i)), None)
    if url is None:
        return None
    from model.team_register import TeamRegister  # psycopg is loaded only for registers

    try:
        register_ = TeamRegister.connect(url)
        try:
            return register_.history()
        finally:
            register_.close()
    except RegisterError as err:
        error(f"the audit trail could not be read; the Change log compares with the previous workbook: {err}")
        return None


def _write_project(project: Project, path: Path) -> None:
    data = project_json(project).encode("utf-8")
    write_target(path, lambda tmp: _write_bytes(tmp, data))


def _write_atlas(project: Project, path: Path, *, wait: float) -> None:
    try:
        with writing(path, wait):  # never under an app or import that has the project open
            save_project(project, path)  # atomic, and never replaces a file that is not a project
    except UsageProblem as err:  # "PATH is in use by process ... of USER on HOST since ..."
        raise ExportTargetError(path, str(err).removeprefix(f"{path} is ")) from err
    except ProjectFileError as err:
        raise ExportTargetError(path, str(err).removeprefix(f"{path}: ")) from err


def _write_bytes(path: Path, data: bytes) -> None:
    path.write_bytes(data)
