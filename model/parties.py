"""Parties: the organisations (or described categories of organisations) that send or receive data."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from model.evidence import Evidence
from model.ids import PartyId


class Role(StrEnum):
    """What a party is to the data: the controller or one of the kinds of recipient."""

    CONTROLLER = "controller"
    INDEPENDENT_CONTROLLER = "independent_controller"  # a recipient that decides purposes itself (C2C)
    JOINT_CONTROLLER = "joint_controller"  # Art. 26
    GROUP_COMPANY = "group_company"
    PROCESSOR = "processor"
    SUB_PROCESSOR = "sub_processor"
    SURVEY_BUREAU = "survey_bureau"
    DEBT_COLLECTOR = "debt_collector"
    REGULATOR = "regulator"
    TAX_AUTHORITY = "tax_authority"
    LAW_ENFORCEMENT = "law_enforcement"
    EMPLOYER = "employer"
    INTERMEDIARY = "intermediary"
    REINSURER = "reinsurer"
    INSURER = "insurer"
    HEALTHCARE_PROVIDER = "healthcare_provider"
    CREDIT_BUREAU = "credit_bureau"
    FRAUD_REGISTER = "fraud_register"
    BANK_PAYMENT = "bank_payment"
    IT_HOSTING = "it_hosting"
    MARKETING_PARTNER = "marketing_partner"
    AUDITOR_ADVISOR = "auditor_advisor"
    OTHER_THIRD_PARTY = "other_third_party"


RECIPIENT_ROLES: tuple[Role, ...] = tuple(r for r in Role if r is not Role.CONTROLLER)

PUBLIC_AUTHORITY_ROLES = frozenset({Role.REGULATOR, Role.TAX_AUTHORITY, Role.LAW_ENFORCEMENT})


class PartyKind(StrEnum):
    """Whether the notice names an organisation or only describes a category of recipients."""

    NAMED = "named"
    DESCRIBED = "described"


class ReviewStatus(StrEnum):
    """Where an item stands with the user: suggested by an importer, confirmed, or rejected."""

    SUGGESTED = "suggested"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


class Tristate(StrEnum):
    """A yes/no fact that may not be known yet."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class ScopeAttribute(StrEnum):
    """The party attributes that decide whether a partial adequacy decision covers it."""

    DPF_CERTIFIED = "dpf_certified"  # US: on the Data Privacy Framework List
    PIPEDA_SUBJECT = "pipeda_subject"  # Canada: subject to PIPEDA
    PRIVATE_SECTOR = "private_sector"  # Japan: APPI business operator
    SCOPE_CONFIRMED = "scope_confirmed"  # Korea, Israel: inside the decision's scope


@dataclass(frozen=True, slots=True)
class Party:
    """An organisation or described category of organisations that takes part in data flows.

    ``country`` is an ISO 3166-1 alpha-2 code (or ``EPO``), or None while unknown.
    ``country_confirmed`` is True once a user or a register states the country.
    ``scope`` holds the partial-adequacy attributes; absent keys mean unknown.
    """

    id: PartyId
    name: str
    role: Role
    country: str | None = None
    kind: PartyKind = PartyKind.NAMED
    aliases: tuple[str, ...] = ()
    scope: tuple[tuple[ScopeAttribute, Tristate], ...] = ()
    review: ReviewStatus = ReviewStatus.SUGGESTED
    country_confirmed: bool = False
    placeholder: bool = False  # "unspecified recipients outside the EEA"
    notes: str = ""
    evidence: tuple[Evidence, ...] = field(default=())

    def scope_value(self, attribute: ScopeAttribute) -> Tristate:
        """The party's value for a partial-adequacy attribute (unknown when not recorded)."""
        for key, value in self.scope:
            if key is attribute:
                return value
        return Tristate.UNKNOWN

    def with_scope(self, attribute: ScopeAttribute, value: Tristate) -> Party:
        """A copy with one partial-adequacy attribute set."""
        others = tuple((k, v) for k, v in self.scope if k is not attribute)
        kept = others if value is Tristate.UNKNOWN else (*others, (attribute, value))
        return replace(self, scope=tuple(sorted(kept)))
