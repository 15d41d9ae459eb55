"""The Reference sheet: the EEA list, adequacy decisions, invalidated decisions and laws of concern used."""

from __future__ import annotations

from exports.sheet_summary import reference_text
from exports.sheets import Book, PageLayout, Sheet, add_table, new_sheet
from exports.texts import Words
from model.reference import ReferenceData

WIDTHS = (12, 26, 18, 44, 44, 12, 12, 22, 44)
JURISDICTION_HEADERS = (
    "ref.code", "ref.name", "ref.status", "ref.scope", "ref.decision", "ref.adopted", "ref.expires",
    "ref.legal_risk", "ref.source",
)  # fmt: skip


def write_reference(book: Book) -> Sheet:
    """Add the Reference sheet for the reference data the report was assessed against."""
    ref, w = book.report.reference, book.words
    sheet = new_sheet(book, "reference", WIDTHS, PageLayout(title_rows=None))
    sheet.append([(w("sheet.reference"), "title")])
    for label, value, style in (
        (w("ref.version"), ref.version, "text"),
        (w("ref.as_of"), ref.as_of, "date"),
        (w("ref.file"), reference_text(ref, w), "text"),
        (w("ref.compiled_from"), ref.compiled_from, "text"),
    ):
        sheet.append([(label, "label"), (value, style)])
    sheet.blank()
    sheet.append([(w("ref.jurisdictions"), "section")])
    headers = [w(h) for h in JURISDICTION_HEADERS]
    first = sheet.append([(h, "header") for h in headers])
    for j in sorted(ref.jurisdictions.values(), key=lambda j: (j.status != "eea", j.code)):
        sheet.append(
            [
                j.code,
                w.country(j.code) or j.name,
                w.label(j.status),
                j.scope,
                j.decision,
                (j.adopted, "date"),
                (j.expires, "date"),
                j.legal_risk,
                j.source,
            ]
        )
    add_table(sheet, "Jurisdictions", headers, first, sheet.row)
    _territories(sheet, ref, w)
    _invalidated(sheet, ref, w)
    _laws(sheet, ref, w)
    return sheet


def _territories(sheet: Sheet, ref: ReferenceData, w: Words) -> None:
    sheet.blank()
    sheet.append([(w("ref.territories"), "section")])
    sheet.append([(w(h), "header") for h in ("ref.code", "ref.part_of")])
    for code, parent in sorted(ref.territories.items()):
        sheet.append([code, parent])


def _invalidated(sheet: Sheet, ref: ReferenceData, w: Words) -> None:
    sheet.blank()
    sheet.append([(w("ref.invalidated"), "section")])
    headers = ("ref.id", "ref.name", "ref.invalidated_on", "ref.decision", "ref.by", "", "", "", "ref.source")
    sheet.append([(w(h) if h else "", "header") for h in headers])
    for d in ref.invalidated:
        sheet.append([d.id, d.name, (d.invalidated, "date"), d.decision, d.by, None, None, None, d.source])


def _laws(sheet: Sheet, ref: ReferenceData, w: Words) -> None:
    sheet.blank()
    sheet.append([(w("ref.laws"), "section")])
    for gid, name, test in ref.guarantees:
        sheet.append(
            [(w("step3.guarantee", id=gid.upper()), "label"), (w.data(name), "label"), None, w.data(test)]
        )
    headers = ("ref.country", "step3.law", "ref.guarantees", "step3.why", "", "", "", "", "ref.source")
    sheet.append([(w(h) if h else "", "header") for h in headers])
    for code, laws in sorted(ref.laws.items()):
        for law in laws:
            eeg = ", ".join(f"{k.upper()}: {w.data(v)}" for k, v in law.guarantees)
            sheet.append([code, law.law, eeg, law.concern, None, None, None, None, law.source])
