"""The extraction as the ``transfer-atlas/extraction/v1`` JSON document, and as a readable summary."""

from __future__ import annotations

import textwrap
from typing import Any

from importers.notices.types import NoticeExtraction, Span
from model.labels import label

SCHEMA = "transfer-atlas/extraction/v1"


def span_to_dict(span: Span) -> dict[str, Any]:
    """``{"start", "end", "quote"}``."""
    return {"start": span.start, "end": span.end, "quote": span.quote}


def extraction_to_dict(x: NoticeExtraction) -> dict[str, Any]:
    """One notice entry of the extraction document."""
    return {
        "source": x.source,
        "sha256": x.sha256,
        "language": x.language,
        "title": x.title,
        "last_updated": x.last_updated.isoformat() if x.last_updated else None,
        "controller": None
        if x.controller is None
        else {
            "name": x.controller.name,
            "country": x.controller.country,
            "evidence": [span_to_dict(s) for s in x.controller.evidence],
        },
        "recipients": [
            {
                "name": r.name,
                "named": r.named,
                "role": r.role,
                "country": r.country,
                "evidence": [span_to_dict(s) for s in r.evidence],
            }
            for r in x.recipients
        ],
        "special_categories": [
            {"category": c.category, "evidence": [span_to_dict(s) for s in c.evidence]}
            for c in x.special_categories
        ],
        "transfers": [
            {
                "outside_eea": t.outside_eea,
                "destinations": list(t.destinations),
                "safeguards": [s.value for s in t.safeguards],
                "recipient": t.recipient,
                "evidence": [span_to_dict(s) for s in t.evidence],
            }
            for t in x.transfers
        ],
        "error": x.error,
    }


def failure_to_dict(source: str, error: str) -> dict[str, Any]:
    """The entry of a file that could not be read."""
    return {
        "source": source,
        "sha256": None,
        "language": None,
        "title": None,
        "last_updated": None,
        "controller": None,
        "recipients": [],
        "special_categories": [],
        "transfers": [],
        "error": error,
    }


def document(entries: list[dict[str, Any]]) -> dict[str, Any]:
    """The whole extraction document."""
    return {"schema": SCHEMA, "notices": entries}


def summary(x: NoticeExtraction, lang: str = "en", width: int = 100) -> str:
    """A readable account of one extraction: each fact in ``lang``'s words with the sentence it came from.

    For ``transfer-atlas extract`` without ``--json``; lines wrap at ``width`` columns.
    """
    out: list[str] = []

    def say(text: str, indent: int, spans: tuple[Span, ...] = ()) -> None:
        out.extend(_wrapped(text, indent, width))
        for span in spans:
            out.extend(_wrapped(f"“{' '.join(span.quote.split())}”", indent + 4, width, hang=1))

    say(f"{x.source}  [{x.language}]" + (f"  {x.title}" if x.title else ""), 0)
    if x.last_updated:
        say(f"last updated: {x.last_updated.isoformat()}", 2)
    if x.controller:
        where = f" ({x.controller.country})" if x.controller.country else ""
        say(f"controller: {x.controller.name}{where}", 2, x.controller.evidence)
    say(f"recipients: {len(x.recipients)}", 2)
    for r in sorted(x.recipients, key=lambda r: (not r.named, r.role, r.name or "")):
        where = f" [{r.country}]" if r.country else ""
        role = label(r.role, lang)
        say(f"- {r.name}{where} — {role}" if r.named else f"- {role}{where} (described)", 4, r.evidence)
    if x.special_categories:
        say("special categories:", 2)
        for c in x.special_categories:
            say(f"- {label(c.category, lang)}", 4, c.evidence)
    outside = [t for t in x.transfers if t.outside_eea]
    for t in outside:
        dest = ", ".join(t.destinations) or "destination not stated"
        guard = ", ".join(label(s, lang) for s in t.safeguards) or "no safeguard stated"
        who = t.recipient or "unspecified recipients"
        say(f"transfer outside the EEA: {who} -> {dest}; {guard}", 2, t.evidence)
    if not outside:
        say("transfers outside the EEA: none stated", 2)
    return "\n".join(out)


def _wrapped(text: str, indent: int, width: int, hang: int = 2) -> list[str]:
    """``text`` wrapped at ``width`` at word boundaries, continuation lines indented by ``hang`` more."""
    return textwrap.wrap(
        text,
        width=max(40, width),
        initial_indent=" " * indent,
        subsequent_indent=" " * (indent + hang),
        break_long_words=False,
        break_on_hyphens=False,
    )


def explanation(x: NoticeExtraction) -> str:
    """Why the extraction says what it says (``transfer-atlas extract --explain``): for the
    controller and each recipient, the reason for the choice and its role, and the sentences read."""
    lines = [f"{x.source}  [{x.language}]"]
    if x.controller:
        where = f" ({x.controller.country})" if x.controller.country else ""
        lines.append(f"controller: {x.controller.name}{where}")
        lines.append(f"  why: {x.controller.reason or 'not recorded'}")
        lines += _quotes(x.controller.evidence)
    else:
        lines.append("controller: unknown (no name in the notice says it is the controller)")
    for r in x.recipients:
        head = f"recipient: {r.name} — {r.role}" if r.named else f"described recipient: {r.role}"
        lines.append(head + (f" [{r.country}]" if r.country else ""))
        lines.append(f"  why this role: {r.reason or 'not recorded'}")
        lines += _quotes(r.evidence)
    for c in x.special_categories:
        lines.append(f"special category: {c.category}")
        lines += _quotes(c.evidence)
    for t in x.transfers:
        dest = ", ".join(t.destinations) or "destination not stated"
        guard = ", ".join(s.value for s in t.safeguards) or "no safeguard stated"
        where = "outside the EEA" if t.outside_eea else "within the EEA"
        lines.append(f"transfer {where}: {t.recipient or 'unspecified recipients'} -> {dest}; {guard}")
        lines += _quotes(t.evidence)
    return "\n".join(lines)


def _quotes(spans: tuple[Span, ...]) -> list[str]:
    return [f"  « {' '.join(s.quote.split())} »" for s in spans]
