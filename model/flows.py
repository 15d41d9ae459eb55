"""Flows: a directed transfer of personal data from an exporter to an importer, and what protects it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from model.evidence import Evidence
from model.ids import FlowId, PartyId
from model.parties import ReviewStatus, Tristate


class ToolFamily(StrEnum):
    """The Chapter V family a transfer tool belongs to."""

    ADEQUACY = "adequacy"  # Art. 45
    ART46 = "art46"  # appropriate safeguards
    ART49 = "art49"  # derogations for specific situations
    UNSPECIFIED = "unspecified"  # "contractual obligations" without naming the tool
    INVALID = "invalid"  # invalidated or repealed instruments


@dataclass(frozen=True, slots=True)
class ToolInfo:
    """What the law says about a kind of transfer tool."""

    family: ToolFamily
    article: str
    label: str


class ToolKind(StrEnum):
    """Every transfer tool of GDPR Chapter V, plus the legacy ones so old contracts are recognised."""

    ADEQUACY = "adequacy"
    DPF = "dpf"
    SCC = "scc"  # SCCs 2021/914 with the module not stated
    SCC_MODULE_1 = "scc_module_1"
    SCC_MODULE_2 = "scc_module_2"
    SCC_MODULE_3 = "scc_module_3"
    SCC_MODULE_4 = "scc_module_4"
    BCR = "bcr"  # binding corporate rules, type not stated
    BCR_CONTROLLER = "bcr_controller"
    BCR_PROCESSOR = "bcr_processor"
    CODE_OF_CONDUCT = "code_of_conduct"
    CERTIFICATION = "certification"
    AD_HOC_CLAUSES = "ad_hoc_clauses"
    ADMINISTRATIVE_ARRANGEMENT = "administrative_arrangement"
    PUBLIC_AUTHORITY_INSTRUMENT = "public_authority_instrument"
    DEROGATION_CONSENT = "derogation_consent"
    DEROGATION_CONTRACT = "derogation_contract"
    DEROGATION_CONTRACT_THIRD_PARTY = "derogation_contract_third_party"
    DEROGATION_PUBLIC_INTEREST = "derogation_public_interest"
    DEROGATION_LEGAL_CLAIMS = "derogation_legal_claims"
    DEROGATION_VITAL_INTERESTS = "derogation_vital_interests"
    DEROGATION_PUBLIC_REGISTER = "derogation_public_register"
    DEROGATION_COMPELLING_INTERESTS = "derogation_compelling_interests"
    CONTRACTUAL_UNSPECIFIED = "contractual_unspecified"
    SAFE_HARBOUR = "safe_harbour"
    PRIVACY_SHIELD = "privacy_shield"
    SCC_LEGACY = "scc_legacy"  # 2001/497, 2004/915, 2010/87

    @property
    def info(self) -> ToolInfo:
        """The family, article and readable label of this tool."""
        return TOOL_INFO[self]


_F = ToolFamily
TOOL_INFO: dict[ToolKind, ToolInfo] = {
    ToolKind.ADEQUACY: ToolInfo(_F.ADEQUACY, "Art. 45", "Adequacy decision"),
    ToolKind.DPF: ToolInfo(_F.ADEQUACY, "Art. 45; Decision (EU) 2023/1795", "EU-US Data Privacy Framework"),
    ToolKind.SCC: ToolInfo(_F.ART46, "Art. 46(2)(c); Decision (EU) 2021/914", "Standard contractual clauses"),
    ToolKind.SCC_MODULE_1: ToolInfo(_F.ART46, "Art. 46(2)(c); Decision (EU) 2021/914", "SCCs module 1 (C2C)"),
    ToolKind.SCC_MODULE_2: ToolInfo(_F.ART46, "Art. 46(2)(c); Decision (EU) 2021/914", "SCCs module 2 (C2P)"),
    ToolKind.SCC_MODULE_3: ToolInfo(_F.ART46, "Art. 46(2)(c); Decision (EU) 2021/914", "SCCs module 3 (P2P)"),
    ToolKind.SCC_MODULE_4: ToolInfo(_F.ART46, "Art. 46(2)(c); Decision (EU) 2021/914", "SCCs module 4 (P2C)"),
    ToolKind.BCR: ToolInfo(_F.ART46, "Art. 46(2)(b), 47", "Binding corporate rules"),
    ToolKind.BCR_CONTROLLER: ToolInfo(_F.ART46, "Art. 46(2)(b), 47", "Binding corporate rules (controller)"),
    ToolKind.BCR_PROCESSOR: ToolInfo(_F.ART46, "Art. 46(2)(b), 47", "Binding corporate rules (processor)"),
    ToolKind.CODE_OF_CONDUCT: ToolInfo(_F.ART46, "Art. 46(2)(e), 40", "Approved code of conduct"),
    ToolKind.CERTIFICATION: ToolInfo(_F.ART46, "Art. 46(2)(f), 42", "Approved certification"),
    ToolKind.AD_HOC_CLAUSES: ToolInfo(_F.ART46, "Art. 46(3)(a)", "Ad hoc contractual clauses"),
    ToolKind.ADMINISTRATIVE_ARRANGEMENT: ToolInfo(_F.ART46, "Art. 46(3)(b)", "Administrative arrangement"),
    ToolKind.PUBLIC_AUTHORITY_INSTRUMENT: ToolInfo(
        _F.ART46, "Art. 46(2)(a)", "Binding instrument between public authorities"
    ),
    ToolKind.DEROGATION_CONSENT: ToolInfo(_F.ART49, "Art. 49(1)(a)", "Explicit consent"),
    ToolKind.DEROGATION_CONTRACT: ToolInfo(_F.ART49, "Art. 49(1)(b)", "Contract with the data subject"),
    ToolKind.DEROGATION_CONTRACT_THIRD_PARTY: ToolInfo(
        _F.ART49, "Art. 49(1)(c)", "Contract in the data subject's interest"
    ),
    ToolKind.DEROGATION_PUBLIC_INTEREST: ToolInfo(_F.ART49, "Art. 49(1)(d)", "Important public interest"),
    ToolKind.DEROGATION_LEGAL_CLAIMS: ToolInfo(_F.ART49, "Art. 49(1)(e)", "Legal claims"),
    ToolKind.DEROGATION_VITAL_INTERESTS: ToolInfo(_F.ART49, "Art. 49(1)(f)", "Vital interests"),
    ToolKind.DEROGATION_PUBLIC_REGISTER: ToolInfo(_F.ART49, "Art. 49(1)(g)", "Public register"),
    ToolKind.DEROGATION_COMPELLING_INTERESTS: ToolInfo(
        _F.ART49, "Art. 49(1) second subparagraph", "Compelling legitimate interests"
    ),
    ToolKind.CONTRACTUAL_UNSPECIFIED: ToolInfo(
        _F.UNSPECIFIED, "Art. 46 (tool not named)", "Contractual obligations (tool not named)"
    ),
    ToolKind.SAFE_HARBOUR: ToolInfo(
        _F.INVALID, "Decision 2000/520/EC, invalid since C-362/14", "Safe Harbour"
    ),
    ToolKind.PRIVACY_SHIELD: ToolInfo(
        _F.INVALID, "Decision (EU) 2016/1250, invalid since C-311/18", "EU-US Privacy Shield"
    ),
    ToolKind.SCC_LEGACY: ToolInfo(
        _F.INVALID, "Decisions 2001/497/EC, 2004/915/EC, 2010/87/EU, repealed", "Pre-2021 SCCs"
    ),
}


@dataclass(frozen=True, slots=True)
class TransferTool:
    """A transfer tool a flow relies on, with the contract or decision reference and its date."""

    kind: ToolKind
    reference: str = ""
    date: dt.date | None = None


class MeasureKind(StrEnum):
    """The EDPB's three kinds of supplementary measure."""

    TECHNICAL = "technical"
    CONTRACTUAL = "contractual"
    ORGANISATIONAL = "organisational"


class MeasureStatus(StrEnum):
    """Whether a supplementary measure is only planned or actually in place."""

    PLANNED = "planned"
    IMPLEMENTED = "implemented"
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True, slots=True)
class SupplementaryMeasure:
    """A supplementary measure (EDPB Recommendations 01/2020, step 4)."""

    kind: MeasureKind
    description: str
    status: MeasureStatus = MeasureStatus.PLANNED


class TiaStatus(StrEnum):
    """Where the transfer impact assessment of a flow stands."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    NOT_REQUIRED = "not_required"


class TiaConclusion(StrEnum):
    """The outcome a DPO records for a transfer impact assessment."""

    UNDECIDED = "undecided"
    PERMITTED = "permitted"
    PERMITTED_WITH_MEASURES = "permitted_with_measures"
    NOT_PERMITTED = "not_permitted"


class SpecialCategory(StrEnum):
    """Special categories of personal data (GDPR Art. 9 and 10), plus data a notice singles out."""

    HEALTH = "health"
    CRIMINAL = "criminal"
    BIOMETRIC = "biometric"
    GENETIC = "genetic"
    RACIAL_ETHNIC = "racial_ethnic"
    POLITICAL = "political"
    RELIGIOUS = "religious"
    TRADE_UNION = "trade_union"
    SEX_LIFE_ORIENTATION = "sex_life_orientation"
    FINANCIAL_SENSITIVE = "financial_sensitive"


@dataclass(frozen=True, slots=True)
class Flow:
    """A directed flow of personal data from ``exporter`` to ``importer``.

    ``leaves_eea`` records that a source states the data leaves the EEA, which matters when the
    importer's country is not known. ``dpa`` records whether a data processing agreement (Art. 28(3))
    with the importer is on file, and ``contract_reference`` which contract, as a register states them.
    """

    id: FlowId
    exporter: PartyId
    importer: PartyId
    data_categories: tuple[str, ...] = ()
    special_categories: tuple[SpecialCategory, ...] = ()
    purposes: tuple[str, ...] = ()
    tools: tuple[TransferTool, ...] = ()
    measures: tuple[SupplementaryMeasure, ...] = ()
    leaves_eea: bool = False
    tia_status: TiaStatus = TiaStatus.NOT_STARTED
    tia_review_date: dt.date | None = None
    tia_conclusion: TiaConclusion = TiaConclusion.UNDECIDED
    review: ReviewStatus = ReviewStatus.SUGGESTED
    notes: str = ""
    evidence: tuple[Evidence, ...] = field(default=())
    dpa: Tristate = Tristate.UNKNOWN
    contract_reference: str = ""

    def families(self) -> frozenset[ToolFamily]:
        """The Chapter V families of the tools this flow relies on."""
        return frozenset(tool.kind.info.family for tool in self.tools)
