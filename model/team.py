"""The team register's vocabulary, without the database driver: its URL, its roles, its errors.

Kept apart from ``model.team_schema`` so the command line can name roles and report register
errors without loading psycopg.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

from model.store import ProjectFileError


class RegisterError(ProjectFileError):
    """A team register cannot be opened, read or written; the message says which and why."""


class TeamRole(StrEnum):
    """What a member of the team may do in the register."""

    EDITOR = "editor"  # add, change and remove parties, flows and documents
    REVIEWER = "reviewer"  # confirm or reject suggested parties and flows
    AUDITOR = "auditor"  # read the register and its audit trail only


@dataclass(frozen=True, slots=True)
class RegisterUrl:
    """``postgresql://USER@HOST:PORT/DATABASE?project=NAME``: libpq's URL plus the project name."""

    conninfo: str  # the URL without ``project``, handed to libpq (which reads passfile/service)
    project: str
    database: str
    display: str  # the URL without any password, for messages and settings
    has_password: bool = False

    @classmethod
    def parse(cls, url: str) -> RegisterUrl:
        """Split the project name off a register URL (``RegisterError`` when it is missing)."""
        parts = urlsplit(url)
        query = parse_qsl(parts.query, keep_blank_values=True)
        projects = [v for k, v in query if k == "project"]
        rest = [(k, v) for k, v in query if k != "project"]
        netloc = parts.netloc.rsplit("@", 1)
        safe_netloc = parts.netloc
        in_netloc = len(netloc) == 2 and ":" in netloc[0]
        if in_netloc:
            safe_netloc = netloc[0].split(":", 1)[0] + "@" + netloc[1]
        in_query = any(k == "password" for k, _ in query)
        shown = urlencode([(k, v) for k, v in query if k != "password"]) if in_query else parts.query
        display = urlunsplit((parts.scheme, safe_netloc, parts.path, shown, ""))
        if not projects or not projects[0].strip():
            raise RegisterError(f"{display}: the URL names no project (add ?project=NAME)")
        database = unquote(parts.path.lstrip("/")) or dict(rest).get("dbname", "")
        conninfo = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(rest), ""))
        return cls(conninfo, projects[0].strip(), database, display, in_netloc or in_query)


def role_name(database: str, role: TeamRole) -> str:
    """The database role whose members have ``role`` in ``database``'s register."""
    cleaned = re.sub(r"[^a-z0-9_]", "_", database.lower())[:40]
    return f"atlas_{role.value}_{cleaned}"
