"""``transfer-atlas gui``: open the desktop app (the only command that imports Qt)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``gui`` subcommand."""
    parser = sub.add_parser(
        "gui",
        help="open the desktop app (the default)",
        description="Open the desktop app, optionally on a project or files to import.",
    )
    parser.add_argument("inputs", nargs="*", metavar="PROJECT_OR_FILES")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Start the desktop app."""
    from desktop.app import run_app  # Qt is imported only here

    return run_app(args.inputs)
