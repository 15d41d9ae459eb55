"""The ordinary categories of personal data and the purposes a notice states, for its flows.

A notice says what it collects ("contact details, your policy number") and why ("to handle claims,
to prevent fraud") once for all its recipients; the importer gives every flow from the controller
those words, so a TIA no longer says "not recorded". The vocabulary is ``stated_data.json`` (one
name and a list of terms per category and purpose, in each language), validated when first read.
A term counts unless a negation of the language's lexicon stands shortly before it in the same
sentence ("we do not use your data for marketing") or, in verb-final languages (the lexicon's
``negation_after_reach``), shortly after it in the same clause ("für Werbung nutzen wir sie nicht").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from importers.notices.lexicon import lexicon

DATA_FILE = "stated_data.json"
SCHEMA = "transfer-atlas/notice-stated-data/v1"
LANGUAGES = ("en", "nl", "de", "fr")
KINDS = ("categories", "purposes")
NEGATION_REACH = 12  # words from a negation to the term it negates
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n|\n\s*[-*•]")
_WORD = re.compile(r"\w+", re.UNICODE)
_CLAUSE_BREAK = re.compile(r"[,;:()]")


class StatedDataError(ValueError):
    """The vocabulary file cannot be used; the message says which entry and what is wrong."""


@dataclass(frozen=True, slots=True)
class StatedData:
    """The names (in the notice's language) of the categories and purposes a notice states."""

    categories: tuple[str, ...] = ()
    purposes: tuple[str, ...] = ()


def stated_data(text: str, language: str) -> StatedData:
    """The categories and purposes ``text`` states, each named once, in the order first stated."""
    lang = language if language in LANGUAGES else "en"
    negations, after = _negations(lang), lexicon(lang).negation_after_reach
    found: dict[str, dict[str, None]] = {kind: {} for kind in KINDS}  # ordered sets
    for sentence in _SENTENCE_END.split(text):
        folded = sentence.casefold()
        for kind in KINDS:
            for name, pattern in _patterns(lang)[kind]:
                for match in pattern.finditer(folded):
                    if not _negated(folded[: match.start()], folded[match.end() :], negations, after):
                        found[kind].setdefault(name)
                        break
    return StatedData(tuple(found["categories"]), tuple(found["purposes"]))


def _negated(before: str, rest: str, negations: frozenset[str], after: int) -> bool:
    if any(word in negations for word in _WORD.findall(before)[-NEGATION_REACH:]):
        return True
    clause = _CLAUSE_BREAK.split(rest, maxsplit=1)[0]
    return any(word in negations for word in _WORD.findall(clause)[:after])


@cache
def _negations(language: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in lexicon(language).raw["terms"].get("negation", ()))


@cache
def _patterns(language: str) -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """Per kind, (name, one pattern of all its terms as whole words) in the file's order."""
    doc = vocabulary()
    return {
        kind: [
            (entry["name"][language], _whole_words(entry["terms"][language])) for entry in doc[kind].values()
        ]
        for kind in KINDS
    }


def _whole_words(terms: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(t.casefold()) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


@cache
def vocabulary() -> dict[str, Any]:
    """The validated vocabulary: kind -> code -> {"name": {lang: str}, "terms": {lang: [str]}}."""
    doc = json.loads(resources.files("importers.notices").joinpath(DATA_FILE).read_text("utf-8"))
    if not isinstance(doc, dict) or doc.get("schema") != SCHEMA:
        raise StatedDataError(f"{DATA_FILE}: not a {SCHEMA} file")
    for kind in KINDS:
        entries = doc.get(kind)
        if not isinstance(entries, dict) or not entries:
            raise StatedDataError(f"{DATA_FILE}: no {kind!r} object")
        for code, entry in entries.items():
            _check_entry(f"{DATA_FILE}: {kind}.{code}", entry)
    return doc


def _check_entry(where: str, entry: Any) -> None:
    names, terms = (entry.get("name"), entry.get("terms")) if isinstance(entry, dict) else (None, None)
    for lang in LANGUAGES:
        if not isinstance(names, dict) or not isinstance(names.get(lang), str) or not names[lang].strip():
            raise StatedDataError(f"{where}: needs a name in {lang}")
        words = terms.get(lang) if isinstance(terms, dict) else None
        if (
            not isinstance(words, list)
            or not words
            or not all(isinstance(w, str) and w.strip() for w in words)
        ):
            raise StatedDataError(f"{where}: needs a list of terms in {lang}")
