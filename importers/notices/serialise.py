"""The extraction as the ``transfer-atlas/extraction/v1`` JSON document, and as a readable summary."""

from __future__ import annotations

from typing import Any

from importers.notices.types import NoticeExtraction, Span

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


def summary(x: NoticeExtraction) -> str:
    """A readable summary of one extraction (for ``transfer-atlas extract`` without ``--json``)."""
    lines = [f"{x.source}  [{x.language}]" + (f"  {x.title}" if x.title else "")]
    if x.last_updated:
        lines.append(f"  last updated: {x.last_updated.isoformat()}")
    if x.controller:
        where = f" ({x.controller.country})" if x.controller.country else ""
        lines.append(f"  controller: {x.controller.name}{where}")
    lines.append(f"  recipients: {len(x.recipients)}")
    for r in sorted(x.recipients, key=lambda r: (not r.named, r.role, r.name or "")):
        label = r.name if r.named else f"({r.role.replace('_', ' ')})"
        where = f" [{r.country}]" if r.country else ""
        lines.append(f"    - {label}{where}" + (f"  — {r.role}" if r.named else ""))
    if x.special_categories:
        lines.append("  special categories: " + ", ".join(c.category for c in x.special_categories))
    outside = [t for t in x.transfers if t.outside_eea]
    if outside:
        for t in outside:
            dest = ", ".join(t.destinations) or "destination not stated"
            guard = ", ".join(s.value for s in t.safeguards) or "no safeguard stated"
            lines.append(
                f"  transfer outside the EEA: {t.recipient or 'unspecified recipients'} -> {dest}; {guard}"
            )
    else:
        lines.append("  transfers outside the EEA: none stated")
    return "\n".join(lines)
