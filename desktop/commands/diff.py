"""``transfer-atlas diff OLD NEW``: what changed between two versions of a privacy notice."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop.commands.common import error
from importers.base import ImportFailure
from importers.notices import read_notice
from importers.notices.types import NoticeExtraction, Span
from importers.notices_diff import NoticeChange, NoticeDiff, diff_notices

DIFF_SCHEMA = "transfer-atlas/notice-diff/v1"
EXIT_SAME, EXIT_CHANGED, EXIT_TROUBLE = 0, 1, 2
_SIGNS = {"added": "+", "removed": "-", "changed": "~"}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``diff`` subcommand."""
    parser = sub.add_parser(
        "diff",
        help="compare two versions of a notice: recipients, roles, countries, safeguards, special data",
        description="Compare two versions of a privacy notice and list what the new one adds, removes or "
        "changes, with the sentences. Changes marked '!' concern transfers: redo the TIAs they touch. "
        "Exit status 0 when nothing changed, 1 when something did, 2 when a file cannot be read.",
    )
    parser.add_argument("old", type=Path, metavar="OLD", help="the earlier version")
    parser.add_argument("new", type=Path, metavar="NEW", help="the later version")
    parser.add_argument("--json", action="store_true", help="print a JSON document (notice-diff/v1)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Compare the two notices and print the differences."""
    try:
        old, new = (read_notice(p, source=str(p)).extraction for p in (args.old, args.new))
        result = diff_notices(old, new)
    except ImportFailure as failure:
        error(str(failure))
        return EXIT_TROUBLE
    if args.json:
        print(json.dumps(diff_to_dict(result), ensure_ascii=False, indent=1))
    else:
        print_diff(result)
    return EXIT_CHANGED if result.changes else EXIT_SAME


def diff_to_dict(result: NoticeDiff) -> dict[str, Any]:
    """The diff as the notice-diff/v1 JSON document."""
    return {
        "schema": DIFF_SCHEMA,
        "old": _version(result.old),
        "new": _version(result.new),
        "changes": [_change(c) for c in result.changes],
    }


def _version(x: NoticeExtraction) -> dict[str, Any]:
    return {
        "source": x.source,
        "sha256": x.sha256,
        "title": x.title,
        "last_updated": x.last_updated.isoformat() if x.last_updated else None,
    }


def _change(c: NoticeChange) -> dict[str, Any]:
    return {
        "aspect": c.aspect.value,
        "change": c.kind.value,
        "subject": c.subject,
        "before": c.before or None,
        "after": c.after or None,
        "affects_transfers": c.affects_transfers,
        "old_evidence": [_span(s) for s in c.old_quotes],
        "new_evidence": [_span(s) for s in c.new_quotes],
    }


def _span(s: Span) -> dict[str, Any]:
    return {"start": s.start, "end": s.end, "quote": s.quote}


def print_diff(result: NoticeDiff) -> None:
    """The diff as text: one line per change ('!' marks transfer changes), then its sentences."""
    for label, x in (("old", result.old), ("new", result.new)):
        updated = f", last updated {x.last_updated.isoformat()}" if x.last_updated else ""
        print(f"{label}: {x.source} ({x.title or 'untitled'}{updated})")
    transfer = len(result.transfer_changes)
    print(
        f"{len(result.changes)} changes, {transfer} concerning transfers"
        + (" (redo the TIAs they touch)" if transfer else "")
    )
    for c in result.changes:
        what = f"{c.before} -> {c.after}" if c.kind.value == "changed" else ""
        mark = "!" if c.affects_transfers else " "
        print(
            f"{mark} {_SIGNS[c.kind.value]} {c.aspect.value.replace('_', ' ')}: {c.subject}"
            + (f" ({what})" if what else "")
        )
        for side, spans in (("old", c.old_quotes), ("new", c.new_quotes)):
            for span in spans[:2]:
                print(f'      {side} [{span.start}:{span.end}] "{_short(span.quote)}"')


def _short(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
