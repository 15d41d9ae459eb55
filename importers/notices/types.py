"""The values an extraction produces: every item carries spans of the text it was read from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class ExtractionError(Exception):
    """Text the extractor cannot work on (the only exception ``parse_text`` raises)."""


class Safeguard(StrEnum):
    """What a notice says protects a transfer (the labels of the extraction schema)."""

    ADEQUACY = "adequacy"
    SCC = "scc"
    BCR = "bcr"
    DPF = "dpf"
    CONSENT = "consent"
    CONTRACT_NECESSITY = "contract_necessity"
    OTHER_DEROGATION = "other_derogation"
    CONTRACTUAL_UNSPECIFIED = "contractual_unspecified"


class SafeguardDetail(StrEnum):
    """Finer kinds behind a safeguard label, kept so the importer can pick the exact transfer tool."""

    PLAIN = "plain"
    PRIVACY_SHIELD = "privacy_shield"
    SAFE_HARBOUR = "safe_harbour"
    LEGACY_SCC = "legacy_scc"
    PUBLIC_INTEREST = "public_interest"
    LEGAL_CLAIMS = "legal_claims"
    VITAL_INTERESTS = "vital_interests"


@dataclass(frozen=True, slots=True)
class Span:
    """A quoted stretch of the extracted text: ``text[start:end] == quote``."""

    start: int
    end: int
    quote: str


@dataclass(frozen=True, slots=True)
class ControllerInfo:
    """The organisation the notice belongs to, and its country where an address gives one."""

    name: str
    country: str | None = None
    evidence: tuple[Span, ...] = ()
    reason: str = ""  # why this organisation is taken for the controller (for --explain)


@dataclass(frozen=True, slots=True)
class Recipient:
    """A named organisation or described category the notice says receives or processes the data."""

    name: str | None
    role: str
    named: bool = False
    country: str | None = None
    evidence: tuple[Span, ...] = ()
    reason: str = ""  # why it has its role (for --explain)

    @property
    def label(self) -> str:
        """The name, or the role for a described recipient."""
        return self.name or self.role


@dataclass(frozen=True, slots=True)
class CategoryHit:
    """A special category of data the notice says it processes."""

    category: str
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class TransferStatement:
    """A statement that data goes (or may go) outside the EEA, where to and on what safeguard."""

    outside_eea: bool
    destinations: tuple[str, ...] = ()
    safeguards: tuple[Safeguard, ...] = ()
    details: tuple[SafeguardDetail, ...] = ()
    recipient: str | None = None
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class NoticeExtraction:
    """Everything read from one notice; ``text`` is the text every span points into."""

    text: str
    source: str = ""
    sha256: str = ""
    language: str = "und"
    title: str | None = None
    last_updated: dt.date | None = None
    controller: ControllerInfo | None = None
    recipients: tuple[Recipient, ...] = ()
    special_categories: tuple[CategoryHit, ...] = ()
    transfers: tuple[TransferStatement, ...] = field(default=())
    error: str | None = None
