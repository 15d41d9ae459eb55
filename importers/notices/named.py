"""Named recipients: organisation names in recipient contexts, each with a role and a country.

A name counts where the notice says data goes to it: in a sharing sentence, a recipient list, or
a recipients section, placed as an example ("such as X"), beside a role word ("the debt collection
company X"), at the head of a list item, or carrying a legal form ("X GmbH"; such names are rarely
mentioned in a notice for any other reason). Its role is the nearest role word, else the role of
its list or paragraph, else a well-known organisation's usual role, else other_third_party.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from importers.notices.catalogued import catalogue_identity, catalogue_names, provided_by
from importers.notices.context import ANY, listed_item
from importers.notices.defined import defined_names, short_forms
from importers.notices.document import COOKIE_WORDS, NoticeDoc
from importers.notices.legalforms import FORM_RE
from importers.notices.lexicon import Hit, name_words
from importers.notices.named_merge import NamedFind, merge
from importers.notices.named_roles import COOKIE, GROUP_WORDS, adjust_roles, group_word_beside, role_for
from importers.notices.organisations import (
    ASIDE,
    OrgMention,
    aside_last,
    body_names,
    capitalised_names,
    clean_name,
    common_word,
    country_name,
    form_sentences,
    in_item_head,
    known_names,
    legal_names,
    normalise_name,
    opening_particle,
    trimmed_mention,
)
from importers.notices.places import postal_countries, street_word, town_after, town_country
from importers.notices.recipients import OTHER
from importers.notices.segment import Kind
from model.parties import PUBLIC_AUTHORITY_ROLES

_COUNTRY_REACH = 28  # tokens after a name in which its address may give the country
# A name that starts with the controller's first name word ("Hetzner Cloud GmbH" in Hetzner Online
# GmbH's notice) is taken for a company of its group only where the notice says nothing stronger.
_SIBLING = 1.2


def named_recipients(doc: NoticeDoc, contexts: list[str], own_names: set[str]) -> list[NamedFind]:
    """Organisations the notice names as recipients, merged by name (the legal name kept)."""
    finds: list[NamedFind] = []
    places: list[tuple[int, int, NamedFind]] = []
    named_elsewhere = form_sentences(doc) | doc.sentences_with_words(COOKIE_WORDS)
    verdicts: dict[str, tuple[bool, bool]] = {}  # name -> (not a recipient's name, a sibling's)
    suffixes = _suffixes(doc)
    own = _Own(own_names, suffixes)
    for i, context in enumerate(contexts):
        if doc.sentences[i].kind is Kind.HEADING or context == "negated":
            continue
        if context not in ANY and i not in named_elsewhere:
            continue  # outside recipient contexts only legal names and "cookies of X" count
        # an item that speaks of sharing itself ("X – sends alerts") is still an item of its list
        listed = context in _OWN_CONTEXTS and listed_item(doc, i, contexts)
        candidates, products = _candidates(doc, i, "list" if listed else context)
        for mention in candidates:
            mention = _as_defined(doc, mention)
            verdict = verdicts.get(mention.name) or verdicts.setdefault(
                mention.name, _name_verdict(mention.name, own)
            )
            if verdict[0]:
                group = _own_group(doc, mention, own)
                if group is None:
                    continue
                mention = group
            if country_name(doc, mention) or _links_to_own_site(doc, mention, own_names):
                continue
            role, weight, reason = role_for(doc, i, mention, candidates)
            for product in products.get((mention.start, mention.end), ()):
                used = role_for(doc, i, product, candidates)  # "Google Workspace; Google LLC ..."
                if used.weight >= weight and used.role not in (OTHER, role):  # it says what is used
                    role, weight = used.role, used.weight
                    reason = f"what its product {product.name!r} is for: {used.reason}"
            if verdict[1] and weight < _SIBLING:  # a default: the notice said nothing stronger
                role, weight, reason = "group_company", _SIBLING, "its name starts as the controller's"
            if role == "regulator" and doc.has(i, "complaint"):
                continue  # the authority to complain to is not a recipient
            if (
                role in PUBLIC_AUTHORITY_ROLES
                and context == "engage"
                and not listed
                and _engaged_outside(doc, i, mention)
            ):
                continue  # "under the supervision of the CNIL": an authority is no service we use
            find = NamedFind(mention.name, mention.legal)
            find.vote(role, weight, reason)
            find.sentences.append(i)
            cells = doc.row_cells(i)
            if cells and min(cells) > i:  # the subject of a table row: the row is its evidence
                find.sentences.extend(sorted(cells))
            find.country = _country(doc, i, mention, candidates)
            finds.append(find)
            places.append((i, mention.first, find))
    merged, into = merge(finds, catalogue_identity)
    adjust_roles(doc, merged, [(i, first, into[id(find)]) for i, first, find in places])
    hosted = _self_hosted(doc)
    return [f for f in merged if f.legal or normalise_name(f.name) not in hosted] if hosted else merged


def _engaged_outside(doc: NoticeDoc, i: int, mention: OrgMention) -> bool:
    """A verb of using stands outside the name ("Commission for ..." holds the verb "commission")."""
    return any(not mention.first <= h.first <= mention.last for h in doc.of(i, "engage"))


def _self_hosted(doc: NoticeDoc) -> set[str]:
    """The normalised names in the sentences that say the controller hosts something itself
    ("Matomo runs on our own servers", "selbst gehostet"): tools of ours, not parties data goes
    to. Only names without a legal form are dropped for it: a company is no one's tool."""
    names: set[str] = set()
    for i in doc.sentences_with("self_hosted"):
        hits = doc.of(i, "self_hosted")
        for m in known_names(doc, i) + catalogue_names(doc, i) + capitalised_names(doc, i):
            if any(_hosted_here(doc, m, h) for h in hits):
                names.add(normalise_name(m.name))
    return names


_HOSTED_BEFORE, _HOSTED_AFTER = 10, 3  # tokens between a name and "self-hosted" said of it


def _hosted_here(doc: NoticeDoc, m: OrgMention, hit: Hit) -> bool:
    """The self-hosting phrase speaks of the name: in its clause, shortly after it ("Matomo, which
    runs on our own servers") or right before it ("our self-hosted Matomo")."""
    if doc.clause[hit.first] != doc.clause[m.first]:
        return False
    return 0 <= hit.first - m.last <= _HOSTED_BEFORE or 0 <= m.first - hit.last <= _HOSTED_AFTER


_OWN_CONTEXTS = frozenset({"share", "engage"})


Products = dict[tuple[int, int], list[OrgMention]]


def _candidates(doc: NoticeDoc, i: int, context: str) -> tuple[list[OrgMention], Products]:
    """The names of sentence ``i`` that may be recipients, and for each provider among them the
    names of its products there (not parties of their own)."""
    legal = legal_names(doc, i)
    sourced = doc.has(i, "collect") and not doc.has(i, "share") and not doc.has(i, "engage")
    if context not in ANY or sourced:
        extra = [m for m in _placed(doc, i, context) if m.known_role == COOKIE]
        return (legal if _legal_alone_ok(doc, i) else []) + ([] if sourced else extra), {}
    taken = [(m.start, m.end) for m in legal]
    found = list(legal)
    named = known_names(doc, i) + catalogue_names(doc, i) + defined_names(doc, i) + _opening_bodies(doc, i)
    for mention in named + _placed(doc, i, context):
        if not any(a < mention.end and mention.start < b for a, b in taken):
            found.append(mention)
            taken.append((mention.start, mention.end))
    products = provided_by(doc, i, found)
    for provider, stated in _stated_products(doc, i, found).items():
        known = products.setdefault(provider, [])
        known.extend(m for m in stated if m not in known)
    if doc.has(i, "not_recipient"):  # "European Commission", the reader's browser ("Firefox")
        found = [m for m in found if not _not_recipient(doc, i, m)]
    if not products:
        return found, products
    dropped = {(m.start, m.end) for names in products.values() for m in names}
    return [m for m in found if (m.start, m.end) not in dropped], products


def _opening_bodies(doc: NoticeDoc, i: int) -> list[OrgMention]:
    """The name of a public body that opens a sentence about recipients, after an article at most
    ("das Landesamt für Statistik X für die Hochschulstatistik", "the Office of the X, for ..."):
    a line of a list that lost its bullets, or a sentence that has the body as its subject."""
    lo, _ = doc.bounds[i]
    lead = doc.lexicon.articles if doc.lexicon else frozenset()
    return [m for m in body_names(doc, i) if m.first == lo or m.first == lo + 1 and doc.words[lo] in lead]


def _stated_products(doc: NoticeDoc, i: int, found: list[OrgMention]) -> Products:
    """A product the notice says another name provides ("Google Analytics 4, provided by Google
    Ireland Limited", "Salesforce Nonprofit Cloud, geleverd door Salesforce.com EMEA Limited"):
    a name, at most a few more words of the product's name, a brand word ("provided by", "een
    dienst van", "ein Angebot von", "un service de") and the provider's legal name right after."""
    stated: Products = {}
    for hit in doc.of(i, "brand_of"):
        after = [m for m in found if m.legal and 0 < m.first - hit.last <= 2]
        before = [m for m in found if 0 < hit.first - m.last <= _PRODUCT_WORDS + 1 and not m.legal]
        if not after or not before or doc.clause[before[-1].last] != doc.clause[after[0].first]:
            continue
        product, provider = before[-1], after[0]
        rest = range(product.last + 1, hit.first)  # the rest of the product's name: "Nonprofit Cloud", "4"
        if all(doc.text[doc.starts[k]][:1].isupper() or doc.words[k].isdigit() for k in rest) and all(
            doc.words[k] in _ARTICLES for k in range(hit.last + 1, provider.first)
        ):
            stated.setdefault((provider.start, provider.end), []).append(product)
    return stated


_PRODUCT_WORDS = 3  # words of a product's name after the part that is a known name ("Nonprofit Cloud")


def _not_recipient(doc: NoticeDoc, i: int, m: OrgMention) -> bool:
    """The name holds or is held by a lexicon phrase that names no recipient: an institution of
    the Union, the controller's own staff, the reader's web browser."""
    return any(h.first <= m.last and m.first <= h.last for h in doc.of(i, "not_recipient"))


def _as_defined(doc: NoticeDoc, mention: OrgMention) -> OrgMention:
    """A short form the notice defined elsewhere ("the IGJ") named by its definition."""
    defined = short_forms(doc).get(mention.name) if mention.name.isalpha() else None
    return mention._replace(name=defined) if defined else mention


def _plain(m: OrgMention) -> OrgMention:
    return OrgMention(m.sentence, m.start, m.end, m.name, m.legal, None, m.first, m.last)


# what may stand between two names of a list besides words: separators and apostrophes
_LIST_MARKS = re.compile(r"[\s,;/&\u2013'\u2019-]*")
_SEPARATOR = re.compile(r"[,;/&]")


def _chained(doc: NoticeDoc, previous: OrgMention, mention: OrgMention) -> bool:
    """``mention`` follows ``previous`` in a list of names: after the previous name's aside in
    brackets, only separators, one conjunction and at most two articles or prepositions between
    them ("ESB Networks (ESBN) and Gas Networks Ireland", "de la MSA ou de la MGEN",
    "Acme (hosting), Brevo (e-mail)")."""
    text, starts, ends = doc.text, doc.starts, doc.ends
    at = previous.end
    aside = ASIDE.match(text, at, mention.start)
    if aside:
        at = aside.end()
    gap = at
    words = []
    for k in range(bisect_left(starts, at), mention.first):
        if not _LIST_MARKS.fullmatch(text, at, starts[k]):
            return False
        words.append(doc.words[k])
        at = ends[k]
    if at > mention.start or not _LIST_MARKS.fullmatch(text, at, mention.start):
        return False
    joined = bool(words) and words[0] in _CONJUNCTIONS
    if joined:
        words = words[1:]
    else:  # without a conjunction a separator joins them ("A, B"), not a preposition ("A à Genève")
        joined = _SEPARATOR.search(text, gap, mention.start) is not None
    return (joined or not words) and len(words) <= 2 and all(w in _ARTICLES for w in words)


def _legal_alone_ok(doc: NoticeDoc, i: int) -> bool:
    """Outside recipient contexts a legal name still counts, unless the sentence is about something else."""
    return not any(
        doc.has(i, kind)
        for kind in ("complaint", "collect", "controller", "identity", "we_are", "rights", "no_recipient")
    ) and not (doc.topic(i, "rights"))


_COOKIE_OF = frozenset({"van", "of", "von", "de", "from", "by", "door", "des", "du"})


# words a name may follow: "such as X", "our auditor X", "the company X"
_ANCHOR_KINDS = frozenset({"example", "role", "share", "service_noun", "trade_noun"})


def _placed(doc: NoticeDoc, i: int, context: str) -> list[OrgMention]:
    """Capitalised names standing where notices name recipients."""
    lo, hi = doc.bounds[i]
    listed = context == "list" and doc.sentences[i].kind is Kind.ITEM
    anchored_kinds = not _ANCHOR_KINDS.isdisjoint(doc.groups[i])
    cookies = i in doc.sentences_with_words(COOKIE_WORDS)
    # where every noun is capitalised (German) a capital makes no name: only names written as no
    # noun is (an acronym, CamelCase) stand as recipients, and the cookie rule applies
    german = doc.lexicon is not None and doc.lexicon.nouns_capitalised
    agents = agent_prepositions(doc, i)
    receivers = _receiving_verbs(doc, i)
    if not cookies and not (anchored_kinds or listed or agents or receivers):
        return []
    # "X, which provides BankID": what a party provides is not a party
    anchors = sorted(
        [h.last for h in doc.hits[i] if h.kind in _ANCHOR_KINDS and doc.words[h.first] not in _RELATIVES]
        + _sharing_prepositions(doc, i)
        + agents
        + receivers  # "Die Zählerstände erhält die X": the name after the verb receives
    )
    subject_of = _capital_before(doc, receivers)  # "the Regional Archive receives the files"
    if not cookies and not listed and not subject_of and not _capital_after(doc, anchors):
        return []  # a name here must follow an anchor closely, and none does
    accepted: list[OrgMention] = []
    covered: frozenset[int] | None = None
    for run in capitalised_names(doc, i):
        receives = bool(subject_of) and _receives(doc, run, receivers)
        if not accepted and not listed and not receives and _out_of_place(doc, run, anchors, lo, hi):
            continue  # (only a quicker way to what the tests below decide)
        if covered is None:
            covered = doc.covered(i, _NOT_NAME_KINDS)
        # leading role words are no part of the name ("the Network Operators Acme": Acme); a
        # trailing one may be ("Nederlandse Zorgautoriteit"), so the run is then kept whole
        trimmed = None if _body(doc, run) else trimmed_mention(doc, run, covered)  # "Finanzamt Grimma"
        mention = trimmed if trimmed is not None and trimmed.last == run.last else run
        cookie = (
            mention.first > 1
            and doc.words[mention.first - 2] in COOKIE_WORDS
            and doc.words[mention.first - 1] in _COOKIE_OF
        )
        stands = (
            _stands_as_recipient(doc, i, mention, anchors, accepted, listed)
            or bool(group_word_beside(doc, mention))  # "companies of the Acme Group", "le groupe Acme"
            or (receives and mention.last == run.last and _subject_name(doc, i, mention))
        )
        written_as_name = _marked(doc, mention) or _body(doc, mention) or _apposed(doc, mention, anchors)
        if not cookie and (not stands or (german and not written_as_name)):
            continue
        if not _name_like(doc, i, mention):
            continue
        if cookie:
            accepted.append(
                OrgMention(
                    i, mention.start, mention.end, mention.name, False, COOKIE, mention.first, mention.last
                )
            )
        else:  # a town after a name ("Acme Ltd, Cork") says where that one is: no party
            accepted.extend(m for m in _split_pair(doc, mention) if not _address_town(doc, i, m, accepted))
    return accepted


def _town(doc: NoticeDoc, first: int, last: int) -> str | None:
    """The country of the town that tokens ``[first, last]`` name, if they name one."""
    return town_country(doc.words[first : last + 1]) if last - first < _TOWN_WORDS else None


_TOWN_WORDS = 4  # the most words of a town's name ("Saint-Martin-d'Hères" is four)
_TOWN_END = re.compile(r"\s*(?:[;.()\]]|$)")
_AFTER_NAME = re.compile(r"\s*,\s*$")


def _address_town(doc: NoticeDoc, i: int, m: OrgMention, accepted: list[OrgMention]) -> bool:
    """``m`` is a town or a street written as the address of the name before it ("Acme Ltd, Cork;",
    "Tech Co, Pune and Noida, India", "Vanta GmbH, Berlin (e-mail)", "Acme Ltd, Victoria Buildings,
    ..."): it follows a name or a town after a
    comma (or a town after a conjunction), and a country, another town or the end of the clause
    ("; . ( )") comes after it. A town's name that the catalogue or the lexicon knows as an
    organisation's stays a name."""
    place = _town(doc, m.first, m.last) is not None or street_word(doc.words[m.last])
    if m.legal or m.known_role or not place:
        return False
    lo, hi = doc.bounds[i]
    before = m.first - 1
    if before < lo:
        return False
    gap = doc.text[doc.ends[before] : m.start]
    if gap.isspace() and doc.words[before] in _PLACE_PREPOSITIONS and before > lo:  # "Acme, in Cork"
        before -= 1
        gap = doc.text[doc.ends[before] : doc.starts[before + 1]] + " "
    if _AFTER_NAME.fullmatch(gap) or (gap.isspace() and doc.words[before + 1] in _PLACE_PREPOSITIONS):
        ends = {n.last for n in legal_names(doc, i) + accepted}
        if before not in ends and not _town_ends(doc, lo, before):
            return False
    elif not (gap.isspace() and doc.words[before] in _CONJUNCTIONS and _town_ends(doc, lo, before - 1)):
        return False
    if any(n.first <= m.first <= n.last for n in catalogue_names(doc, i) + known_names(doc, i)):
        return False
    after = m.last + 1
    end = doc.sentences[i].end
    if after >= hi or _TOWN_END.match(doc.text, m.end, end):
        return True
    if doc.words[after] in _CONJUNCTIONS:
        return any(_town(doc, after + 1, k) for k in range(after + 1, min(hi, after + _TOWN_WORDS + 1)))
    return doc.text[m.end : doc.starts[after]].strip() == ","  # "X Pvt Ltd, in Pune, which ..."


def _town_ends(doc: NoticeDoc, lo: int, last: int) -> bool:
    """A town's name ends at token ``last`` (of one to four words)."""
    return any(_town(doc, first, last) for first in range(max(lo, last - _TOWN_WORDS + 1), last + 1))


def _out_of_place(doc: NoticeDoc, run: OrgMention, anchors: list[int], lo: int, hi: int) -> bool:
    """Neither ``run`` nor the run without leading words (``trimmed_mention``) can stand as a
    recipient's name where no name was accepted before it and it heads no list item: no anchor
    within four tokens before one of its words, no colon before one after an anchor, no group
    word in or beside it, no "cookies of" before it (see ``_stands_as_recipient``)."""
    first, last = run.first, run.last
    near = bisect_left(anchors, first - 4)
    if near < len(anchors) and anchors[near] < last:
        return False
    words = doc.words
    for k in range(max(lo, first - 1), min(hi, last + 2)):
        if words[k] in GROUP_WORDS:
            return False
    text, starts, ends = doc.text, doc.starts, doc.ends
    for k in range(first, last + 1):
        if k > 1 and words[k - 2] in COOKIE_WORDS and words[k - 1] in _COOKIE_OF:
            return False
        if anchors and anchors[0] < k and text[ends[k - 1] : starts[k]].strip() == ":":
            return False
    return True


_VERB_KINDS = ("share",)
_VERB_REACH = 8  # tokens from a sharing verb to the preposition that names whom it goes to


def _sharing_prepositions(doc: NoticeDoc, i: int) -> list[int]:
    """The prepositions that say whom data goes to, after a sharing verb of their clause: "share
    your data with X", "gegevens delen met X", "données partagées avec X"."""
    verbs = [h.last for kind in _VERB_KINDS for h in doc.of(i, kind)]
    if not verbs:
        return []
    lo, hi = doc.bounds[i]
    # only the tokens within reach after a verb can be such a preposition
    return [
        k
        for k in range(max(lo, min(verbs) + 1), min(hi, max(verbs) + _VERB_REACH + 1))
        if doc.words[k] in _RECIPIENT_PREPOSITIONS
        and any(0 < k - v <= _VERB_REACH and doc.clause[v] == doc.clause[k] for v in verbs)
    ]


_AGENT_REACH = 6  # tokens from a passive's auxiliary to the preposition of its agent


def agent_prepositions(doc: NoticeDoc, i: int) -> list[int]:
    """The prepositions that name a passive's agent in sentence ``i``, after an auxiliary of the
    passive in their clause: "payroll is processed by X", "wordt uitgevoerd door X", "werden von X
    eingezogen", "sont gérés par X". The agent does the work: a party the data goes to."""
    lex = doc.lexicon
    if lex is None or not lex.agent_prepositions:
        return []
    lo, hi = doc.bounds[i]
    words, clause = doc.words, doc.clause
    agents, auxiliaries = lex.agent_prepositions, lex.passive_auxiliaries
    return [
        k
        for k in range(lo + 1, hi)
        if words[k] in agents
        and any(
            words[j] in auxiliaries and clause[j] == clause[k] for j in range(max(lo, k - _AGENT_REACH), k)
        )
    ]


_RECEIVER_GAP = 2  # tokens between a name and the verb it receives by ("X may receive", "X kan ontvangen")


def _receiving_verbs(doc: NoticeDoc, i: int) -> list[int]:
    """The verbs of sentence ``i`` whose subject receives the data ("receives", "ontvangt",
    "erhält", "reçoit"; the profile's ``receiving_verbs``)."""
    verbs = doc.lexicon.receiving_verbs if doc.lexicon else frozenset()
    if not verbs:
        return []
    lo, hi = doc.bounds[i]
    return [k for k in range(lo, hi) if doc.words[k] in verbs]


def _capital_before(doc: NoticeDoc, receivers: list[int]) -> bool:
    """A capitalised word shortly before one of the receiving verbs (its subject may be a name)."""
    capital = doc.capital_set()
    return any(k in capital for v in receivers for k in range(v - 1 - _RECEIVER_GAP, v))


def _receives(doc: NoticeDoc, run: OrgMention, receivers: list[int]) -> bool:
    """The name is the subject of a receiving verb right after it (after its aside in brackets
    and a modal at most): "the Regional Archive receives the files", "X kan gegevens ontvangen" is
    not (the verb is too far)."""
    last = aside_last(doc, run)
    return any(
        0 < v - last <= _RECEIVER_GAP + 1 and "," not in doc.text[doc.ends[last] : doc.starts[v]]
        for v in receivers
    )


def _subject_name(doc: NoticeDoc, i: int, m: OrgMention) -> bool:
    """A subject that is a name, not a capitalised first word ("Tijdens uw opdracht ontvangt u"):
    two words or more, or one written as no common word is, or one not opening the sentence."""
    return m.last > m.first or m.first > doc.bounds[i][0] or _marked(doc, m)


def _capital_after(doc: NoticeDoc, anchors: list[int]) -> bool:
    """A capitalised word within the four tokens after one of the ``anchors`` (see below)."""
    capital = doc.capital_set()
    return any(k in capital for a in anchors for k in range(a + 1, a + 5))


def _stands_as_recipient(
    doc: NoticeDoc, i: int, mention: OrgMention, anchors: list[int], accepted: list[OrgMention], listed: bool
) -> bool:
    """After a role word or 'such as', or after the colon of a lead-in that holds one ("our
    providers receive what they need: X (hosting), ..."), chained to an accepted name, or at
    the head of a list item."""
    near = anchors[bisect_left(anchors, mention.first - 4) : bisect_left(anchors, mention.first)]  # sorted
    anchored = any(_only_articles(doc, a + 1, mention.first) for a in near) or (
        bool(anchors) and anchors[0] < mention.first and _after_colon(doc, mention)
    )
    chained = bool(accepted) and _chained(doc, accepted[-1], mention)
    head = listed and in_item_head(doc, mention)
    return (anchored and mention.start > doc.sentences[i].start) or chained or head


def _after_colon(doc: NoticeDoc, mention: OrgMention) -> bool:
    """The name comes right after a colon ("...: X")."""
    before = mention.first - 1
    return before >= 0 and doc.text[doc.ends[before] : mention.start].strip() == ":"


_DIGIT = re.compile(r"\d")
_INNER_CAPITAL = re.compile(r"[a-zß-ÿ][A-ZÀ-Þ]")


_APPOSITION = re.compile(r"\s*,\s*(\w+)\s+$")


def _apposed(doc: NoticeDoc, m: OrgMention, anchors: list[int]) -> bool:
    """The name of two or more words stands in apposition to the role word right before it, after a
    comma and an article ("an unsere Hausbank, die Taunus Sparkasse", "an unser Inkassobüro, die
    Forderwerk Mitte"): the notice names the party the role word speaks of, whatever its words
    look like (in German, where every noun has a capital, such a name is found no other way)."""
    before = m.first - 1
    if m.last == m.first or before < 1 or doc.words[before] not in _ARTICLES:
        return False  # one word ("das Hauptzollamt") may be a kind of office, not one party
    k = before - 1
    if k not in anchors:
        return False
    gap = _APPOSITION.match(doc.text, doc.ends[k], m.start)
    return gap is not None


def _body(doc: NoticeDoc, m: OrgMention) -> bool:
    """The name of a public body by its head word ("Finanzamt Grimma"; see ``body_names``)."""
    return any((b.first, b.last) == (m.first, m.last) for b in body_names(doc, m.sentence))


def _marked(doc: NoticeDoc, m: OrgMention) -> bool:
    """A word of the name is written as no common noun is: an acronym ("VVO", at least two
    capitals and no lower-case letter) or with a capital inside ("KundenWerk", "TideWatch")."""
    for k in range(m.first, m.last + 1):
        written = doc.text[doc.starts[k] : doc.ends[k]]
        if _INNER_CAPITAL.search(written) or (
            len(written) >= 2 and written.isupper() and doc.words[k] not in _EVERYDAY
        ):
            return True
    return False


_CUT_INITIALS = re.compile(r"\.\w\.")


def _name_like(doc: NoticeDoc, i: int, m: OrgMention) -> bool:
    """Not a role word, a common word, an address part, an acronym in brackets, an institution or a
    phrase addressed to the reader."""
    near = doc.words[max(0, m.first - 1) : m.last + 3]
    if _covered_by_lexicon(doc, i, m) or any(map(_DIGIT.search, near)):
        return False
    if doc.text[m.start - 1 : m.start] == "(" and doc.text[m.end : m.end + 1] == ")":
        return False
    if _CUT_INITIALS.match(doc.text, m.end):
        return False  # "EU-U" of "EU-U.S. Data Privacy Framework": cut inside an abbreviation
    first = doc.words[m.first]
    reader = doc.lexicon.reader_words if doc.lexicon else frozenset()
    if any(doc.words[k] in reader for k in range(m.first, m.last + 1)):
        return False  # "Know Your Customer": the notice speaking to its reader
    stops = doc.lexicon.stopwords if doc.lexicon else frozenset()
    opening = first in stops or first in _ARTICLES or first in _FUNCTION_WORDS
    if opening and not opening_particle(doc, m.first):
        return False
    if m.first == m.last and (common_word(doc, first) or re.search(r"-[a-z]", m.name)):
        return False  # an ordinary word, or a compound such as "IT-diensten"
    if m.first == m.last and _describes_role_word(doc, i, m):
        return False  # "Swedish authorities": a word that says which role word is meant
    return not _not_recipient(doc, i, m)


def _describes_role_word(doc: NoticeDoc, i: int, m: OrgMention) -> bool:
    """The word stands right before a role word written in lower case ("Swedish authorities",
    "Belgische toezichthouders"): it says which ones, it names no one."""
    after = m.last + 1
    return (
        doc.text[doc.ends[m.last] : doc.starts[after]] == " "
        and any(h.first == after and doc.text[doc.starts[after]].islower() for h in doc.of(i, "role"))
        if after < doc.bounds[i][1]
        else False
    )


_FUNCTION_WORDS = name_words("function_words")


_ARTICLES = name_words("articles")
_CONJUNCTIONS = name_words("conjunctions")
_RECIPIENT_PREPOSITIONS = name_words("recipient_prepositions")
_RELATIVES = name_words("relatives")
_PLACE_PREPOSITIONS = name_words("place_prepositions")


def _only_articles(doc: NoticeDoc, lo: int, hi: int) -> bool:
    """Only articles and the prepositions of sharing verbs stand between tokens ``lo`` and ``hi``."""
    return all(doc.words[k] in _ARTICLES for k in range(lo, hi))


_NOT_NAME_KINDS = frozenset(
    [
        "role",
        "share",
        "engage",
        "transfer",
        "heading",
        "controller",
        "special",
        "sensitive",
        "example",
        "safeguard",
        "negation",
    ]
)


def _covered_by_lexicon(doc: NoticeDoc, i: int, mention: OrgMention) -> bool:
    """Title-cased role words ("Network Operators", "Regulator") are not names."""
    covered = doc.covered_between(i, _NOT_NAME_KINDS, mention.first, mention.last)
    words = range(mention.first, mention.last + 1)
    return all(w in covered or doc.words[w] in ("the", "de", "het", "la", "le", "der", "die") for w in words)


def _split_pair(doc: NoticeDoc, mention: OrgMention) -> list[OrgMention]:
    """'Meta and Google' is two names; 'Money Advice and Budgeting Service' is one. Two words
    joined by '&' are one firm ('Hartley & Voss', 'Brandsma & Kok') unless both are organisations
    the notice's lexicon or the catalogue knows ('Meta & Google')."""
    ampersand = " & " in mention.name
    parts = [p.strip() for p in mention.name.replace(" & ", " and ").split(" and ")]
    if ampersand and len(parts) == 2:
        known = {m.first for m in known_names(doc, mention.sentence) + catalogue_names(doc, mention.sentence)}
        if not (mention.first in known and mention.last in known):
            return [mention]
    if len(parts) == 2 and all(len(p.split()) == 1 for p in parts):
        cut = doc.text.find(parts[1], mention.start, mention.end)
        if cut > 0:
            return [
                OrgMention(
                    mention.sentence,
                    mention.start,
                    mention.start + len(parts[0]),
                    parts[0],
                    False,
                    None,
                    mention.first,
                    mention.first,
                ),
                OrgMention(
                    mention.sentence, cut, mention.end, parts[1], False, None, mention.last, mention.last
                ),
            ]
    return [mention]


def _country(doc: NoticeDoc, i: int, mention: OrgMention, others: list[OrgMention]) -> str | None:
    """The country of the address or place after the name, before the next name of the sentence;
    in a table, else the first country in a later cell of its row (a location column)."""
    lo, hi = doc.bounds[i]
    end = min(hi, mention.last + 1 + _COUNTRY_REACH, *(o.first for o in others if o.first > mention.last))
    found = doc.countries(mention.last + 1, end)
    postal = postal_countries(
        doc.text, mention.end, doc.ends[end - 1] if end > mention.last + 1 else mention.end
    )
    # a country or postcode the notice writes beats a town's country ("Victoria Buildings, ... Irland")
    town = town_after(doc.text, mention.end, doc.ends[end - 1]) if end > mention.last + 1 else None
    options = [(doc.starts[f], code) for f, _, code in found] + postal or ([town] if town else [])
    if options:
        return min(options)[1]
    for j in sorted(j for j in doc.row_cells(i) if j > i):  # a table's location column
        cell = doc.countries(*doc.bounds[j])
        if cell:
            return min(cell)[2]
    return None


_LINK = re.compile(r"\]\(\s*(?:https?://)?([^/\s)]+)")


def _links_to_own_site(doc: NoticeDoc, mention: OrgMention, own_names: set[str]) -> bool:
    """The name is the text of a link to the controller's own site ("[Jitsi](https://jitsi.acme.org)"
    in Acme's notice): a tool the controller runs itself, not a party data goes to."""
    link = _LINK.match(doc.text, mention.end)
    if link is None or mention.legal:
        return False
    labels = [label for label in link.group(1).casefold().split(".")[:-1] if len(label) >= _LABEL_MIN]
    return any(_own_label(label, own) for label in labels for own in own_names if own)


_LABEL_MIN = 4  # letters of a domain label that may stand for the controller's name


def _own_label(label: str, own: str) -> bool:
    """A domain label that spells the controller's name, a word of it or its first words run
    together ("nluug" for NLUUG, "larkspurtravel" for Larkspur Travel Ltd)."""
    words = own.split()
    return label in words or ("".join(words).startswith(label) and label.startswith(words[0]))


def _sibling(name: str, own_names: set[str]) -> bool:
    """'Hetzner Cloud GmbH' in Hetzner Online GmbH's notice: a company of the controller's group."""
    words = normalise_name(name).split()
    return bool(words) and any(own.split()[:1] == words[:1] and len(words[0]) >= 3 for own in own_names)


class _Own:
    """The controller's names (normalised) with their words stemmed (``_stems``), stemmed once
    per notice, and the language's inflection endings."""

    def __init__(self, names: set[str], suffixes: tuple[str, ...]) -> None:
        self.names = names
        self.suffixes = suffixes
        stemmed = (_stems(own.split(), suffixes) for own in names)
        self.stemmed = [(mine, frozenset(mine)) for mine in stemmed if mine]


def _name_verdict(name: str, own: _Own) -> tuple[bool, bool]:
    """(the name is the controller's own or no name at all, it is a sibling company's).

    A name of the controller's group ("Vodafone Group" in Vodafone Ireland's notice) is its own
    here; ``_own_group`` tells it apart."""
    return _is_own(name, own) or not _plausible(name), _sibling(name, own.names)


def _own_group(doc: NoticeDoc, mention: OrgMention, own: _Own) -> OrgMention | None:
    """The controller's group named by the controller's name and a group word ("the Vodafone
    Group" in Vodafone Ireland's notice): the group, not the controller. None for the controller
    itself, or a name that is none."""
    if not _plausible(mention.name) or not _is_own(mention.name, own):
        return None
    if not GROUP_WORDS.isdisjoint(mention.name.casefold().split()):
        return mention if normalise_name(mention.name) not in own.names else None
    lo, hi = doc.bounds[mention.sentence]
    after, before = mention.last + 1, mention.first - 1
    if after < hi and doc.words[after] in GROUP_WORDS and doc.starts[after] - mention.end <= 1:
        end = doc.ends[after]  # "the Vodafone Group"
        return mention._replace(end=end, name=clean_name(doc.text[mention.start : end]), last=after)
    if before >= lo and doc.words[before] in GROUP_WORDS and mention.start - doc.ends[before] <= 1:
        start = doc.starts[before]  # "le groupe Bellerive", "der Konzern Bellerive"
        return mention._replace(start=start, name=clean_name(doc.text[start : mention.end]), first=before)
    return None


def _is_own(name: str, own: _Own) -> bool:
    """The controller itself: its name, a part of it, or its name after a title word; its words
    compared without the language's inflections ("der Alpenländischen Versicherung AG" is
    Alpenländische Versicherung AG)."""
    words = _stems(normalise_name(name).split(), own.suffixes)
    if not words:
        return False
    present = set(words)
    return any(present <= mine_set or words[-len(mine) :] == mine for mine, mine_set in own.stemmed)


_STEM_MIN = 5  # letters a word keeps when an inflection is taken off ("alpenlandisch")


def _stems(words: list[str], suffixes: tuple[str, ...]) -> list[str]:
    out = []
    for word in words:
        for suffix in suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= _STEM_MIN:
                word = word[: -len(suffix)]
                break
        out.append(word)
    return out


def _suffixes(doc: NoticeDoc) -> tuple[str, ...]:
    """The language's inflection endings, longest first."""
    found = doc.lexicon.raw.get("suffixes", ()) if doc.lexicon is not None else ()
    return tuple(sorted((s for s in found if s.isalpha()), key=len, reverse=True))


_EVERYDAY = name_words("everyday_abbreviations")
_VERSION = re.compile(r"v?\d+(?:\.\d+)+,?")


def _plausible(name: str) -> bool:
    """Not an organisation's name: too few letters, an address, a legal form alone ("AB", "SAS"),
    or an everyday abbreviation written in capitals ("SMS", "IP address", "PIN")."""
    letters = sum(map(str.isalpha, name))
    if letters < 2 or name.isdigit() or "@" in name or "http" in name.lower():
        return False
    words = name.split()
    if len(words) >= 2 and _VERSION.fullmatch(words[-2]):
        return False  # "Versie 1.2, d.d. 30 maart": a version line, not a name ending in a legal form
    return name.casefold() not in _EVERYDAY and FORM_RE.fullmatch(name) is None
