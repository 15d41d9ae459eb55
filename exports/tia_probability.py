"""The Rosenthal block of a TIA sheet: the probability of a prohibited lawful access, as formulas.

David Rosenthal's method weighs three scenarios (a targeted request to the importer, mass
surveillance, and the importer's own duty to report), each the product of factors that the
exporter or the importer estimates with reasons, counting only the laws Step 3 judged to apply.
The result is a probability over the assessment period and "one case in N years". Every figure is
a formula an auditor can change and recalculate; any empty input makes the result "incomplete".
"""

from __future__ import annotations

from dataclasses import dataclass

from exports.cells import Formula
from exports.sheets import formula_text
from exports.texts import Words
from exports.tia_form import LAW_CALLS, Form

DEFAULT_PERIOD_YEARS = 5
ESTIMATES_COLUMN = "C"
REASONS_COLUMN = "B"


@dataclass(frozen=True, slots=True)
class Factor:
    """One estimate of a scenario: who knows it best; its label and prompt are ``factor.<key>``
    and ``factor.<key>.prompt`` in the texts file."""

    key: str
    filled_by: str  # "importer" or "exporter"


@dataclass(frozen=True, slots=True)
class ProbabilityScenario:
    """One way the authorities of the destination could lawfully reach the data (its title and
    description are ``scenario.<key>`` and ``scenario.<key>.description``)."""

    key: str
    factors: tuple[Factor, ...]


SCENARIOS = (
    ProbabilityScenario(
        "targeted",
        (Factor("targeted.sought", "importer"), Factor("targeted.law", "exporter"),
         Factor("targeted.succeeds", "exporter")),
    ),
    ProbabilityScenario(
        "mass",
        (Factor("mass.collected", "exporter"), Factor("mass.law", "exporter"),
         Factor("mass.readable", "exporter")),
    ),
    ProbabilityScenario(
        "reporting",
        (Factor("reporting.event", "importer"), Factor("reporting.law", "exporter"),
         Factor("reporting.discloses", "importer")),
    ),
)  # fmt: skip
NEEDED = sum(len(s.factors) for s in SCENARIOS)


@dataclass(frozen=True, slots=True)
class LawCalls:
    """Where Step 3 lists the laws of concern and the DPO's call on each (cell ranges)."""

    laws: str  # the law names, e.g. "A20:A24"
    calls: str  # "does this law reach this transfer?", e.g. "H20:H24"


def _abs(coordinate: str) -> str:
    return f"${coordinate[0]}${coordinate[1:]}"


def probability_block(form: Form, laws: LawCalls) -> str:
    """Write the block; returns the coordinate of its result (a text the conclusion repeats)."""
    w = form.words
    form.note(w("risk.method"))
    form.note(w("risk.authorities"))
    inputs = _inputs(form, laws)
    per_year, over, cells = _scenarios(form, inputs.period)
    year = _combined(form, w("risk.per_year"), per_year)
    period = _combined(form, w("risk.over_period"), over)
    form.fact(w("risk.one_in_any"), _one_in(f"B{year}", w), "result")
    threshold = form.ask(w("risk.threshold"), kind="fraction")
    return f"B{form.fact(w('risk.result'), _result(inputs, cells, f'B{period}', threshold, w), 'result')}"


@dataclass(frozen=True, slots=True)
class _Inputs:
    period: str
    counted: str
    unjudged: str
    listed: str


def _inputs(form: Form, laws: LawCalls) -> _Inputs:
    w = form.words
    applies, mitigated, _, unassessed = (formula_text(c) for c in w.choices(LAW_CALLS))
    period = form.ask(w("risk.period"), DEFAULT_PERIOD_YEARS, kind="years")
    counted = form.fact(
        w("risk.counted"),
        Formula(f'=COUNTIF({laws.calls},"{applies}")+COUNTIF({laws.calls},"{mitigated}")'),
        "result",
    )
    unjudged = form.fact(
        w("risk.unjudged"),
        Formula(f'=SUMPRODUCT(({laws.laws}<>"")*({laws.calls}=""))+COUNTIF({laws.calls},"{unassessed}")'),
        "result",
    )
    listed = form.fact(w("risk.listed"), Formula(f"=COUNTA({laws.laws})"), "result")
    requests = form.ask(w("risk.requests"), kind="count")
    years = form.ask(w("risk.requests_years"), kind="years")
    form.fact(
        w("risk.requests_per_year"),
        Formula(f'=IF(COUNT({requests},{years})<2,"",{requests}/{years})'),
        "result",
    )
    return _Inputs(_abs(period), f"B{counted}", f"B{unjudged}", f"B{listed}")


HEADERS = (
    "risk.factor", "risk.reasoning", "risk.estimate", "risk.filled_by", "risk.year", "risk.period_column",
    "risk.one_in",
)  # fmt: skip


def _scenarios(form: Form, period: str) -> tuple[list[str], list[str], tuple[str, str]]:
    """The scenarios with their factors; returns the per-year and period cells and the input ranges."""
    w = form.words
    form.sheet.append([(w(h), "header") for h in HEADERS])
    first = form.sheet.row + 1
    per_year, over = [], []
    for number, scenario in enumerate(SCENARIOS, 1):
        row = form.sheet.row + 1
        size = len(scenario.factors)
        factors = f"{ESTIMATES_COLUMN}{row + 1}:{ESTIMATES_COLUMN}{row + size}"
        product = "*".join(f"{ESTIMATES_COLUMN}{row + i}" for i in range(1, size + 1))
        years = Formula(f'=IF(OR(E{row}="",{period}=""),"",1-(1-E{row})^{period})')
        form.sheet.append(
            [
                (w("risk.scenario", number=number, title=w(f"scenario.{scenario.key}")), "label"),
                (w(f"scenario.{scenario.key}.description"), "value"),
                ("", "value"),
                ("", "value"),
                (Formula(f'=IF(COUNT({factors})={size},{product},"")'), "result_percent"),
                (years, "result_percent"),
                (_one_in(f"E{row}", w), "result"),
            ]
        )
        per_year.append(f"E{row}")
        over.append(f"F{row}")
        for letter, factor in zip("abc", scenario.factors, strict=False):
            r = form.sheet.append(
                [
                    (f"{number}{letter}. {w(f'factor.{factor.key}')}", "label"),
                    (None, "input"),
                    (None, "input_percent"),
                    (w(f"risk.by_{factor.filled_by}"), "value"),
                    None,
                    None,
                    (w(f"factor.{factor.key}.prompt"), "hint"),
                ],
                min_lines=2,
            )
            form.mark(f"{ESTIMATES_COLUMN}{r}", kind="fraction")
    last = form.sheet.row
    ranges = (
        f"{ESTIMATES_COLUMN}{first}:{ESTIMATES_COLUMN}{last}",
        f"{REASONS_COLUMN}{first}:{REASONS_COLUMN}{last}",
    )
    return per_year, over, ranges


def _combined(form: Form, label: str, cells: list[str]) -> int:
    """1 - the product of (1 - p) over the scenarios: the chance of at least one of them."""
    product = "*".join(f"(1-{c})" for c in cells)
    formula = Formula(f'=IF(COUNT({",".join(cells)})<{len(cells)},"",1-{product})')
    return form.fact(label, formula, "result_percent")


def _one_in(probability: str, w: Words) -> Formula:
    """ "One case in N years": N = 1 / the yearly probability, "never" at 0, blank while unknown."""
    never = formula_text(w("risk.never"))
    return Formula(f'=IF({probability}="","",IF({probability}=0,"{never}",ROUND(1/{probability},0)))')


def _result(inputs: _Inputs, ranges: tuple[str, str], period: str, threshold: str, w: Words) -> Formula:
    """The verdict; any empty input leaves it "incomplete", never "at or below" (unknown is never good)."""
    estimates, reasons = ranges
    texts = NEEDED + len(SCENARIOS)  # a reason per estimate, and the scenarios' descriptions

    def say(key: str, count: str | None = None, **values: object) -> str:
        """A formula's text: a literal, or (with ``count``) the text around the count's value."""
        if count is None:
            return f'"{formula_text(w(key, **values))}"'
        before, _, after = w(key, count="\0", **values).partition("\0")
        return f'"{formula_text(before)}"&{count}&"{formula_text(after)}"'

    checks = [
        (f"{inputs.listed}=0", say("risk.incomplete_laws")),
        (f"{inputs.unjudged}>0", say("risk.incomplete_unjudged", inputs.unjudged)),
        (f"{inputs.counted}=0", say("risk.no_law_applies")),
        (
            f"COUNT({estimates})<{NEEDED}",
            say("risk.incomplete_estimates", f"({NEEDED}-COUNT({estimates}))", total=NEEDED),
        ),
        (f"COUNTA({reasons})<{texts}", say("risk.incomplete_reasons", f"({texts}-COUNTA({reasons}))")),
        (f'{inputs.period}=""', say("risk.incomplete_period")),
        (f'{threshold}=""', say("risk.incomplete_threshold")),
        (f"{period}<={threshold}", say("risk.below")),
    ]
    formula = say("risk.above")
    for test, outcome in reversed(checks):
        formula = f"IF({test},{outcome},{formula})"
    return Formula("=" + formula)
