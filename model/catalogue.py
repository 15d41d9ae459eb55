"""The catalogue of organisations: who a named recipient is, what it does and where it is established.

One function loads a catalogue file (``load_catalogue``); the bundled one is
``model/data/organisations.json`` (``bundled_catalogue``), and a user file can replace it or extend
it (``resolve_catalogue``). ``Catalogue.match`` answers "which organisation is this name" (exact
names, aliases, brands and products after normalising, then close spellings above a threshold);
``Catalogue.find_in_text`` finds the organisations a sentence mentions (``model.catalogue_text``).
Every fact carries its source and date. The country is where the named entity is established, not
where it processes data; a US organisation's Data Privacy Framework listing is for the user to confirm.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import pycountry
from rapidfuzz import fuzz, process

from model.names import LEGAL_FORMS, name_words
from model.parties import Role

BUNDLED_CATALOGUE = Path(__file__).with_name("data") / "organisations.json"
CATALOGUE_SCHEMA = "transfer-atlas/organisations/v1"
DPF_NOTE = "US organisation: confirm its Data Privacy Framework listing"
# Close spellings: a name this similar (0-100) to a catalogue name, and at least this long, matches.
CLOSE_THRESHOLD = 92.0
CLOSE_MIN_LENGTH = 8


# Dotted legal forms the shared normaliser would cut into letters: "S.à r.l." -> "SARL".
_DOTTED_FORMS = re.compile(r"\bS\.?\s?[àa]\.?\s?r\.?\s?l\b\.?", re.IGNORECASE)


# Spellings of one legal form, so "Equifax Limited" and "Equifax Ltd" are one full name.
_FORM_SYNONYMS = {"limited": "ltd", "incorporated": "inc", "corporation": "corp", "company": "co"}


def catalogue_keys(name: str) -> tuple[str, str]:
    """The full key (legal form kept: 'equifax ltd') and the short key ('equifax') of a name.

    The full key tells apart entities that differ only in their legal form (Equifax Ltd, Equifax
    Inc.); the short key is what a name without its legal form is looked up by.
    """
    words = name_words(_DOTTED_FORMS.sub("SARL", name) if "." in name else name)
    kept = [w for w in words if w not in LEGAL_FORMS]
    full = [_FORM_SYNONYMS.get(w, w) for w in words]
    return " ".join(full), " ".join(kept or words)


def catalogue_key(name: str) -> str:
    """The short key of a name: case, accents, punctuation and legal forms set aside."""
    return catalogue_keys(name)[1]


class CatalogueError(Exception):
    """The catalogue file cannot be used; the message names the file, the entry and the problem."""


class MatchKind:
    """How a name matched: the entity's name, an alias, a brand or product, or a close spelling."""

    NAME = "name"
    ALIAS = "alias"
    BRAND = "brand"
    CONTRACTING = "contracting_entity"
    CLOSE = "close"


@dataclass(frozen=True, slots=True)
class Source:
    """Where some facts of an entry come from, and the date they were taken or checked."""

    facts: tuple[str, ...]
    source: str  # a key of the catalogue's ``sources``
    url: str
    date: dt.date


@dataclass(frozen=True, slots=True)
class Entity:
    """A legal entity and its country (ISO 3166-1 alpha-2)."""

    name: str
    country: str


@dataclass(frozen=True, slots=True)
class Brand:
    """A brand or product of an organisation; it may do something other than its provider's main role."""

    name: str
    role: Role | None = None
    service: str = ""


@dataclass(frozen=True, slots=True)
class Organisation:
    """One catalogue entry: a legal entity, what it does and where it is established."""

    id: str
    name: str
    role: Role
    service: str
    country: str
    aliases: tuple[str, ...] = ()
    brands: tuple[Brand, ...] = ()
    contracting_entity: Entity | None = None
    parent: str | None = None
    domain: str | None = None
    sources: tuple[Source, ...] = ()

    @property
    def notes(self) -> tuple[str, ...]:
        """Cautions a user must resolve (a US entity's DPF listing is never shipped as fact)."""
        countries = {self.country, self.contracting_entity.country if self.contracting_entity else ""}
        return (DPF_NOTE,) if "US" in countries else ()


@dataclass(frozen=True, slots=True)
class Match:
    """The catalogue's answer for a name: the organisation, the form that matched and how."""

    query: str
    organisation: Organisation
    matched: str
    kind: str
    score: float = 100.0
    brand: Brand | None = None

    @property
    def role(self) -> Role:
        """The brand's own role when the name is a product that does something else, else the entry's."""
        return self.brand.role if self.brand and self.brand.role else self.organisation.role

    @property
    def service(self) -> str:
        """What the matched brand or organisation does."""
        return self.brand.service if self.brand and self.brand.service else self.organisation.service

    @property
    def country(self) -> str:
        """Where the named entity is established (the contracting entity's country when it was named)."""
        entity = self.organisation.contracting_entity
        if self.kind == MatchKind.CONTRACTING and entity is not None:
            return entity.country
        return self.organisation.country


class _Key(NamedTuple):
    """One spelling an entry is known by (a named tuple: the index holds thousands, made at load)."""

    entry: int  # into Catalogue.organisations
    form: str  # the catalogue's spelling
    kind: str
    brand: Brand | None = None


@dataclass(frozen=True, slots=True, eq=False)
class Catalogue:
    """A loaded catalogue: its organisations, the normalised-name index and the text index."""

    version: str
    as_of: dt.date
    path: str
    sources: Mapping[str, Mapping[str, str]]
    organisations: tuple[Organisation, ...]
    common_words: frozenset[str] = frozenset()
    never_alone: frozenset[str] = frozenset()
    ambiguous: frozenset[str] = frozenset()
    extends_bundled: bool = False
    short_names: frozenset[str] = frozenset()  # two-character spellings that count alone ("TK")
    _keys: dict[str, _Key] = field(default_factory=dict, repr=False)  # short key -> first entry
    _full: dict[str, _Key] = field(default_factory=dict, repr=False)  # full key -> its one entry
    _buckets: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _text: Any = field(default=None, repr=False)
    _spelled: dict[str, tuple[str, str]] = field(default_factory=dict, repr=False)  # see _spelling

    def match(self, name: str) -> Match | None:
        """The organisation ``name`` denotes, or None: exact forms first, then close spellings."""
        full, key = self._spelled.get(_spelling(name)) or catalogue_keys(name)
        if not key:
            return None
        found = self._full.get(full)
        if found is None and key not in self.never_alone:  # "Post" alone names no organisation
            found = self._keys.get(key)
        if found is not None:
            return self._answer(name, found, 100.0)
        if len(key) < CLOSE_MIN_LENGTH or key in self.common_words or key in self.never_alone:
            return None
        choices = self._buckets.get(key[:2], [])
        best = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=CLOSE_THRESHOLD)
        if best is None:
            return None
        close = self._keys[best[0]]
        return self._answer(name, _Key(close.entry, close.form, MatchKind.CLOSE, close.brand), best[1])

    def find_in_text(self, text: str) -> list[tuple[int, int, Organisation]]:
        """(start, end, organisation) of each whole-word mention in ``text`` (see ``catalogue_text``)."""
        return [(start, end, match.organisation) for start, end, match in self.mentions(text)]

    def mentions(self, text: str) -> list[tuple[int, int, Match]]:
        """(start, end, match) of each whole-word mention in ``text``, with how it matched."""
        if self._text is None:
            from model.catalogue_text import TextIndex

            object.__setattr__(self, "_text", TextIndex(self))
        return [(s, e, self._answer(text[s:e], key, 100.0)) for s, e, key in self._text.find(text)]

    def mention_openings(self) -> set[tuple[tuple[str, ...], bool]]:
        """The first two folded words of each spelling ``mentions`` looks for, and whether it is
        written in lower case (see ``TextIndex.openings``): a caller reading many sentences can
        skip those that hold no opening."""
        self.mentions("")  # builds the text index once
        openings: set[tuple[tuple[str, ...], bool]] = self._text.openings()
        return openings

    def forms(self) -> list[_Key]:
        """Every name, alias, brand and contracting entity of the entries, in catalogue order."""
        out: list[_Key] = []
        for i, org in enumerate(self.organisations):
            out += _forms(i, org)
        return out

    def extended_by(self, other: Catalogue) -> Catalogue:
        """This catalogue with ``other``'s entries added; ``other`` wins where both know a name."""
        return build_catalogue(
            version=f"{self.version}+{other.version}",
            as_of=max(self.as_of, other.as_of),
            path=f"{other.path} + {self.path}",
            sources={**self.sources, **other.sources},
            organisations=other.organisations + self.organisations,
            common_words=self.common_words | other.common_words,
            never_alone=self.never_alone | other.never_alone,
            ambiguous=self.ambiguous | other.ambiguous,
            short_names=self.short_names | other.short_names,
            strict=False,
        )

    def _answer(self, query: str, key: _Key, score: float) -> Match:
        return Match(query, self.organisations[key.entry], key.form, key.kind, score, key.brand)


def build_catalogue(
    *,
    version: str,
    as_of: dt.date,
    path: str,
    sources: Mapping[str, Mapping[str, str]],
    organisations: tuple[Organisation, ...],
    common_words: frozenset[str] = frozenset(),
    never_alone: frozenset[str] = frozenset(),
    ambiguous: frozenset[str] = frozenset(),
    extends_bundled: bool = False,
    short_names: frozenset[str] = frozenset(),
    strict: bool = True,
) -> Catalogue:
    """A catalogue with its indexes built.

    A name in ``ambiguous`` (several entries bear it: "Datatilsynet") matches nothing. A name
    without its legal form belongs to the first entry bearing it; with its legal form, ``strict``
    refuses one that two entries share, and the first entry keeps it otherwise.
    """
    keys: dict[str, _Key] = {}
    full_keys: dict[str, _Key] = {}
    spelled: dict[str, tuple[str, str]] = {}
    for i, org in enumerate(organisations):
        for entry in _forms(i, org):
            spelling = _spelling(entry.form)
            full, short = spelled.get(spelling) or spelled.setdefault(spelling, catalogue_keys(entry.form))
            if short not in ambiguous:
                keys.setdefault(short, entry)
            if full in ambiguous:
                continue
            held = full_keys.setdefault(full, entry)
            if strict and held.entry != i:
                other = organisations[held.entry]
                raise ValueError(f"entry {org.id!r}: {entry.form!r} is also a name of entry {other.id!r}")
    buckets: dict[str, list[str]] = {}
    for key in keys:
        if len(key) >= CLOSE_MIN_LENGTH - 1:
            buckets.setdefault(key[:2], []).append(key)
    return Catalogue(
        version,
        as_of,
        path,
        sources,
        organisations,
        common_words,
        never_alone,
        ambiguous,
        extends_bundled,
        short_names,
        keys,
        full_keys,
        buckets,
        _spelled=spelled,
    )


def _spelling(name: str) -> str:
    """What ``Catalogue._spelled`` remembers a catalogue spelling's keys by: an ASCII name in lower
    case (``catalogue_keys`` gives it the same keys in any case: "MAILCHIMP" is "Mailchimp"), any
    other name as it is written."""
    return name.lower() if name.isascii() else name


def _forms(index: int, org: Organisation) -> list[_Key]:
    forms = [_Key(index, org.name, MatchKind.NAME)] + [_Key(index, a, MatchKind.ALIAS) for a in org.aliases]
    forms += [_Key(index, b.name, MatchKind.BRAND, b) for b in org.brands]
    if org.contracting_entity:
        forms.append(_Key(index, org.contracting_entity.name, MatchKind.CONTRACTING))
    return forms


@cache
def bundled_catalogue() -> Catalogue:
    """The catalogue of organisations shipped with Transfer Atlas (loaded once)."""
    return load_catalogue(BUNDLED_CATALOGUE)


def resolve_catalogue(path: Path | str | None) -> Catalogue:
    """The catalogue to use: the bundled one, or a user file that replaces or extends it.

    A user file whose top level has ``"extends": "bundled"`` adds to the bundled catalogue (its
    entries win where both know a name); any other user file replaces it.
    """
    if path is None:
        return bundled_catalogue()
    own = load_catalogue(path)
    return bundled_catalogue().extended_by(own) if own.extends_bundled else own


def catalogue_additions_text(raw: dict[str, Any]) -> str:
    """A project's own catalogue additions, checked as a catalogue document, as canonical JSON text.

    They always extend (never replace) the catalogue in use, so the stored document says so.
    Raises ``ValueError`` naming the entry and the problem.
    """
    document = {**raw, "extends": "bundled"}
    try:
        parse_catalogue(document, "the project's catalogue")
    except (KeyError, TypeError, AttributeError) as err:
        raise ValueError(f"missing field {err}" if isinstance(err, KeyError) else str(err)) from err
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def with_project_additions(catalogue: Catalogue, additions: str) -> Catalogue:
    """``catalogue`` extended by a project's own additions (``Project.catalogue``), which win."""
    if not additions:
        return catalogue
    return catalogue.extended_by(parse_catalogue(json.loads(additions), "the project's catalogue"))


def merged_additions(current: str, raw: dict[str, Any]) -> str:
    """The project's additions ``current`` with the entries of the catalogue document ``raw`` added
    (an entry with the same id replaces the older one). Raises ``ValueError`` when ``raw`` is bad."""
    catalogue_additions_text(raw)  # each document is checked on its own first, for its own message
    if not current:
        return catalogue_additions_text(raw)
    old = json.loads(current)
    new_ids = {e.get("id") for e in raw["organisations"] if isinstance(e, dict)}
    kept = [e for e in old["organisations"] if e.get("id") not in new_ids]
    return catalogue_additions_text(
        {
            **old,
            "version": str(raw.get("version", old["version"])),
            "as_of": max(str(old["as_of"]), str(raw["as_of"])),
            "sources": {**old.get("sources", {}), **raw.get("sources", {})},
            "organisations": [*kept, *raw["organisations"]],
        }
    )


def load_catalogue(path: Path | str) -> Catalogue:
    """Load and validate a catalogue file; raises ``CatalogueError`` naming the file and entry."""
    path = Path(path)
    try:
        raw = json.loads(path.read_bytes().decode("utf-8"))  # no newline translation: a third quicker
    except OSError as err:
        raise CatalogueError(f"{path}: cannot read the catalogue ({err.strerror or err})") from err
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise CatalogueError(f"{path}: the catalogue is not valid JSON ({err})") from err
    try:
        return parse_catalogue(raw, str(path))
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        problem = f"missing field {err}" if isinstance(err, KeyError) else str(err)
        raise CatalogueError(f"{path}: {problem}") from err


def parse_catalogue(raw: dict[str, Any], path: str = "<memory>") -> Catalogue:
    """Build a ``Catalogue`` from the decoded JSON document (pure; raises on malformed data)."""
    if not isinstance(raw, dict) or raw.get("schema") != CATALOGUE_SCHEMA:
        found = raw.get("schema") if isinstance(raw, dict) else type(raw).__name__
        raise ValueError(f"schema is {found!r}, expected {CATALOGUE_SCHEMA!r}")
    sources = {str(k): {str(a): str(b) for a, b in v.items()} for k, v in raw.get("sources", {}).items()}
    if raw.get("extends") not in (None, "bundled"):
        raise ValueError(f"extends is {raw.get('extends')!r}; the only value is 'bundled'")
    organisations = []
    seen: dict[Any, Source] = {}
    for number, entry in enumerate(raw["organisations"], 1):
        try:
            organisations.append(_organisation(entry, sources, seen))
        except (KeyError, TypeError, ValueError, AttributeError) as err:
            label = entry.get("id") or entry.get("name") if isinstance(entry, dict) else None
            problem = f"missing field {err}" if isinstance(err, KeyError) else str(err)
            raise ValueError(f"organisation {number} ({label or 'no id'}): {problem}") from err
    ids = [o.id for o in organisations]
    if len(set(ids)) != len(ids):
        raise ValueError(f"entry id {next(i for i in ids if ids.count(i) > 1)!r} is used twice")
    return build_catalogue(
        version=str(raw["version"]),
        as_of=dt.date.fromisoformat(raw["as_of"]),
        path=path,
        sources=sources,
        organisations=tuple(organisations),
        common_words=frozenset(catalogue_key(w) for w in raw.get("common_words", [])),
        never_alone=frozenset(catalogue_key(w) for w in raw.get("never_alone", [])),
        ambiguous=frozenset(k for w in raw.get("ambiguous", []) for k in catalogue_keys(w)),
        extends_bundled=raw.get("extends") == "bundled",
        short_names=_short_names(raw.get("short_names", []), organisations),
    )


def _short_names(declared: list[Any], organisations: list[Organisation]) -> frozenset[str]:
    """The declared short forms ("CZ", "TK"): each two capital letters, and an entry's name,
    alias or brand (legal form set aside: "NN" of "NN Group N.V.")."""
    spellings = {catalogue_key(f.form) for i, org in enumerate(organisations) for f in _forms(i, org)}
    for short in declared:
        if not (isinstance(short, str) and len(short) == 2 and short.isalpha() and short.isupper()):
            raise ValueError(f"short name {short!r} is not two capital letters")
        if catalogue_key(short) not in spellings:
            raise ValueError(f"short name {short!r} is no entry's name, alias or brand")
    return frozenset(declared)


def _organisation(
    e: dict[str, Any], sources: Mapping[str, Any], seen: dict[Any, Source] | None = None
) -> Organisation:
    contracting = e.get("contracting_entity")
    seen = {} if seen is None else seen
    return Organisation(
        id=_text(e["id"], "id"),
        name=_text(e["name"], "name"),
        role=_role(e["role"]),
        service=str(e.get("service", "")),
        country=_country(e["country"]),
        aliases=tuple(_text(a, "alias") for a in e.get("aliases", [])),
        brands=tuple(_brand(b) for b in e.get("brands", [])),
        contracting_entity=Entity(
            _text(contracting["name"], "contracting entity"), _country(contracting["country"])
        )
        if contracting
        else None,
        parent=str(e["parent"]) if e.get("parent") else None,
        domain=str(e["domain"]) if e.get("domain") else None,
        sources=tuple(_source(s, sources, seen) for s in e.get("sources", [])),
    )


def _brand(b: str | dict[str, Any]) -> Brand:
    if isinstance(b, str):
        return Brand(_text(b, "brand"))
    return Brand(
        _text(b["name"], "brand"), _role(b["role"]) if b.get("role") else None, str(b.get("service", ""))
    )


def _source(s: dict[str, Any], sources: Mapping[str, Any], seen: dict[Any, Source]) -> Source:
    """The source ``s`` cites; entries citing the same facts of the same source share one object
    (most do: thousands of entries, a few hundred distinct citations)."""
    facts = s["facts"]
    key = (s["source"], s.get("url", ""), s["date"], *facts) if isinstance(facts, list) else None
    known = seen.get(key) if key is not None else None
    if known is not None:
        return known
    if s["source"] not in sources:
        raise ValueError(f"source {s['source']!r} is not listed in the catalogue's sources")
    made = Source(tuple(map(str, facts)), s["source"], str(s.get("url", "")), _date(s["date"]))
    if key is not None:
        seen[key] = made
    return made


@cache
def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@cache
def _country_codes() -> frozenset[str]:
    return frozenset(c.alpha_2 for c in pycountry.countries)


def _role(value: Any) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise ValueError(f"unknown role {value!r} (known: {', '.join(Role)})") from None


def _country(value: object) -> str:
    if not isinstance(value, str) or value not in _country_codes():
        raise ValueError(f"country {value!r} is not an ISO 3166-1 alpha-2 code")
    return value


def _text(value: object, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{what} {value!r} is not a non-empty text")
    return value
