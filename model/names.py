"""Organisation names: the normal form used to tell whether two names are the same organisation."""

from __future__ import annotations

import re
import unicodedata

# Legal forms and filler words in the four languages; dropped before comparing names.
LEGAL_FORMS = frozenset(
    [
        "bv",
        "b",
        "v",
        "nv",
        "n",
        "v",
        "vof",
        "cv",
        "ltd",
        "limited",
        "plc",
        "llc",
        "llp",
        "lp",
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "co",
        "company",
        "gmbh",
        "mbh",
        "ag",
        "kg",
        "kgaa",
        "ohg",
        "ug",
        "eg",
        "ev",
        "e",
        "v",
        "se",
        "sa",
        "s",
        "a",
        "sas",
        "sasu",
        "sarl",
        "srl",
        "spa",
        "s",
        "p",
        "a",
        "sl",
        "slu",
        "ab",
        "as",
        "asa",
        "oy",
        "oyj",
        "aps",
        "a",
        "s",
        "kft",
        "zrt",
        "sp",
        "z",
        "o",
        "o",
        "sro",
        "s",
        "r",
        "o",
        "doo",
        "pty",
        "pte",
        "bhd",
        "uab",
        "holding",
        "holdings",
        "group",
        "groep",
        "gruppe",
        "groupe",
        "the",
        "de",
        "het",
        "der",
        "die",
        "das",
        "la",
        "le",
        "les",
    ]
)


# Words dropped before comparing names that are not legal forms: articles and group words.
_FILLERS = frozenset(
    ["holding", "holdings", "group", "groep", "gruppe", "groupe", "the", "de", "het", "der", "die", "das"]
    + ["la", "le", "les"]
)
# Spellings of one legal form: 'Incorporated' is 'Inc.', 'Limited' is 'Ltd'.
_FORM_SPELLINGS = {
    "incorporated": "inc",
    "limited": "ltd",
    "corporation": "corp",
    "company": "co",
    "mbh": "gmbh",
}


def legal_form(name: str) -> str:
    """The legal form a name states, in one spelling ('' when none): 'Acme B.V.' -> 'bv',
    'Acme Incorporated' -> 'inc'. Two names with different legal forms are different entities
    ('Acme B.V.' and its parent 'Acme Inc.'), however alike the rest of the name."""
    words = name_words(name)
    forms = [_FORM_SPELLINGS.get(w, w) for w in words if w in LEGAL_FORMS and w not in _FILLERS]
    if len(forms) == len(words):
        return ""  # a name made only of such words ('SA', 'AB') has no legal form to compare
    return "".join(forms)


def same_entity(a: str, b: str) -> bool:
    """Whether two names can be one entity by their legal forms: equal forms, or one states none."""
    fa, fb = legal_form(a), legal_form(b)
    return not fa or not fb or fa == fb


def name_id_parts(name: str) -> tuple[str, ...]:
    """What a content-derived party id is made of: the normal form, and the legal form when stated."""
    form = legal_form(name)
    return (normalise_name(name), form) if form else (normalise_name(name),)


def normalise_name(name: str) -> str:
    """Case, diacritics, punctuation, bracketed parts and legal forms removed: 'Intrum B.V.' -> 'intrum'."""
    words = name_words(name)
    kept = [w for w in words if w not in LEGAL_FORMS]
    return " ".join(kept or words)


_BRACKETED = re.compile(r"\([^)]*\)")
_WORD = re.compile(r"\w+")


def name_words(name: str) -> list[str]:
    """The words of a name, case-folded, without diacritics, punctuation or bracketed parts."""
    if name.isascii():  # nothing to decompose: the common case, several times quicker
        text = name.lower()
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    if "(" in text:
        text = _BRACKETED.sub(" ", text)
    if "&" in text:
        text = text.replace("&", " and ")
    return _WORD.findall(text.replace(".", ""))  # the runs of word characters: what remains between non-words
