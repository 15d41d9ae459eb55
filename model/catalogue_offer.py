"""What the catalogue of organisations knows of a party, and what accepting it changes.

The Inspector shows the catalogue's facts for the selected party (``facts``) and offers to accept
them with one click (``offer`` / ``accept``). Accepting never overrides what a document or the user
settled: the country is offered only while the party has none, or only a weaker hint (its legal
form, a web domain), and is then recorded with the source ``catalogue`` (established there,
processing place unconfirmed). The role is offered where it differs; the catalogue's legal name
becomes an alias, so that later imports and merges recognise the party.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from model.catalogue import Catalogue, Match, MatchKind
from model.countries import country_name
from model.labels import label, language_of
from model.parties import CountrySource, Party, PartyKind, Role
from model.placing import catalogue_match

_WEAKER = (CountrySource.CATALOGUE, CountrySource.NAME, CountrySource.DOMAIN)


@dataclass(frozen=True, slots=True)
class CatalogueOffer:
    """The catalogue's entry for a party and the changes accepting it would make (None: no change)."""

    match: Match
    country: str | None
    role: Role | None
    alias: str | None

    def changes(self, lang: str = "en") -> tuple[tuple[str, str], ...]:
        """(what: "country", "role" or "alias"; the new value in ``lang``) for each change."""
        out = []
        if self.country is not None:
            out.append(("country", f"{country_name(self.country, language_of(lang))} ({self.country})"))
        if self.role is not None:
            out.append(("role", label(self.role, lang)))
        if self.alias is not None:
            out.append(("alias", self.alias))
        return tuple(out)


def offer(party: Party, catalogue: Catalogue) -> CatalogueOffer | None:
    """The catalogue's facts for ``party`` and what accepting them would change; None when the
    catalogue does not know it (or it is a described category, not a named organisation)."""
    if party.kind is not PartyKind.NAMED or party.placeholder:
        return None
    match = catalogue_match(party, catalogue)
    if match is None:
        return None
    hint_only = party.country_source in (CountrySource.NAME, CountrySource.DOMAIN)
    open_country = party.country is None or hint_only or party.country_source is CountrySource.CATALOGUE
    country = match.country if open_country and (party.country != match.country or hint_only) else None
    role = match.role if match.role is not party.role and party.role is not Role.CONTROLLER else None
    legal = match.organisation.name
    known = {n.casefold() for n in (party.name, *party.aliases)}
    same_entity = match.kind in (MatchKind.ALIAS, MatchKind.CLOSE)  # not a product, nor another entity
    alias = legal if same_entity and legal.casefold() not in known else None
    return CatalogueOffer(match, country, role, alias)


def accept(party: Party, accepted: CatalogueOffer) -> Party:
    """``party`` with the offered facts: the country from the catalogue (unconfirmed), the role, the
    legal name as an alias."""
    changed = party
    if accepted.country is not None:
        changed = replace(
            changed, country=accepted.country, country_source=CountrySource.CATALOGUE, country_confirmed=False
        )
    if accepted.role is not None:
        changed = replace(changed, role=accepted.role)
    if accepted.alias is not None:
        changed = replace(changed, aliases=(*changed.aliases, accepted.alias))
    return changed


FACT_KEYS = (
    "legal_name",
    "matched_as",
    "does",
    "established_in",
    "contracting_entity",
    "parent",
    "domain",
    "source",
    "note",
)
"""The kinds of line ``facts`` gives, in order (the desktop translates each into a heading)."""


def facts(match: Match, lang: str = "en") -> tuple[tuple[str, str], ...]:
    """The catalogue's facts about a match as (key from ``FACT_KEYS``, text in ``lang``) lines."""
    org, language = match.organisation, language_of(lang)
    lines = [("legal_name", org.name)]
    if match.kind == MatchKind.CLOSE:
        lines.append(("matched_as", f"{match.matched} ({match.score:.0f}/100)"))
    elif match.kind != MatchKind.NAME:
        lines.append(("matched_as", f"{match.matched} ({match.kind.replace('_', ' ')})"))
    lines.append(
        ("does", f"{label(match.role, lang)}: {match.service}" if match.service else label(match.role, lang))
    )
    lines.append(("established_in", f"{country_name(org.country, language)} ({org.country})"))
    if org.contracting_entity is not None:
        entity = org.contracting_entity
        lines.append(("contracting_entity", f"{entity.name}, {country_name(entity.country, language)}"))
    if org.parent:
        lines.append(("parent", org.parent))
    if org.domain:
        lines.append(("domain", org.domain))
    for source in org.sources:
        lines.append(("source", f"{source.source}, {source.date.isoformat()}: {', '.join(source.facts)}"))
    lines.extend(("note", note) for note in org.notes)
    return tuple(lines)
