"""Whole-word mentions of catalogue organisations in a sentence, with case rules that keep words
that are also everyday words ("zoom in", "per Post") from being read as names.

The rules, per catalogue spelling:
- each word the catalogue writes with a capital must be written with one ("La Poste", not "la poste";
  "Le Chat" is not "Le chat"), and a name the catalogue writes in lower case only as it writes it
  ("eBay", "bpost");
- a short all-capitals acronym ("AFM", "IRS") matches only in capitals;
- a single word the catalogue lists as a common word ("Zoom", "Slack") matches only capitalised and
  not as the sentence's first word;
- a single word listed as never alone ("Post", "Teams") matches only inside a longer name
  ("Deutsche Post", "Microsoft Teams"), as do one- and two-letter words: alone they are letters of
  postcodes ("5611 CZ"), country codes, units and everyday words ("om", "tk");
- except a two-letter short form the catalogue declares (``short_names``: "CZ", "TK", "EY"):
  it matches alone written exactly so, as a token of its own (not "CZ-110", "tk.de"), in a text
  that has lower-case letters (not a heading in capitals), not beside a number, a word with
  digits or a one- or two-letter code that is no declared short form ("5611 CZ Eindhoven",
  "AT, CZ, DE", a cookie table's "A, CM, CM9"), not alone in brackets ("Praha (CZ)") and not
  as the last item after a comma ("Brno, CZ").
The longest spelling starting at a word wins. One pass over the sentence's words, one dictionary
look-up per word: the notice extractor calls this on every sentence.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, NamedTuple

from model.names import LEGAL_FORMS

if TYPE_CHECKING:
    from model.catalogue import Catalogue, _Key

_WORD = re.compile(r"\w+(?:[.'’&+\-]\w+)*")
_ACRONYM_MAX = 4
# a lower-case elided article or preposition written onto the next word: l’, d’, dell’, all’
_ELISION = re.compile(r"[a-z]{1,4}['’](?=\w)")
_SENTENCE_OPENERS = frozenset(".!?:;•*#-–—(\"“'‘>")


class _Form(NamedTuple):
    words: tuple[str, ...]
    key: _Key  # the entry and the catalogue's spelling
    text: str  # the spelling as written in a text (without a trailing legal form)
    exact_case: bool
    common: bool
    short: bool  # a declared two-letter short form: matched only where ``_short_fits``
    capitals: tuple[bool, ...]  # which words the catalogue writes with a capital


def fold(word: str) -> str:
    """A word case-folded without diacritics: 'Société' -> 'societe'."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class TextIndex:
    """First word -> the catalogue spellings starting with it, longest first."""

    def __init__(self, catalogue: Catalogue) -> None:
        index: dict[str, list[_Form]] = {}
        seen: set[tuple[str, ...]] = set()
        for key in catalogue.forms():
            for form in _variants(key.form):
                written = [_without_elision(m.start(), m.end(), m.group())[2] for m in _WORD.finditer(form)]
                words = tuple(fold(w) for w in written)
                short = form in catalogue.short_names
                if not words or words in seen or not (short or _indexable(words, catalogue)):
                    continue
                seen.add(words)
                single = len(words) == 1
                exact = form[0].islower() or (single and form.isupper() and len(form) <= _ACRONYM_MAX)
                common = single and words[0] in catalogue.common_words
                capitals = tuple(w[0].isupper() for w in written)
                index.setdefault(words[0], []).append(
                    _Form(words, key, form, exact or short, common, short, capitals)
                )
        for forms in index.values():
            forms.sort(key=lambda f: -len(f.words))
        self._index = index
        self._short = catalogue.short_names

    def openings(self) -> set[tuple[tuple[str, ...], bool]]:
        """The first two folded words of every spelling (one for a one-word spelling), and whether
        the spelling is written in lower case: a text without such an opening holds no mention."""
        return {(f.words[:2], f.text[0].islower()) for forms in self._index.values() for f in forms}

    def find(self, text: str) -> list[tuple[int, int, _Key]]:
        """(start, end, catalogue form) of each mention in ``text``, left to right."""
        spans = [_without_elision(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        folded = [w.lower() if w.isascii() else fold(w) for _, _, w in spans]
        found: list[tuple[int, int, _Key]] = []
        index = self._index
        i = 0
        while i < len(spans):
            if folded[i] not in index:  # most words start no spelling
                i += 1
                continue
            hit = self._hit(text, spans, folded, i)
            if hit is None:
                i += 1
                continue
            length, key = hit
            found.append((spans[i][0], spans[i + length - 1][1], key))
            i += length
        return found

    def _hit(
        self, text: str, spans: list[tuple[int, int, str]], folded: list[str], i: int
    ) -> tuple[int, _Key] | None:
        forms = self._index.get(folded[i])
        if not forms:
            return None
        for form in forms:
            n = len(form.words)
            if tuple(folded[i : i + n]) != form.words:
                continue
            written = text[spans[i][0] : spans[i + n - 1][1]]
            if _case_fits(form, written, spans[i : i + n]) and not (
                form.common and _starts_sentence(text, spans[i][0])
            ):
                if form.short and not _short_fits(text, spans, i, self._short):
                    continue
                return n, form.key
        return None


def _without_elision(start: int, end: int, word: str) -> tuple[int, int, str]:
    """A word without the elided article or preposition written onto it ("l’Autorité",
    "d’Orange", "dell’Agenzia"): a name starts after the apostrophe, and "de l'informatique"
    reads the same with either apostrophe."""
    elided = _ELISION.match(word)
    return (start + elided.end(), end, word[elided.end() :]) if elided else (start, end, word)


def _variants(spelling: str) -> list[str]:
    """The spelling, and without trailing legal forms ('SCHUFA Holding AG' -> 'SCHUFA')."""
    words = spelling.split()
    while len(words) > 1 and fold(words[-1]).replace(".", "").strip(",") in LEGAL_FORMS:
        words.pop()
    short = " ".join(words).rstrip(",")
    return [spelling, short] if short != spelling else [spelling]


def _indexable(words: tuple[str, ...], catalogue: Catalogue) -> bool:
    if " ".join(words) in catalogue.ambiguous:
        return False
    if len(words) > 1:
        return not all(w in LEGAL_FORMS for w in words)
    word = words[0]
    return len(word) > 2 and word not in catalogue.never_alone and word not in LEGAL_FORMS


def _case_fits(form: _Form, written: str, spans: list[tuple[int, int, str]]) -> bool:
    if form.exact_case:
        return written == form.text
    first = written[0]
    if not (first.isupper() or first.isdigit()):
        return False
    return all(
        w[0].isupper() or not cap for (_, _, w), cap in zip(spans[1:], form.capitals[1:], strict=False)
    )


def _short_fits(text: str, spans: list[tuple[int, int, str]], i: int, shorts: frozenset[str]) -> bool:
    """A two-letter short form at word ``i`` stands as a name (see the module's rules); a
    neighbour that is another declared short form ("BT, O2 and EY") is no code list."""
    start, end, _ = spans[i]
    before, after = text[start - 1 : start], text[end : end + 1]
    if before in _GLUED or after in _GLUED or (before == "(" and after == ")"):
        return False
    if not any(c.islower() for c in text):
        return False
    neighbours = [w for _, _, w in spans[max(0, i - 1) : i] + spans[i + 1 : i + 2]]
    if any(_code_like(w) and w not in shorts for w in neighbours):
        return False
    previous, rest = text[:start].rstrip(), text[end:].lstrip()
    return not (previous.endswith(",") and (not rest or rest[0] in _CLAUSE_ENDS))


def _code_like(word: str) -> bool:
    """A number, a word with digits or one or two capitals: a postcode's part, a country code, a
    cookie's name ("5611", "CM9", "AT", "A")."""
    return any(c.isdigit() for c in word) or (len(word) <= 2 and word.isupper())


_GLUED = frozenset("-/@_+&")  # "CZ-110", "CZ/SK", "@TK": part of a code, a number or an address
_CLAUSE_ENDS = frozenset(".;)\n")


def _starts_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in _SENTENCE_OPENERS
