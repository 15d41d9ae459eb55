"""``transfer-atlas parties PROJECT.atlas --dpf NAME=listed``: record a check of the DPF List.

The catalogue of organisations never ships a US organisation's Data Privacy Framework listing as a
fact; the user looks it up on the official list and records what they saw, the day, who and where.
The rules count the listing only while that check is current (``model.parties.ScopeCheck``).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from desktop.commands.common import EXIT_OK, EXIT_UNUSABLE, error
from model.parties import SCOPE_CHECK_VALID_DAYS, ScopeAttribute, ScopeCheck, Tristate
from model.project import Project, parties_named, with_party
from model.store import ProjectFileError, save_project

ANSWERS = {
    "listed": Tristate.YES,
    "yes": Tristate.YES,
    "not-listed": Tristate.NO,
    "no": Tristate.NO,
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """--dpf NAME=listed|not-listed, with --checked-on, --checked-by and --note."""
    parser.add_argument(
        "--dpf",
        action="append",
        default=[],
        type=_dpf_answer,
        metavar="NAME=listed|not-listed",
        help="record that you checked the party NAME (its name, an alias or its id) on the EU-US Data "
        "Privacy Framework List and found it listed or not listed; saves the project file given as the "
        f"only INPUT (repeatable). A check counts for {SCOPE_CHECK_VALID_DAYS} days; after that the "
        "findings ask for it again",
    )
    parser.add_argument(
        "--checked-on",
        type=_past_date,
        default=None,
        metavar="DATE",
        help="the day you checked the list (YYYY-MM-DD; default today)",
    )
    parser.add_argument("--checked-by", default="", metavar="WHO", help="who checked (kept with the check)")
    parser.add_argument(
        "--note", default="", metavar="TEXT", help="the listing's web address, or what you saw (kept with it)"
    )


def record_checks(args: argparse.Namespace, project: Project) -> int:
    """Record every --dpf check on the project file given as the only input, or nothing at all."""
    target = Path(args.inputs[0])
    if len(args.inputs) != 1 or target.suffix.lower() != ".atlas":
        error("--dpf needs exactly one INPUT, the .atlas project file to change")
        return EXIT_UNUSABLE
    checked_on = args.checked_on or dt.date.today()
    done = []
    for name, value in args.dpf:
        found = parties_named(project, name)
        if len(found) != 1:
            error(_not_one(name, found, target) + "; nothing was changed")
            return EXIT_UNUSABLE
        check = ScopeCheck(ScopeAttribute.DPF_CERTIFIED, value, checked_on, args.checked_by, args.note)
        project = with_party(project, found[0].with_scope_check(check))
        done.append((found[0].name, found[0].country, value))
    try:
        save_project(project, target)
    except ProjectFileError as err:
        error(str(err))
        return EXIT_UNUSABLE
    for name, country, value in done:
        said = "listed" if value is Tristate.YES else "not listed"
        aside = (
            ""
            if country == "US"
            else f" (its country is {country or 'unknown'}: the DPF covers US importers)"
        )
        print(f"{name}: {said} on the DPF List, checked on {checked_on.isoformat()}{aside}")
    return EXIT_OK


def _not_one(name: str, found: tuple[object, ...], target: Path) -> str:
    if not found:
        return f"{target}: no party is named {name!r} (see `transfer-atlas parties {target}`)"
    ids = ", ".join(f"{p.name} [{p.id}]" for p in found)  # type: ignore[attr-defined]
    return f"{target}: {name!r} names {len(found)} parties ({ids}); give the id of one"


def _dpf_answer(text: str) -> tuple[str, Tristate]:
    name, sep, answer = text.rpartition("=")
    value = ANSWERS.get(answer.strip().casefold())
    if not sep or not name.strip() or value is None:
        raise argparse.ArgumentTypeError(f"expected NAME=listed or NAME=not-listed, got {text!r}")
    return name.strip(), value


def _past_date(text: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None
    if day > dt.date.today():
        raise argparse.ArgumentTypeError(f"{text} is in the future: give the day the list was checked")
    return day
