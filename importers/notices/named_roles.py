"""The role of a named recipient: the role word placed before it, a well-known organisation's
usual role, the nearest role word of its sentence, or the role of its list or paragraph; and
corrections once all finds are known (independent controllers, sub-processors).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import NamedTuple

from importers.notices.catalogued import catalogue_default
from importers.notices.document import OF_WORDS, NoticeDoc
from importers.notices.lexicon import Hit, name_words
from importers.notices.named_merge import SAID, WEAK_ROLES, NamedFind
from importers.notices.organisations import OrgMention, aside_last, capitalised_names, normalise_name
from importers.notices.recipients import OTHER, names_data
from importers.notices.segment import Kind
from model.parties import PUBLIC_AUTHORITY_ROLES

COOKIE = "cookie"  # marks names read from "cookies of X"


GROUP_WORDS = frozenset({"group", "groep", "gruppe", "groupe", "concern", "konzern"})
KNOWN_DEFAULT = 1.3  # the weight of a known organisation's usual role: a default, the notice said nothing
USED_KNOWN = 1.6  # a service we use, known for a role: a default the notice confirms, below what it says
NAMED_BODY = 2.5  # a body its name says the kind of ("Finanzamt", "Department of ..."): below what
# the notice says beside the name, above the role words of its clause and its list's lead-in
CATALOGUE_DEFAULT = 0.9  # the catalogue's role: the weakest default, where the notice says nothing
_BEFORE = 3  # tokens between a role word and the name it introduces
# Where a word saying what a party does belongs to its name: "X, which provides payment services"
_FUNCTION_BEFORE, _FUNCTION_AFTER = 4, 8
_OUR = frozenset({"our", "onze", "ons", "unser", "unseren", "unserem", "notre", "nos"})
_GAP_WORDS = name_words("articles") | _OUR


class RoleVote(NamedTuple):
    """A role for one mention of a named recipient, the weight of its evidence and why."""

    role: str
    weight: float
    reason: str


def role_for(doc: NoticeDoc, i: int, mention: OrgMention, others: list[OrgMention]) -> RoleVote:
    """The role of one mention of a named recipient; ``others``: the sentence's other names,
    whose role words ("Incassobureau Maasdelta B.V.") are not this one's.

    In order of strength: what the notice says beside the name (a group word before or after it,
    "our payment provider X", "X, our auditor", which outrank what the name is known for or
    says of itself; a role word it opens with) 3; the kind of body its
    name says it is ("Finanzamt", "Department of ...") 2.5; the nearest role word of its
    clause, "a service of X", or a verb of using it ("we use X") 2; a well-known organisation's usual
    role (or the catalogue's, if specific and not a public task) where it is used 1.6; the lead-in
    of its list 1.5; a well-known organisation's usual role, a public authority the catalogue
    knows 1.3; a role word inside a legal name 1.2; the nearest role word of its sentence, the
    role of its paragraph 1; the catalogue's role (for a legal name, only the catalogue's entity
    itself) 0.9.
    """
    grouped = group_word_beside(doc, mention)
    if grouped:  # "Acme Group", "le groupe Acme"
        return RoleVote("group_company", 3, grouped)
    inside, body = named_by(doc, i, mention)
    known = mention.known_role if mention.known_role != COOKIE else None
    default = known or catalogue_default(doc, mention)
    # "X, which provides payment services"; in a table, what the other cells of its row say it does
    row = _row_function(doc, i)
    specific_row = row if row is not None and row.label not in WEAK_ROLES else None
    function = _function_beside(doc, i, mention, others) or specific_row
    beside = _beside(doc, i, mention, others)
    placed = (
        _label_before(doc, i, mention, others)
        or _placed_before(doc, i, mention, beside)
        or _apposition(doc, i, mention, beside)
    )
    # a role word right beside the name ("our regulator, the Central Bank of X", "eine Warndatei der
    # X") says what the notice means by it, over what the name is known for or says of itself
    says = placed is not None and placed[0] not in WEAK_ROLES
    # a well-known organisation named by a role word ("Banque de France", "Agence de services et
    # de paiement"): what it is known for, where someone checked it or the word opens the name
    opens = bool(inside) and inside[0].first == mention.first
    checked = catalogue_default(doc, mention, checked=True) if inside and not known else None
    if inside and default and (known or checked or opens) and not says:
        return RoleVote(known or checked or default, 3, "a well-known organisation named by its role")
    if inside and (not mention.legal or inside[0].first == mention.first) and not says:
        return RoleVote(inside[0].label, 3, f"the name says what it does: {_quote(doc, inside[0])!r}")
    # "Department of ...", "Stad ...": a body whose public task an activity beside it describes
    named_body = body[0] if body and (not mention.legal or body[0].first == mention.first) else None
    headed = _example_head(doc, i, mention, others) if placed is None else None
    if headed is not None:  # "carriers such as A, B or C": each of them is a carrier
        return RoleVote(headed.label, 3, f"the role word {_quote(doc, headed)!r} leads its examples")
    stated = function is not None and (named_body is None or function.flag != "activity")
    if function is not None and stated and (placed is None or placed[0] in WEAK_ROLES):
        return RoleVote(function.label, SAID, f"what it does, beside the name: {_quote(doc, function)!r}")
    if placed is not None and placed[0] != OTHER:  # "our payment provider X", "X, our payment provider"
        return RoleVote(placed[0], 3, f"the role word {_quote(doc, placed[1])!r} stands beside the name")
    if named_body is not None:
        return RoleVote(
            named_body.label, NAMED_BODY, f"the name says what body it is: {_quote(doc, named_body)!r}"
        )
    hits = doc.of(i, "role")
    in_other = _within_any(_other_names(doc, mention, others) if hits else [])
    roles = [
        h
        for h in hits
        if h.flag != "generic"
        and not (mention.first <= h.first <= mention.last)
        and not in_other(h)
        and not _next_conjunct(doc, mention, h, others)
        and not _counterpart(doc, mention, h)
        and not _names_data(doc, i, h)
        and not _names_place(doc, h)
        and not _previous_conjunct(doc, mention, h)
    ]
    clause = doc.clause[mention.first]
    near = [h for h in roles if doc.clause[h.first] == clause]
    if near:  # a specific role ("payment processing") before "provider" or "which provides"
        best = min(near, key=lambda h: (h.label in WEAK_ROLES, _distance(h, mention), h.first > mention.last))
        return RoleVote(best.label, 2, f"the role word {_quote(doc, best)!r} in the name's clause")
    if row is not None:  # "Acme Ltd | Error monitoring": work done for us, said in its own row
        return RoleVote(row.label, 2, f"the role word {_quote(doc, row)!r} in its row")
    served = _service_of(doc, i, mention)
    if served is not None:  # "a service of X": X provides a service we use
        return RoleVote(served[0], 2, f"a service of it: {_quote(doc, served[1])!r}")
    used = _used(doc, i, mention)
    if used is not None:  # "we use X", "nutzen wir X": a service we use works for us, as what it
        known = mention.known_role if mention.known_role not in (None, COOKIE) else None  # is known for
        if default not in (None, *WEAK_ROLES, *PUBLIC_AUTHORITY_ROLES) and known is None:
            known = default  # "the check is done by Experian": a credit bureau the catalogue knows
        why = f"a verb of using or engaging it: {_quote(doc, used)!r}"
        if known:  # which service is the default: what the notice says elsewhere outranks it
            return RoleVote(known, USED_KNOWN, why + ", known for this role")
        return RoleVote("processor", 2, why)
    introduced = _introduced_role(doc, i)
    if introduced:  # an item of a list its lead-in gives a role: "our credit bureaus: - X"
        return RoleVote(introduced[0], 1.5, f"the lead-in of its list: {_quote(doc, introduced[1])!r}")
    if mention.known_role == COOKIE:
        return RoleVote("marketing_partner", 1, "cookies of the party")
    if mention.known_role:
        return RoleVote(mention.known_role, KNOWN_DEFAULT, "a well-known organisation's usual role")
    if default in PUBLIC_AUTHORITY_ROLES:  # a public body's role is fixed by law, more than a word nearby
        return RoleVote(default, KNOWN_DEFAULT, "a public authority the catalogue knows")
    if inside:  # "X Rückversicherung AG": the line of business in a legal name
        return RoleVote(
            inside[0].label, 1.2, f"a role word inside the legal name: {_quote(doc, inside[0])!r}"
        )
    if roles:
        best = min(roles, key=lambda h: (_distance(h, mention), h.first > mention.last))
        return RoleVote(best.label, 1, f"the nearest role word of its sentence: {_quote(doc, best)!r}")
    inherited = inherited_role(doc, i)
    if inherited:
        return RoleVote(inherited, 1, "the role its paragraph or list speaks of")
    if default:  # a legal name has one only where it is the catalogue's entity (see catalogue_default)
        return RoleVote(default, CATALOGUE_DEFAULT, "the notice says nothing of it: the catalogue's role")
    return RoleVote(OTHER, 1, "the notice says nothing of what it does")


def named_by(doc: NoticeDoc, i: int, mention: OrgMention) -> tuple[list[Hit], list[Hit]]:
    """The words inside the name that say what the organisation is: its role words ("Incasso",
    "Rückversicherung"), and the head words of a body ("Department of ...", "Finanzamt", "Stad
    ...", "préfecture de ..."). None in the name of an association ("Verband der
    Versicherungsunternehmen", "Vereniging van Zorgaanbieders"): its role words name its members."""
    within = [
        h
        for kind in ("association", "role", "body")
        for h in doc.of(i, kind)
        if mention.first <= h.first and h.last <= mention.last and h.flag != "generic"
        if not _partners(doc, h)
    ]
    if any(h.kind == "association" for h in within):
        return [], []
    return [h for h in within if h.kind == "role"], [h for h in within if h.kind == "body"]


def _partners(doc: NoticeDoc, h: Hit) -> bool:
    """The role word follows an ampersand inside a firm's name ("Weber & Partner", "Hale & Partners"):
    the firm's partners, not what it does."""
    return h.first > 0 and doc.text[doc.ends[h.first - 1] : doc.starts[h.first]].strip() == "&"


def group_word_beside(doc: NoticeDoc, mention: OrgMention) -> str:
    """Why the name is a group's ("Acme Group", "the Acme group", "le groupe Acme"), or ""."""
    lo, hi = doc.bounds[mention.sentence]
    after, before = mention.last + 1, mention.first - 1
    if doc.words[mention.last] in GROUP_WORDS or (
        after < hi and doc.words[after] in GROUP_WORDS and doc.starts[after] - mention.end <= 1
    ):
        return "a group word ends the name"
    if doc.words[mention.first] in GROUP_WORDS or (
        before >= lo and doc.words[before] in GROUP_WORDS and mention.start - doc.ends[before] <= 1
    ):
        return "a group word opens the name"
    return ""


def _function_beside(doc: NoticeDoc, i: int, mention: OrgMention, others: list[OrgMention]) -> Hit | None:
    """The nearest specific role word of the name's clause or of its aside in brackets, close to
    it, outside other names and their asides: what the party does ("payment services", "hosting"),
    which says more than "provider" or "processor". Its own aside ("Cloudbarn (hosting)") first."""
    hits = doc.of(i, "role")
    if not hits:
        return None
    in_other = _within_any(_other_names(doc, mention, others))
    clause = doc.clause[mention.first]
    own = aside_last(doc, mention)
    found = [
        h
        for h in hits
        if h.flag != "generic"
        and h.label not in WEAK_ROLES
        and (doc.clause[h.first] == clause or mention.last < h.first <= own)
        and -_FUNCTION_BEFORE <= h.first - mention.last <= _FUNCTION_AFTER
        and not (mention.first <= h.first <= mention.last)
        and not in_other(h)
        and not _next_conjunct(doc, mention, h, others)
        and not _counterpart(doc, mention, h)
        and not _names_data(doc, i, h)
        and not _names_place(doc, h)
        and not _previous_conjunct(doc, mention, h)
    ]
    if not found:
        return None
    return min(
        found,
        key=lambda h: (not mention.last < h.first <= own, _distance(h, mention), h.first > mention.last),
    )


def _row_function(doc: NoticeDoc, i: int) -> Hit | None:
    """The first role word in the other cells of the table row whose first cell is sentence ``i``,
    a specific one before "processor", nearest cell first ("Acme Ltd | Payment processing | US"):
    a table of parties gives what each does in a column of its own. A name in a later cell is no
    subject of its row (the purposes of a table of processing activities are the controller's,
    not its recipients'), unless its column's header names the party that provides what the row
    is about ("Cookie | Provider | Purpose", "Traceur | Éditeur | Finalité")."""
    cells = doc.row_cells(i)
    if not cells or (min(cells) < i and not _provider_column(doc, i)):
        return None
    readers = doc.lexicon.reader_words if doc.lexicon else frozenset()
    found = [  # "referrals from your GP": the reader's own party, not what the row's party is
        h
        for j in cells
        for h in doc.of(j, "role")
        if h.flag != "generic" and not (h.first and doc.words[h.first - 1] in readers)
    ]
    return min(found, key=lambda h: h.label in WEAK_ROLES) if found else None


def _provider_column(doc: NoticeDoc, i: int) -> bool:
    """Sentence ``i`` is a table cell whose column header is a word for a provider or processor
    ("Provider", "Anbieter", "Éditeur", "Auftragsverarbeiter"), not for recipients in general."""
    head = doc.sentences[i].parent
    if head is None or not doc.sentences[head].column_head:
        return False
    providers = doc.of(head, "service_noun") or doc.of(head, "trade_noun")
    return bool(providers) or any(h.label == "processor" and not h.flag for h in doc.of(head, "role"))


def _other_names(doc: NoticeDoc, mention: OrgMention, others: list[OrgMention]) -> list[tuple[int, int]]:
    """The token spans of the ``others`` with their asides: a role word in "Cloudbarn (hosting)"
    is Cloudbarn's, not that of the name after it; and with their labels where a sentence runs
    several "label: name" lines together (a list whose line breaks a PDF lost: "Payments: X
    E-mail: Y"): "Payments" is X's, not Y's."""
    spans = [(o.first, aside_last(doc, o)) for o in others if o is not mention]
    labels = _labels(doc, others)
    if len(labels) > 1:
        spans += [span for o, span in labels.items() if o is not mention]
    return spans


def _labels(doc: NoticeDoc, names: list[OrgMention]) -> dict[OrgMention, tuple[int, int]]:
    """The token span of the label before each name that follows a colon: from the previous
    name (or the colon before) to the colon."""
    labels: dict[OrgMention, tuple[int, int]] = {}
    ordered = sorted(names, key=lambda m: m.first)
    for k, m in enumerate(ordered):
        lo = doc.bounds[m.sentence][0]
        if m.first <= lo or not doc.text[doc.ends[m.first - 1] : m.start].strip(" *_\t").startswith(":"):
            continue
        first = m.first - 1
        while first > lo and ":" not in doc.text[doc.ends[first - 1] : doc.starts[first]]:
            first -= 1
        if k:
            first = max(first, aside_last(doc, ordered[k - 1]) + 1)
        if first < m.first:
            labels[m] = (first, m.first - 1)
    return labels


def _next_conjunct(doc: NoticeDoc, mention: OrgMention, hit: Hit, others: list[OrgMention]) -> bool:
    """The role word follows the name in the next part of a coordination: "or" (und, of, et)
    comes right after the name, or one word later, and the role word a few words on ("X or to
    law enforcement agencies", "X of aan politie en justitie"): it names another recipient.
    Not when that part is another name ("X and Y, who provide payment solutions"): then the
    words that follow speak of both; nor after a word cut at a hyphen ("X Versicherungs- und
    Finanzmakler", "reis- en annuleringsverzekeraar"): one noun with its head at the end."""
    coordinators = doc.lexicon.coordinators if doc.lexicon else frozenset()
    opening = range(mention.last + 1, min(hit.first, mention.last + 3))
    if hit.first <= mention.last:
        return False
    if any(doc.words[k] in coordinators and not _cut_before(doc, k) for k in opening):
        return not any(mention.last < o.first < hit.first for o in others)
    # the last part of an enumeration of names: "X, Y and the courts", "X, Y en de politie"
    k = hit.first - 1
    while k > mention.last and doc.words[k] in _GAP_WORDS:
        k -= 1
    named_between = any(mention.last < o.first and o.last < k for o in others)
    return k > mention.last and doc.words[k] in coordinators and not _cut_before(doc, k) and named_between


def _counterpart(doc: NoticeDoc, mention: OrgMention, hit: Hit) -> bool:
    """A word for a party after the name that the party deals with, not what it is: the reader's
    own ("die bij uw zorgverzekeraar declareert") or one it passes something to ("qui transmet
    aux professionnels de santé", "which sends the claims to insurers"). Not an activity: "to"
    before a verb says what the party is for ("to process payments")."""
    if hit.first <= mention.last or hit.flag:
        return False
    lexicon = doc.lexicon
    articles = lexicon.articles if lexicon else frozenset()
    readers = lexicon.reader_words if lexicon else frozenset()
    k = hit.first - 1
    if k > mention.last and doc.words[k] in readers:
        return True  # "your insurer", "uw zorgverzekeraar", "votre mutuelle"
    while k > mention.last and doc.words[k] in articles:
        k -= 1
    return k > mention.last and doc.words[k] in _TOWARDS


_TOWARDS = name_words("towards_prepositions")


def _names_data(doc: NoticeDoc, i: int, hit: Hit) -> bool:
    """A one-word role word that qualifies a noun for data ("payment data", "données
    bancaires"): a kind of data, not what the party beside it does. A phrase ("the data on our
    behalf") says what is done with the data."""
    return hit.first == hit.last and names_data(doc, i, hit)


def _names_place(doc: NoticeDoc, hit: Hit) -> bool:
    """A hosting place after a place preposition ("in a secure data centre", "im Rechenzentrum",
    "dans ses centres de données"): where a party keeps the data, not what it does (a software
    supplier that keeps its data there is no hosting provider for it)."""
    if hit.label != "it_hosting" or hit.flag:
        return False
    reach = range(max(0, hit.first - _PLACE_REACH), hit.first)
    clause = doc.clause[hit.first]
    return any(doc.words[k] in _PLACE_PREPOSITIONS and doc.clause[k] == clause for k in reach)


_PLACE_PREPOSITIONS = name_words("place_prepositions")
_PLACE_REACH = 3  # "in its EU data centre", "in een beveiligd datacenter"


def _previous_conjunct(doc: NoticeDoc, mention: OrgMention, hit: Hit) -> bool:
    """The role word stands in an earlier part of an enumeration whose parts repeat their
    preposition ("de l'un de ses prestataires, de la MSA", "to our auditors, to X"): it names
    another party. Not an apposition ("with our providers, X and Y")."""
    if hit.last >= mention.first:
        return False
    gap = doc.text[doc.ends[hit.last] : mention.start]
    if "," not in gap:
        return False
    lexicon = doc.lexicon
    skip = (lexicon.articles | lexicon.others_possessives if lexicon else frozenset()) | _OUR
    k = hit.first - 1
    while k >= 0 and doc.words[k] in skip:  # the role word's determiners: "ses", "our", "the"
        k -= 1
    comma = doc.ends[hit.last] + gap.rindex(",")
    after = bisect_right(doc.starts, comma)
    return k >= 0 and after < mention.first and doc.words[after] == doc.words[k]


def _cut_before(doc: NoticeDoc, k: int) -> bool:
    """Token ``k`` follows a word cut at a hyphen ("Versicherungs- und"): the first half of a
    compound whose head comes after the coordinator."""
    return k > 0 and "-" in doc.text[doc.ends[k - 1] : doc.starts[k]]


def _quote(doc: NoticeDoc, hit: Hit) -> str:
    return doc.text[doc.starts[hit.first] : doc.ends[hit.last]]


def _used(doc: NoticeDoc, i: int, mention: OrgMention) -> Hit | None:
    """The verb of using or engaging whose object the name is ("we use X", "nutzen wir X")."""
    we = doc.lexicon.raw.get("we_words", ()) if doc.lexicon else ()
    for h in doc.of(i, "engage"):
        if (
            0 < mention.first - h.last <= _BEFORE
            and doc.clause[h.last] == doc.clause[mention.first]
            and all(
                doc.words[k] in _GAP_WORDS or doc.words[k] in we for k in range(h.last + 1, mention.first)
            )
        ):
            return h
    return None


def _beside(
    doc: NoticeDoc, i: int, mention: OrgMention, others: list[OrgMention]
) -> Callable[[str], Sequence[Hit]]:
    """The hits of a kind in sentence ``i`` outside the ``others`` and their asides: a role word
    inside another name ("Banque de France") is that name, no word placed beside this one."""
    if not others:
        return lambda kind: doc.of(i, kind)
    in_other = _within_any(_other_names(doc, mention, others))
    return lambda kind: [h for h in doc.of(i, kind) if not in_other(h)]


def _placed_before(
    doc: NoticeDoc, i: int, mention: OrgMention, beside: Callable[[str], Sequence[Hit]]
) -> tuple[str, Hit] | None:
    """The role of a role word (or a word such as "provider") right before the name, and the word.

    It says what the notice means by this name, so it outranks a well-known organisation's usual
    role ("the external service provider Sendinblue" is a processor, not a marketing partner).
    """
    for kind, role in (("role", ""), ("service_noun", "processor"), ("trade_noun", OTHER)):
        for h in beside(kind):
            # an activity ("the newsletter X", "Hosting X") names a service or product, not its provider
            if h.flag in ("generic", "activity") or not 0 < mention.first - h.last <= _BEFORE:
                continue
            if (
                doc.clause[h.last] == doc.clause[mention.first]
                and _plain_gap(doc, h.last, mention.first)
                and not _previous_conjunct(doc, mention, h)
            ):
                return role or h.label, h
    return None


def _example_head(doc: NoticeDoc, i: int, mention: OrgMention, others: list[OrgMention]) -> Hit | None:
    """The role word right before "such as" ("zoals", "wie", "comme") that leads the list of
    examples the name stands in ("payment providers such as A, B or C"), in the name's clause,
    with only names, separators, conjunctions and articles between the examples word and it."""
    clause = doc.clause[mention.first]
    for ex in doc.of(i, "example"):
        if ex.last >= mention.first or doc.clause[ex.last] != clause:
            continue
        heads = [
            h
            for h in doc.of(i, "role")
            if h.flag != "generic"
            and h.last < ex.first
            and _plain_gap(doc, h.last, ex.first)
            and doc.clause[h.last] == clause
        ]
        if not heads:
            continue
        between = [o for o in others if ex.last < o.first < mention.first]
        named = {k for o in between for k in range(o.first, aside_last(doc, o) + 1)}
        if all(k in named or doc.words[k] in _LIST_WORDS for k in range(ex.last + 1, mention.first)):
            return heads[-1]
    return None


_LIST_WORDS = name_words("articles") | name_words("conjunctions")


def _label_before(
    doc: NoticeDoc, i: int, mention: OrgMention, others: list[OrgMention]
) -> tuple[str, Hit] | None:
    """The role word in the label of a "label: value" line whose value the name opens ("Payments:
    Quillpay Ltd", "Hosting: Cloudbarn"): the label says what the party does. Where several such
    lines run together in one sentence, the name's own label, right before it."""
    s = doc.sentences[i]
    label = _LABEL_LINE.match(doc.text, s.start, s.end)
    if label is None or not doc.text[s.start : mention.start].rstrip(" *_").endswith(":"):
        return None
    labels = _labels(doc, others) if len(others) > 1 else {}
    if len(labels) > 1 and mention in labels:
        lo, hi = labels[mention]
        found = [h for h in doc.of(i, "role") if h.flag != "generic" and lo <= h.first and h.last <= hi]
        if not found:
            return None
        own = min(found, key=lambda h: h.label in WEAK_ROLES)
        return own.label, own
    colon = doc.text.index(":", s.start)
    found = [h for h in doc.of(i, "role") if h.flag != "generic" and doc.ends[h.last] <= colon]
    if not found:
        return None
    best = min(found, key=lambda h: h.label in WEAK_ROLES)
    return best.label, best


def _service_of(doc: NoticeDoc, i: int, mention: OrgMention) -> tuple[str, Hit] | None:
    """ "a service of X", "the hosting services of X", "ein Dienst von X": X provides it."""
    for h in doc.of(i, "service_of"):
        near = 0 < mention.first - h.last <= _BEFORE and doc.clause[h.last] == doc.clause[mention.first]
        if near and _of_gap(doc, h, mention):
            same = [  # "the hosting services of X": the word before says which service
                r
                for r in doc.of(i, "role")
                if r.first <= h.last and h.first - 1 <= r.last and r.flag != "generic"
            ]
            return (same[0].label if same else h.label), (same[0] if same else h)
    return None


def _of_gap(doc: NoticeDoc, h: Hit, mention: OrgMention) -> bool:
    """Only prepositions of belonging ("of", "von", "de") and articles between the service and X."""
    gap = range(h.last + 1, mention.first)
    return any(doc.words[k] in OF_WORDS for k in gap) and all(
        doc.words[k] in OF_WORDS or doc.words[k] in _GAP_WORDS for k in gap
    )


def _apposition(
    doc: NoticeDoc, i: int, mention: OrgMention, beside: Callable[[str], Sequence[Hit]]
) -> tuple[str, Hit] | None:
    """The role word right after the name and a comma or bracket ("X, our payment provider")."""
    gap = doc.text[mention.end : mention.end + 3].lstrip(" *_")
    if not gap.startswith((",", "(")):
        return None
    for h in beside("role"):
        near = h.flag != "generic" and 0 < h.first - mention.last <= _BEFORE + 1
        if near and all(doc.words[k] in _GAP_WORDS for k in range(mention.last + 1, h.first)):
            return h.label, h
    return None


def _plain_gap(doc: NoticeDoc, last: int, first: int) -> bool:
    """Only spaces, emphasis, articles and a copula between the role word and the name ("our
    hosting provider is X", "Anbieter ist die X", "le prestataire est X")."""
    gap = doc.text[doc.ends[last] : doc.starts[first]]
    copulas = doc.lexicon.copulas if doc.lexicon else frozenset()
    return not gap.strip(" *_\t") or all(
        doc.words[k] in _GAP_WORDS or doc.words[k] in copulas for k in range(last + 1, first)
    )


def adjust_roles(doc: NoticeDoc, finds: list[NamedFind], places: list[tuple[int, int, NamedFind]]) -> None:
    """Corrections once every name is known.

    An organisation the notice calls an independent controller (next to it or in the next
    sentence) is not a processor; an organisation "used" by our processor ("X uses Y") is a
    sub-processor. ``places`` are (sentence, first token, find) of every mention.
    """
    for find in finds:
        own = any(_independent(doc, i) for i in find.sentences)
        weak = find.role in WEAK_ROLES or find.votes[find.role] in (KNOWN_DEFAULT, CATALOGUE_DEFAULT)
        if (find.role == "processor" and any(_independent(doc, i) for i in find.sentences)) or (own and weak):
            find.vote(OTHER, max(find.votes.values()) + 1, "called an independent or joint controller")
    by_sentence: dict[int, list[tuple[int, NamedFind]]] = {}
    for i, first, find in places:
        by_sentence.setdefault(i, []).append((first, find))
    processors = _name_starts([f for f in finds if f.role in ("processor", "it_hosting")])
    for i, found in by_sentence.items():
        if doc.has(i, "engage") and _opened_by(doc, i, processors):
            for _, other in found:
                if other.role == OTHER:
                    other.vote("processor", max(other.votes.values()) + 1, "used by a processor of ours")


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


def _same_cell(doc: NoticeDoc, j: int, i: int) -> bool:
    """Sentence ``j`` is an earlier sentence of the table cell holding sentence ``i``."""
    between = doc.text[doc.sentences[j].end : doc.sentences[i].start]
    return doc.sentences[j].parent == doc.sentences[i].parent and "|" not in between


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


def _introduced_role(doc: NoticeDoc, i: int) -> tuple[str, Hit] | None:
    """The specific role the lead-in of the list holding sentence ``i`` gives its items, and its word."""
    parent = doc.sentences[i].parent
    if parent is None:
        return None
    for h in doc.of(parent, "role"):
        if h.flag != "generic" and h.label not in WEAK_ROLES:
            return h.label, h
    return None


_LABEL_LINE = re.compile(r"[*_ ]*[^\W\d][^:.!?\n]{0,40}:[*_]*\s+\S")


def _record(doc: NoticeDoc, i: int) -> bool:
    """Sentence ``i`` is one record of a list: an item, or a "label: value" line ("Payments:
    Quillpay Ltd"); what an earlier record says is said of that record's party, not this one's."""
    s = doc.sentences[i]
    return s.kind is Kind.ITEM or _LABEL_LINE.match(doc.text, s.start, s.end) is not None


def _other_line(doc: NoticeDoc, j: int, i: int) -> bool:
    """Sentence ``j`` ends on an earlier line than sentence ``i`` starts."""
    return "\n" in doc.text[doc.sentences[j].end : doc.sentences[i].start]


def inherited_role(doc: NoticeDoc, i: int) -> str | None:
    """The role of the list introducer, or of the nearest earlier sentence of the same block."""
    s = doc.sentences[i]
    chain = [s.parent] if s.parent is not None else []
    if s.parent is not None and doc.sentences[s.parent].column_head:
        chain = [s.parent] + [j for j in range(i - 1, max(s.parent, i - 6), -1) if _same_cell(doc, j, i)]
        anchors: list[int] = []  # a table cell: its column's header and its own cell, not other rows
    else:
        anchors = ([s.parent] if s.parent is not None else []) + [i]
    record = _record(doc, i)
    for anchor in anchors:
        block = doc.sentences[anchor].block
        chain += [
            j
            for j in range(anchor - 1, max(-1, anchor - 6), -1)
            if doc.sentences[j].block == block and not (anchor == i and record and _other_line(doc, j, i))
        ]
    heading = s.heading  # the section's title says what its parties do ("Payment", "Hosting")
    for j in chain + ([heading] if heading is not None else []):
        roles = [h.label for h in doc.of(j, "role") if h.flag != "generic"]
        if roles:
            specific = [r for r in roles if r not in WEAK_ROLES]
            return (specific or roles)[0]
    return None
