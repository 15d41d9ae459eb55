"""Organisations the catalogue knows (``model/data/organisations.json``), as the notice names them.

The catalogue recognises organisations that carry no legal form ("Mailchimp", "Treezor", "KPN")
and gives a default role: what the organisation usually does. A default only: what the notice
says the party does always wins (``named_roles``). The catalogue is loaded once per process, on
the first notice that asks, and only its text index is built.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache

from importers.notices.document import NoticeDoc
from importers.notices.organisations import OrgMention, clean_name, common_word
from model.catalogue import Catalogue, Match, MatchKind, bundled_catalogue, catalogue_key


@cache
def _catalogue() -> Catalogue:
    return bundled_catalogue()


def catalogue_names(doc: NoticeDoc, index: int) -> list[OrgMention]:
    """Catalogue organisations named in sentence ``index`` (computed once per sentence); the
    catalogue's role of each is ``catalogue_default``.

    A one-word name the notice also writes in lower case is an ordinary word there ("Always",
    "Signal"); where every noun is capitalised (German), a one-word name the catalogue lists as a
    common word needs more than its capital.
    """
    found: dict[int, list[OrgMention]] = doc.cache.setdefault("catalogue_names", {})
    if index not in found:
        found[index] = [m for m, _ in catalogue_matches(doc, index)]
    return found[index]


def catalogue_matches(doc: NoticeDoc, index: int) -> list[tuple[OrgMention, Match]]:
    """``catalogue_names`` with the catalogue's match of each name."""
    found: dict[int, list[tuple[OrgMention, Match]]] = doc.cache.setdefault("catalogue_matches", {})
    if index in found:
        return found[index]
    catalogue = _catalogue()
    s = doc.sentences[index]
    capitalised = doc.lexicon is not None and doc.lexicon.nouns_capitalised
    out: list[tuple[OrgMention, Match]] = []
    for start, end, match in catalogue.mentions(doc.text[s.start : s.end]):
        first = bisect_left(doc.starts, s.start + start)
        last = max(first, bisect_right(doc.starts, s.start + end - 1) - 1)
        if doc.text[s.start + start - 1] == "(" and doc.text[s.start + end : s.start + end + 1] == ")":
            continue  # "Commission for Regulation of Utilities (CRU)": the short form of a name before it
        if first == last and (
            common_word(doc, doc.words[first])
            or (capitalised and catalogue_key(match.matched) in catalogue.common_words)
        ):
            continue
        name = clean_name(doc.text[s.start + start : s.start + end])
        mention = OrgMention(index, s.start + start, s.start + end, name, False, None, first, last)
        out.append((mention, match))
    found[index] = out
    return out


def catalogue_default(doc: NoticeDoc, mention: OrgMention) -> str | None:
    """What the catalogue says the organisation of ``mention`` usually does, or None."""
    for m, match in catalogue_matches(doc, mention.sentence):
        if (m.start, m.end) == (mention.start, mention.end):
            return match.role.value
    if not mention.legal:
        return None
    roles: dict[str, str | None] = doc.cache.setdefault("catalogue_roles", {})
    if mention.name not in roles:
        found = _catalogue().match(mention.name)
        roles[mention.name] = found.role.value if found is not None else None
    return roles[mention.name]


def provided_brands(doc: NoticeDoc, index: int, names: list[OrgMention]) -> set[tuple[int, int]]:
    """(start, end) of the ``names`` that another name of the same sentence already stands for:
    a brand or product beside its provider ("Meta Platforms, Inc., which provides Facebook and
    Instagram"), a short form beside the legal name. The provider is the recipient; its products
    are not parties of their own."""
    matches = {(m.start, m.end): match for m, match in catalogue_matches(doc, index)}
    if not matches:
        return set()
    providers: dict[str, tuple[int, int]] = {}  # organisation id -> the name that stands for it
    for m in names:
        match = matches.get((m.start, m.end))
        if match is None and m.legal:
            match = _catalogue().match(m.name)
        if match is not None and (m.legal or match.kind != MatchKind.BRAND):
            providers.setdefault(match.organisation.id, (m.start, m.end))
    return {
        (m.start, m.end)
        for m in names
        if not m.legal
        and (match := matches.get((m.start, m.end))) is not None
        and providers.get(match.organisation.id, (m.start, m.end)) != (m.start, m.end)
    }
