"""``transfer-atlas admin``: set up a team register and give or take its roles."""

from __future__ import annotations

import argparse
import sys

from desktop.commands.common import EXIT_OK, EXIT_UNUSABLE
from model.team import RegisterError, TeamRole

URL_HELP = "the register: postgresql://USER@HOST:PORT/DATABASE?project=NAME (USER administers it)"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``admin`` subcommand and its three actions."""
    parser = sub.add_parser(
        "admin",
        help="set up a PostgreSQL team register and give or take roles",
        description="Administer a team register. Run as a database user who may create schemas and roles "
        "(e.g. the database owner). Passwords come from libpq's password file or service file, never "
        "from the command line.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="create the register (or upgrade it) and the project in the URL")
    init.add_argument("url", metavar="URL", help=URL_HELP)
    grant = actions.add_parser("grant", help="give an existing database user a role in the register")
    grant.add_argument(
        "role",
        choices=[r.value for r in TeamRole],
        help="editor: change parties, flows, documents; reviewer: confirm or reject "
        "suggestions; auditor: read only",
    )
    grant.add_argument("user", metavar="DBUSER")
    grant.add_argument("url", metavar="URL", help=URL_HELP)
    revoke = actions.add_parser("revoke", help="take every register role from a database user")
    revoke.add_argument("user", metavar="DBUSER")
    revoke.add_argument("url", metavar="URL", help=URL_HELP)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Do the action; exit 2 with the reason when the database refuses."""
    from model.team_admin import grant_role, init_register, revoke_roles

    try:
        if args.action == "init":
            done = init_register(args.url)
        elif args.action == "grant":
            done = grant_role(args.url, TeamRole(args.role), args.user)
        else:
            done = revoke_roles(args.url, args.user)
    except RegisterError as err:
        print(f"transfer-atlas: {err}", file=sys.stderr)
        return EXIT_UNUSABLE
    print(done)
    return EXIT_OK
