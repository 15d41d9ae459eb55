"""The register vocabulary (``lexicon.json``): column headers and cell words in en, nl, de and fr.

Everything is compared in one normal form (case, diacritics, punctuation and spacing ignored), so
"Rôle", "ROLE " and "rol" are looked up the same way. Phrases match whole words; a long word that
only contains a phrase (German compounds such as "Anbietername") matches as a last resort.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from model.countries import normalise
from model.parties import Role


class Field(StrEnum):
    """What a register column holds; the names are the ones ``--map`` accepts."""

    NAME = "name"
    PROCESSOR = "processor"
    SUBPROCESSOR = "subprocessor"
    CONTROLLER = "controller"
    COUNTRY = "country"
    LOCATION = "location"
    ROLE = "role"
    SERVICE = "service"
    PURPOSE = "purpose"
    DATA_CATEGORIES = "data_categories"
    SPECIAL_CATEGORIES = "special_categories"
    DATA_SUBJECTS = "data_subjects"
    DPA = "dpa"
    CONTRACT_REFERENCE = "contract_reference"
    SCC = "scc"
    SCC_MODULE = "scc_module"
    DPF = "dpf"
    BCR = "bcr"
    MECHANISM = "mechanism"
    OUTSIDE_EEA = "outside_eea"
    REVIEW_DATE = "review_date"
    TIA_STATUS = "tia_status"
    NOTES = "notes"
    IGNORE = "ignore"


ENTITY_FIELDS = frozenset({Field.NAME, Field.PROCESSOR, Field.SUBPROCESSOR, Field.CONTROLLER})


@lru_cache(maxsize=1 << 16)  # register cells repeat ('Ja', 'Nederland'...): normalise each once
def key(text: str) -> str:
    """The form headers and cell words are compared in: 'Pays d’Établissement' -> 'pays d etablissement'."""
    return normalise(text.replace("_", " ").replace("’", "'"))


@dataclass(frozen=True, slots=True)
class PhraseTable:
    """Normalised phrases mapped to a value, searched as whole words inside a text."""

    exact: dict[str, str]
    pattern: re.Pattern[str] | None

    @classmethod
    def build(cls, groups: dict[str, list[str]]) -> PhraseTable:
        """A table from ``{value: [phrase, ...]}``."""
        exact = {key(p): value for value, phrases in groups.items() for p in phrases if key(p)}
        words = sorted(exact, key=len, reverse=True)
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b") if words else None
        return cls(exact, pattern)

    def find(self, text: str) -> list[tuple[str, str]]:
        """Every (phrase, value) found as whole words in the normalised ``text`` (longest at each place)."""
        if self.pattern is None:
            return []
        return [(m.group(0), self.exact[m.group(0)]) for m in self.pattern.finditer(text)]

    def within_words(self, text: str, minimum: int = 6) -> list[tuple[str, str]]:
        """Phrases of at least ``minimum`` letters found inside longer words (German compounds)."""
        return [(p, v) for p, v in self.exact.items() if len(p) >= minimum and " " not in p and p in text]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The parsed ``lexicon.json``."""

    fields: PhraseTable
    blank: frozenset[str]
    yes: frozenset[str]
    no: frozenset[str]
    roles: PhraseTable
    tools: PhraseTable
    scc_modules: PhraseTable
    tia_status: dict[str, str]
    special: PhraseTable
    months: dict[str, int]
    regions: dict[str, str]
    references: tuple[str, ...]


LANGUAGES = ("en", "nl", "de", "fr")


class LexiconError(ValueError):
    """The register vocabulary file is not what the code expects (a bug in the data, said loudly)."""


def _role_words(raw: dict[str, dict[str, list[str]]]) -> dict[str, list[str]]:
    """The role words of every language, checked: known roles, the four languages, every word readable."""
    out: dict[str, list[str]] = {}
    for role, by_language in raw.items():
        if role not in Role._value2member_map_:
            raise LexiconError(f"lexicon.json: 'roles': unknown role {role!r}")
        if sorted(by_language) != sorted(LANGUAGES):
            raise LexiconError(f"lexicon.json: 'roles': {role!r} needs words in {', '.join(LANGUAGES)}")
        out[role] = [w for words in by_language.values() for w in words]
    return out


def _statuses(raw: dict[str, list[str]]) -> dict[str, str]:
    """TIA status words by their normal form; a word that normalises to nothing ('✓') is kept as
    written, so that it never matches a blank cell."""
    return {(key(w) or w): status for status, words in raw.items() for w in words}


@cache
def lexicon() -> Lexicon:
    """The bundled lexicon (read once)."""
    raw: dict[str, Any] = json.loads(resources.files(__package__).joinpath("lexicon.json").read_text("utf-8"))
    return Lexicon(
        fields=PhraseTable.build(raw["fields"]),
        blank=frozenset(key(w) for w in raw["blank"]) | {""},
        yes=frozenset(key(w) or w for w in raw["yes"]),
        no=frozenset(key(w) for w in raw["no"]),
        roles=PhraseTable.build(_role_words(raw["roles"])),
        tools=PhraseTable.build(raw["tools"]),
        scc_modules=PhraseTable.build(raw["scc_module_words"]),
        tia_status=_statuses(raw["tia_status"]),
        special=PhraseTable.build(raw["special_categories"]),
        months={key(w): int(month) for month, words in raw["months"].items() for w in words},
        regions={key(w): region for region, words in raw["regions"].items() for w in words},
        references=tuple(key(w) for w in raw["references"]),
    )


def field_for_header(header: str) -> Field | None:
    """The field a column header names, or None.

    An exact phrase wins; otherwise a phrase for what is recorded (country, DPA...) beats one for
    whose record it is ("Vendor country" is a country, "Vendor name" a name), the longest first.
    """
    text = key(header)
    if not text:
        return None
    table = lexicon().fields
    if text in table.exact:
        return Field(table.exact[text])
    found = table.find(text) or table.within_words(text)
    if not found:
        return None
    attributes = [(p, v) for p, v in found if Field(v) not in ENTITY_FIELDS]
    phrase, value = max(attributes or found, key=lambda pv: len(pv[0]))
    return Field(value)
