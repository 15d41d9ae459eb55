"""TIA steps 3 to 6 and the conclusion: law and practice, measures, probability, procedure, sign-off."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from exports.cells import Formula
from exports.report import Method, TransferReport, TransferRow
from exports.sheets import Styled
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
    code = row.importer.country
    form.section(f"Step 3. Law and practice of the destination ({row.country_name or 'unknown'})")
    for gid, name, test in report.reference.guarantees:
        form.fact(f"Guarantee {gid.upper()}", f"{name}: {test}")
    header = [
        "Law or practice",
        "Why it matters for this transfer",
        *(f"Guarantee {g[0].upper()}" for g in report.reference.guarantees),
        "Source",
        "DPO: applies to this transfer?",
        "DPO notes",
    ]
    form.sheet.append([(h, "header") for h in header])
    laws = report.reference.laws.get(code or "", ())
    first = form.sheet.row + 1
    for law in laws:
        eeg = dict(law.guarantees)
        cells = [
            (law.law, "value"),
            (law.concern, "value"),
            *((eeg.get(g[0], ""), "value") for g in report.reference.guarantees),
            (law.source, "value"),
            (None, "input"),
            (None, "input"),
        ]
        _law_row(form, cells, len(header))
    if not laws:
        form.note(_no_laws_note(code))
        for _ in range(BLANK_LAW_ROWS):
            _law_row(form, [(None, "input")] * len(header), len(header))
    call = _letter(len(header) - 1)
    calls = LawCalls(f"A{first}:A{form.sheet.row}", f"{call}{first}:{call}{form.sheet.row}")
    form.ask("Importer's record of requests (period covered, number, outcome)")
    form.ask("Other sources consulted, with dates")
    form.ask(
        "Is the law or practice problematic for this transfer?",
        choices=YES_NO,
        prompt="Your overall view after weighing the laws above.",
    )
    return calls


def _law_row(form: Form, cells: Sequence[Styled], width: int) -> None:
    row = form.sheet.append(cells)
    form.mark(f"{_letter(width - 1)}{row}", choices=LAW_CALLS, prompt="Does this law reach this transfer?")


def _letter(column: int) -> str:
    return "ABCDEFGHIJKLMNOP"[column - 1]


def _no_laws_note(code: str | None) -> str:
    if not code:
        return "The destination country is not known: establish it first, then record its laws below."
    return (
        f"The reference data records no laws of concern for {code}. Research the destination's "
        f"surveillance and access laws and record them in the yellow rows below."
    )


def measures(form: Form, row: TransferRow) -> None:
    """Step 4: the supplementary measures recorded, and room for more, each with status."""
    form.section("Step 4. Supplementary measures")
    form.note(
        "Technical measures count most; contractual and organisational ones rarely suffice alone "
        "where the importer sees the data in clear."
    )
    headers = ("Kind", "Measure", "Gap or law it addresses (Step 3)", "Status", "Effective?", "Notes")
    form.sheet.append([(h, "header") for h in headers])
    kinds = [k.value for k in MeasureKind]
    statuses = [s.value for s in MeasureStatus]
    prefilled = [(m.kind.value, m.description, m.status.value) for m in row.flow.measures]
    for kind, description, status in [*prefilled, *[(None, None, None)] * BLANK_MEASURE_ROWS]:
        r = form.sheet.append(
            [(kind, "input"), (description, "input"), (None, "input"), (status, "input"), (None, "input"),
             (None, "input")]
        )  # fmt: skip
        form.mark(f"A{r}", choices=kinds, prompt="Technical, contractual or organisational.")
        form.mark(f"D{r}", choices=statuses, prompt="Planned, implemented or not applicable.")
        form.mark(f"E{r}", choices=EFFECTIVENESS, prompt="Against the gap or law it addresses.")


def probability(form: Form, report: TransferReport, laws: LawCalls) -> str | None:
    """The Rosenthal block when the report uses that method; returns its result's coordinate."""
    form.section("Risk of lawful access (probability method)")
    if report.method is not Method.ROSENTHAL:
        form.note("Not used: this assessment follows the EDPB strict method (see Summary).")
        return None
    return probability_block(form, laws)


def procedural(form: Form, row: TransferRow) -> None:
    """Step 5: whether a supervisory authority must authorise, and the actions to take."""
    form.section("Step 5. Procedural steps")
    kinds = {t.kind for t in row.flow.tools}
    if kinds & _NEEDS_AUTHORISATION:
        text = "Authorisation by the competent supervisory authority is required (Art. 46(3) GDPR)."
    elif kinds & _SCC:
        text = (
            "No authorisation needed while added clauses do not contradict the SCCs; "
            "changed SCCs become ad hoc clauses that need authorisation (Art. 46(3)(a))."
        )
    else:
        text = "Depends on the transfer tool chosen (Art. 46(2) tools need no authorisation; 46(3) ones do)."
    form.fact("Supervisory authority", text)
    form.ask("Actions (contract amendments, measures to implement)")
    form.ask("Action owner")
    form.ask("Due date", kind="date")


def reevaluate(form: Form, report: TransferReport, row: TransferRow) -> None:
    """Step 6: the next review date and what triggers an earlier one."""
    form.section("Step 6. Re-evaluate")
    form.fact(
        "Review earlier when",
        "the destination's law changes; an adequacy decision is reviewed, "
        "suspended or annulled; the importer reports an access request; sub-processors change; "
        "the data or purposes change.",
    )
    form.ask("Next review date", review_default(report, row), kind="date")
    form.ask("Monitoring owner")


def review_default(report: TransferReport, row: TransferRow) -> dt.date:
    """The next review date: the one recorded, else twelve months after the facts' date."""
    if row.flow.tia_review_date:
        return row.flow.tia_review_date
    year = min(report.as_of.year + 1, dt.MAXYEAR)  # an as-of date in 9999 has no next year
    return report.as_of.replace(year=year, day=min(report.as_of.day, 28))


def conclusion(form: Form, row: TransferRow, probability_result: str | None = None) -> None:
    """The decision, its reasons, the TIA status and the signatures; the probability block's result
    is repeated here when there is one."""
    form.section("Conclusion and sign-off")
    if probability_result:
        form.fact("The probability assessment says", Formula(f"={probability_result}"), "result")
    form.ask(
        "Conclusion",
        row.flow.tia_conclusion.value,
        choices=[c.value for c in TiaConclusion],
        prompt="Permitted, permitted with measures, or not permitted (suspend).",
    )
    form.ask("Reasons")
    form.ask(
        "TIA status",
        row.flow.tia_status.value,
        choices=[s.value for s in TiaStatus],
        prompt="Where this assessment stands.",
    )
    for who in ("exporter", "importer", "DPO"):
        form.ask(f"Signed for the {who} (name)")
        form.ask(f"Signed for the {who} (date)", kind="date")
