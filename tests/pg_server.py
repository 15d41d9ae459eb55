"""A throw-away PostgreSQL server for the tests and the team-register benchmark.

It finds ``initdb``/``pg_ctl`` (on PATH, or Debian's ``/usr/lib/postgresql/*/bin``), creates a
cluster in a new temporary folder, starts it on a free local port with its socket in that folder,
and removes everything when stopped. PostgreSQL refuses to run as root, so under root (CI) the
server runs as the unprivileged ``nobody`` user, which owns the temporary folder.

The cluster trusts local connections: every test user logs in without a password, and the
database's own grants decide what each may do (which is what the tests check).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "atlas_admin"
UNPRIVILEGED = "nobody"


class ServerUnavailable(Exception):
    """The machine cannot run a PostgreSQL server; the message says why."""


def find_binaries() -> Path:
    """The folder holding ``initdb``, ``pg_ctl`` and ``postgres``."""
    candidates = []
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(Path(os.path.realpath(on_path)).parent)
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    for folder in candidates:
        if all((folder / name).is_file() for name in ("initdb", "pg_ctl", "postgres")):
            return folder
    raise ServerUnavailable(
        "no PostgreSQL server found (initdb/pg_ctl not on PATH nor in /usr/lib/postgresql/*/bin); "
        "`make test` installs Debian's postgresql package when it runs as root"
    )


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class LocalServer:
    """A running server: where it listens, and how to stop it."""

    bin: Path
    root: Path
    port: int
    user: str | None  # the account the server runs as, when we are root
    options: str = ""  # the server options it was started with (``pg_ctl -o``)

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, user: str = SUPERUSER, database: str = "postgres", project: str | None = None) -> str:
        """A libpq URL for ``user`` on ``database`` (with ``?project=`` when given)."""
        tail = f"?project={project}" if project else ""
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}{tail}"

    def create_database(self, name: str) -> str:
        """Create an empty database; its name."""
        self.admin(f'CREATE DATABASE "{name}"')
        return name

    def create_user(self, name: str) -> str:
        """A database user who may log in (trusted, no password) and has no rights yet; its name."""
        self.admin(f"""DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{name}') THEN
                CREATE ROLE "{name}" LOGIN;
            END IF; END $$""")
        return name

    def admin(self, statement: str, database: str = "postgres") -> list[tuple[object, ...]]:
        """Run one statement as the superuser; its rows (if any)."""
        import psycopg

        with psycopg.connect(self.url(database=database), autocommit=True) as conn:
            cur = conn.execute(statement.encode())
            return cur.fetchall() if cur.description else []

    def halt(self) -> None:
        """Stop the server (fast shutdown: open sessions are ended, their transactions rolled back)."""
        self._run("pg_ctl", "stop", "-D", str(self.data), "-m", "fast", "-w", "-t", "60")

    def resume(self) -> None:
        """Start the halted server again, with the options it had."""
        log = str(self.root / "server.log")
        self._run("pg_ctl", "start", "-D", str(self.data), "-w", "-t", "60", "-l", log, "-o", self.options)

    def stop(self) -> None:
        """Stop the server (fast shutdown) and remove its folder."""
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self._run("pg_ctl", "stop", "-D", str(self.data), "-m", "fast", "-w", "-t", "30")
        shutil.rmtree(self.root, ignore_errors=True)

    def _run(self, program: str, *args: str) -> subprocess.CompletedProcess[str]:
        tool = self.bin / program
        if not tool.exists():
            tool = Path(shutil.which(program) or program)
        kwargs: dict[str, object] = {}
        if self.user:
            kwargs = {"user": self.user, "group": pwd.getpwnam(self.user).pw_gid, "extra_groups": []}
        done = subprocess.run(
            [str(tool), *args],
            capture_output=True,
            text=True,
            cwd=self.root,
            timeout=120,
            **kwargs,  # type: ignore[call-overload]
        )
        if done.returncode != 0:
            raise ServerUnavailable(f"{program} failed: {(done.stderr or done.stdout).strip()[-800:]}")
        return done


def start_server() -> LocalServer:
    """Create and start a cluster in a new temporary folder (``ServerUnavailable`` when it cannot)."""
    binaries = find_binaries()
    user = _server_user()
    # under root the folder must be reachable by the server account: /tmp is, a private TMPDIR may not be
    root = Path(tempfile.mkdtemp(prefix="atlas-pg-", dir="/tmp" if user else None))
    if user:
        entry = pwd.getpwnam(user)
        os.chown(root, entry.pw_uid, entry.pw_gid)
    server = LocalServer(binaries, root, free_port(), user)
    try:
        server._run(
            "initdb",
            "-D",
            str(server.data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        options = (
            f"-p {server.port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c max_connections=120 -c shared_buffers=32MB"
        )
        server.options = options
        server._run(
            "pg_ctl",
            "start",
            "-D",
            str(server.data),
            "-w",
            "-t",
            "60",
            "-l",
            str(root / "server.log"),
            "-o",
            options,
        )
    except (ServerUnavailable, OSError, subprocess.SubprocessError) as err:
        log = root / "server.log"
        detail = log.read_text(errors="replace")[-800:] if log.exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        raise ServerUnavailable(f"{err} {detail}".strip()) from err
    return server


def _server_user() -> str | None:
    """Who runs the server: ourselves, or ``nobody`` when we are root (postgres refuses root)."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(UNPRIVILEGED)
    except KeyError:
        raise ServerUnavailable(
            f"running as root and there is no {UNPRIVILEGED!r} user to run the server"
        ) from None
    return UNPRIVILEGED


@contextlib.contextmanager
def running_server() -> Iterator[LocalServer]:
    """A started server, stopped and removed on exit."""
    server = start_server()
    try:
        yield server
    finally:
        server.stop()
