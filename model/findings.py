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


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a DPO must look at, with everything an auditor needs to re-perform it.

    ``facts`` are (name, value) pairs the rule decided on; ``reference`` names the reference data
    (decisions and their sources) it relied on; ``path`` is the chain of parties for onward
    transfers, or (exporter, importer) for a single flow.
    """

    rule: RuleId
    severity: Severity
    article: str
    message: str
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
