"""Findings and scenarios: the values the Chapter V rules return and the what-ifs they run under."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from model.evidence import Evidence
from model.ids import FlowId, PartyId


class Severity(StrEnum):
    """How urgent a finding is."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        """3 for high, 2 for medium, 1 for low."""
        return _RANK[self]

    def raised(self) -> Severity:
        """One step more severe (high stays high)."""
        return Severity.HIGH if self is not Severity.LOW else Severity.MEDIUM


_RANK = {Severity.HIGH: 3, Severity.MEDIUM: 2, Severity.LOW: 1}


class RuleId(StrEnum):
    """Every rule that can fire, with the GDPR article it applies."""

    NO_SAFEGUARD = "no-safeguard"
    UNKNOWN_DESTINATION = "unknown-destination"
    LOCATION_UNCONFIRMED = "location-unconfirmed"
    PROCESSING_PLACE_UNCONFIRMED = "processing-place-unconfirmed"
    UNSPECIFIED_SAFEGUARD = "unspecified-safeguard"
    PARTIAL_ADEQUACY_UNVERIFIED = "partial-adequacy-unverified"
    DEROGATION_ONLY = "derogation-only"
    TIA_MISSING = "tia-missing"
    TIA_OVERDUE = "tia-overdue"
    ONWARD_TRANSFER = "onward-transfer"
    ADEQUACY_EXPIRED = "adequacy-expired"
    INVALID_MECHANISM = "invalid-mechanism"
    NOTICE_SILENT_TRANSFER = "notice-silent-transfer"
    NOTICE_SAFEGUARD_MISMATCH = "notice-safeguard-mismatch"
    UNDISCLOSED_RECIPIENT = "undisclosed-recipient"
    REGISTER_MISSING_CONTRACT = "register-missing-contract"

    @property
    def info(self) -> RuleInfo:
        """What this rule checks, as the README, the app and the workbook explain it."""
        return RULES[self]


class MessageCode(StrEnum):
    """Every sentence a finding can say (and the pieces they share), by a stable code.

    The words are templates in ``model/data/labels.json`` (group ``message``), the same placeholders
    in every language; ``model.labels.message_text`` fills them from a finding's ``params``.
    A rule's variants are ``<rule>.<variant>``; ``where.*`` and ``word.*`` are pieces of sentences.
    """

    INVALID_ALONE = "invalid-mechanism.alone"
    INVALID_BESIDE_VALID = "invalid-mechanism.beside-valid"
    TIA_OVERDUE = "tia-overdue"
    TIA_MISSING = "tia-missing"
    NO_SAFEGUARD = "no-safeguard"
    NO_SAFEGUARD_WITHDRAWN = "no-safeguard.withdrawn"
    NO_SAFEGUARD_NOT_YET_IN_FORCE = "no-safeguard.not-yet-in-force"
    NO_SAFEGUARD_OUTSIDE_PARTIAL = "no-safeguard.outside-partial-scope"
    ADEQUACY_EXPIRED = "adequacy-expired"
    UNKNOWN_DESTINATION = "unknown-destination"
    UNSPECIFIED_SAFEGUARD = "unspecified-safeguard"
    DEROGATION_ONLY = "derogation-only"
    PARTIAL_UNCHECKED = "partial-adequacy-unverified"
    PARTIAL_CHECKED_AFTER = "partial-adequacy-unverified.checked-after-as-of"
    PARTIAL_CHECK_OLD = "partial-adequacy-unverified.check-too-old"
    PROCESSING_PLACE_UNCONFIRMED = "processing-place-unconfirmed"
    LOCATION_UNCONFIRMED = "location-unconfirmed"
    ONWARD_FROM_EEA = "onward-transfer"
    ONWARD_FROM_THIRD_COUNTRY = "onward-transfer.from-third-country"
    MISSING_CONTRACT = "register-missing-contract"
    GAP_DPA_NONE = "register-missing-contract.gap-no-dpa"
    GAP_DPA_UNRECORDED = "register-missing-contract.gap-dpa-not-recorded"
    GAP_TOOL = "register-missing-contract.gap-no-tool"
    GAP_TOOL_NO_COUNTRY = "register-missing-contract.gap-no-tool-country-unknown"
    UNDISCLOSED_RECIPIENT = "undisclosed-recipient"
    UNDISCLOSED_NO_RECIPIENTS = "undisclosed-recipient.notices-name-none"
    SILENT_TRANSFER = "notice-silent-transfer"
    SILENT_TRANSFER_NO_COUNTRY = "notice-silent-transfer.country-unknown"
    SAFEGUARD_MISMATCH = "notice-safeguard-mismatch"
    SAFEGUARD_MISMATCH_CONTRACTUAL = "notice-safeguard-mismatch.contractual-only"
    WHERE_DOCUMENT = "where.document"
    WHERE_ROW = "where.row"
    WHERE_SHEET_ROW = "where.sheet-row"
    WHERE_OTHER = "where.other"
    WORD_AND = "word.and"
    WORD_NO_SCENARIO = "word.no-scenario"
    WORD_WITHDRAWN_DECISION = "word.withdrawn-decision"
    WORD_QUOTED = "word.quoted"
    WORD_SCOPE = "word.scope"
    WORD_UNCONFIRMED_SOURCE = "word.unconfirmed-source"


# A value a message template shows: text as it is (a name, a date, a country code), a code in the
# reader's words, or several codes (a list); a ``MessageCode`` is a piece of sentence of its own.
Param = str | StrEnum | tuple[StrEnum, ...]


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """One rule as users read about it: its id, severity, the GDPR article, and when it fires."""

    rule: RuleId
    severity: str
    article: str
    when: str


def _rule(rule: RuleId, severity: str, article: str, when: str) -> tuple[RuleId, RuleInfo]:
    return rule, RuleInfo(rule, severity, article, when)


_R = RuleId
RULES: dict[RuleId, RuleInfo] = dict(
    [
        _rule(
            _R.NO_SAFEGUARD,
            "high",
            "Art. 44, 46, 49 GDPR",
            "an EEA exporter sends to a party outside the EEA that no adequacy decision in force covers, "
            "with no Art. 46 tool or Art. 49 derogation recorded",
        ),
        _rule(
            _R.UNKNOWN_DESTINATION,
            "medium",
            "Art. 44; 13(1)(f) / 14(1)(f) GDPR",
            "a flow known to leave the EEA with no destination stated",
        ),
        _rule(
            _R.LOCATION_UNCONFIRMED,
            "low",
            "Art. 44; 30(1)(e) GDPR",
            "a party whose country nobody has stated (one finding per party); its location is asked for",
        ),
        _rule(
            _R.PROCESSING_PLACE_UNCONFIRMED,
            "medium",
            "Art. 44, 46 GDPR",
            "a recipient placed outside the EEA only by the catalogue of organisations, its legal form or "
            "a web domain (where it is established, not where it processes the data): names the transfer "
            "findings that would follow and asks for the processing location, instead of settling them",
        ),
        _rule(
            _R.UNSPECIFIED_SAFEGUARD,
            "medium",
            "Art. 46 GDPR",
            'the only safeguard is "contractual obligations" without naming the tool',
        ),
        _rule(
            _R.PARTIAL_ADEQUACY_UNVERIFIED,
            "medium",
            "Art. 45 GDPR",
            "the destination's decision covers only some importers (US DPF, Canada PIPEDA, Japan private "
            "sector, Korea, Israel) and the importer's eligibility is not confirmed: never recorded, or "
            "the user's check of the official list is more than 365 days old (or later than the as-of "
            "date) and must be done again",
        ),
        _rule(_R.DEROGATION_ONLY, "medium", "Art. 49 GDPR", "the transfer rests on Art. 49 alone"),
        _rule(
            _R.TIA_MISSING,
            "medium",
            "Art. 46 GDPR; SCC Clause 14",
            "an Art. 46 tool without a completed TIA (a blank or missing TIA status counts as not started)",
        ),
        _rule(_R.TIA_OVERDUE, "low", "Art. 46 GDPR; SCC Clause 14", "a completed TIA past its review date"),
        _rule(
            _R.ONWARD_TRANSFER,
            "high (medium from a third country)",
            "Art. 44, 46 GDPR",
            "a chain controller -> processor -> sub-processor whose hop out of the EEA has no safeguard; "
            "names the whole path",
        ),
        _rule(
            _R.ADEQUACY_EXPIRED,
            "high",
            "Art. 45 GDPR",
            "the destination's decision has expired on the as-of date "
            "(the UK decision expires on 27 Dec 2031)",
        ),
        _rule(
            _R.INVALID_MECHANISM,
            "high (medium beside a valid tool)",
            "Art. 44 GDPR",
            "reliance on Safe Harbour, Privacy Shield or the pre-2021 SCCs",
        ),
        _rule(
            _R.NOTICE_SILENT_TRANSFER,
            "medium (high with special categories)",
            "Art. 13(1)(f) / 14(1)(f) GDPR",
            "a register or sub-processor list records a transfer outside the EEA that no notice of that "
            "controller mentions",
        ),
        _rule(
            _R.NOTICE_SAFEGUARD_MISMATCH,
            "medium (low when the notice only says contractual obligations)",
            "Art. 13(1)(f) / 14(1)(f) GDPR",
            'the notice names another safeguard than the register records, or only "contractual obligations"',
        ),
        _rule(
            _R.UNDISCLOSED_RECIPIENT,
            "medium",
            "Art. 13(1)(e) / 14(1)(e) GDPR",
            "a register recipient whose kind no notice of the controller mentions, by name or by category",
        ),
        _rule(
            _R.REGISTER_MISSING_CONTRACT,
            "medium (low when the DPA cell is blank)",
            "Art. 28(3); 44, 46 GDPR",
            "a processor without a recorded data processing agreement, or a transfer without a tool",
        ),
    ]
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a DPO must look at, with everything an auditor needs to re-perform it.

    What it says is ``code`` with its ``params`` (party names, country, tools...): ``text(lang)`` is
    the sentence in a language, ``message`` in English. ``facts`` are (name, value) pairs the rule
    decided on; ``reference`` names the reference data (decisions and their sources) it relied on;
    ``path`` is the chain of parties for onward transfers, or (exporter, importer) for a single flow.
    """

    rule: RuleId
    severity: Severity
    article: str
    code: MessageCode
    params: tuple[tuple[str, Param], ...] = ()
    exporter: PartyId | None = None
    exporter_name: str = ""
    importer: PartyId | None = None
    importer_name: str = ""
    flow: FlowId | None = None
    country: str | None = None
    path: tuple[PartyId, ...] = ()
    facts: tuple[tuple[str, str], ...] = ()
    evidence: tuple[Evidence, ...] = field(default=())
    reference: tuple[str, ...] = ()

    def text(self, lang: str = "en") -> str:
        """What the finding says, in ``lang`` (a language or locale name; others read English)."""
        from model.labels import message_text  # the label table imports this module

        return message_text(self.code, self.params, lang)

    @property
    def message(self) -> str:
        """What the finding says, in English (as ``check --json`` gives it)."""
        return self.text("en")

    @property
    def key(self) -> tuple[str, str, str, tuple[str, ...]]:
        """What identifies this finding across runs, so scenarios can be compared."""
        return (self.rule, self.flow or "", self.importer or "", self.path)


@dataclass(frozen=True, slots=True)
class Scenario:
    """A what-if: adequacy decisions to treat as withdrawn. The empty scenario is today's law."""

    withdrawn: frozenset[str] = frozenset()
    labels: tuple[str, ...] = ()

    def describe(self) -> list[str]:
        """The assumptions in words, for reports."""
        return list(self.labels) or ["current law (no scenario)"]


NO_SCENARIO = Scenario()


@dataclass(frozen=True, slots=True)
class Comparison:
    """What a scenario adds and resolves compared with a baseline."""

    added: tuple[Finding, ...]
    resolved: tuple[Finding, ...]
    unchanged: tuple[Finding, ...]


def compare(baseline: Iterable[Finding], scenario: Iterable[Finding]) -> Comparison:
    """The findings the scenario adds, resolves and leaves as they were (matched by ``key``)."""
    before = {f.key: f for f in baseline}
    after = {f.key: f for f in scenario}
    return Comparison(
        added=tuple(f for k, f in after.items() if k not in before or before[k].severity != f.severity),
        resolved=tuple(f for k, f in before.items() if k not in after or after[k].severity != f.severity),
        unchanged=tuple(f for k, f in after.items() if k in before and before[k].severity == f.severity),
    )


def counts_by_severity(findings: Iterable[Finding]) -> dict[Severity, int]:
    """How many findings there are of each severity (every severity present, possibly 0)."""
    counts = dict.fromkeys(Severity, 0)
    for finding in findings:
        counts[finding.severity] += 1
    return counts


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Most severe first, then by rule, exporter and importer names: the order reports use."""
    return sorted(
        findings,
        key=lambda f: (
            -f.severity.rank,
            f.rule,
            f.exporter_name,
            f.importer_name,
            f.flow or "",
            f.importer or "",
            f.path,
        ),
    )
