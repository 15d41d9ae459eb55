"""The Reference sheet: the EEA list, adequacy decisions, invalidated decisions and laws of concern used."""

from __future__ import annotations

from pathlib import Path

from exports.sheets import Book, PageLayout, Sheet, add_table, new_sheet
from model.reference import ReferenceData

WIDTHS = (12, 26, 18, 44, 44, 12, 12, 22, 44)
JURISDICTION_HEADERS = (
    "Code",
    "Name",
    "Status",
    "Scope",
    "Decision",
    "Adopted",
    "Expires",
    "Legal risk",
    "Source",
)


def write_reference(book: Book) -> Sheet:
    """Add the Reference sheet for the reference data the report was assessed against."""
    ref = book.report.reference
    sheet = new_sheet(book, "Reference", WIDTHS, PageLayout(title_rows=None))
    sheet.append([("Reference data", "title")])
    for label, value in (
        ("Version", ref.version),
        ("As of", ref.as_of),
        ("File", Path(ref.path).name),
        ("Compiled from", ref.compiled_from),
    ):
        sheet.append([(label, "label"), (value, "date" if label == "As of" else "text")])
    sheet.blank()
    sheet.append([("EEA members and adequacy decisions", "section")])
    first = sheet.append([(h, "header") for h in JURISDICTION_HEADERS])
    for j in sorted(ref.jurisdictions.values(), key=lambda j: (j.status != "eea", j.code)):
        sheet.append(
            [
                j.code,
                j.name,
                j.status.label,
                j.scope,
                j.decision,
                (j.adopted, "date"),
                (j.expires, "date"),
                j.legal_risk,
                j.source,
            ]
        )
    add_table(sheet, "Jurisdictions", JURISDICTION_HEADERS, first, sheet.row)
    _territories(sheet, ref)
    _invalidated(sheet, ref)
    _laws(sheet, ref)
    return sheet


def _territories(sheet: Sheet, ref: ReferenceData) -> None:
    sheet.blank()
    sheet.append([("Territories treated as part of an EEA member", "section")])
    sheet.append([(h, "header") for h in ("Code", "Part of")])
    for code, parent in sorted(ref.territories.items()):
        sheet.append([code, parent])


def _invalidated(sheet: Sheet, ref: ReferenceData) -> None:
    sheet.blank()
    sheet.append([("Invalidated or repealed decisions (never a valid basis)", "section")])
    sheet.append(
        [(h, "header") for h in ("Id", "Name", "Invalidated", "Decision", "By", "", "", "", "Source")]
    )
    for d in ref.invalidated:
        sheet.append([d.id, d.name, (d.invalidated, "date"), d.decision, d.by, None, None, None, d.source])


def _laws(sheet: Sheet, ref: ReferenceData) -> None:
    sheet.blank()
    sheet.append([("Laws of concern and the Essential Guarantees", "section")])
    for gid, name, test in ref.guarantees:
        sheet.append([(f"Guarantee {gid.upper()}", "label"), (name, "label"), None, test])
    sheet.append(
        [(h, "header") for h in ("Country", "Law", "Guarantees", "Why it matters", "", "", "", "", "Source")]
    )
    for code, laws in sorted(ref.laws.items()):
        for law in laws:
            eeg = ", ".join(f"{k.upper()}: {v}" for k, v in law.guarantees)
            sheet.append([code, law.law, eeg, law.concern, None, None, None, None, law.source])
