"""Parties: the organisations (or described categories of organisations) that send or receive data."""

from __future__ import annotations

import datetime as dt
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


class CountrySource(StrEnum):
    """Where a party's country came from.

    Only some sources settle where data goes: a country the notice states or an address gives, a
    register's column, or the user's word. The catalogue (where the entity is established) and a
    country-code web domain only suggest it: the processing place stays to be confirmed.
    """

    NOTICE = "notice"
    ADDRESS = "address"
    REGISTER = "register"
    CATALOGUE = "catalogue"
    NAME = "name"
    DOMAIN = "domain"
    USER = "user"

    @property
    def label(self) -> str:
        """How the tables, the workbook and ``check`` say it."""
        return _COUNTRY_SOURCE_LABELS[self]

    @property
    def settled(self) -> bool:
        """Whether this source says where the party is, not only where it is probably established."""
        return self not in (CountrySource.CATALOGUE, CountrySource.NAME, CountrySource.DOMAIN)

    @property
    def rank(self) -> int:
        """Which of two sources wins: the user, then a register, the notice's address, its words,
        the catalogue, the name's legal form, a web domain."""
        return _COUNTRY_SOURCE_RANK.index(self)


_COUNTRY_SOURCE_LABELS = {
    CountrySource.NOTICE: "stated in the notice",
    CountrySource.ADDRESS: "read from an address",
    CountrySource.REGISTER: "stated in a register",
    CountrySource.CATALOGUE: "catalogue: established there, processing place unconfirmed",
    CountrySource.NAME: "its name or legal form: established there, processing place unconfirmed",
    CountrySource.DOMAIN: "web domain only: unconfirmed",
    CountrySource.USER: "confirmed by the user",
}
_COUNTRY_SOURCE_RANK = (
    CountrySource.DOMAIN,
    CountrySource.NAME,
    CountrySource.CATALOGUE,
    CountrySource.NOTICE,
    CountrySource.ADDRESS,
    CountrySource.REGISTER,
    CountrySource.USER,
)


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


SCOPE_CHECK_VALID_DAYS = 365
"""How long a check of an official list answers for: the DPF List requires its organisations to
re-certify every year, so a listing seen more than a year before the as-of date says nothing
about that date, nor does one seen after it."""


@dataclass(frozen=True, slots=True)
class ScopeCheck:
    """A user's check of the official list behind a partial-adequacy attribute (the DPF List for a
    US importer): listed (``YES``) or not (``NO``), the day it was checked, by whom and where."""

    attribute: ScopeAttribute
    value: Tristate
    checked_on: dt.date
    checked_by: str = ""
    note: str = ""  # the listing's URL, or what was seen

    def current_on(self, as_of: dt.date) -> bool:
        """Whether this check answers for ``as_of``: made on or before it, within the valid days."""
        return self.checked_on <= as_of and (as_of - self.checked_on).days <= SCOPE_CHECK_VALID_DAYS

    def stale_reason(self, as_of: dt.date) -> str:
        """Why this check does not answer for ``as_of`` ("" when it does)."""
        if self.checked_on > as_of:
            return f"checked on {self.checked_on.isoformat()}, after the as-of date {as_of.isoformat()}"
        if not self.current_on(as_of):
            return (
                f"checked on {self.checked_on.isoformat()}, more than {SCOPE_CHECK_VALID_DAYS} days "
                f"before the as-of date {as_of.isoformat()}"
            )
        return ""

    @property
    def valid_until(self) -> dt.date:
        """The last day this check answers for."""
        return self.checked_on + dt.timedelta(days=SCOPE_CHECK_VALID_DAYS)

    def summary(self, today: dt.date) -> str:
        """The check in one line (without its note), as the Inspector says it on ``today``."""
        said = "listed" if self.value is Tristate.YES else "not listed"
        by = f" by {self.checked_by}" if self.checked_by else ""
        if self.current_on(today):
            return f"{said}, checked on {self.checked_on.isoformat()}{by}; counts until {self.valid_until}"
        return f"{said}, checked on {self.checked_on.isoformat()}{by}; out of date: check again"


@dataclass(frozen=True, slots=True)
class Party:
    """An organisation or described category of organisations that takes part in data flows.

    ``country`` is an ISO 3166-1 alpha-2 code (or ``EPO``), or None while unknown.
    ``country_confirmed`` is True once a user or a register states the country.
    ``country_source`` says where the country came from (None: not recorded, as in older files).
    ``scope`` holds the partial-adequacy attributes; absent keys mean unknown. ``scope_checks``
    holds the user's dated checks of the official lists; a checked attribute's ``scope`` value is
    the check's (``with_scope_check``), and it answers only for dates the check is current on.
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
    country_source: CountrySource | None = None
    placeholder: bool = False  # "unspecified recipients outside the EEA"
    notes: str = ""
    evidence: tuple[Evidence, ...] = field(default=())
    scope_checks: tuple[ScopeCheck, ...] = ()

    def scope_value(self, attribute: ScopeAttribute) -> Tristate:
        """The party's value for a partial-adequacy attribute (unknown when not recorded)."""
        for key, value in self.scope:
            if key is attribute:
                return value
        return Tristate.UNKNOWN

    def scope_check(self, attribute: ScopeAttribute) -> ScopeCheck | None:
        """The user's dated check of ``attribute``, if one is recorded."""
        return next((c for c in self.scope_checks if c.attribute is attribute), None)

    def scope_on(self, attribute: ScopeAttribute, as_of: dt.date) -> Tristate:
        """The attribute's value as known on ``as_of``.

        A dated check answers only while current (``ScopeCheck.current_on``): a stale one, or one
        made after ``as_of``, leaves the value unknown. A value recorded without a check (a
        register's column, the party editor) stands as recorded.
        """
        check = self.scope_check(attribute)
        if check is not None and not check.current_on(as_of):
            return Tristate.UNKNOWN
        return self.scope_value(attribute)

    @property
    def country_settled(self) -> bool:
        """Whether the country says where the party is (not only a catalogue's or a domain's guess)."""
        return self.country is not None and (self.country_source is None or self.country_source.settled)

    def with_scope(self, attribute: ScopeAttribute, value: Tristate) -> Party:
        """A copy with one partial-adequacy attribute set; a check of it saying otherwise is dropped."""
        others = tuple((k, v) for k, v in self.scope if k is not attribute)
        kept = others if value is Tristate.UNKNOWN else (*others, (attribute, value))
        checks = tuple(c for c in self.scope_checks if c.attribute is not attribute or c.value is value)
        return replace(self, scope=tuple(sorted(kept)), scope_checks=checks)

    def with_scope_check(self, check: ScopeCheck) -> Party:
        """A copy recording ``check`` (replacing an earlier check of its attribute) and its value."""
        if check.value is Tristate.UNKNOWN:
            raise ValueError("a check of an official list finds the party listed (yes) or not (no)")
        others = (c for c in self.scope_checks if c.attribute is not check.attribute)
        checks = tuple(sorted((*others, check), key=lambda c: c.attribute))
        return replace(self.with_scope(check.attribute, check.value), scope_checks=checks)


def stronger_country(existing: Party, incoming: Party) -> tuple[str | None, CountrySource | None]:
    """The country (and its source) to keep when two records of one party meet.

    A confirmed country beats an unconfirmed one; then the better source (``CountrySource.rank``);
    then the existing one. A country saved before sources were recorded ranks as the notice's.
    """

    def weight(p: Party) -> tuple[bool, bool, int]:
        rank = (p.country_source or CountrySource.NOTICE).rank
        return (p.country is not None, p.country_confirmed, rank)

    best = incoming if weight(incoming) > weight(existing) else existing
    return best.country, best.country_source if best.country else None
