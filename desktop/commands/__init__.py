"""Subcommands of ``transfer-atlas``: each module has ``register(subparsers)`` setting ``run``."""

from __future__ import annotations

from desktop.commands import check, export, gui, project_io

COMMANDS = (gui, check, project_io, export)
