"""Shared test setup: Qt runs on the offscreen platform; fixtures build small realistic projects."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

from tests.pg_server import LocalServer, ServerUnavailable, start_server

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")
# Tests read English unless they ask for another language (the app and the CLI follow the locale).
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = "C.UTF-8"


# -- the PostgreSQL server for team-register tests (tests/pg_server.py starts a throw-away one) ------


@pytest.fixture(scope="session")
def pg_server() -> Iterator[LocalServer]:
    """One local PostgreSQL server for the session, in a temporary folder, stopped at the end."""
    try:
        server = start_server()
    except ServerUnavailable as err:
        pytest.skip(f"the PostgreSQL server cannot be started here: {err}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def register_url(pg_server: LocalServer) -> str:
    """A new database holding an initialised register with the project ``team``: its admin URL."""
    from model.team_admin import init_register

    database = pg_server.create_database(f"register_{uuid.uuid4().hex[:12]}")
    url = pg_server.url(database=database, project="team")
    init_register(url)
    return url
