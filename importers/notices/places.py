"""Countries named in a notice: names in the four languages (via ``model.countries.name_index``),
capitalised as proper nouns, short forms ("US", "VS", "UK") only in capitals, and old-style postal
prefixes ("CH-8050 Zürich", "D-80992 München").
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

import pycountry

from model.countries import name_index

# Short keys that are everyday words in lower case ("us", "vs"): they count only as written in capitals.
_CAPITALS_ONLY_MAX = 4
_POSTAL = re.compile(r"\b(CH|D|A|F|B|NL|L|I|E|FL|DK|S|N|FIN|IRL|P|PL|CZ|GB)-\d{4,5}\b")
_POSTAL_CODES = {
    "CH": "CH",
    "D": "DE",
    "A": "AT",
    "F": "FR",
    "B": "BE",
    "NL": "NL",
    "L": "LU",
    "I": "IT",
    "E": "ES",
    "FL": "LI",
    "DK": "DK",
    "S": "SE",
    "N": "NO",
    "FIN": "FI",
    "IRL": "IE",
    "P": "PT",
    "PL": "PL",
    "CZ": "CZ",
    "GB": "GB",
}


@cache
def _index() -> dict[str, list[tuple[tuple[str, ...], str, bool]]]:
    """First word -> [(all words, ISO code, capitals only)]."""
    index: dict[str, list[tuple[tuple[str, ...], str, bool]]] = defaultdict(list)
    for key, code in name_index().items():
        if code == "EPO" or pycountry.countries.get(alpha_2=code) is None:
            continue  # "EU" and other non-country codes are not destinations
        words = tuple(key.split())
        variants = {words, ("".join(words),)} if 1 < len(words) <= 3 else {words}
        for variant in variants:
            caps = len("".join(variant)) <= _CAPITALS_ONLY_MAX - 1 or key in ("usa", "prc", "uae")
            index[variant[0]].append((variant, code, caps))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return dict(index)


COUNTRY_WORDS = frozenset(_index())  # the words a country name can start with


def find_countries(
    text: str,
    words: list[str],
    starts: list[int],
    ends: list[int],
    candidates: list[int],
    hi: int,
    exclude: frozenset[str] = frozenset(),
) -> list[tuple[int, int, str]]:
    """(first token, last token, ISO code) of every country named from the ``candidates`` tokens.

    ``candidates`` are the ascending tokens (below ``hi``) whose word can start a country name;
    a name may run on up to token ``hi - 1``. ``exclude`` lists words that are country names
    elsewhere but ordinary words in the notice's language (Dutch "Indien" means "if").
    """
    index = _index()
    found: list[tuple[int, int, str]] = []
    after = -1  # a name found covers the tokens up to here
    for i in candidates:
        if i <= after or words[i] in exclude:
            continue
        for variant, code, caps in index.get(words[i], ()):
            last = i + len(variant) - 1
            if (
                last < hi
                and tuple(words[i : last + 1]) == variant
                and _written_as_name(text, starts[i], ends[last], caps)
            ):
                found.append((i, last, code))
                after = last
                break
    return found


def _written_as_name(text: str, start: int, end: int, capitals_only: bool) -> bool:
    written = text[start:end]
    if capitals_only:
        return written.isupper()
    return written[:1].isupper()


def postal_countries(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, ISO code) of postal codes with a country prefix in ``text[start:end]``."""
    if text.find("-", start, end) < 0:
        return []  # every such code has a hyphen: most stretches of text are settled by one find
    return [(m.start(), _POSTAL_CODES[m.group(1)]) for m in _POSTAL.finditer(text, start, end)]
