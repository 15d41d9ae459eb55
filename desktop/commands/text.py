"""``transfer-atlas text``: the text extracted from a document, which evidence offsets point into."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.commands.common import error
from importers.base import ImportFailure
from importers.documents import read_document


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``text`` subcommand."""
    parser = sub.add_parser(
        "text",
        help="print the text extracted from a document",
        description="Print the extracted text of a notice exactly as the evidence "
        "offsets of 'transfer-atlas extract' count it.",
    )
    parser.add_argument("file", metavar="FILE")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the text; exit 1 when the file cannot be read."""
    try:
        text = read_document(Path(args.file))
    except ImportFailure as failure:
        error(str(failure))
        return 1
    sys.stdout.write(text.text)
    if not text.text.endswith("\n"):
        sys.stdout.write("\n")
    return 0
