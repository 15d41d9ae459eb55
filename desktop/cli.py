"""The ``transfer-atlas`` command: a subcommand per job; no arguments opens the desktop app.

Exit status: 0 done; 1 a finding reached ``--fail-on`` (or some files of a batch could not be
read); 2 the input or a target cannot be used (the message names the file and what is wrong);
3 an internal error: a short message names a log file that holds the traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import traceback
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path

from desktop.commands import COMMANDS
from desktop.commands.common import EXIT_INTERNAL, error


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="transfer-atlas",
        description="Map where personal data goes, flag GDPR Chapter V gaps, export TIAs.",
    )
    version = f"%(prog)s {app_version()}"
    parser.add_argument("--version", action="version", version=version)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
    for subparser in sub.choices.values():
        subparser.add_argument("--version", action="version", version=version)
    return parser


def app_version() -> str:
    """The installed version of Transfer Atlas ("unknown" when run from an uninstalled tree)."""
    try:
        return metadata.version("transfer-atlas")
    except metadata.PackageNotFoundError:
        return "unknown"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["gui"])
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as err:  # a bug: the user gets one line and a log, scripts get their own code
        log = write_crash_log(err)
        where = f"the details are in {log}" if log else "no log file could be written"
        error(
            f"internal error ({type(err).__name__}); this is a fault in Transfer Atlas, not in your "
            f"files; {where}"
        )
        return EXIT_INTERNAL


def log_folder() -> Path:
    """Where crash logs go: ``$XDG_STATE_HOME/transfer-atlas`` (``~/.local/state/...``), or
    ``%LOCALAPPDATA%\\transfer-atlas`` on Windows."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or tempfile.gettempdir()
    else:
        base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "transfer-atlas"


def write_crash_log(err: BaseException) -> Path | None:
    """Write the traceback of ``err`` (with the command line) to a new log file; its path, or None."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    text = f"transfer-atlas crash at {stamp}\ncommand: {sys.argv!r}\n\n" + "".join(
        traceback.format_exception(err)
    )
    for folder in (log_folder(), Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"crash-{stamp}-{os.getpid()}.log"
            path.write_text(text, encoding="utf-8", errors="backslashreplace")
            return path
        except OSError:
            continue
    return None


if __name__ == "__main__":
    sys.exit(main())
