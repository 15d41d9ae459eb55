"""Names a notice defines with their short form in brackets: "Inspectie Gezondheidszorg en Jeugd
(IGJ)", "Direction générale des finances publiques (DGFiP)", "Motor Insurers' Bureau of Ireland
(MIBI)".

The short form spells the initials of the words before the bracket, so those words are one
organisation's name even where they carry no legal form and some are written in lower case (as
French writes its public bodies). The check needs no vocabulary and works in every language: each
capitalised word gives the short form its first letter or more ("Fi" of "finances"), a word in
lower case may give letters or be skipped ("de la", "pour la", "van"). The definitions of a notice
also name the body where the short form later stands alone ("we inform the IGJ").
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left

from importers.notices.document import NoticeDoc
from importers.notices.lexicon import name_words
from importers.notices.organisations import OrgMention, capitalised_names, clean_name

# "(IGJ)", "(DGFiP)", "(ComReg)": a capital first and at least one more in at most ten letters
_SHORT = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
_REACH = 12  # words before the bracket a name may span
_BREAK = re.compile(r"[,;:.()\[\]\n|]")
_HYPHENS = re.compile(r"[-\u2010\u2011]")
_EVERYDAY = name_words("everyday_abbreviations")
_LEAD_STOP = name_words("lead_stop")
_CONJUNCTIONS = name_words("conjunctions")


def defined_names(doc: NoticeDoc, index: int) -> list[OrgMention]:
    """The names sentence ``index`` defines with a short form in brackets (found once per sentence)."""
    cache: dict[int, list[OrgMention]] = doc.cache.setdefault("defined_names", {})
    found = cache.get(index)
    if found is None:
        s = doc.sentences[index]
        shorts = _shorts(doc, s.start, s.end) if doc.text.find("(", s.start, s.end) >= 0 else []
        found = cache[index] = [m for m in (_defined(doc, index, short) for short in shorts) if m]
    return found


def short_forms(doc: NoticeDoc) -> dict[str, str]:
    """Every short form the notice defines (as written) -> the name it stands for ("IGJ" ->
    "Inspectie Gezondheidszorg en Jeugd"); the first definition wins."""
    found: dict[str, str] | None = doc.cache.get("short_forms")
    if found is None:
        found = doc.cache["short_forms"] = {}
        at = doc.text.find("(")
        while at >= 0:
            index = doc.sentence_at(at)
            if index is not None:
                for m in defined_names(doc, index):
                    short = _SHORT.match(doc.text, doc.text.index("(", m.end))
                    if short:
                        found.setdefault(short.group(1), m.name)
                at = doc.text.find("(", doc.sentences[index].end)
            else:
                at = doc.text.find("(", at + 1)
    return found


def _shorts(doc: NoticeDoc, start: int, end: int) -> list[re.Match[str]]:
    return [
        m
        for m in _SHORT.finditer(doc.text, start, end)
        if sum(map(str.isupper, m.group(1))) >= 2 and m.group(1).casefold() not in _EVERYDAY
    ]


def _defined(doc: NoticeDoc, index: int, short: re.Match[str]) -> OrgMention | None:
    """The name whose initials ``short`` spells, ending right before its bracket; None if none does."""
    text, starts, ends = doc.text, doc.starts, doc.ends
    last = bisect_left(starts, short.start()) - 1
    lo = doc.bounds[index][0]
    if last < lo or not text[ends[last] : short.start()].isspace():
        return None
    first = last
    while first > lo and last - first < _REACH and not _BREAK.search(text, ends[first - 1], starts[first]):
        first -= 1
    letters = short.group(1).casefold()
    words = [_pieces(text[starts[k] : ends[k]]) for k in range(first, last + 1)]
    joiners = _joiners(doc)
    for begin in range(len(words)):  # the longest name that spells the short form
        if not words[begin][0][0][:1].isupper() or not _spells(words, begin, letters):
            continue
        if joiners is not None and not _only_joiners(words[begin:], joiners):
            continue  # "Unique personal identifier (UPI)": lower-case words make it a term, not a name
        opening = _run_start(doc, index, first, first + begin, last)
        start = starts[opening]
        return OrgMention(
            index, start, ends[last], clean_name(text[start : ends[last]]), False, None, opening, last
        )
    return None


def _only_joiners(words: list[list[tuple[str, bool]]], joiners: frozenset[str]) -> bool:
    """Every part written in lower case is one of ``joiners``."""
    return all(part.casefold() in joiners for word in words for part, lower in word if lower)


def _joiners(doc: NoticeDoc) -> frozenset[str] | None:
    """The lower-case words a name may hold (joiners, articles, conjunctions), or None where names
    may hold any (written in sentence case)."""
    lex = doc.lexicon
    if lex is None or lex.names_in_sentence_case:
        return None
    return frozenset(j.rstrip("'") for j in lex.name_joiners) | lex.articles | _CONJUNCTIONS


def _run_start(doc: NoticeDoc, index: int, lo: int, begin: int, last: int) -> int:
    """Where the capitalised name ending in the spelled words starts: the short form may leave out
    its first words ("Agency for Digital Government (DIGG)", "Commission for Communications
    Regulation (ComReg)")."""
    for run in capitalised_names(doc, index):
        if run.first < begin <= run.last <= last and run.first >= lo:
            first = run.first
            while first < begin and doc.words[first] in _LEAD_STOP:
                first += 1
            return first
    return begin


def _pieces(written: str) -> list[tuple[str, bool]]:
    """The parts of a written word between hyphens ("Noord-Holland"), each with whether it is
    written in lower case (then it may give no letter: "de", "la", "van")."""
    return [(part, part[:1].islower()) for part in _HYPHENS.split(written) if part]


def _spells(words: list[list[tuple[str, bool]]], begin: int, letters: str) -> bool:
    """Whether the words from ``begin`` on give ``letters`` in order: each capitalised part its
    first letters, each lower-case part its first letters or nothing."""
    parts = [(p.casefold(), lower) for word in words[begin:] for p, lower in word]
    if not parts or parts[0][1]:
        return False
    memo: dict[tuple[int, int], bool] = {}

    def align(k: int, p: int) -> bool:  # parts[k:] give letters[p:]
        if k == len(parts):
            return p == len(letters)
        if (k, p) not in memo:
            part, optional = parts[k]
            ok = optional and align(k + 1, p)
            size = 1
            while not ok and size <= min(len(part), len(letters) - p) and _same(part, size, letters, p):
                ok = align(k + 1, p + size)
                size += 1
            memo[(k, p)] = ok
        return memo[(k, p)]

    return align(0, 0)


def _same(part: str, size: int, letters: str, p: int) -> bool:
    """The ``size``-th letter of ``part`` is the next letter of the short form (accents aside:
    short forms are written without them)."""
    a, b = part[size - 1], letters[p + size - 1]
    return a == b or unicodedata.normalize("NFKD", a)[:1] == unicodedata.normalize("NFKD", b)[:1]
