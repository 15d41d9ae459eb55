"""One ``TIA-<id>`` sheet per transfer that needs an assessment, following the EDPB's six steps.

What Transfer Atlas knows (parties, route, tools, findings, laws of concern from the reference
data) is filled in; what the DPO must judge is a yellow input cell with validation.
"""

from __future__ import annotations

import datetime as dt

from exports.links import FINDINGS, TRANSFERS, CrossRefs, Ref
from exports.register import adequacy_covers, chain_text, evidence_text, status_text, tool_text
from exports.report import TransferReport, TransferRow
from exports.sheets import FORM_LAYOUT, Book, new_sheet
from exports.tia_form import (
    DATA_FORMATS,
    FREQUENCIES,
    WIDTHS,
    YES_NO,
    Form,
)
from exports.tia_probability import DEFAULT_PERIOD_YEARS
from exports.tia_scope import party_details, qualification
from exports.tia_steps import conclusion, law_and_practice, measures, probability, procedural, reevaluate

MAX_QUOTES = 5  # evidence lines on a TIA sheet; the Evidence sheet holds them all


def write_tia(book: Book, row: TransferRow) -> None:
    """Add the TIA sheet of ``row`` (which has a sheet name because it needs an assessment)."""
    assert row.sheet is not None
    report = book.report
    form = Form(new_sheet(book, row.sheet, WIDTHS, FORM_LAYOUT))
    _heading(form, report, row)
    _control(form, report, row)
    qualification(form, row)
    _know_your_transfer(form, row, book.links)
    _transfer_tool(form, row, book.links)
    laws = law_and_practice(form, report, row)
    measures(form, row)
    result = probability(form, report, laws)
    procedural(form, row)
    reevaluate(form, report, row)
    conclusion(form, row, result)
    form.finish()


def _heading(form: Form, report: TransferReport, row: TransferRow) -> None:
    where = row.importer.country or "destination unknown"
    form.sheet.append(
        [(f"Transfer impact assessment: {row.exporter.name} to {row.importer.name} ({where})", "title")]
    )
    form.note(
        f"Prepared by Transfer Atlas for {report.organisation} from the facts recorded on "
        f"{report.as_of.isoformat()}. Yellow cells are for the DPO; the rest comes from the project "
        f"and the reference data {report.reference.version}."
    )
    form.sheet.append([Ref(f"Transfer {row.flow.id} on the Transfers register", TRANSFERS, row.flow.id)])


def _control(form: Form, report: TransferReport, row: TransferRow) -> None:
    form.section("Control")
    form.fact("TIA id", row.sheet)
    form.fact("Transfer id", row.flow.id)
    form.fact("Facts as of", report.as_of, "value_date")
    form.fact("Method", report.method.label)
    form.fact("Scenario", "; ".join(report.scenario.describe()))
    form.fact("Reference data", f"{report.reference.version} of {report.reference.as_of.isoformat()}")
    form.ask("TIA version", "1")
    form.ask("Assessor")
    form.ask("Approver (DPO)")
    form.ask("Record of processing / contract reference", row.flow.contract_reference or None)
    form.ask("Assessment period: start", report.as_of, kind="date")
    form.ask("Assessment period: end", _years_later(report.as_of, DEFAULT_PERIOD_YEARS), kind="date")


def _know_your_transfer(form: Form, row: TransferRow, links: CrossRefs) -> None:
    form.section("Step 1. Know your transfer")
    for label, party in (("Exporter", row.exporter), ("Importer", row.importer)):
        party_details(form, label, party)
    form.fact("Destination", f"{row.country_name or 'unknown'}: {status_text(row)}")
    form.fact("Kind of transfer", _hop(row))
    form.fact("Route of the data", chain_text(row.route))
    onward = [chain_text(c) for c in row.onward] + (
        [f"... and {row.onward_more} more"] if row.onward_more else []
    )
    form.fact("Onward recipients", "\n".join(onward) or "none recorded")
    form.fact("Data categories", "; ".join(row.flow.data_categories) or "not recorded")
    form.fact("Special categories", "; ".join(row.flow.special_categories) or "none recorded")
    form.fact("Purposes", "; ".join(row.flow.purposes) or "not recorded")
    quotes = [evidence_text(e) for e in row.evidence[:MAX_QUOTES]]
    if len(row.evidence) > MAX_QUOTES:
        quotes.append(f"... {len(row.evidence) - MAX_QUOTES} more on the Evidence sheet")
    form.fact("Evidence", "\n".join(quotes) or "none recorded")
    form.ask("Categories of data subjects (Annex I.B)")
    form.ask("Nature of the processing (Annex I.B)")
    form.ask(
        "Format in transit and at rest", choices=DATA_FORMATS, prompt="How the data travels and is stored."
    )
    form.ask("Volume (records or data subjects)")
    form.ask("Frequency", choices=FREQUENCIES, prompt="How often data is transferred.")
    form.ask("Storage location and remote access")
    form.ask("Retention at the importer")
    form.ask("Data limited to what is necessary?", choices=YES_NO, prompt="Minimisation checked (yes/no).")


def _years_later(day: dt.date, years: int) -> dt.date:
    return day.replace(year=min(day.year + years, dt.MAXYEAR), day=min(day.day, 28))  # 9999 has no later


def _hop(row: TransferRow) -> str:
    if row.exporter_in_eea:
        return "transfer from the EEA"
    if row.exporter.country is None:
        return "transfer from a party whose country is not recorded"
    return f"onward transfer from {row.exporter.country}"


def _transfer_tool(form: Form, row: TransferRow, links: CrossRefs) -> None:
    form.section("Step 2. Transfer tool relied on")
    tools = [tool_text(t) for t in row.flow.tools]
    form.fact("Transfer tools recorded", "\n".join(tools) or "none recorded")
    j = row.destination.jurisdiction
    if j is not None:
        form.fact("Adequacy decision", f"{j.decision} ({j.source})")
        form.fact("Scope of the decision", j.scope)
        if j.scope_attribute is not None:
            form.fact(
                f"Importer {j.scope_attribute.value}", row.importer.scope_value(j.scope_attribute).value
            )
        if j.legal_risk:
            form.fact("Legal risk noted in reference data", j.legal_risk)
        if j.expires is not None:
            form.fact("Decision expires", j.expires, "value_date")
    form.fact("Adequacy decision covers this importer", adequacy_covers(row))
    form.fact("Data processing agreement on file", row.flow.dpa.value)
    for finding in row.findings:
        key = links.finding_key[id(finding)]
        form.sheet.append(
            [
                (f"Finding: {finding.rule.value} ({finding.severity.value})", "label"),
                (f"{finding.message} [{finding.article}]", "value"),
                Ref(f"{key} on Findings", FINDINGS, key),
            ]
        )
    if not row.findings:
        form.fact("Findings", "none")
    form.ask("Tool signed and in force? (where is the evidence)")
