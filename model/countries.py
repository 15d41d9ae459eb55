"""Country names in English, Dutch, German and French, to and from ISO 3166-1 alpha-2 codes.

Names come from Unicode CLDR (via Babel) for everyday forms and from the Debian iso-codes
translations (via pycountry) for official forms; a short list of usual abbreviations completes them.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from functools import cache

import pycountry
from babel import Locale

LANGUAGES = ("en", "nl", "de", "fr")

EPO_NAMES = {
    "en": "European Patent Organisation",
    "nl": "Europese Octrooiorganisatie",
    "de": "Europäische Patentorganisation",
    "fr": "Organisation européenne des brevets",
}

# Abbreviations and colloquial names that neither CLDR nor iso-codes list.
_EXTRA_NAMES = {
    "US": (
        "USA",
        "U.S.A.",
        "U.S.",
        "US",
        "VS",
        "V.S.",
        "Amerika",
        "America",
        "the States",
        "Etats-Unis",
        "Vereinigten Staaten",  # German dative: "in den Vereinigten Staaten"
    ),
    "GB": (
        "UK",
        "U.K.",
        "Great Britain",
        "Groot-Brittannië",
        "Großbritannien",
        "Grande-Bretagne",
        "England",
        "Engeland",
        "Angleterre",
        "Britain",
        "Vereinigten Königreich",  # German dative: "im Vereinigten Königreich"
    ),
    "KR": ("South Korea", "Zuid-Korea", "Südkorea", "Corée du Sud", "Korea"),
    "RU": ("Russia", "Rusland", "Russland", "Russie"),
    "CH": ("Switzerland", "Zwitserland", "Schweiz", "Suisse"),
    "AE": ("UAE", "Emirates", "Vereinigten Arabischen Emiraten"),
    "CN": ("PRC", "China", "Chine"),
    "NL": ("Holland",),
}


def normalise(text: str) -> str:
    """Case-folded text without diacritics or punctuation, single-spaced, for name lookups."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^\w]+", " ", stripped.casefold()).strip()


@cache
def _babel_names(language: str) -> dict[str, str]:
    territories = Locale.parse(language).territories
    return {code: name for code, name in territories.items() if len(code) == 2 and code.isalpha()}


@cache
def _iso_translation(language: str) -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)


def country_name(code: str | None, language: str = "en") -> str:
    """The everyday name of ``code`` in ``language`` (``code`` itself when unknown)."""
    if not code:
        return ""
    if code == "EPO":
        return EPO_NAMES.get(language, EPO_NAMES["en"])
    return _babel_names(language if language in LANGUAGES else "en").get(code, code)


@cache
def name_index() -> dict[str, str]:
    """Every known country name (normalised) in the four languages, mapped to its ISO code."""
    index: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        forms = [country.name, getattr(country, "official_name", None), getattr(country, "common_name", None)]
        for language in LANGUAGES:
            translate = _iso_translation(language).gettext
            index.update({normalise(translate(f)): code for f in forms if f})
    for language in LANGUAGES:
        index.update({normalise(name): code for code, name in _babel_names(language).items()})
    for code, names in _EXTRA_NAMES.items():
        index.update({normalise(n): code for n in names})
    for name in EPO_NAMES.values():
        index[normalise(name)] = "EPO"
    index.pop("", None)
    return index


def country_code(text: str) -> str | None:
    """The ISO code for a country given as a code or a name in any of the four languages."""
    stripped = text.strip()
    if len(stripped) == 2 and stripped.isalpha() and pycountry.countries.get(alpha_2=stripped.upper()):
        return stripped.upper()
    if stripped.upper() == "EPO":
        return "EPO"
    if len(stripped) == 3 and stripped.isalpha():
        found = pycountry.countries.get(alpha_3=stripped.upper())
        if found:
            return str(found.alpha_2)
    return name_index().get(normalise(stripped))


def country_choices(language: str = "en") -> list[tuple[str, str]]:
    """(code, localised name) for every country, sorted by name, for pickers."""
    names = _babel_names(language if language in LANGUAGES else "en")
    return sorted(
        ((c, n) for c, n in names.items() if c not in {"ZZ", "XA", "XB"}), key=lambda x: normalise(x[1])
    )
