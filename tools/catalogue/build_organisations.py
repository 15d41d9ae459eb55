"""Build model/data/organisations.json from the shared CC0 material and the team's hand-written entries.

Usage: python tools/catalogue/build_organisations.py [--shared DIR] [--as-of YYYY-MM-DD] [--out FILE]

Inputs:
- the datenanfragen companies and supervisory authorities (CC0; ``--shared``, default
  /work/shared/reference/organisations): name, brands, address (its last line is the country), web,
  categories; churches, schools and political parties are left out;
- the hand-written entries beside this script (processors.txt, finance.txt, authorities.txt): one
  organisation a line, ``name | country | role | service | domain | aliases | brands | contracting
  entity, country | parent``; ``@country XX`` sets the country of the lines below; ``+slug | name |
  aliases`` amends a supervisory authority of the datenanfragen list;
- words.json: common words, words that never match alone, the two-character short forms that do
  ("TK", "CZ"), shared names, and how the datenanfragen categories give a role.

A hand-written entry wins over a datenanfragen entry for the same name; a datenanfragen brand that is
another entry's name is dropped; two datenanfragen entries with one name are merged when they agree on
the country and the name is declared ambiguous when they do not. The output is validated by loading it
with ``model.catalogue.parse_catalogue`` before it is written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from model.catalogue import CATALOGUE_SCHEMA, catalogue_key, catalogue_keys, parse_catalogue  # noqa: E402
from model.countries import country_code  # noqa: E402

COMMIT = "0a29c3d6feee53b02e73204a3dbd312eafe56629"
COMMIT_DATE = "2026-07-21"
HAND_FILES = ("processors.txt", "finance.txt", "authorities.txt")
EDPB_MEMBERS = "https://www.edpb.europa.eu/about-edpb/about-edpb/members_en"
ALL_FACTS = [
    "name",
    "country",
    "role",
    "service",
    "aliases",
    "brands",
    "contracting_entity",
    "parent",
    "domain",
]
FORMER = re.compile(r"\((?:formerly|ehem\.?|ehemals|früher)\)|\bformerly\b|\behem\.", re.IGNORECASE)


def sources(as_of: str) -> dict[str, dict[str, str]]:
    """The catalogue's sources, cited by key in each entry."""
    return {
        "datenanfragen": {
            "title": "datenanfragen/data: companies and supervisory authorities (Datenanfragen.de e. V.)",
            "url": "https://github.com/datenanfragen/data",
            "commit": COMMIT,
            "date": COMMIT_DATE,
            "licence": "CC0-1.0",
            "note": "The address is that of the entity that answers data requests; its last line gives the "
            "country. That is where the entity is established, not where it processes data.",
        },
        "categories": {
            "title": "Role and service read by the build script from the datenanfragen categories",
            "url": "tools/catalogue/words.json",
            "date": as_of,
        },
        "team": {
            "title": "Compiled offline by the Transfer Atlas team from public knowledge of the "
            "organisation's official website (the URL given); not re-verified online on the as-of date",
            "date": as_of,
        },
        "edpb": {
            "title": "EDPB: members (the data protection supervisory authorities of the EEA)",
            "url": EDPB_MEMBERS,
            "date": as_of,
            "note": "Compiled offline; not re-verified online on the as-of date.",
        },
    }


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """One JSON object a line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def slugify(name: str) -> str:
    """An entry id from a name."""
    return re.sub(r"[^a-z0-9]+", "-", catalogue_key(name)).strip("-") or "org"


def split_list(text: str) -> list[str]:
    """'a; b; c' -> ['a', 'b', 'c']."""
    return [part.strip() for part in text.split(";") if part.strip()]


def parse_brand(text: str) -> str | dict[str, str]:
    """'Google Cloud {it_hosting: cloud computing}' -> {'name', 'role', 'service'}; plain names stay text."""
    found = re.fullmatch(r"(.+?)\s*\{(\w+)(?::\s*(.+))?\}", text)
    if not found:
        return text
    brand = {"name": found.group(1), "role": found.group(2)}
    if found.group(3):
        brand["service"] = found.group(3).strip()
    return brand


def hand_entries(as_of: str) -> tuple[list[dict[str, Any]], dict[str, tuple[str, list[str], str]]]:
    """The hand-written entries, and the amendments to datenanfragen authorities (slug -> name, aliases)."""
    entries: list[dict[str, Any]] = []
    amend: dict[str, tuple[str, list[str], str]] = {}
    for file in HAND_FILES:
        country = ""
        for number, line in enumerate((HERE / file).read_text(encoding="utf-8").splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#") or line.startswith("@section"):
                continue
            if line.startswith("@country"):
                country = line.split()[1]
                continue
            cells = [c.strip() for c in line.split("|")]
            if line.startswith("+"):
                amend[cells[0][1:]] = (cells[1], split_list(cells[2]), country)
                continue
            if len(cells) < 9:
                raise SystemExit(f"{file}:{number}: {len(cells)} cells, expected 9")
            entries.append(hand_entry(cells, country, as_of, f"{file}:{number}"))
    return entries, amend


def hand_entry(cells: list[str], country: str, as_of: str, where: str) -> dict[str, Any]:
    """One hand-written line as a catalogue entry."""
    name, own_country, role, service, domain, aliases, brands, contracting, parent = cells[:9]
    entry: dict[str, Any] = {
        "id": slugify(name),
        "name": name,
        "role": role,
        "service": service,
        "country": own_country or country,
        "aliases": split_list(aliases),
        "brands": [parse_brand(b) for b in split_list(brands)],
    }
    if contracting:
        entity, _, code = contracting.rpartition(",")
        entry["contracting_entity"] = {"name": entity.strip(), "country": code.strip()}
    if parent:
        entry["parent"] = parent
    if domain:
        entry["domain"] = domain
    facts = [f for f in ALL_FACTS if f in entry and entry[f]]
    entry["sources"] = [
        {"facts": facts, "source": "team", "url": f"https://{domain}" if domain else "", "date": as_of}
    ]
    if not entry["country"]:
        raise SystemExit(f"{where}: no country")
    return entry


def split_name(name: str) -> tuple[str, list[str]]:
    """'Name (English name)' -> ('Name', ['English name'])."""
    found = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", name.strip())
    if not found:
        return name.strip(), []
    return found.group(1).strip(), [found.group(2).strip()]


def derived_entry(row: dict[str, Any], words: dict[str, Any], kind: str, as_of: str) -> dict[str, Any] | None:
    """A datenanfragen company or authority as a catalogue entry (None when its country is unreadable)."""
    lines = [x.strip() for x in row.get("address", "").splitlines() if x.strip()]
    last = lines[-1] if lines else ""
    code = words["country_names"].get(last) or country_code(last)
    if not code or len(code) != 2:
        print(f"skipped {row['slug']}: country {last!r} not understood", file=sys.stderr)
        return None
    name, aliases = split_name(row["name"])
    brands: list[str] = []
    for run in row.get("runs", []):
        for part in run.split(" / "):
            clean = re.sub(r"\s*\([^)]*\)", "", part).strip()
            if clean and clean != name:
                (aliases if FORMER.search(part) else brands).append(clean)
    role, service = derived_role(row, words, kind)
    domain = urlparse(row.get("web") or "").hostname
    entry: dict[str, Any] = {
        "id": f"da-{row['slug']}",
        "name": name,
        "role": role,
        "service": service,
        "country": code,
        "aliases": list(dict.fromkeys(aliases)),
        "brands": list(dict.fromkeys(brands)),
    }
    if domain:
        entry["domain"] = domain.removeprefix("www.")
    folder = "companies" if kind == "company" else "supervisory-authorities"
    entry["sources"] = [
        {
            "facts": ["name", "country", "aliases", "brands", "domain"],
            "source": "datenanfragen",
            "url": f"https://github.com/datenanfragen/data/blob/{COMMIT}/{folder}/{row['slug']}.json",
            "date": COMMIT_DATE,
        },
        {"facts": ["role", "service"], "source": "categories", "url": "", "date": as_of},
    ]
    return entry


def derived_role(row: dict[str, Any], words: dict[str, Any], kind: str) -> tuple[str, str]:
    """The role the datenanfragen categories give, and a service naming them."""
    if kind == "authority":
        return "regulator", "data protection supervisory authority"
    categories = row.get("categories", [])
    if not categories:
        return "other_third_party", ""
    role = next((r for c, r in words["category_roles"] if c in categories), "other_third_party")
    if role == "regulator":
        lower = row["name"].lower()
        role = next((r for word, r in words["public_body_roles"] if word in lower), role)
    return role, "datenanfragen categories: " + ", ".join(categories)


def forms_of(entry: dict[str, Any]) -> list[str]:
    """Every name the entry bears: its name, aliases, brands and contracting entity."""
    forms = [entry["name"], *entry.get("aliases", [])]
    forms += [b if isinstance(b, str) else b["name"] for b in entry.get("brands", [])]
    if entry.get("contracting_entity"):
        forms.append(entry["contracting_entity"]["name"])
    return forms


def merge(
    hand: list[dict[str, Any]], derived: list[dict[str, Any]], ambiguous: set[str]
) -> list[dict[str, Any]]:
    """Hand entries first; datenanfragen entries that do not restate them, cleaned of clashing names.

    Names are compared by their full key (legal form kept): "Equifax Ltd" is not "Equifax Inc.".
    """
    hand_full: dict[str, str] = {}
    hand_short: set[str] = set()
    for entry in hand:
        for form in forms_of(entry):
            full, short = catalogue_keys(form)
            if hand_full.setdefault(full, entry["id"]) != entry["id"] and full not in ambiguous:
                raise SystemExit(
                    f"hand entries {hand_full[full]!r} and {entry['id']!r} share the name {form!r}"
                )
            hand_short.add(short)
    kept: dict[str, dict[str, Any]] = {}  # full key of the name -> entry
    clashing: list[dict[str, Any]] = []  # one name, two countries: both kept, the name made ambiguous
    for entry in derived:
        full, short = catalogue_keys(entry["name"])
        if full in hand_full:
            continue
        held = kept.get(full)
        if held is None:
            kept[full] = entry
        elif held["country"] == entry["country"]:
            held["aliases"] = list(dict.fromkeys(held["aliases"] + entry["aliases"]))
            held["brands"] = list(dict.fromkeys(held["brands"] + entry["brands"]))
        else:
            ambiguous.update((full, short))
            clashing.append(entry)
    others = list(kept.values()) + clashing
    owners: dict[str, set[str]] = {}
    for entry in others:
        for form in forms_of(entry)[1:]:
            owners.setdefault(catalogue_keys(form)[0], set()).add(entry["id"])
    hand_words = {k for k in hand_short if " " not in k}
    for entry in others:
        for field in ("aliases", "brands"):
            entry[field] = [b for b in entry[field] if _keep(b, hand_short, hand_words, kept, owners)]
    return hand + others


def _keep(
    form: str, hand_short: set[str], hand_words: set[str], kept: dict[str, Any], owners: dict[str, set[str]]
) -> bool:
    full, short = catalogue_keys(form)
    if not short or short in hand_short or full in kept or len(owners.get(full, ())) > 1:
        return False
    return short.split()[0] not in hand_words  # a publisher's "Zoom App" is not Zoom


def build(shared: Path, as_of: str) -> dict[str, Any]:
    """The catalogue document."""
    words = json.loads((HERE / "words.json").read_text(encoding="utf-8"))
    hand, amend = hand_entries(as_of)
    authorities = []
    for row in read_jsonl(shared / "datenanfragen-authorities.jsonl"):
        entry = derived_entry(row, words, "authority", as_of)
        if entry is None:
            continue
        if row["slug"] in amend:
            name, aliases, _ = amend[row["slug"]]
            old = entry["name"]
            entry["name"] = name
            entry["aliases"] = list(
                dict.fromkeys(aliases + entry["aliases"] + ([old] if old != name else []))
            )
            entry["sources"][1] = {
                "facts": ["aliases", "role", "service"],
                "source": "edpb",
                "url": EDPB_MEMBERS,
                "date": as_of,
            }
        authorities.append(entry)
    companies = [
        e
        for row in read_jsonl(shared / "datenanfragen-companies.jsonl")
        if not set(row.get("categories", [])) & set(words["excluded_categories"])
        for e in [derived_entry(row, words, "company", as_of)]
        if e is not None
    ]
    declared = {k for w in words["ambiguous"] for k in catalogue_keys(w)}
    ambiguous = set(declared)
    organisations = merge(
        hand + authorities, sorted(companies, key=lambda e: (len(e["id"]), e["id"])), ambiguous
    )
    _unique_ids(organisations)
    return {
        "schema": CATALOGUE_SCHEMA,
        "version": as_of.replace("-", "."),
        "as_of": as_of,
        "about": "Organisations that privacy notices and registers name: who they are, what they do and "
        "where the named entity is established (not where it processes data). Built by "
        "tools/catalogue/build_organisations.py; each entry cites its sources.",
        "sources": sources(as_of),
        "common_words": words["common_words"],
        "never_alone": words["never_alone"],
        "short_names": words["short_names"],
        "ambiguous": sorted(set(words["ambiguous"]) | (ambiguous - declared)),
        "organisations": organisations,
    }


def _unique_ids(organisations: list[dict[str, Any]]) -> None:
    seen: dict[str, int] = {}
    for entry in organisations:
        base = entry["id"]
        if base in seen:
            seen[base] += 1
            entry["id"] = f"{base}-{seen[base]}"
        else:
            seen[base] = 1


def main() -> None:
    """Build, validate and write the catalogue."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("/work/shared/reference/organisations"))
    parser.add_argument("--as-of", default=dt.date.today().isoformat())
    parser.add_argument("--out", type=Path, default=ROOT / "model" / "data" / "organisations.json")
    args = parser.parse_args()
    document = build(args.shared, args.as_of)
    catalogue = parse_catalogue(document, str(args.out))
    args.out.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(catalogue.organisations)} organisations, version {catalogue.version}")


if __name__ == "__main__":
    main()
