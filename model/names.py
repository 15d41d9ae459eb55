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


def normalise_name(name: str) -> str:
    """Case, diacritics, punctuation, bracketed parts and legal forms removed: 'Intrum B.V.' -> 'intrum'."""
    words = name_words(name)
    kept = [w for w in words if w not in LEGAL_FORMS]
    return " ".join(kept or words)


_BRACKETED = re.compile(r"\([^)]*\)")
_NON_WORD = re.compile(r"[^\w]+")


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
    return [w for w in _NON_WORD.split(text.replace(".", "")) if w]
