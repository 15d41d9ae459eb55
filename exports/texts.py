"""The workbook's own words in English, Dutch, German and French: sheet titles, headers, guides.

``data/texts.json`` holds one entry per key with a text (or, for a drop-down, a list of texts) in
each of ``model.labels.LANGUAGES``. It is validated when first read: a key lacking a language, an
empty text, or placeholders that differ between languages, or a comma in a choice (Excel's drop-downs
separate choices by commas) fail loudly, naming the file and key.
Codes (roles, statuses, rules, severities) are not here: ``Words.label`` reads them from the one
label table of ``model.labels``, in the same language.
"""

from __future__ import annotations

import json
import string
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from model.countries import country_name
from model.labels import DEFAULT_LANGUAGE, LANGUAGES, label, language_of, project_title, scenario_words

TEXTS_FILE = Path(__file__).with_name("data") / "texts.json"
TEXTS_SCHEMA = "transfer-atlas/workbook-texts/v1"
Entry = dict[str, str | tuple[str, ...]]


class TextsError(Exception):
    """The workbook texts file cannot be used; the message names the file and what is wrong."""


@dataclass(frozen=True, slots=True)
class Words:
    """The workbook's words in one language: ``words("key", name=value)``."""

    lang: str = DEFAULT_LANGUAGE

    @classmethod
    def of(cls, language: str | None) -> Words:
        """Words for a language or locale name ("nl_BE.UTF-8" -> Dutch; unknown ones read English)."""
        return cls(language_of(language))

    def __call__(self, key: str, /, **values: object) -> str:
        """The text of ``key``, its ``{placeholders}`` filled from ``values``."""
        text = texts()[key][self.lang]
        if not isinstance(text, str):
            raise TypeError(f"{key} is a list of choices; use Words.choices")
        return text.format(**values) if values else text

    def choices(self, key: str) -> tuple[str, ...]:
        """The options of a drop-down, in this language."""
        options = texts()[key][self.lang]
        if isinstance(options, str):
            raise TypeError(f"{key} is a text, not a list of choices")
        return options

    def label(self, value: StrEnum | str) -> str:
        """The words for a code (role, status, rule, severity...) from the label table."""
        return label(value, self.lang)

    def organisation(self, name: str) -> str:
        """The organisation's (project's) name, or "Untitled project" in this language."""
        return project_title(name, self.lang)

    def country(self, code: str | None) -> str:
        """A country's everyday name in this language ("" when there is no code)."""
        return country_name(code, self.lang) if code else ""

    def data(self, text: str) -> str:
        """A text of the reference data or the model (a guarantee, a rating, a scenario) in this
        language, where the table's ``data.*`` entries hold exactly that English text; any other
        text (a user's own reference file) is shown as written."""
        entry = _data_index().get(text)
        return str(entry[self.lang]) if entry else text

    def scenario(self, labels: Sequence[str]) -> list[str]:
        """A scenario's assumptions in words (``Scenario.describe``)."""
        return scenario_words(labels, self.lang)

    def title(self, key: str) -> str:
        """The title of the sheet ``key`` (``sheet.<key>`` in the file; other names are their own)."""
        entry = texts().get(f"sheet.{key}")
        return str(entry[self.lang]) if entry else key


ENGLISH = Words()


@cache
def _data_index() -> dict[str, Entry]:
    return {str(e["en"]): e for key, e in texts().items() if key.startswith("data.")}


@cache
def texts(path: Path = TEXTS_FILE) -> dict[str, Entry]:
    """The validated table: key -> language -> text or choices (read once per path)."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise TextsError(f"{path}: cannot read the workbook texts ({err})") from err
    return _validated(doc, path)


def _validated(doc: Any, path: Path) -> dict[str, Entry]:
    if not isinstance(doc, dict) or doc.get("schema") != TEXTS_SCHEMA:
        raise TextsError(f"{path}: not a {TEXTS_SCHEMA} file")
    entries = doc.get("texts")
    if not isinstance(entries, dict):
        raise TextsError(f"{path}: no 'texts' object")
    return {key: _entry(key, body, path) for key, body in entries.items()}


def _entry(key: str, body: Any, path: Path) -> Entry:
    if not isinstance(body, dict):
        raise TextsError(f"{path}: {key}: not an object of languages")
    missing = [lang for lang in LANGUAGES if lang not in body]
    if missing:
        raise TextsError(f"{path}: {key}: no text in {', '.join(missing)}")
    entry: Entry = {}
    for lang in LANGUAGES:
        value = body[lang]
        if (
            isinstance(value, list)
            and value
            and all(isinstance(v, str) and v.strip() and "," not in v for v in value)
        ):
            entry[lang] = tuple(value)
        elif isinstance(value, str) and value.strip():
            entry[lang] = value
        else:
            raise TextsError(f"{path}: {key}.{lang}: an empty or malformed text")
    kinds = {type(v) for v in entry.values()}
    sizes = {len(v) for v in entry.values() if isinstance(v, tuple)}
    if len(kinds) > 1 or len(sizes) > 1:
        raise TextsError(f"{path}: {key}: the languages differ in kind or number of choices")
    fields = {lang: _fields(v, f"{path}: {key}.{lang}") for lang, v in entry.items() if isinstance(v, str)}
    if len(set(map(frozenset, fields.values()))) > 1:
        raise TextsError(f"{path}: {key}: the languages use different placeholders {fields}")
    return entry


def _fields(text: str, where: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError as err:
        raise TextsError(f"{where}: {err} (write literal braces as {{{{ and }}}})") from err
