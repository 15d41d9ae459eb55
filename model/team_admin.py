"""Setting up a team register: create or upgrade its schema, add projects, give and take roles.

Each function runs in one transaction as the user named in the URL (a database owner or a user
allowed to create schemas and roles), so it either does all it says or nothing.
"""

from __future__ import annotations

import datetime as dt

import psycopg
from psycopg import errors, sql
from psycopg.types.json import Jsonb

from model import team_schema
from model.team_schema import (
    RegisterError,
    RegisterUrl,
    TeamRole,
    create_schema,
    migrate,
    newer_schema_error,
    role_name,
    schema_version,
)


def init_register(url: str) -> str:
    """Create the register's schema (or upgrade an older one) and the project named in ``url``.

    Returns what was done, in a sentence. A register of a newer schema is refused unchanged.
    """
    parsed = RegisterUrl.parse(url)
    done = []
    with _admin_connection(parsed) as conn, conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('atlas-schema'))")
        found = schema_version(conn)
        if found is None:
            create_schema(conn, parsed.database)
            done.append(f"created the register (schema {team_schema.REGISTER_SCHEMA_VERSION}) and its roles")
        elif found > team_schema.REGISTER_SCHEMA_VERSION:
            raise newer_schema_error(parsed.display, found)
        elif found < team_schema.REGISTER_SCHEMA_VERSION:
            migrate(conn, found, parsed.display)
            done.append(f"upgraded the register from schema {found} to {team_schema.REGISTER_SCHEMA_VERSION}")
        data = {"name": parsed.project, "notes": "", "created": dt.date.today().isoformat()}
        added = conn.execute(
            "INSERT INTO atlas.projects (project, data) VALUES (%s, %s) ON CONFLICT DO NOTHING RETURNING 1",
            (parsed.project, Jsonb(data)),
        ).fetchone()
        done.append(
            f"added the project {parsed.project!r}" if added else f"the project {parsed.project!r} exists"
        )
    return f"{parsed.display}: " + "; ".join(done)


def grant_role(url: str, role: TeamRole, user: str) -> str:
    """Make the existing database user ``user`` a member of the register's ``role``."""
    parsed = RegisterUrl.parse(url)
    with _admin_connection(parsed) as conn, conn.transaction():
        _require_user(conn, parsed, user)
        conn.execute(
            sql.SQL("GRANT {} TO {}").format(
                sql.Identifier(role_name(parsed.database, role)), sql.Identifier(user)
            )
        )
    return f"{parsed.display}: {user} is now {role.value} of the register"


def revoke_roles(url: str, user: str) -> str:
    """Take every register role from ``user`` (the database user itself stays)."""
    parsed = RegisterUrl.parse(url)
    with _admin_connection(parsed) as conn, conn.transaction():
        _require_user(conn, parsed, user)
        for role in TeamRole:
            conn.execute(
                sql.SQL("REVOKE {} FROM {}").format(
                    sql.Identifier(role_name(parsed.database, role)), sql.Identifier(user)
                )
            )
    return f"{parsed.display}: {user} no longer has a role in the register"


def _require_user(conn: psycopg.Connection[tuple[object, ...]], url: RegisterUrl, user: str) -> None:
    if schema_version(conn) is None:
        raise RegisterError(f"{url.display}: no register here yet; run `transfer-atlas admin init URL` first")
    if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (user,)).fetchone():
        raise RegisterError(
            f"{url.display}: there is no database user {user!r} "
            f"(create it first, e.g. CREATE ROLE {user} LOGIN)"
        )


class _admin_connection:  # noqa: N801 - used as a context manager like a function
    """A connection for one administrative transaction, with errors told as ``RegisterError``."""

    def __init__(self, url: RegisterUrl) -> None:
        self.url = url
        self.conn: psycopg.Connection[tuple[object, ...]] | None = None

    def __enter__(self) -> psycopg.Connection[tuple[object, ...]]:
        try:
            self.conn = psycopg.connect(self.url.conninfo, autocommit=True, connect_timeout=10)
        except psycopg.OperationalError as err:
            raise RegisterError(f"{self.url.display}: cannot connect ({str(err).strip()})") from err
        return self.conn

    def __exit__(self, kind: object, err: BaseException | None, tb: object) -> None:
        if self.conn is not None:
            self.conn.close()
        if isinstance(err, errors.InsufficientPrivilege):
            raise RegisterError(
                f"{self.url.display}: the database user may not do this ({err.diag.message_primary}); "
                "connect as the database owner or a user who may create schemas and roles; "
                "nothing was changed"
            ) from err
        if isinstance(err, psycopg.Error):
            raise RegisterError(f"{self.url.display}: {str(err).strip()}; nothing was changed") from err
