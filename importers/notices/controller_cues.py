"""Places where a notice names its own organisation, with or without a legal form.

Each finder returns ``(mention, cue)`` pairs; ``controller.find_controller`` weighs them:

- ``alias``: a name that the notice says it will call "we" (``Acme ("we", "us")``,
  ``Acme (hierna: "wij")``, ``Acme (nachfolgend „wir“)``, ``Acme (ci-après « nous »)``);
- ``apposition``: "we, Acme, ..." / "wij, Acme, ..." / "wir, die Acme, ..." / "nous, Acme, ...";
- ``between``: the other party of "between you and Acme" (agreements the notice is about);
- ``copyright``: the holder in "© 2024 Acme";
- ``title``: the name in the notice's title ("Privacy Statement Acme", "Acme Privacy Policy");
- ``imprint``: a name on its own line or before its address, followed by a postcode and town;
- ``domain``: a name written as the notice's own e-mail or web domain (privacy@acme-shop.nl).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import cache

from importers.notices.document import QUOTES, NoticeDoc
from importers.notices.lexicon import LANGUAGES, lexicon, name_words
from importers.notices.organisations import (
    OrgMention,
    capitalised_names,
    legal_names,
    normalise_name,
    trimmed_mention,
)
from importers.notices.places import street_word
from importers.notices.segment import Kind
from importers.notices.textnorm import fold_term

Cue = tuple[OrgMention, str]

_BRACKET = re.compile(r"\([^()]{1,80}\)")
_QUOTED = re.compile(r"[" + QUOTES + r"]\s*(\w+)\s*[" + QUOTES + "]")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?", re.I)
# A street and number ("Keizersgracht 12", "Industriestr. 25a", "12 rue de la Paix", "Postbus 123").
_STREET = re.compile(
    r"[A-Za-zÀ-ÿß.\-]{3,}\.?\s+\d{1,4}[a-zA-Z]?\b|\b\d{1,4}[a-z]?,?\s+(?:rue|avenue|boulevard|bd|place|"
    r"chemin|allée|impasse|quai|route|street|road|lane|avenue)\b"
    r"|\b(?:BP|CS|P\.?O\.? Box|Postfach|Postbus)\s*\d",  # a post box stands for the street
    re.IGNORECASE,
)
_ADDRESS_REACH = 160  # characters after a name where its postcode and town may stand
_LEAD_STOP = frozenset(fold_term(w) for w in name_words("lead_stop"))  # as tokens are written
_ARTICLES = frozenset({"the", "de", "het", "die", "der", "den", "dem", "des", "la", "le", "les", "l"})
_OF = frozenset({"of", "van", "von", "der", "des", "de", "du", "la", "d", "voor", "for", "fur"})
_NOT_MAIL_ORGS = "mail_providers"


def self_references(doc: NoticeDoc, contexts: list[str]) -> Iterator[Cue]:
    """Every cue of the notice naming its own organisation (``contexts``: recipient contexts)."""
    yield from _between(doc)
    yield from _aliases(doc)
    yield from _we_definitions(doc)
    yield from _appositions(doc)
    yield from _copyrights(doc)
    yield from _joint(doc)
    for mention, cue in [*_title(doc), *_imprints(doc, contexts)]:
        if not _well_known(doc, mention):  # a vendor's address or link says nothing of the notice
            yield mention, cue


def trading_names(doc: NoticeDoc) -> Iterator[tuple[OrgMention, OrgMention]]:
    """(brand, owner) for "Brand is a trading name of Owner Ltd": the owner is the controller. The
    brand stands just before the cue ("Acme Shop (the app) is operated by"); a name further back is
    the notice speaking of something else ("at Acme, we use a tool provided by Vendor Inc.")."""
    for i in doc.sentences_with("brand_of"):
        for hit in doc.of(i, "brand_of"):
            owner = name_after(doc, i, hit.last + 1)
            cue = doc.starts[hit.first]
            brands = [
                m
                for m in legal_names(doc, i) + capitalised_names(doc, i)
                if m.last < hit.first
                and len(_WORD.findall(_BRACKETED.sub(" ", doc.text[m.end : cue]))) <= _BRAND_REACH
            ]
            if owner is not None and brands:
                yield brands[-1], owner


# a label before an address: "Contact:", "Postal address:"
_LABEL = re.compile(r"[*_]*\w+(?:[ -]\w+)?[*_]*\s?:[*_]*\s*")
_BRAND_REACH = 3  # words from a brand to its "is a trading name of" cue, brackets aside ("is")
_BRACKETED = re.compile(r"\([^()]*\)")
_WORD = re.compile(r"\w+")


def _well_known(doc: NoticeDoc, mention: OrgMention) -> bool:
    return any(h.first <= mention.last and mention.first <= h.last for h in doc.of(mention.sentence, "known"))


def _joint(doc: NoticeDoc) -> Iterator[Cue]:
    """The organisations a joint-controller statement names as its subject ("Die Talblick Kliniken
    GmbH und die Talblick Reha GmbH sind gemeinsam Verantwortliche", "X and Y are joint
    controllers"): the notice is theirs. Names after the statement ("joint controllers with X")
    are others'."""
    for i in doc.sentences_with("other_controller"):
        joint = [h.first for h in doc.of(i, "other_controller") if h.label == "joint"]
        if not joint or doc.has(i, "we_are"):
            continue
        for m in legal_names(doc, i):
            if m.last < joint[0]:
                yield m, "joint"


def _between(doc: NoticeDoc) -> Iterator[Cue]:
    for i in doc.sentences_with("self_before"):
        for hit in doc.of(i, "self_before"):
            mention = name_after(doc, i, hit.last + 1)
            if mention is not None:
                yield mention, "between"


def _aliases(doc: NoticeDoc) -> Iterator[Cue]:
    we_words = _we_words(doc.language)
    start = doc.text.find("(")
    while start >= 0:
        m = _BRACKET.match(doc.text, start)
        if m and any(q.lower() in we_words for q in _QUOTED.findall(m.group())):
            mention = _first_of_group(doc, start, m.group()) or name_before(doc, start)
            if mention is not None:
                yield mention, "alias"
        start = doc.text.find("(", start + 1)


def _first_of_group(doc: NoticeDoc, bracket: int, inside: str) -> OrgMention | None:
    """For an alias that stands for several companies ("A plc and its subsidiaries B Ltd and C Ltd
    (together "we")"), the first of them, the sentence's subject; None for an alias of one."""
    if not any(fold_term(w) in _TOGETHER for w in _WORD.findall(inside)):
        return None
    i = doc.sentence_at(bracket)
    if i is None:
        return None
    before = [m for m in legal_names(doc, i) if m.end <= bracket]
    return min(before, key=lambda m: m.start) if len(before) > 1 else None


_TOGETHER = name_words("together_words")
_PERSON_LINE = name_words("person_line_words")
_ADDRESS_LINES = 4  # lines of an address block above its postcode: name, c/o or owner, street
_DEFINED_REACH = 4  # lower-case words between the definition's verb and the name it defines


def _we_definitions(doc: NoticeDoc) -> Iterator[Cue]:
    """A definition of "we": '"we", "us" and "our" refer to Acme Ltd', '« nous » désigne la
    société Acme', 'bezeichnen „wir“ und „uns“ die Acme'; the name after both the quoted "we"
    words and the verb."""
    we_words = _we_words(doc.language)
    for i in doc.sentences_with("we_means"):
        s = doc.sentences[i]
        found = _QUOTED.finditer(doc.text, s.start, s.end)
        quoted = [m.end() for m in found if m.group(1).lower() in we_words]
        if quoted:
            after = max(doc.ends[doc.of(i, "we_means")[0].last], quoted[-1])
            k, hi = bisect_left(doc.starts, after), doc.bounds[i][1]
            reach = min(hi, k + _DEFINED_REACH)
            # "la société Acme", "naar Acme" (the particle of "verwijzen ... naar")
            while k < reach and (doc.words[k] in _LEAD_STOP or doc.text[doc.starts[k]].islower()):
                k += 1
            mention = name_after(doc, i, k)
            if mention is not None:
                yield mention, "alias"


def _appositions(doc: NoticeDoc) -> Iterator[Cue]:
    for k in _we_before_comma(doc):
        i = doc.sentence_of(k)
        if i is None:
            continue
        mention = name_after(doc, i, k + 1)
        if mention is not None and doc.text[mention.end : mention.end + 1] == ",":
            yield mention, "apposition"


def _we_before_comma(doc: NoticeDoc) -> list[int]:
    """Tokens that are a "we" word followed by a comma ("we, Acme, ..."), found by a search of the
    text for the words (quick: the pattern starts with literals), each checked to be a whole token."""
    pattern = _we_comma_pattern(doc.language)
    if pattern is None:
        return []
    we_words, starts, ends = _we_words(doc.language), doc.starts, doc.ends
    found = []
    for m in pattern.finditer(doc.folded):
        k = bisect_right(starts, m.start()) - 1
        if k >= 0 and starts[k] == m.start() and ends[k] == m.end() and doc.words[k] in we_words:
            found.append(k)
    return found


@cache
def _we_comma_pattern(language: str) -> re.Pattern[str] | None:
    words = sorted(_we_words(language), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")(?=,)") if words else None


def _copyrights(doc: NoticeDoc) -> Iterator[Cue]:
    for offset in _copyright_marks(doc):
        m = _COPYRIGHT.match(doc.text, offset)
        i = doc.sentence_at(offset)
        if m is None or i is None:
            continue
        mention = name_after(doc, i, bisect_right(doc.starts, m.end() - 1))
        gap = doc.text[m.end() : mention.start].split() if mention is not None else []
        if mention is not None and all(fold_term(w) in _ARTICLES for w in gap) and len(gap) <= 1:
            yield mention, "copyright"


def _copyright_marks(doc: NoticeDoc) -> list[int]:
    marks = [doc.starts[k] for k in doc.positions(frozenset({"copyright"}))]
    at = doc.text.find("©")
    while at >= 0:
        marks.append(at)
        at = doc.text.find("©", at + 1)
    return sorted(marks)


def _title(doc: NoticeDoc) -> Iterator[Cue]:
    """The name beside the title words ("Acme Privacy Policy", "Privacyverklaring van Acme")."""
    for i, s in enumerate(doc.sentences[:25]):
        if s.kind is not Kind.HEADING and i > 0 or not doc.has(i, "title"):
            continue
        titles = doc.of(i, "title")
        for m in legal_names(doc, i) + capitalised_names(doc, i):
            mention = trimmed_mention(doc, m, doc.covered(i))
            if mention is not None and any(_beside(doc, h.first, h.last, mention) for h in titles):
                yield mention, "title"
        return


def _beside(doc: NoticeDoc, first: int, last: int, m: OrgMention) -> bool:
    """The name ends right before the title words, or follows them (after "of", "der", "de"...);
    German only the latter, as every noun there is capitalised."""
    after = 0 < m.first - last <= 2 and all(doc.words[k] in _OF for k in range(last + 1, m.first))
    if doc.lexicon is not None and doc.lexicon.nouns_capitalised:
        return after and m.first - last == 2 or (after and m.legal)
    return after or 0 < first - m.last <= 1


def _imprints(doc: NoticeDoc, contexts: list[str]) -> Iterator[Cue]:
    """A name standing on its own line, or before a comma, followed by a street and a postcode.

    Not in a sentence about recipients: notices list their vendors with addresses too.
    """
    seen: set[int] = set()
    for at in _addresses(doc):
        here = doc.sentence_at(at)
        if here is None:
            continue
        for i in range(here, max(-1, here - _ADDRESS_LINES), -1):
            s = doc.sentences[i]
            if at - s.start > _ADDRESS_REACH or s.kind is Kind.HEADING:
                break
            owner = doc.words[doc.bounds[i][0]] in _PERSON_LINE  # "Inh. Maria Keller" under the name
            if i in seen or contexts[i] or _about_others(doc, i) or owner:
                continue
            seen.add(i)
            lo, hi = doc.bounds[i]
            label = _LABEL.match(doc.text, s.start)
            if label is not None:  # "Contact: Acme Ltd, ...": the name follows the label
                lo = bisect_left(doc.starts, label.end(), lo, hi)
            mention = name_after(doc, i, lo)
            if mention is not None:
                mention = _whole_name_line(doc, i, mention)
            if mention is not None and _heads_address(doc, mention, at):
                yield mention, "imprint"


_NAME_LINE_WORDS = 8  # words of a line above an address that is all name


def _whole_name_line(doc: NoticeDoc, i: int, mention: OrgMention) -> OrgMention:
    """The whole line a name opens, where the line is a name above an address: a few words, no
    digits, no colon ("Cabinet dentaire des Tilleuls", "Zahnarztpraxis am Markt"), which a name
    read from capitals would cut at its first word in lower case."""
    end = doc.sentences[i].end
    line_end = doc.text.find("\n", mention.start, end)
    if line_end < 0:  # the sentence is the line, or runs on after it
        line_end = end if doc.text.startswith("\n", end) or end == len(doc.text) else -1
    if line_end <= mention.end:
        return mention
    rest = doc.text[mention.end : line_end].rstrip(" .,;*_")
    if not rest or any(c.isdigit() or c in ":;()" for c in rest):
        return mention
    last = bisect_left(doc.starts, mention.end + len(rest)) - 1
    if last - mention.first + 1 > _NAME_LINE_WORDS or last <= mention.last:
        return mention
    return _plain_mention(doc, i, mention.first, last)._replace(legal=mention.legal)


def _heads_address(doc: NoticeDoc, mention: OrgMention, postcode: int) -> bool:
    """The name opens its sentence, ends its line or comes before a comma, and a street follows."""
    s = doc.sentences[mention.sentence]
    after = doc.text[mention.end : min(s.end, mention.end + 2)]
    whole_line = not doc.text[mention.end : s.end].strip(" .,:;*_")
    lead = doc.text[s.start : mention.start]
    labelled = _LABEL.fullmatch(lead) is not None  # "Contact: Acme Ltd, 4 Quay Street, ..."
    opens = (mention.start - s.start <= 3 or labelled) and (whole_line or after[:1] in (",", "\n"))
    if not opens or mention.end > postcode:
        return False
    if _STREET.search(doc.text, mention.end, postcode):
        return True
    # "4 Orchard Lane", "Hoogstraat 4": a street word of some country between the name and the postcode
    tokens = range(bisect_left(doc.starts, mention.end), bisect_left(doc.starts, postcode))
    return any(street_word(doc.words[k]) for k in tokens)


def _about_others(doc: NoticeDoc, i: int) -> bool:
    """The sentence, or the list it belongs to, speaks of recipients, roles or sources."""
    s = doc.sentences[i]
    kinds = ("role", "share", "engage", "collect", "complaint", "other_controller")
    return any(doc.has(j, kind) for j in (i, s.parent) if j is not None for kind in kinds)


def _addresses(doc: NoticeDoc) -> list[int]:
    """Offsets of postcodes followed by a town ("1234 AB Plaats", "80331 München", "EC1A 1BB")."""
    return [at for at, _ in doc.postcodes()]


def domain_names(doc: NoticeDoc, labels: set[str]) -> Iterator[Cue]:
    """Capitalised names spelling one of the notice's own domain ``labels`` ("Polder Pastry")."""
    own = {label for label in labels if len(label) >= 4} - _mail_providers()
    if not own:
        return
    prefixes = {label[:k] for label in own for k in range(2, len(label) + 1)}
    starts = prefixes & doc.distinct_words()
    capital = doc.capital_set()
    for k in doc.positions(frozenset(starts)):
        if k not in capital:
            continue
        spelled = ""
        for last in range(k, min(len(doc.words), k + 4)):
            spelled += doc.words[last]
            if spelled in own:
                i = doc.sentence_of(k)
                if i is not None and last < doc.bounds[i][1]:
                    yield _plain_mention(doc, i, k, last), "domain"
                break
            if spelled not in prefixes:  # no label starts so
                break


def name_after(doc: NoticeDoc, i: int, token: int) -> OrgMention | None:
    """The legal or capitalised name starting at ``token`` of sentence ``i`` (after an article)."""
    lo, hi = doc.bounds[i]
    opening = token
    while token < hi and doc.words[token] in _ARTICLES:
        token += 1
    if token >= hi:
        return None
    for m in legal_names(doc, i):
        if m.first == token:
            return m
    for m in capitalised_names(doc, i):
        if m.first == token:
            return trimmed_mention(doc, m, frozenset())
        if m.first == opening < token and m.last >= token:  # "The Copper Kettle": the article is its own
            return _plain_mention(doc, i, token, m.last)
    return None


def name_before(doc: NoticeDoc, offset: int) -> OrgMention | None:
    """The legal or capitalised name ending just before ``offset`` (a bracket after the name)."""
    i = doc.sentence_at(offset - 1)
    if i is None:
        return None
    near = [m for m in legal_names(doc, i) + capitalised_names(doc, i) if 0 <= offset - m.end <= 3]
    legal = [m for m in near if m.legal]
    if legal:
        return legal[0]
    return trimmed_mention(doc, near[0], frozenset()) if near else None


def _plain_mention(doc: NoticeDoc, i: int, first: int, last: int) -> OrgMention:
    start, end = doc.starts[first], doc.ends[last]
    return OrgMention(i, start, end, doc.text[start:end], False, None, first, last)


def we_words(language: str) -> frozenset[str]:
    """The words a notice of ``language`` uses for its own organisation ("we", "wij", "wir", "nous")."""
    return _we_words(language)


@cache
def _we_words(language: str) -> frozenset[str]:
    return frozenset(lexicon(language).raw.get("we_words", ())) if language in LANGUAGES else frozenset()


@cache
def _mail_providers() -> frozenset[str]:
    return frozenset(normalise_name(p).replace(" ", "") for p in lexicon("en").shared.get(_NOT_MAIL_ORGS, ()))
