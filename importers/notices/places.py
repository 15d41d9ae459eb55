"""Countries named in a notice: names in the four languages (via ``model.countries.name_index``),
capitalised as proper nouns, short forms ("US", "VS", "UK") only in capitals, and old-style postal
prefixes ("CH-8050 Zürich", "D-80992 München").

Where the notice's own text places an organisation (``place_of``): a postcode with its town after
the name (``address_countries``: "3011 AD Rotterdam", "80331 München", "1000 Bruxelles"), a
country in brackets, a nationality adjective beside it (``nationality_countries``: "de Nederlandse
Belastingdienst", "l'administration fiscale française"), a country-code web domain (weak); and
what its name's legal form says (``name_country``: "Kivra Sweden AB"). The vocabulary is data:
places.json beside this module, and the legal forms' countries in lexicons/legal_forms.json.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from functools import cache
from importlib import resources
from itertools import takewhile
from typing import Any

import pycountry

from importers.notices.lexicon import name_words
from model.countries import name_index

# Short keys that are everyday words in lower case ("us", "vs"): they count only as written in capitals.
_CAPITALS_ONLY_MAX = 4
_PREFIXES = "CH|D|A|F|B|NL|L|I|E|FL|DK|S|N|FIN|IRL|P|PL|CZ|GB"
_POSTAL = re.compile(rf"\b({_PREFIXES})-\d{{4,5}}\b")
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


# --- Places from the notice's own text: nationality adjectives, postcodes with towns, web domains ----

_PLACES_DATA = "places.json"
_DIGITS = re.compile(r"\d\d*")  # not "\d+": a pattern starting with a class lets the engine skip ahead
_WORD_RE = re.compile(r"[\w.'’-]+")
_DOMAIN_RE = re.compile(
    r"(?<![\w.@-])(?:[\w-]+@)?(?:www\.)?(?:[a-z0-9-]+\.)+([a-z]{2})(?![\w.-]*\w)", re.IGNORECASE
)


@cache
def _places() -> dict[str, Any]:
    """places.json, read once."""
    text = resources.files("importers.notices").joinpath(_PLACES_DATA).read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def _adjectives() -> dict[str, str]:
    """Every nationality adjective form (case-folded), with its country: 'nederlandse' -> NL."""
    data = _places()
    endings = data["adjective_endings"]
    forms: dict[str, str] = {}
    for code, languages in data["nationality"].items():
        for language, words in languages.items():
            for word in words:
                for ending in endings.get(language, [""]):
                    forms.setdefault(fold_word(word + ending), code)
    return forms


@cache
def _cities() -> dict[str, str]:
    """cities.json (GeoNames' towns, see tools/places/build_cities.py), read once when first needed."""
    text = resources.files("importers.notices").joinpath("cities.json").read_text("utf-8")
    cities: dict[str, str] = json.loads(text)["cities"]
    return cities


# a town right after a name: after a comma or a place preposition ("Acme Ltd, Cork", "X GmbH in
# Berlin", "X B.V. te Tiel", "X Pvt Ltd, à Bangalore"), one to four capitalised words
_TOWN = r"([^\W\d_][^\W\d_'’.-]*(?:[ '’-][^\W\d_][^\W\d_'’.-]*){0,3})(?![\w-])"
_TOWN_AFTER_WORD = re.compile(r"(\s*,\s*|\s+)([^\W\d_]{1,3})\s+" + _TOWN)
_TOWN_AFTER = re.compile(r"(\s*,\s*|\s+)()" + _TOWN)


def town_after(text: str, after: int, end: int) -> tuple[int, str] | None:
    """(offset, ISO code) of the town written right after a name that ends at ``after``, after a
    comma or a place preposition ("Acme Ltd, Cork", "X GmbH in Berlin", "X Pvt Ltd, à Bangalore");
    its capitalised words must all be the town's name ("Victoria Buildings" is a street). None when
    no town stands there."""
    m = _TOWN_AFTER_WORD.match(text, after, end)
    if m is None or fold_word(m.group(2)) not in name_words("place_prepositions"):
        m = _TOWN_AFTER.match(text, after, end)  # no preposition: then a comma must stand there
    if m is None or not (m.group(2) or "," in m.group(1)):
        return None
    words = list(takewhile(lambda w: w[:1].isupper(), m.group(3).split()))  # "Berlin für": "für" ends it
    if not words:
        return None
    code = _cities().get(" ".join(fold_word(re.sub(r"['’-]", " ", " ".join(words))).split()))
    return (m.start(3), code) if code else None


def town_country(words: list[str]) -> str | None:
    """The country of the town that the folded ``words`` name ("cork" IE, "san francisco" US,
    "munchen" DE), or None: GeoNames' towns of 50,000 people or more (a name several share gives
    the most populous one's country)."""
    return _cities().get(" ".join(words))


def street_word(word: str) -> bool:
    """The folded ``word`` is or ends in a street word of some country ("road", "rue",
    "leopoldstrasse", "keizersgracht"): a word of an address line."""
    whole, endings = _street_words()
    return word in whole or word.endswith(endings)


@cache
def _street_words() -> tuple[frozenset[str], tuple[str, ...]]:
    words = [w for ws in _places()["streets"].values() for w in ws]
    whole = frozenset(fold_word(w) for w in words if not w.startswith("-") and w.isalpha())
    return whole, tuple(sorted({fold_word(w[1:]) for w in words if w.startswith("-")}))


def fold_word(word: str) -> str:
    """A word case-folded without diacritics."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def nationality_countries(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, ISO code) of nationality adjectives in ``text[start:end]``: 'de Nederlandse
    Belastingdienst', 'die deutsche Rentenversicherung', "l'administration fiscale française".

    Short forms ("US", "UK") count only in capitals.
    """
    forms = _adjectives()
    found = []
    for m in _WORD_RE.finditer(text, start, end):
        word = m.group().strip(".'’-")
        code = forms.get(fold_word(word))
        if code and (len(word) > 3 or word.isupper()):
            found.append((m.start(), code))
    return found


@cache
def _postcode_patterns() -> list[tuple[re.Pattern[str], tuple[str, ...], bool]]:
    """(postcode and town pattern, candidate countries, unique) grouped by postcode shape."""
    shapes: dict[str, list[str]] = defaultdict(list)
    unique: dict[str, bool] = {}
    town_first: dict[str, bool] = {}
    standalone: dict[str, bool] = {}
    for entry in _places()["postcodes"]:
        shapes[entry["pattern"]].append(entry["country"])
        unique[entry["pattern"]] = entry["unique"]
        town_first[entry["pattern"]] = entry.get("town_first", False)
        standalone[entry["pattern"]] = entry.get("standalone", False)
    town = r"[A-ZÀ-Þ'][\w'’.-]*(?:[ -][A-ZÀ-Þa-z][\w'’.-]*){0,3}"
    patterns = []
    for shape, countries in shapes.items():
        if standalone[shape]:  # a shape no word has ("EC1A 1BB"): the town may stand anywhere
            regex = rf"(?<![\w-])(?P<code>{shape})(?![\w-])"
        elif town_first[shape]:
            regex = rf"(?P<town>{town}),? (?P<code>{shape})\b"
        else:
            regex = rf"(?<![\w-])(?P<code>{shape})\s+(?P<town>{town})"
        patterns.append((re.compile(regex), tuple(countries), unique[shape]))
    return patterns


@cache
def _any_postcode() -> re.Pattern[str]:
    """Every postcode shape of places.json in one pattern, its town after it unless the shape
    stands alone or comes after its town (US "CA 94025"); a country prefix ("D-80331") allowed."""
    town = r"[A-ZÀ-Þ'][\w'’.-]*"
    shapes: list[str] = []
    alone: list[str] = []
    for entry in _places()["postcodes"]:
        if entry.get("town_first"):
            continue
        target = alone if entry.get("standalone") else shapes
        if entry["pattern"] not in target:
            target.append(entry["pattern"])
    followed = rf"(?:(?:{_PREFIXES})-)?(?:{'|'.join(shapes)})[ \t]+(?P<town>{town})"
    return re.compile(rf"(?<![\w.,/-])(?:{followed}|(?:{'|'.join(alone)})(?![\w-]))")


def postcodes(text: str) -> list[tuple[int, int]]:
    """(offset of the postcode, offset of its town or -1) of every postcode in ``text``, of any
    shape places.json knows, without settling the country ("3011 AD Rotterdam", "80331 München",
    "D-80331 München", "EC1A 1BB"). The one reading of addresses for the stages that need only
    where they stand (the controller's imprint; a town is no name)."""
    pattern, done = _any_postcode(), 0
    found: list[tuple[int, int]] = []
    for number in _DIGITS.finditer(text):  # every shape has a digit within its first five characters
        at = number.start()
        for start in range(at, max(done, at - 5) - 1, -1):
            if start < at and not text[start].isalpha() and text[start] != "-":
                break
            m = pattern.match(text, start)
            if m is not None:
                found.append((m.start(), m.start("town") if m.group("town") else -1))
                done = m.end()
                break
    return found


@cache
def _towns() -> dict[str, str]:
    return {fold_word(t): code for code, towns in _places()["towns"].items() for t in towns}


def address_countries(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, ISO code) of postcodes with their town in ``text[start:end]``.

    A postcode shape one country uses (Dutch "3011 AD", British "EC1A 1BB", Polish "00-950") settles
    it; a shape several use (five digits: Germany, France, Italy, Spain, Finland; four digits:
    Belgium, Austria, Switzerland, Denmark) is settled by a known town ("80331 München") or by
    the street words of the line before ("Rue ...", "...straat"); otherwise it says nothing.
    Prefixed codes ("D-80331") are read too.
    """
    found = list(postal_countries(text, start, end))
    settled: set[int] = set()  # offsets a one-country shape claimed: "1011 AB" is Dutch, not Belgian
    for pattern, countries, unique in _postcode_patterns():  # one-country shapes come first
        for m in pattern.finditer(text, start, end):
            if m.start("code") in settled:
                continue
            code = countries[0] if unique and len(countries) == 1 else _settle(text, m, countries, start)
            if code:
                found.append((m.start(), code))
                if unique:
                    settled.add(m.start("code"))
    return sorted(found)


def _settle(text: str, m: re.Match[str], countries: tuple[str, ...], start: int) -> str | None:
    town_words = m.group("town").split()
    for n in range(len(town_words), 0, -1):
        code = _towns().get(fold_word(" ".join(town_words[:n])))
        if code is not None:
            return code if code in countries else None
    for n in range(min(len(town_words), 4), 0, -1):  # a town of GeoNames ("70565 Stuttgart")
        code = _cities().get(" ".join(fold_word(re.sub(r"['’-]", " ", " ".join(town_words[:n]))).split()))
        if code is not None and code in countries:
            return code
    line_start = max(start, text.rfind("\n", start, m.start() - 1) + 1 if m.start() > start else start)
    before = fold_word(text[max(start, line_start - 120) : m.start()])
    streets = _places()["streets"]
    options = [c for c in countries if any(_has_street(before, w) for w in streets.get(c, ()))]
    return options[0] if len(options) == 1 else None


def _has_street(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text``: as a word's end when written '-weg', else as a word."""
    if word.startswith("-"):
        return re.search(rf"{re.escape(fold_word(word[1:]))}\b", text) is not None
    return re.search(rf"(?<!\w){re.escape(fold_word(word))}(?!\w)", text) is not None


def domain_countries(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, ISO code) of web or e-mail domains under a country-code top-level domain: weak
    evidence, to use only when nothing else places the organisation."""
    tlds = _places()["tlds"]
    return [
        (m.start(), tlds[m.group(1).lower()])
        for m in _DOMAIN_RE.finditer(text, start, end)
        if m.group(1).lower() in tlds
    ]


_ADDRESS_REACH = 200  # characters after a name in which its address may stand
_BEFORE_REACH = 40  # characters before a name in which a nationality adjective may stand
_BRACKET = re.compile(r"\s*\(([^()]{2,40})\)")
# Where the text about a name ends: a blank line, a semicolon, or the next list item.
_END_OF_ITEM = re.compile(r"\n\s*\n|;|\n\s*(?:[-*•–]|\d+[.)])\s")


def place_of(text: str, name: str, spans: list[tuple[int, int]]) -> tuple[str, str] | None:
    """Where the notice's own text places the organisation ``name`` mentioned in ``spans``:
    (ISO code, how) with how one of "address" (a postcode and town after the name), "notice" (a
    country in brackets after it, or a nationality adjective beside it: "de Nederlandse
    Belastingdienst"), or "domain" (a country-code web domain after it: weak). None when silent.
    """
    found: dict[str, tuple[int, str]] = {}
    for start, end in spans:
        at = text.find(name, start, end) if name else -1
        if at < 0:
            continue
        after = at + len(name)
        limit = min(len(text), after + _ADDRESS_REACH)
        item_end = _END_OF_ITEM.search(text, after, limit)
        reach = item_end.start() if item_end else limit
        for how, code in _evidence(text, at, after, reach, max(start, at - _BEFORE_REACH)):
            found.setdefault(how, (at, code))
    for how in ("address", "notice", "domain"):
        if how in found:
            return found[how][1], how
    return None


def _evidence(text: str, at: int, after: int, reach: int, before: int) -> list[tuple[str, str]]:
    out = [("address", code) for _, code in address_countries(text, after, reach)[:1]]
    town = town_after(text, after, reach) if not out else None
    if town is not None:  # "Acme Ltd, Cork": the town of its address
        out.append(("address", town[1]))
    bracket = _BRACKET.match(text, after)
    if bracket:
        code = _country_in(bracket.group(1))
        if code:
            out.append(("notice", code))
    near = nationality_countries(text, before, at) + nationality_countries(text, at, min(reach, after + 30))
    if near:
        out.append(("notice", min(near, key=lambda f: abs(f[0] - at))[1]))
    out += [("domain", code) for _, code in domain_countries(text, after, reach)[:1]]
    return out


def _country_in(words: str) -> str | None:
    """The country a bracketed text names ("Ireland", "VS", "Verenigde Staten"), if that is all it says."""
    key = words.strip()
    code = name_index().get(fold_word(re.sub(r"[^\w]+", " ", key)).strip())
    if code and (len(key) > 3 or key.isupper()) and pycountry.countries.get(alpha_2=code):
        return code
    return None


@cache
def _form_countries() -> list[tuple[str, frozenset[str]]]:
    """(legal form as written, the countries it exists in), longest first, from legal_forms.json."""
    data = json.loads(
        resources.files("importers.notices").joinpath("lexicons/legal_forms.json").read_text("utf-8")
    )
    countries: dict[str, set[str]] = defaultdict(set)
    for entry in data["forms"]:
        for written in entry["written"]:
            countries[written].update(c for c in entry["countries"] if len(c) == 2)
    return sorted(((w, frozenset(c)) for w, c in countries.items() if c), key=lambda x: -len(x[0]))


def name_country(name: str) -> str | None:
    """The country an organisation's own name gives: a country named in it that its legal form allows
    ("Vodafone Ireland Limited", "Hetzner Finland Oy"), else a legal form of one country only
    ("Kivra AB", "Voorbeeld vzw"). Where it is established, not where it processes data."""
    words = name.rstrip(" .,")
    for written, countries in _form_countries():
        if words.endswith(written) and (len(words) == len(written) or not words[-len(written) - 1].isalnum()):
            stem = words[: -len(written)].rstrip(" ,")
            named = _country_named_in(stem)
            if named and named in countries:
                return named
            return next(iter(countries)) if len(countries) == 1 and stem else None
    return None


def _country_named_in(stem: str) -> str | None:
    """A country named by a capitalised word of ``stem`` after its first word."""
    index = name_index()
    for word in stem.split()[1:]:
        if word[:1].isupper() and len(word) > 3:
            code = index.get(fold_word(word))
            if code and pycountry.countries.get(alpha_2=code):
                return code
    return None
