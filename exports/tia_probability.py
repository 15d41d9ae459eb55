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
from exports.tia_form import Form

DEFAULT_PERIOD_YEARS = 5
ESTIMATES_COLUMN = "C"
REASONS_COLUMN = "B"


@dataclass(frozen=True, slots=True)
class Factor:
    """One estimate of a scenario: what is estimated and who knows it best."""

    label: str
    filled_by: str  # "importer" or "exporter"
    prompt: str


@dataclass(frozen=True, slots=True)
class ProbabilityScenario:
    """One way the authorities of the destination could lawfully reach the data."""

    title: str
    description: str
    factors: tuple[Factor, ...]


SCENARIOS = (
    ProbabilityScenario(
        "Targeted lawful access",
        "An authority orders the importer to hand over this data in a particular case.",
        (
            Factor("An authority seeks this data from the importer (per year)", "importer",
                   "How often a year an authority asks the importer for data of this kind; use its history."),
            Factor("A law counted in Step 3 lets it compel the importer", "exporter",
                   "That the importer and this data fall under a law judged to apply in Step 3."),
            Factor("The access succeeds despite the measures of Step 4", "exporter",
                   "That the importer can hand the data over readable (e.g. holds the keys)."),
        ),
    ),
    ProbabilityScenario(
        "Mass surveillance",
        "An intelligence service collects the data in bulk, in transit or at the importer.",
        (
            Factor("The data is in a stream or store that is collected (per year)", "exporter",
                   "Whether the route or provider is one that bulk collection targets."),
            Factor("A law counted in Step 3 allows the collection", "exporter",
                   "That a law judged to apply in Step 3 covers this collection."),
            Factor("The collected data is readable despite the measures of Step 4", "exporter",
                   "Encryption in transit and at rest, keys held in the EEA."),
        ),
    ),
    ProbabilityScenario(
        "The importer's own reporting obligations",
        "The importer must report this data to an authority of its own accord (no request).",
        (
            Factor("A reportable event concerns this data (per year)", "importer",
                   "How often the importer has to report on its own initiative (e.g. suspicious activity)."),
            Factor("A law counted in Step 3 imposes the duty to report", "exporter",
                   "That a reporting duty judged to apply in Step 3 covers this data."),
            Factor("The report discloses the data despite the measures of Step 4", "importer",
                   "Whether the importer can report without the exported data."),
        ),
    ),
)  # fmt: skip
NEEDED = sum(len(s.factors) for s in SCENARIOS)
AUTHORITIES_NOTE = (
    "Not every authority accepts this approach: the Austrian data protection authority (DSB) held in "
    "the Google Analytics case (decision of 22 Dec 2021) that Chapter V leaves no room for a risk-based "
    "approach. Use it where your supervisory authority accepts it, and keep the EDPB steps above in any case."
)


@dataclass(frozen=True, slots=True)
class LawCalls:
    """Where Step 3 lists the laws of concern and the DPO's call on each (cell ranges)."""

    laws: str  # the law names, e.g. "A20:A24"
    calls: str  # "does this law reach this transfer?", e.g. "H20:H24"


def _abs(coordinate: str) -> str:
    return f"${coordinate[0]}${coordinate[1:]}"


def probability_block(form: Form, laws: LawCalls) -> str:
    """Write the block; returns the coordinate of its result (a text the conclusion repeats)."""
    form.note("Rosenthal's method: estimate each factor with your reasons; the results are formulas.")
    form.note(AUTHORITIES_NOTE)
    inputs = _inputs(form, laws)
    per_year, over, cells = _scenarios(form, inputs.period)
    year = _combined(form, "Probability per year (any scenario)", per_year)
    period = _combined(form, "Probability over the period (any scenario)", over)
    form.fact("One case in N years (any scenario)", _one_in(f"B{year}"), "result")
    threshold = form.ask("Threshold you accept (over the period)", kind="fraction")
    return f"B{form.fact('Result', _result(inputs, cells, f'B{period}', threshold), 'result')}"


@dataclass(frozen=True, slots=True)
class _Inputs:
    period: str
    counted: str
    unjudged: str
    listed: str


def _inputs(form: Form, laws: LawCalls) -> _Inputs:
    period = form.ask("Assessment period (years)", DEFAULT_PERIOD_YEARS, kind="years")
    counted = form.fact(
        "Laws counted (Step 3: applies)",
        Formula(f'=COUNTIF({laws.calls},"applies")+COUNTIF({laws.calls},"applies but mitigated")'),
        "result",
    )
    unjudged = form.fact(
        "Laws in Step 3 not yet judged",
        Formula(f'=SUMPRODUCT(({laws.laws}<>"")*({laws.calls}=""))+COUNTIF({laws.calls},"not assessed")'),
        "result",
    )
    listed = form.fact("Laws listed in Step 3", Formula(f"=COUNTA({laws.laws})"), "result")
    requests = form.ask("Importer's history: requests for data received", kind="count")
    years = form.ask("Importer's history: over how many years", kind="years")
    form.fact(
        "Importer's history: requests per year",
        Formula(f'=IF(COUNT({requests},{years})<2,"",{requests}/{years})'),
        "result",
    )
    return _Inputs(_abs(period), f"B{counted}", f"B{unjudged}", f"B{listed}")


HEADERS = (
    "Scenario and factor",
    "Reasoning",
    "Estimate",
    "Filled in by",
    "Per year",
    "Over the period",
    "One case in N years",
)


def _scenarios(form: Form, period: str) -> tuple[list[str], list[str], tuple[str, str]]:
    """The scenarios with their factors; returns the per-year and period cells and the input ranges."""
    form.sheet.append([(h, "header") for h in HEADERS])
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
                (f"Scenario {number}. {scenario.title}", "label"),
                (scenario.description, "value"),
                ("", "value"),
                ("", "value"),
                (Formula(f'=IF(COUNT({factors})={size},{product},"")'), "result_percent"),
                (years, "result_percent"),
                (_one_in(f"E{row}"), "result"),
            ]
        )
        per_year.append(f"E{row}")
        over.append(f"F{row}")
        for letter, factor in zip("abc", scenario.factors, strict=False):
            r = form.sheet.append(
                [
                    (f"{number}{letter}. {factor.label}", "label"),
                    (None, "input"),
                    (None, "input_percent"),
                    (factor.filled_by, "value"),
                    None,
                    None,
                    (factor.prompt, "hint"),
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


def _one_in(probability: str) -> Formula:
    """ "One case in N years": N = 1 / the yearly probability, "never" at 0, blank while unknown."""
    return Formula(f'=IF({probability}="","",IF({probability}=0,"never",ROUND(1/{probability},0)))')


def _result(inputs: _Inputs, ranges: tuple[str, str], period: str, threshold: str) -> Formula:
    """The verdict; any empty input leaves it "incomplete", never "at or below" (unknown is never good)."""
    estimates, reasons = ranges
    texts = NEEDED + len(SCENARIOS)  # a reason per estimate, and the scenarios' descriptions
    checks = [
        (f"{inputs.listed}=0", '"incomplete: record the destination\'s laws of concern in Step 3"'),
        (
            f"{inputs.unjudged}>0",
            f'"incomplete: judge the "&{inputs.unjudged}&" laws of Step 3 not yet judged"',
        ),
        (
            f"{inputs.counted}=0",
            '"no law of concern applies to this transfer (Step 3): no access risk to weigh"',
        ),
        (
            f"COUNT({estimates})<{NEEDED}",
            f'"incomplete: fill in the "&({NEEDED}-COUNT({estimates}))&" empty estimates of the {NEEDED}"',
        ),
        (
            f"COUNTA({reasons})<{texts}",
            f'"incomplete: give the reasons for "&({texts}-COUNTA({reasons}))&" estimates"',
        ),
        (f'{inputs.period}=""', '"incomplete: fill in the assessment period"'),
        (f'{threshold}=""', '"incomplete: fill in the threshold you accept"'),
        (f"{period}<={threshold}", '"at or below the threshold"'),
    ]
    formula = '"above the threshold: add measures or suspend"'
    for test, outcome in reversed(checks):
        formula = f"IF({test},{outcome},{formula})"
    return Formula("=" + formula)
