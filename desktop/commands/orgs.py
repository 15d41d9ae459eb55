"""``transfer-atlas orgs``: what the catalogue of organisations knows of each name."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop.commands.common import (
    EXIT_OK,
    EXIT_UNUSABLE,
    UsageProblem,
    add_catalogue_argument,
    add_wait_argument,
    error,
    writing,
)
from model.catalogue import (
    Catalogue,
    CatalogueError,
    Match,
    merged_additions,
    resolve_catalogue,
    with_project_additions,
)
from model.countries import country_name
from model.store import ProjectFileError
from model.stores import is_register_url, open_store

ORGANISATIONS_SCHEMA = "transfer-atlas/organisations/v1"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``orgs`` subcommand."""
    parser = sub.add_parser(
        "orgs",
        help="look names up in the catalogue of organisations",
        description="For each name, the catalogue's best match (or 'no match'): legal name, role, the "
        "country where the named entity is established, the entity that contracts with EU customers, "
        "the parent and the sources. The country is not where the data is processed; confirm that.",
    )
    parser.add_argument(
        "names", nargs="*", metavar="NAME", help="organisation names (quote names with spaces)"
    )
    parser.add_argument("--json", action="store_true", help="print a JSON document")
    add_catalogue_argument(parser)
    parser.add_argument(
        "--project",
        metavar="PROJECT",
        help="also use the organisations this project (.atlas file or team register URL) adds to the "
        "catalogue; with --add, the project to add them to",
    )
    parser.add_argument(
        "--add",
        metavar="FILE",
        help="add the organisations of this catalogue file to --project's own catalogue (an entry "
        "with the same id replaces the project's); every later import into the project uses them",
    )
    add_wait_argument(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print each name's match (after adding --add's entries to --project); exit 2 when the
    catalogue or the project cannot be used."""
    if args.add and not args.project:
        error("--add needs --project, the project to add the organisations to")
        return EXIT_UNUSABLE
    if not args.names and not args.add:
        error("give one or more NAMEs to look up, or --add FILE --project PROJECT")
        return EXIT_UNUSABLE
    try:
        if args.add:
            additions = _add_to_project(args.project, args.add, args.wait)
        else:
            additions = _additions(args.project)
        catalogue = with_project_additions(resolve_catalogue(args.catalogue), additions)
    except (CatalogueError, ProjectFileError, UsageProblem) as err:
        error(str(err))
        return EXIT_UNUSABLE
    if not args.names:
        return EXIT_OK
    matches = [(name, catalogue.match(name)) for name in args.names]
    if args.json:
        json.dump(orgs_document(catalogue, matches), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for name, match in matches:
            print("\n".join(describe(name, match)))
    return EXIT_OK


def _additions(location: str | None) -> str:
    """The catalogue additions the project at ``location`` carries ("" without a project)."""
    if not location:
        return ""
    store = open_store(location)
    try:
        return store.load().catalogue
    finally:
        store.close()


def _add_to_project(location: str, path: str, wait: float) -> str:
    """Add the catalogue file's organisations to the project's own catalogue and save; the result."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as err:
        raise CatalogueError(f"{path}: cannot read the catalogue ({err.strerror or err})") from err
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise CatalogueError(f"{path}: the catalogue is not valid JSON ({err})") from err
    guard = contextlib.nullcontext() if is_register_url(location) else writing(Path(location), wait)
    with guard:
        return _save_additions(location, path, raw)


def _save_additions(location: str, path: str, raw: Any) -> str:
    store = open_store(location)
    try:
        project = store.load()
        try:
            additions = merged_additions(project.catalogue, raw)
        except (ValueError, KeyError, TypeError) as err:
            raise CatalogueError(f"{path}: {err}; the project was not changed") from err
        if additions != project.catalogue:
            source = f"catalogue additions from {Path(path).name}"
            store.save(replace(project, catalogue=additions), source=source)
    finally:
        store.close()
    count = len(json.loads(additions)["organisations"])
    print(f"{store.location}: the project's own catalogue holds {count} organisations", file=sys.stderr)
    return additions


def orgs_document(catalogue: Catalogue, matches: list[tuple[str, Match | None]]) -> dict[str, Any]:
    """The ``transfer-atlas/organisations/v1`` JSON document."""
    return {
        "schema": ORGANISATIONS_SCHEMA,
        "catalogue": {"version": catalogue.version, "as_of": catalogue.as_of.isoformat()},
        "matches": [
            {"query": name, "match": match_json(match) if match else None} for name, match in matches
        ],
    }


def match_json(match: Match) -> dict[str, Any]:
    """One match as the schema describes it."""
    org = match.organisation
    entity = org.contracting_entity
    return {
        "name": org.name,
        "aliases": list(org.aliases),
        "role": match.role.value,
        "country": match.country,
        "contracting_entity": {"name": entity.name, "country": entity.country} if entity else None,
        "parent": org.parent,
        "domain": org.domain,
        "sources": [
            {"facts": list(s.facts), "source": s.source, "url": s.url, "date": s.date.isoformat()}
            for s in org.sources
        ],
    }


def describe(name: str, match: Match | None) -> list[str]:
    """Readable lines for one name."""
    if match is None:
        return [f"{name}: no match", ""]
    org = match.organisation
    how = f"{match.kind} {match.matched!r}" + (f", score {match.score:.0f}" if match.kind == "close" else "")
    lines = [
        f"{name}: {org.name}  (matched as {how})",
        f"  role:        {match.role.value}" + (f" ({match.service})" if match.service else ""),
        f"  country:     {match.country} {country_name(match.country)} (where the entity is established; "
        "processing place unconfirmed)",
    ]
    if org.contracting_entity:
        entity = org.contracting_entity
        lines.append(f"  contracting: {entity.name} ({entity.country}) for EU customers")
    if org.parent:
        lines.append(f"  parent:      {org.parent}")
    if org.domain:
        lines.append(f"  domain:      {org.domain}")
    lines += [f"  note:        {note}" for note in org.notes]
    for source in org.sources:
        where = f" <{source.url}>" if source.url else ""
        lines.append(f"  source:      {', '.join(source.facts)}: {source.source}{where}, {source.date}")
    return [*lines, ""]
