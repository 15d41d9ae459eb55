"""Which sentences speak about recipients: sharing verbs, recipient lists and sections, negation.

``recipient_contexts`` labels each sentence with how it talks about passing data on:
``share`` (a sharing verb or recipient noun, not negated), ``engage`` (using or engaging a party),
``list`` (an item of a list whose introducer is a recipient context), ``inherited`` (an example or
anaphoric follow-up of such a sentence), ``section`` (inside a recipients section), ``negated``,
or ``""`` (nothing about recipients).
"""

from __future__ import annotations

import re

from importers.notices.document import NoticeDoc
from importers.notices.lexicon import Hit, name_words
from importers.notices.segment import Kind

STRONG = frozenset({"share", "list", "inherited"})
ANY = frozenset({"share", "engage", "list", "inherited", "section"})
LIST_PARENTS = frozenset({"share", "list", "inherited", "section"})


def recipient_contexts(doc: NoticeDoc) -> list[str]:
    """The recipient context of every sentence (see the module docstring)."""
    contexts: list[str] = []
    for i, s in enumerate(doc.sentences):
        plain = not doc.groups[i]  # no lexicon hit: only its section and its list can speak
        if not plain and doc.defines(i):
            contexts.append("")  # "Recipient means a natural or legal person ...": a definition
            continue
        if plain:
            own = "section" if s.kind is not Kind.HEADING and doc.topic(i, "recipients") else ""
        else:
            own = _own(doc, i)
        if s.kind is Kind.ITEM and s.parent is not None and doc.has(s.parent, "complaint"):
            own = ""  # the authorities to complain to, listed under their lead-in, receive nothing
        elif s.kind is Kind.ITEM and s.parent is not None and own in ("", "section"):
            column = doc.sentences[s.parent].column_head  # a column says who receives, or its cells are data
            own = "list" if listed_item(doc, i, contexts) else ("" if column else own)
        if not plain and own in ("", "section") and i and _follows_up(doc, i, contexts[i - 1]):
            own = "inherited"
        contexts.append(own)
    return contexts


def listed_item(doc: NoticeDoc, i: int, contexts: list[str]) -> bool:
    """Sentence ``i`` is an item of a list (or a cell of a column) whose lead-in says its items
    receive data; ``contexts`` holds the contexts of the sentences before it at least."""
    s = doc.sentences[i]
    if s.kind is not Kind.ITEM or s.parent is None or doc.has(s.parent, "complaint"):
        return False
    parent = contexts[s.parent]
    if doc.sentences[s.parent].column_head:
        return _names_recipients(doc, s.parent, parent)
    return parent in LIST_PARENTS or _lead_in_names_parties(doc, s.parent)


def _lead_in_names_parties(doc: NoticeDoc, lead: int) -> bool:
    """A lead-in that says who its items are: a recipient noun, or a role word that names parties
    ("by two processors:", "external parties receive data:"), not an activity ("hosting:"), and
    not where the notice speaks of complaints or rights."""
    if doc.has(lead, "recipient_noun"):
        return True
    if doc.has(lead, "complaint") or doc.has(lead, "rights") or doc.has(lead, "subject"):
        return False
    return any(h.flag != "activity" for h in doc.of(lead, "role"))


def _names_recipients(doc: NoticeDoc, head: int, context: str) -> bool:
    """A table's column header that says who receives the data ("Recipients", "Who do we share
    your data with?", "Auftragsverarbeiter"), so its cells name recipients."""
    return (
        context == "share"
        or doc.has(head, "recipient_noun")
        or doc.has(head, "role")
        or any(h.kind == "heading" and h.label == "recipients" for h in doc.hits[head])
    )


# the kinds of hits that give a sentence a context of its own
_SPEAKING = frozenset({"share", "recipient_noun", "engage"})


def _own(doc: NoticeDoc, i: int) -> str:
    if doc.sentences[i].kind is Kind.HEADING:
        return ""
    groups = doc.groups[i]
    if _SPEAKING.isdisjoint(groups):  # (what the tests below decide then, quickly)
        quiet = "rights" in groups or "no_recipient" in groups
        if not quiet and _another_receives(doc, i):
            return "share"  # "X, which receives your name and address", "die X erhält Ihre Daten"
        if not quiet and _role_lists_names(doc, i):
            return "engage"  # "we search your record at credit reference agencies: A, B and C"
        return "section" if not quiet and doc.topic(i, "recipients") else ""
    in_rights = doc.topic(i, "rights") and not doc.topic(i, "recipients")
    if doc.has(i, "rights"):
        return ""
    shares = doc.of(i, "share") + doc.of(i, "recipient_noun")
    live = [h for h in shares if not doc.negated(i, h)]
    if not live and doc.has(i, "no_recipient"):
        return ""  # "Our EU representative is X", "Follow us on X": a name that receives nothing
    if live and all(h.kind == "share" and _reader_shares(doc, i, h) for h in live):
        return ""  # "you may choose to disclose your data to X": the reader passes it on, not we
    if live and not in_rights:
        return "share"
    engages = [h for h in doc.of(i, "engage") if not doc.negated(i, h)]
    if shares and not live:
        if _exception_named(doc, i):
            return "share"  # "we share your data with nobody, except our auditor X"
        return "negated"
    if in_rights:
        return ""
    if engages:
        return "engage"
    if doc.topic(i, "recipients"):
        return "section"
    return ""


def _role_lists_names(doc: NoticeDoc, i: int) -> bool:
    """A word for a kind of party, then a colon and the names of such parties in the same
    sentence ("at one of the credit reference agencies (CRAs): A, B and C")."""
    text = doc.text
    end = doc.sentences[i].end
    for h in doc.of(i, "role"):
        if h.flag == "activity":
            continue
        after = text[doc.ends[h.last] : min(end, doc.ends[h.last] + 12)]
        colon = _ROLE_COLON.match(after)
        if colon and after[colon.end() :][:1].isupper():
            return True
    return False


_ROLE_COLON = re.compile(r"\s*(?:\([^()]{1,8}\))?\s*:\s*")


def _another_receives(doc: NoticeDoc, i: int) -> bool:
    """A receiving verb of the profile ("receives", "ontvangt", "erhält", "reçoit") whose subject is
    neither we nor the reader: someone else gets the data ("the collector receives your name",
    "qui reçoit vos coordonnées"); not "we receive data from X" nor "you receive a letter"."""
    lex = doc.lexicon
    if lex is None or not lex.receiving_verbs:
        return False
    lo, hi = doc.bounds[i]
    persons = lex.reader_subjects | frozenset(lex.raw.get("we_words", ()))
    for k in range(lo, hi):
        if doc.words[k] in lex.receiving_verbs:
            around = range(max(lo, k - 3), min(hi, k + 2))
            if not any(doc.words[j] in persons for j in around if j != k) and not doc.negated(
                i, Hit(k, k, "receiving_verb", "", "")
            ):
                return True
    return False


def _exception_named(doc: NoticeDoc, i: int) -> bool:
    """A negated sharing sentence that takes a party out of its negation ("except to X", "außer
    an X"): the words after the exception name who receives the data."""
    words = doc.lexicon.exception_words if doc.lexicon else frozenset()
    lo, hi = doc.bounds[i]
    return bool(words) and any(doc.words[k] in words for k in range(lo, hi))


_READER_REACH = 6  # tokens from the reader as subject to the sharing verb ("you may choose to disclose")


def _reader_shares(doc: NoticeDoc, i: int, verb: Hit) -> bool:
    """The reader is the subject of the sharing verb and passes data to others: one of the
    profile's reader subjects stands a few tokens before it in its clause, with no "we" word
    before or after it ("nous vous transmettons": "vous" is our object there; "you send us": we
    receive it)."""
    if doc.lexicon is None:
        return False
    readers, we = doc.lexicon.reader_subjects, doc.lexicon.raw.get("we_words", ())
    clause = doc.clause[verb.first]
    lo, hi = doc.bounds[i]
    if any(doc.words[j] in we for j in range(verb.last + 1, min(hi, verb.last + 3))):
        return False  # "if you send us a message, ...": the reader gives it to us, the sentence goes on
    for k in range(max(lo, verb.first - _READER_REACH), verb.first):
        if doc.words[k] in readers and doc.clause[k] == clause and _subject_place(doc, lo, k):
            around = range(max(0, k - 2), verb.first)
            return not any(doc.words[j] in we for j in around)
    return False


_OPENERS = name_words("subordinators") | name_words("conjunctions") | name_words("relatives")


def _subject_place(doc: NoticeDoc, lo: int, k: int) -> bool:
    """Token ``k`` stands where a subject does: it opens its sentence (whose first token is
    ``lo``) or clause, or follows a comma, a subordinator, a conjunction or a relative ("if you",
    "wenn Sie", "that you") or a noun for data that a relative clause without its pronoun
    describes ("the data you choose to share"); not after a preposition ("informatie over u")."""
    if k == lo or doc.clause[k - 1] != doc.clause[k] or doc.words[k - 1] in _OPENERS:
        return True
    if doc.lexicon is not None and doc.words[k - 1] in doc.lexicon.data_nouns:
        return True
    return "," in doc.text[doc.ends[k - 1] : doc.starts[k]]


def _follows_up(doc: NoticeDoc, i: int, previous: str) -> bool:
    """An example or anaphoric sentence right after a recipient sentence of the same block."""
    if previous not in ("share", "engage", "list", "inherited"):
        return False
    if doc.sentences[i].block != doc.sentences[i - 1].block and doc.sentences[i].kind is not Kind.ITEM:
        return False
    lo, _ = doc.bounds[i]
    return any(h.first <= lo + 3 for h in doc.of(i, "example")) or doc.has(i, "anaphor")
