"""Which sentences speak about recipients: sharing verbs, recipient lists and sections, negation.

``recipient_contexts`` labels each sentence with how it talks about passing data on:
``share`` (a sharing verb or recipient noun, not negated), ``engage`` (using or engaging a party),
``list`` (an item of a list whose introducer is a recipient context), ``inherited`` (an example or
anaphoric follow-up of such a sentence), ``section`` (inside a recipients section), ``negated``,
or ``""`` (nothing about recipients).
"""

from __future__ import annotations

from importers.notices.document import NoticeDoc
from importers.notices.segment import Kind

STRONG = frozenset({"share", "list", "inherited"})
ANY = frozenset({"share", "engage", "list", "inherited", "section"})
LIST_PARENTS = frozenset({"share", "list", "inherited", "section"})


def recipient_contexts(doc: NoticeDoc) -> list[str]:
    """The recipient context of every sentence (see the module docstring)."""
    contexts: list[str] = []
    for i, s in enumerate(doc.sentences):
        plain = not doc.groups[i]  # no lexicon hit: only its section and its list can speak
        if plain:
            own = "section" if s.kind is not Kind.HEADING and doc.topic(i, "recipients") else ""
        else:
            own = _own(doc, i)
        if s.kind is Kind.ITEM and s.parent is not None and doc.has(s.parent, "complaint"):
            own = ""  # the authorities to complain to, listed under their lead-in, receive nothing
        elif s.kind is Kind.ITEM and s.parent is not None and own in ("", "section"):
            parent = contexts[s.parent]
            if doc.sentences[s.parent].column_head:  # a column says who receives, or its cells are data
                own = "list" if _names_recipients(doc, s.parent, parent) else ""
            elif parent in LIST_PARENTS or _lead_in_names_parties(doc, s.parent):
                own = "list"
        if not plain and own in ("", "section") and i and _follows_up(doc, i, contexts[i - 1]):
            own = "inherited"
        contexts.append(own)
    return contexts


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


def _own(doc: NoticeDoc, i: int) -> str:
    if doc.sentences[i].kind is Kind.HEADING:
        return ""
    in_rights = doc.topic(i, "rights") and not doc.topic(i, "recipients")
    if doc.has(i, "rights"):
        return ""
    shares = doc.of(i, "share") + doc.of(i, "recipient_noun")
    live = [h for h in shares if not doc.negated(i, h)]
    if live and not in_rights:
        return "share"
    engages = [h for h in doc.of(i, "engage") if not doc.negated(i, h)]
    if shares and not live:
        return "negated"
    if in_rights:
        return ""
    if engages:
        return "engage"
    if doc.topic(i, "recipients"):
        return "section"
    return ""


def _follows_up(doc: NoticeDoc, i: int, previous: str) -> bool:
    """An example or anaphoric sentence right after a recipient sentence of the same block."""
    if previous not in ("share", "engage", "list", "inherited"):
        return False
    if doc.sentences[i].block != doc.sentences[i - 1].block and doc.sentences[i].kind is not Kind.ITEM:
        return False
    lo, _ = doc.bounds[i]
    return any(h.first <= lo + 3 for h in doc.of(i, "example")) or doc.has(i, "anaphor")
