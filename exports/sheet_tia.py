"""One ``TIA-<id>`` sheet per transfer that needs an assessment, following the EDPB's six steps.

What Transfer Atlas knows (parties, route, tools, findings, laws of concern from the reference
data) is filled in; what the DPO must judge is a yellow input cell with validation.
"""

from __future__ import annotations

import datetime as dt

from exports.links import FINDINGS, TRANSFERS, CrossRefs, Ref
from exports.register import chain_text, covers_text, evidence_text, status_text, tool_text
from exports.report import TransferReport, TransferRow
from exports.sheets import FORM_LAYOUT, Book, new_sheet
from exports.texts import Words
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
from model.labels import article_text

MAX_QUOTES = 5  # evidence lines on a TIA sheet; the Evidence sheet holds them all


def write_tia(book: Book, row: TransferRow) -> None:
    """Add the TIA sheet of ``row`` (which has a sheet name because it needs an assessment)."""
    assert row.sheet is not None
    report = book.report
    form = Form(new_sheet(book, row.sheet, WIDTHS, FORM_LAYOUT, repeated=True))
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
    w = form.words
    where = row.importer.country or w("tia.destination_unknown")
    title = w("tia.title", exporter=row.exporter.name, importer=row.importer.name, where=where)
    form.sheet.append([(title, "title")])
    form.note(
        w("tia.intro", organisation=w.organisation(report.organisation), date=report.as_of.isoformat(),
          version=report.reference.version)
    )  # fmt: skip
    form.fact(w("tia.register_row"), Ref(row.flow.id, TRANSFERS, row.flow.id))


def _control(form: Form, report: TransferReport, row: TransferRow) -> None:
    w = form.words
    form.section(w("tia.control"))
    form.fact(w("tia.tia_id"), row.sheet)
    form.fact(w("column.id"), row.flow.id)
    form.fact(w("summary.as_of"), report.as_of, "value_date")
    form.fact(w("summary.method"), w(f"method.{report.method.value}"))
    form.fact(w("summary.scenario"), "; ".join(w.scenario(report.scenario.labels)))
    form.fact(w("tia.reference"), f"{report.reference.version} ({report.reference.as_of.isoformat()})")
    form.ask(w("tia.version"), "1")
    form.ask(w("tia.assessor"))
    form.ask(w("tia.approver"))
    form.ask(w("tia.contract"), row.flow.contract_reference or None)
    form.ask(w("tia.period_start"), report.as_of, kind="date")
    form.ask(w("tia.period_end"), _years_later(report.as_of, DEFAULT_PERIOD_YEARS), kind="date")


def _know_your_transfer(form: Form, row: TransferRow, links: CrossRefs) -> None:
    w = form.words
    form.section(w("tia.step1"))
    for key, party in (("column.exporter", row.exporter), ("column.importer", row.importer)):
        party_details(form, w(key), party)
    country = w.country(row.importer.country) or w("unknown")
    form.fact(w("tia.destination"), f"{country}: {status_text(row, w)}")
    form.fact(w("tia.kind"), _hop(row, w))
    form.fact(w("tia.route"), chain_text(row.route))
    onward = [chain_text(c) for c in row.onward] + (
        [w("onward.more", count=row.onward_more)] if row.onward_more else []
    )
    form.fact(w("column.onward"), "\n".join(onward) or w("none_recorded"))
    form.fact(w("column.data_categories"), "; ".join(row.flow.data_categories) or w("not_recorded"))
    special = "; ".join(w.label(c) for c in row.flow.special_categories)
    form.fact(w("column.special_categories"), special or w("none_recorded"))
    form.fact(w("column.purposes"), "; ".join(row.flow.purposes) or w("not_recorded"))
    quotes = [evidence_text(e) for e in row.evidence[:MAX_QUOTES]]
    if len(row.evidence) > MAX_QUOTES:
        quotes.append(w("tia.more_quotes", count=len(row.evidence) - MAX_QUOTES))
    form.fact(w("column.evidence"), "\n".join(quotes) or w("none_recorded"))
    form.ask(w("tia.data_subjects"))
    form.ask(w("tia.nature"))
    form.ask(w("tia.format"), choices=DATA_FORMATS, prompt=w("tia.format_prompt"))
    form.ask(w("tia.volume"))
    form.ask(w("tia.frequency"), choices=FREQUENCIES, prompt=w("tia.frequency_prompt"))
    form.ask(w("tia.storage"))
    form.ask(w("tia.retention"))
    form.ask(w("tia.minimised"), choices=YES_NO, prompt=w("tia.minimised_prompt"))


def _years_later(day: dt.date, years: int) -> dt.date:
    return day.replace(year=min(day.year + years, dt.MAXYEAR), day=min(day.day, 28))  # 9999 has no later


def _hop(row: TransferRow, w: Words) -> str:
    if row.exporter_in_eea:
        return w("tia.hop_eea")
    if row.exporter.country is None:
        return w("tia.hop_unknown")
    return w("tia.hop_onward", country=w.country(row.exporter.country))


def _transfer_tool(form: Form, row: TransferRow, links: CrossRefs) -> None:
    w = form.words
    form.section(w("tia.step2"))
    tools = [tool_text(t, w) for t in row.flow.tools]
    form.fact(w("tia.tools"), "\n".join(tools) or w("none_recorded"))
    j = row.destination.jurisdiction
    if j is not None:
        form.fact(w("column.adequacy_decision"), f"{j.decision} ({j.source})")
        form.fact(w("tia.decision_scope"), j.scope)
        if j.scope_attribute is not None:
            check = row.importer.scope_check(j.scope_attribute)
            when = f" ({w('covers.checked', date=check.checked_on.isoformat())})" if check else ""
            form.fact(w.label(j.scope_attribute), w.label(row.in_scope) + when)
        if j.legal_risk:
            form.fact(w("tia.legal_risk"), j.legal_risk)
        if j.expires is not None:
            form.fact(w("tia.expires"), j.expires, "value_date")
    form.fact(w("column.adequacy_covers"), covers_text(row, w))
    form.fact(w("tia.dpa"), w.label(row.flow.dpa))
    for finding in row.findings:
        key = links.finding_key[id(finding)]
        form.sheet.append(
            [
                (w("tia.finding", rule=w.label(finding.rule), severity=w.label(finding.severity)), "label"),
                (f"{finding.text(w.lang)} [{article_text(finding.article, w.lang)}]", "value"),
                Ref(w("tia.finding_link", key=key), FINDINGS, key),
            ]
        )
    if not row.findings:
        form.fact(w("column.findings"), w("none"))
    form.ask(w("tia.tool_in_force"))
