"""Countries from the catalogue of organisations, for the parties nothing else places.

A notice's or register's own word comes first (the importers record it with its source); only a
named party still without a country gets the catalogue's: where the entity is established, with
the source ``catalogue`` so that the rules and the user know the processing place is unconfirmed.
"""

from __future__ import annotations

from dataclasses import replace

from model.catalogue import Catalogue, Match
from model.parties import CountrySource, Party, PartyKind
from model.project import Project

_WEAKER = (CountrySource.NAME, CountrySource.DOMAIN)  # what the catalogue knows better


def catalogue_match(party: Party, catalogue: Catalogue) -> Match | None:
    """The catalogue's entry for a party: by its name, else by one of its aliases."""
    for name in (party.name, *party.aliases):
        found = catalogue.match(name)
        if found is not None:
            return found
    return None


def place_from_catalogue(project: Project, catalogue: Catalogue) -> Project:
    """``project`` with each named party that has no country (or only its name's or web domain's
    hint) given the catalogue's, if it knows one."""
    parties = []
    changed = False
    for party in project.parties:
        weak = party.country is None or party.country_source in _WEAKER
        if weak and party.kind is PartyKind.NAMED and not party.placeholder:
            found = catalogue_match(party, catalogue)
            if found is not None:
                party = replace(party, country=found.country, country_source=CountrySource.CATALOGUE)
                changed = True
        parties.append(party)
    return replace(project, parties=tuple(parties)) if changed else project
