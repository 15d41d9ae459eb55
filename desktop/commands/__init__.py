"""Subcommands of ``transfer-atlas``: each module has ``register(subparsers)`` setting ``run``."""

from __future__ import annotations

from desktop.commands import admin, audit, check, diff, export, extract, gui, orgs, parties, project_io, text

COMMANDS = (gui, check, project_io, export, extract, text, parties, diff, orgs, admin, audit)
