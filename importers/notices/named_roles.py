"""The role of a named recipient: the role word placed before it, a well-known organisation's
usual role, the nearest role word of its sentence, or the role of its list or paragraph; and
corrections once all finds are known (independent controllers, sub-processors).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate

from importers.notices.document import NoticeDoc
from importers.notices.lexicon import Hit, name_words
from importers.notices.named_merge import WEAK_ROLES, NamedFind
from importers.notices.organisations import OrgMention, capitalised_names, normalise_name
from importers.notices.recipients import OTHER

COOKIE = "cookie"  # marks names read from "cookies of X"


_GROUP_WORDS = frozenset({"group", "groep", "gruppe", "groupe", "concern", "konzern"})
_BEFORE = 3  # tokens between a role word and the name it introduces
_GAP_WORDS = name_words("articles") | {"our", "onze", "ons", "unser", "unseren", "unserem", "notre", "nos"}


def role_for(doc: NoticeDoc, i: int, mention: OrgMention, others: list[OrgMention]) -> tuple[str, float]:
    """(role, weight of the evidence) of one mention of a named recipient; ``others``: the
    sentence's other names, whose role words ("Incassobureau Maasdelta B.V.") are not this one's.

    In order of strength: what the notice says beside the name ("our payment provider X", "X, our
    auditor", a group word ending it) 3; a role word inside the name ("Maasdelta Incasso B.V.") or
    the nearest role word of its clause 2; the nearest of its sentence, a sentence saying we use
    the party (a processor), cookies (marketing), the role of its list or paragraph, or a
    well-known organisation's usual role 1.
    """
    after = mention.last + 1
    if doc.words[mention.last] in _GROUP_WORDS or (
        after < len(doc.words) and doc.words[after] in _GROUP_WORDS and doc.starts[after] - mention.end <= 1
    ):  # "Acme Group", "the Acme group"
        return "group_company", 3
    placed = _placed_before(doc, i, mention) or _apposition(doc, i, mention)
    if placed is not None and placed != OTHER:  # "our payment provider X", "X, our payment provider"
        return placed, 3
    inside = [
        h
        for h in doc.of(i, "role")
        if mention.first <= h.first and h.last <= mention.last and h.flag != "generic"
    ]
    if inside and mention.known_role not in (None, COOKIE):  # "Central Bank of Ireland": the known body
        return mention.known_role, 3
    if inside and (not mention.legal or inside[0].first == mention.first):
        return inside[0].label, 3  # "Belastingdienst", "Incassobureau X B.V.": named by what it does
    in_other = _within_any([(o.first, o.last) for o in others if o is not mention])
    roles = [
        h
        for h in doc.of(i, "role")
        if h.flag != "generic" and not (mention.first <= h.first <= mention.last) and not in_other(h)
    ]
    clause = doc.clause[mention.first]
    near = [h for h in roles if doc.clause[h.first] == clause]
    if near:  # a specific role ("payment processing") before "provider" or "which provides"
        return min(
            near, key=lambda h: (h.label in WEAK_ROLES, _distance(h, mention), h.first > mention.last)
        ).label, 2
    if _used(doc, i, mention):  # "we use X", "nutzen wir X": a service we use works for us,
        known = mention.known_role if mention.known_role not in (None, COOKIE) else None
        return known or "processor", 2  # as what it is known to do ("we use Mollie": payments)
    introduced = _introduced_role(doc, i)
    if introduced:  # an item of a list its lead-in gives a role: "our credit bureaus: - X"
        return introduced, 1.5
    if mention.known_role == COOKIE:
        return "marketing_partner", 1
    if mention.known_role:
        return mention.known_role, 1.3
    if inside:  # "X Rückversicherung AG": the line of business in a legal name
        return inside[0].label, 1.2
    if roles:
        return min(roles, key=lambda h: (_distance(h, mention), h.first > mention.last)).label, 1
    inherited = inherited_role(doc, i)
    if inherited:
        return inherited, 1
    return OTHER, 1


def _used(doc: NoticeDoc, i: int, mention: OrgMention) -> bool:
    """The name is the object of a verb of using or engaging ("we use X", "nutzen wir X")."""
    we = doc.lexicon.raw.get("we_words", ()) if doc.lexicon else ()
    return any(
        0 < mention.first - h.last <= _BEFORE
        and doc.clause[h.last] == doc.clause[mention.first]
        and all(doc.words[k] in _GAP_WORDS or doc.words[k] in we for k in range(h.last + 1, mention.first))
        for h in doc.of(i, "engage")
    )


def _placed_before(doc: NoticeDoc, i: int, mention: OrgMention) -> str | None:
    """The role of a role word (or a word such as "provider") right before the name.

    It says what the notice means by this name, so it outranks a well-known organisation's usual
    role ("the external service provider Sendinblue" is a processor, not a marketing partner).
    """
    for kind, role in (("role", ""), ("service_noun", "processor"), ("trade_noun", OTHER)):
        for h in doc.of(i, kind):
            if h.flag == "generic" or not 0 < mention.first - h.last <= _BEFORE:
                continue
            if doc.clause[h.last] == doc.clause[mention.first] and _plain_gap(doc, h.last, mention.first):
                return role or h.label
    return None


def _apposition(doc: NoticeDoc, i: int, mention: OrgMention) -> str | None:
    """The role word right after the name and a comma or bracket ("X, our payment provider")."""
    gap = doc.text[mention.end : mention.end + 3].lstrip(" *_")
    if not gap.startswith((",", "(")):
        return None
    for h in doc.of(i, "role"):
        near = h.flag != "generic" and 0 < h.first - mention.last <= _BEFORE + 1
        if near and all(doc.words[k] in _GAP_WORDS for k in range(mention.last + 1, h.first)):
            return h.label
    return None


def _plain_gap(doc: NoticeDoc, last: int, first: int) -> bool:
    """Only spaces, emphasis and articles between the role word and the name."""
    gap = doc.text[doc.ends[last] : doc.starts[first]]
    return not gap.strip(" *_\t") or all(doc.words[k] in _GAP_WORDS for k in range(last + 1, first))


def adjust_roles(doc: NoticeDoc, finds: list[NamedFind], places: list[tuple[int, int, NamedFind]]) -> None:
    """Corrections once every name is known.

    An organisation the notice calls an independent controller (next to it or in the next
    sentence) is not a processor; an organisation "used" by our processor ("X uses Y") is a
    sub-processor. ``places`` are (sentence, first token, find) of every mention.
    """
    for find in finds:
        if find.role == "processor" and any(_independent(doc, i) for i in find.sentences):
            find.vote(OTHER, max(find.votes.values()) + 1)
    by_sentence: dict[int, list[tuple[int, NamedFind]]] = {}
    for i, first, find in places:
        by_sentence.setdefault(i, []).append((first, find))
    processors = _name_starts([f for f in finds if f.role in ("processor", "it_hosting")])
    for i, found in by_sentence.items():
        if doc.has(i, "engage") and _opened_by(doc, i, processors):
            for _, other in found:
                if other.role == OTHER:
                    other.vote("processor", max(other.votes.values()) + 1)


def _name_starts(finds: list[NamedFind]) -> set[str]:
    """Every leading run of words of the finds' normalised names ("kapaai", "kapaai inc")."""
    starts: set[str] = set()
    for f in finds:
        words = normalise_name(f.name).split()
        starts.update(" ".join(words[:k]) for k in range(1, len(words) + 1))
    return starts


def _opened_by(doc: NoticeDoc, i: int, names: set[str]) -> bool:
    """The sentence opens with one of ``names`` (a processor of ours: "Kapa.ai uses ...")."""
    opening = [m for m in capitalised_names(doc, i) if m.start - doc.sentences[i].start <= 3]
    if not opening:
        return False
    chunk = doc.text[opening[0].start : doc.sentences[i].end].split(maxsplit=1)[0]
    head = opening[0].name if len(chunk) <= len(opening[0].name) else chunk.rstrip(".,;:*_")  # "Kapa.ai"
    key = normalise_name(head)
    return bool(key) and key in names


def _independent(doc: NoticeDoc, i: int) -> bool:
    """An independent-controller statement in the sentence or the one before or after it."""
    block = doc.sentences[i].block
    nearby = [j for j in (i - 1, i, i + 1) if 0 <= j < len(doc.sentences) and doc.sentences[j].block == block]
    return any(doc.has(j, "other_controller") for j in nearby)


def _within_any(spans: list[tuple[int, int]]) -> Callable[[Hit], bool]:
    """Whether a hit lies within one of the token ``spans``: a look at each span when there are
    few, a search when there are many (a list of hundreds of names in one long sentence)."""
    if len(spans) <= _FEW_SPANS:
        return lambda h: any(a <= h.first and h.last <= b for a, b in spans)
    spans.sort()
    firsts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # the furthest end of the spans so far

    def within(h: Hit) -> bool:
        k = bisect_right(firsts, h.first) - 1
        return k >= 0 and reach[k] >= h.last

    return within


_FEW_SPANS = 8


def _distance(hit: Hit, mention: OrgMention) -> int:
    return mention.first - hit.last if hit.last < mention.first else hit.first - mention.last


def _introduced_role(doc: NoticeDoc, i: int) -> str | None:
    """The specific role the lead-in of the list holding sentence ``i`` gives its items."""
    parent = doc.sentences[i].parent
    if parent is None:
        return None
    roles = [h.label for h in doc.of(parent, "role") if h.flag != "generic" and h.label not in WEAK_ROLES]
    return roles[0] if roles else None


def inherited_role(doc: NoticeDoc, i: int) -> str | None:
    """The role of the list introducer, or of the nearest earlier sentence of the same block."""
    s = doc.sentences[i]
    chain = [s.parent] if s.parent is not None else []
    for anchor in ([s.parent] if s.parent is not None else []) + [i]:
        block = doc.sentences[anchor].block
        chain += [j for j in range(anchor - 1, max(-1, anchor - 6), -1) if doc.sentences[j].block == block]
    for j in chain:
        roles = [h.label for h in doc.of(j, "role") if h.flag != "generic"]
        if roles:
            specific = [r for r in roles if r not in WEAK_ROLES]
            return (specific or roles)[0]
    return None
