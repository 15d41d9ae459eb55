"""TIA steps 3 to 6 and the conclusion: law and practice, measures, probability, procedure, sign-off."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from exports.cells import Formula
from exports.report import Method, TransferReport, TransferRow
from exports.sheets import Styled
from exports.texts import Words
from exports.tia_form import EFFECTIVENESS, LAW_CALLS, YES_NO, Form
from exports.tia_probability import LawCalls, probability_block
from model.flows import MeasureKind, MeasureStatus, TiaConclusion, TiaStatus, ToolKind

BLANK_LAW_ROWS = 3
BLANK_MEASURE_ROWS = 3
_NEEDS_AUTHORISATION = frozenset({ToolKind.AD_HOC_CLAUSES, ToolKind.ADMINISTRATIVE_ARRANGEMENT})
_SCC = frozenset(
    {ToolKind.SCC, ToolKind.SCC_MODULE_1, ToolKind.SCC_MODULE_2, ToolKind.SCC_MODULE_3, ToolKind.SCC_MODULE_4}
)


def law_and_practice(form: Form, report: TransferReport, row: TransferRow) -> LawCalls:
    """Step 3: each law of concern of the destination against the four Essential Guarantees;
    returns where the laws and the DPO's call on each are (the probability block counts them)."""
    w = form.words
    code = row.importer.country
    form.section(w("step3.title", country=w.country(code) or w("unknown")))
    for gid, name, test in report.reference.guarantees:
        form.fact(w("step3.guarantee", id=gid.upper()), f"{w.data(name)}: {w.data(test)}")
    header = [
        w("step3.law"),
        w("step3.why"),
        *(w("step3.guarantee", id=g[0].upper()) for g in report.reference.guarantees),
        w("step3.source"),
        w("step3.applies"),
        w("step3.notes"),
    ]
    form.sheet.append([(h, "header") for h in header])
    laws = report.reference.laws.get(code or "", ())
    first = form.sheet.row + 1
    for law in laws:
        eeg = dict(law.guarantees)
        cells = [
            (law.law, "value"),
            (law.concern, "value"),
            *((w.data(eeg.get(g[0], "")), "value") for g in report.reference.guarantees),
            (law.source, "value"),
            (None, "input"),
            (None, "input"),
        ]
        _law_row(form, cells, len(header))
    if not laws:
        form.note(_no_laws_note(code, w))
        for _ in range(BLANK_LAW_ROWS):
            _law_row(form, [(None, "input")] * len(header), len(header))
    call = _letter(len(header) - 1)
    calls = LawCalls(f"A{first}:A{form.sheet.row}", f"{call}{first}:{call}{form.sheet.row}")
    form.ask(w("step3.history"))
    form.ask(w("step3.other_sources"))
    form.ask(w("step3.problematic"), choices=YES_NO, prompt=w("step3.problematic_prompt"))
    return calls


def _law_row(form: Form, cells: Sequence[Styled], width: int) -> None:
    row = form.sheet.append(cells)
    form.mark(f"{_letter(width - 1)}{row}", choices=LAW_CALLS, prompt=form.words("step3.applies_prompt"))


def _letter(column: int) -> str:
    return "ABCDEFGHIJKLMNOP"[column - 1]


def _no_laws_note(code: str | None, w: Words) -> str:
    if not code:
        return w("step3.no_country")
    return w("step3.no_laws", country=w.country(code))


def measures(form: Form, row: TransferRow) -> None:
    """Step 4: the supplementary measures recorded, and room for more, each with status."""
    w = form.words
    form.section(w("step4.title"))
    form.note(w("step4.note"))
    headers = ("step4.kind", "step4.measure", "step4.gap", "step4.status", "step4.effective", "step3.notes")
    form.sheet.append([(w(h), "header") for h in headers])
    kinds = [w.label(k) for k in MeasureKind]
    statuses = [w.label(s) for s in MeasureStatus]
    prefilled = [(w.label(m.kind), m.description, w.label(m.status)) for m in row.flow.measures]
    for kind, description, status in [*prefilled, *[(None, None, None)] * BLANK_MEASURE_ROWS]:
        r = form.sheet.append(
            [(kind, "input"), (description, "input"), (None, "input"), (status, "input"), (None, "input"),
             (None, "input")]
        )  # fmt: skip
        form.mark(f"A{r}", choices=kinds, prompt=w("step4.kind_prompt"))
        form.mark(f"D{r}", choices=statuses, prompt=w("step4.status_prompt"))
        form.mark(f"E{r}", choices=EFFECTIVENESS, prompt=w("step4.effective_prompt"))


def probability(form: Form, report: TransferReport, laws: LawCalls) -> str | None:
    """The Rosenthal block when the report uses that method; returns its result's coordinate."""
    form.section(form.words("risk.title"))
    if report.method is not Method.ROSENTHAL:
        form.note(form.words("risk.not_used"))
        return None
    return probability_block(form, laws)


def procedural(form: Form, row: TransferRow) -> None:
    """Step 5: whether a supervisory authority must authorise, and the actions to take."""
    w = form.words
    form.section(w("step5.title"))
    kinds = {t.kind for t in row.flow.tools}
    if kinds & _NEEDS_AUTHORISATION:
        text = w("step5.authorisation")
    elif kinds & _SCC:
        text = w("step5.scc")
    else:
        text = w("step5.depends")
    form.fact(w("step5.authority"), text)
    form.ask(w("step5.actions"))
    form.ask(w("step5.owner"))
    form.ask(w("step5.due"), kind="date")


def reevaluate(form: Form, report: TransferReport, row: TransferRow) -> None:
    """Step 6: the next review date and what triggers an earlier one."""
    w = form.words
    form.section(w("step6.title"))
    form.fact(w("step6.earlier"), w("step6.triggers"))
    form.ask(w("step6.next"), review_default(report, row), kind="date")
    form.ask(w("step6.owner"))


def review_default(report: TransferReport, row: TransferRow) -> dt.date:
    """The next review date: the one recorded, else twelve months after the facts' date."""
    if row.flow.tia_review_date:
        return row.flow.tia_review_date
    year = min(report.as_of.year + 1, dt.MAXYEAR)  # an as-of date in 9999 has no next year
    return report.as_of.replace(year=year, day=min(report.as_of.day, 28))


def conclusion(form: Form, row: TransferRow, probability_result: str | None = None) -> None:
    """The decision, its reasons, the TIA status and the signatures; the probability block's result
    is repeated here when there is one."""
    w = form.words
    form.section(w("conclusion.title"))
    if probability_result:
        form.fact(w("conclusion.probability"), Formula(f"={probability_result}"), "result")
    form.ask(
        w("conclusion.conclusion"),
        w.label(row.flow.tia_conclusion),
        choices=[w.label(c) for c in TiaConclusion],
        prompt=w("conclusion.prompt"),
    )
    form.ask(w("conclusion.reasons"))
    form.ask(
        w("column.tia_status"),
        w.label(row.flow.tia_status),
        choices=[w.label(s) for s in TiaStatus],
        prompt=w("prompt.tia_status"),
    )
    for who in ("exporter", "importer", "dpo"):
        form.ask(w(f"conclusion.signed_name.{who}"))
        form.ask(w(f"conclusion.signed_date.{who}"), kind="date")
