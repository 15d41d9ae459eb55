"""One ``TIA-<id>`` sheet per transfer that needs an assessment, following the EDPB's six steps.

What Transfer Atlas knows (parties, route, tools, findings, laws of concern from the reference
data) is filled in; what the DPO must judge is a yellow input cell with validation.
"""

from __future__ import annotations

from openpyxl import Workbook

from exports.register import chain_text, evidence_text, party_text, status_text, tool_text
from exports.report import TransferReport, TransferRow
from exports.sheets import internal_link, new_sheet, print_setup
from exports.styles import StyleBook
from exports.tia_form import (
    DATA_FORMATS,
    FREQUENCIES,
    WIDTHS,
    YES_NO,
    Form,
)
from exports.tia_steps import conclusion, law_and_practice, measures, probability, procedural, reevaluate

MAX_QUOTES = 5  # evidence lines on a TIA sheet; the Evidence sheet holds them all


def write_tia(wb: Workbook, report: TransferReport, row: TransferRow, styles: StyleBook) -> None:
    """Add the TIA sheet of ``row`` (which has a sheet name because it needs an assessment)."""
    assert row.sheet is not None
    form = Form(new_sheet(wb, row.sheet, styles, WIDTHS))
    _heading(form, report, row)
    _control(form, report, row)
    _know_your_transfer(form, row)
    _transfer_tool(form, row)
    law_and_practice(form, report, row)
    measures(form, row)
    probability(form, report)
    procedural(form, row)
    reevaluate(form, report, row)
    conclusion(form, row)
    form.finish()
    print_setup(form.sheet)


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
    back = form.sheet.cell("Back to the Transfers register", "link")
    back.hyperlink = internal_link("Transfers")
    form.sheet.append([back])


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


def _know_your_transfer(form: Form, row: TransferRow) -> None:
    form.section("Step 1. Know your transfer")
    form.fact("Exporter", f"{party_text(row.exporter)}, {row.exporter.role.value}")
    form.fact("Importer", f"{party_text(row.importer)}, {row.importer.role.value}")
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
    form.ask("Categories of data subjects")
    form.ask(
        "Format in transit and at rest", choices=DATA_FORMATS, prompt="How the data travels and is stored."
    )
    form.ask("Volume (records or data subjects)")
    form.ask("Frequency", choices=FREQUENCIES, prompt="How often data is transferred.")
    form.ask("Storage location and remote access")
    form.ask("Retention at the importer")
    form.ask("Data limited to what is necessary?", choices=YES_NO, prompt="Minimisation checked (yes/no).")


def _hop(row: TransferRow) -> str:
    if row.exporter_in_eea:
        return "transfer from the EEA"
    if row.exporter.country is None:
        return "transfer from a party whose country is not recorded"
    return f"onward transfer from {row.exporter.country}"


def _transfer_tool(form: Form, row: TransferRow) -> None:
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
    form.fact("Covered by adequacy", "yes" if row.covered_by_adequacy else "no")
    form.fact("Data processing agreement on file", row.flow.dpa.value)
    for finding in row.findings:
        form.fact(
            f"Finding: {finding.rule.value} ({finding.severity.value})",
            f"{finding.message} [{finding.article}]",
        )
    if not row.findings:
        form.fact("Findings", "none")
    form.ask("Tool signed and in force? (where is the evidence)")
