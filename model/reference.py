"""Reference data: the EEA, adequacy decisions, invalidated decisions and laws of concern, dated.

One function loads it (``load_reference``); the bundled file is ``model/data/reference.json`` and a
user can point the tool at a newer one. Lookups answer "what protects a transfer to country X on
date D, under scenario S" without reading anything.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from model.filenames import read_regular_file
from model.parties import ScopeAttribute

BUNDLED_REFERENCE = Path(__file__).with_name("data") / "reference.json"
REFERENCE_SCHEMA = "transfer-atlas/reference/v1"


class ReferenceDataError(Exception):
    """The reference data file cannot be used; the message names the file and the problem."""


class DestinationStatus(StrEnum):
    """How GDPR Chapter V sees a destination on a given date."""

    EEA = "eea"
    ADEQUATE = "adequate"
    PARTIAL = "adequate_partial"
    THIRD_COUNTRY = "third_country"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        """Readable label for tables and workbooks."""
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    DestinationStatus.EEA: "EEA",
    DestinationStatus.ADEQUATE: "adequate",
    DestinationStatus.PARTIAL: "partially adequate",
    DestinationStatus.THIRD_COUNTRY: "third country",
    DestinationStatus.UNKNOWN: "unknown",
}


@dataclass(frozen=True, slots=True)
class Jurisdiction:
    """An EEA member or a destination with an adequacy decision, as the reference file states it."""

    code: str
    name: str
    status: DestinationStatus
    scope: str
    decision: str
    adopted: dt.date
    expires: dt.date | None
    source: str
    scope_attribute: ScopeAttribute | None = None
    legal_risk: str | None = None


@dataclass(frozen=True, slots=True)
class LawOfConcern:
    """A destination law a TIA must weigh: how it fares against each of the four Essential
    Guarantees (a rating from the file's ``eeg_ratings``), its public sources and their date."""

    law: str
    concern: str
    guarantees: tuple[tuple[str, str], ...]
    sources: tuple[str, ...]
    as_of: dt.date

    @property
    def source(self) -> str:
        """The sources as one line, with the date they were read."""
        return f"{'; '.join(self.sources)} (as of {self.as_of.isoformat()})"


@dataclass(frozen=True, slots=True)
class InvalidatedDecision:
    """A decision that must never be relied on again (Safe Harbour, Privacy Shield, old SCCs)."""

    id: str
    name: str
    decision: str
    invalidated: dt.date
    by: str
    source: str


@dataclass(frozen=True, slots=True)
class ScenarioPreset:
    """A named what-if: the adequacy decisions it withdraws."""

    name: str
    label: str
    withdraw: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True, slots=True)
class Destination:
    """The answer to "what protects a transfer to this country on this date under this scenario"."""

    code: str | None
    status: DestinationStatus
    jurisdiction: Jurisdiction | None = None
    lapse: str | None = None  # "expired", "withdrawn" or "not yet in force" when a decision exists

    @property
    def decision_source(self) -> str:
        """The decision and source relied on, for a finding's reference field."""
        j = self.jurisdiction
        return f"{j.decision} <{j.source}>" if j else ""


@dataclass(frozen=True, slots=True, eq=False)
class ReferenceData:
    """The loaded reference file."""

    version: str
    as_of: dt.date
    path: str
    compiled_from: str
    jurisdictions: Mapping[str, Jurisdiction]
    territories: Mapping[str, str]
    invalidated: tuple[InvalidatedDecision, ...]
    laws: Mapping[str, tuple[LawOfConcern, ...]]
    guarantees: tuple[tuple[str, str, str], ...]
    scenarios: Mapping[str, ScenarioPreset]
    eea: frozenset[str]

    def destination(
        self, code: str | None, as_of: dt.date, withdrawn: frozenset[str] = frozenset()
    ) -> Destination:
        """How Chapter V treats a transfer to ``code`` on ``as_of`` with ``withdrawn`` decisions."""
        if not code:
            return Destination(None, DestinationStatus.UNKNOWN)
        code = self.territories.get(code, code)
        j = self.jurisdictions.get(code)
        if j is None:
            return Destination(code, DestinationStatus.THIRD_COUNTRY)
        if j.status is DestinationStatus.EEA:
            return Destination(code, DestinationStatus.EEA, j)
        lapse = _lapse(j, as_of, withdrawn)
        if lapse:
            return Destination(code, DestinationStatus.THIRD_COUNTRY, j, lapse)
        return Destination(code, j.status, j)

    def is_eea(self, code: str | None) -> bool:
        """Whether ``code`` is in the EEA (the GDPR applies there, so no Chapter V transfer)."""
        return code in self.eea


def _lapse(j: Jurisdiction, as_of: dt.date, withdrawn: frozenset[str]) -> str | None:
    if j.code in withdrawn:
        return "withdrawn"
    if as_of < j.adopted:
        return "not yet in force"
    if j.expires is not None and as_of > j.expires:
        return "expired"
    return None


@cache
def bundled_reference() -> ReferenceData:
    """The reference data shipped with Transfer Atlas."""
    return load_reference(BUNDLED_REFERENCE)


MAX_REFERENCE_BYTES = 50 << 20
"""A reference file larger than this is refused unread (the bundled one is well under 1 MB)."""


def load_reference(path: Path | str | None = None) -> ReferenceData:
    """Load and validate a reference file (the bundled one when ``path`` is None)."""
    path = Path(path) if path else BUNDLED_REFERENCE
    try:
        raw = json.loads(read_regular_file(path, MAX_REFERENCE_BYTES).decode("utf-8"))
    except OSError as err:
        raise ReferenceDataError(f"{path}: cannot read reference data ({err.strerror or err})") from err
    except (UnicodeDecodeError, ValueError) as err:  # ValueError: bad syntax, a 5,000-digit number
        raise ReferenceDataError(f"{path}: reference data is not valid JSON ({str(err)[:200]})") from err
    try:
        return parse_reference(raw, str(path))
    except (KeyError, TypeError, ValueError) as err:
        raise ReferenceDataError(
            f"{path}: reference data is malformed ({type(err).__name__}: {err})"
        ) from err


def parse_reference(raw: dict[str, Any], path: str = "<memory>") -> ReferenceData:
    """Build ``ReferenceData`` from the decoded JSON document (pure; raises on malformed data)."""
    if raw.get("schema") != REFERENCE_SCHEMA:
        raise ValueError(f"schema is {raw.get('schema')!r}, expected {REFERENCE_SCHEMA!r}")
    jurisdictions = {e["code"]: _jurisdiction(e) for e in raw["jurisdictions"]}
    territories = {t["code"]: t["part_of"] for t in raw.get("eea_territories", [])}
    members = {c for c, j in jurisdictions.items() if j.status is DestinationStatus.EEA}
    return ReferenceData(
        version=str(raw["version"]),
        as_of=dt.date.fromisoformat(raw["as_of"]),
        path=path,
        compiled_from=str(raw.get("compiled_from", "")),
        jurisdictions=jurisdictions,
        territories=territories,
        invalidated=tuple(_invalidated(e) for e in raw.get("invalidated", [])),
        laws=_laws(raw),
        guarantees=tuple((g["id"], g["name"], g["test"]) for g in raw.get("essential_guarantees", [])),
        scenarios={
            name: ScenarioPreset(name, s["label"], tuple(s["withdraw"]), s.get("note", ""))
            for name, s in raw.get("scenarios", {}).items()
        },
        eea=frozenset(members | {t for t, parent in territories.items() if parent in members}),
    )


def _jurisdiction(e: dict[str, Any]) -> Jurisdiction:
    status = DestinationStatus(e["status"])
    if status not in (DestinationStatus.EEA, DestinationStatus.ADEQUATE, DestinationStatus.PARTIAL):
        raise ValueError(f"{e['code']}: status {status} is not eea, adequate or adequate_partial")
    attribute = e.get("scope_attribute")
    return Jurisdiction(
        code=e["code"],
        name=e["name"],
        status=status,
        scope=e["scope"],
        decision=e["decision"],
        adopted=dt.date.fromisoformat(e["adopted"]),
        expires=dt.date.fromisoformat(e["expires"]) if e.get("expires") else None,
        source=e["source"],
        scope_attribute=ScopeAttribute(attribute) if attribute else None,
        legal_risk=e.get("legal_risk"),
    )


def _invalidated(e: dict[str, Any]) -> InvalidatedDecision:
    return InvalidatedDecision(
        e["id"], e["name"], e["decision"], dt.date.fromisoformat(e["invalidated"]), e["by"], e["source"]
    )


def _laws(raw: dict[str, Any]) -> dict[str, tuple[LawOfConcern, ...]]:
    guarantees = {g["id"] for g in raw.get("essential_guarantees", [])}
    ratings = set(raw.get("eeg_ratings", {}))
    return {
        code: tuple(_law(code, e, guarantees, ratings) for e in items)
        for code, items in raw.get("laws_of_concern", {}).items()
    }


def _law(code: str, e: dict[str, Any], guarantees: set[str], ratings: set[str]) -> LawOfConcern:
    where = f"laws_of_concern {code} {e.get('law')!r}"
    eeg = e["eeg"]
    if set(eeg) != guarantees:
        raise ValueError(f"{where}: rates guarantees {sorted(eeg)}, expected {sorted(guarantees)}")
    unknown = sorted(set(eeg.values()) - ratings)
    if unknown:
        raise ValueError(f"{where}: ratings {unknown} are not in eeg_ratings {sorted(ratings)}")
    sources = e["sources"]
    if not sources or not all(isinstance(s, str) and s.startswith(("https://", "http://")) for s in sources):
        raise ValueError(f"{where}: sources must be a non-empty list of web addresses")
    if not e["law"] or not e["concern"]:
        raise ValueError(f"{where}: the law and its concern must be stated")
    return LawOfConcern(
        e["law"], e["concern"], tuple(sorted(eeg.items())), tuple(sources), dt.date.fromisoformat(e["as_of"])
    )
