"""The words a person reads for each stable code, in English, Dutch, German and French.

The table lives in ``data/labels.json`` (one group per enumeration, every code in all four
languages); it is validated when first read. JSON and CSV outputs keep the codes; tables, the map,
the command line's text and the workbook show ``label(code, lang)``.
"""

from __future__ import annotations

import json
import os
import re
import string
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from model.countries import country_name
from model.findings import MessageCode, Param, RuleId, Severity
from model.flows import (
    MeasureKind,
    MeasureStatus,
    SpecialCategory,
    TiaConclusion,
    TiaStatus,
    ToolFamily,
    ToolKind,
)
from model.parties import CountrySource, PartyKind, ReviewStatus, Role, ScopeAttribute, Tristate
from model.project import DEFAULT_NAME, DocumentKind
from model.reference import DestinationStatus

LABELS_FILE = Path(__file__).with_name("data") / "labels.json"
LABELS_SCHEMA = "transfer-atlas/labels/v1"
LANGUAGES = ("en", "nl", "de", "fr")
DEFAULT_LANGUAGE = "en"

# Every enumeration a person reads, with its group in the labels file. A new enumeration that
# reaches a table, the map or the workbook is added here; the completeness test then asks for
# its labels in every language.
LABELLED: dict[type[StrEnum], str] = {
    Role: "role",
    PartyKind: "party_kind",
    ReviewStatus: "review_status",
    Tristate: "tristate",
    ScopeAttribute: "scope_attribute",
    ToolKind: "tool_kind",
    ToolFamily: "tool_family",
    MeasureKind: "measure_kind",
    MeasureStatus: "measure_status",
    TiaStatus: "tia_status",
    TiaConclusion: "tia_conclusion",
    SpecialCategory: "special_category",
    Severity: "severity",
    RuleId: "rule",
    DocumentKind: "document_kind",
    DestinationStatus: "destination_status",
    CountrySource: "country_source",
    MessageCode: "message",
}
# Groups whose codes are not looked up as plain strings (``label("notice")`` is a document kind):
# sentences, and codes that would shadow another group's.
_NOT_BY_CODE = ("message", "country_source", "fact", "article_word", "rule_when", "described_recipient")
# How a message placeholder shows a code or a list of codes: ``{role:phrase}`` inside a sentence,
# ``{tools:quoted+and}`` each quoted, joined with the language's "and" (a list is otherwise joined
# with commas; a code otherwise reads as its label).
MESSAGE_FLAGS = frozenset({"phrase", "quoted", "and"})

# Groups for codes of the outer layers, which the model cannot import; their completeness is
# tested where both are in reach (tests/test_labels.py).
OTHER_GROUPS = (
    "notice_safeguard",
    "map_text",
    "scenario",
    "fact",
    "fact_word",
    "article_word",
    "rule_when",
    "described_recipient",
)
# Groups outside ``LABELLED`` whose codes are still an enumeration's: checked on loading.
_KEYED_BY = {"described_recipient": Role}
# Facts whose values are names, file names, dates or quoted text, shown as they are; the words of
# the other facts' values (codes, English labels, the rules' own words) are shown in the language.
_VERBATIM_FACTS = frozenset(
    {"path", "controller", "notices", "register row", "scope condition", "last check", "hops"}
    | {"as of", "TIA review date", "notice says", "register says"}
)


class LabelsError(Exception):
    """The labels file cannot be used; the message names the file and what is wrong."""


def label(value: StrEnum | str, lang: str = DEFAULT_LANGUAGE) -> str:
    """What a person reads for ``value`` (an enumeration member or its code) in ``lang``.

    ``lang`` may be a locale name such as ``nl_BE.UTF-8``; languages the table lacks read English.
    A plain string that is no code of any group is returned as it is (free text such as a data
    category a user typed).
    """
    table = labels()
    language = language_of(lang)
    if isinstance(value, StrEnum) and type(value) in LABELLED:
        return table[LABELLED[type(value)]][value.value][language]
    entry = _by_code().get(str(value))
    return entry[language] if entry else str(value)


def phrase(value: StrEnum | str, lang: str = DEFAULT_LANGUAGE) -> str:
    """``label`` as it reads inside a sentence: a leading capital is lowered unless the first word is
    an abbreviation ("IT and hosting provider", "EEA")."""
    text = label(value, lang)
    first = text.split(" ", 1)[0]
    if lang == "de" or len(first) < 2 or first[1:2].isupper():  # German nouns keep their capital
        return text
    return text[0].lower() + text[1:]


def message_text(
    code: MessageCode | str, params: Iterable[tuple[str, Param]] = (), lang: str = DEFAULT_LANGUAGE
) -> str:
    """The sentence ``code`` of the table's ``message`` group in ``lang``, its placeholders filled from
    ``params``: text as it is, codes in the language's words, a ``MessageCode`` as its own sentence
    piece (filled from the same ``params``). The one place a finding's words are made."""
    return _render(str(code), dict(params), language_of(lang))


def _render(code: str, values: Mapping[str, Param], lang: str) -> str:
    template = labels()["message"][code][lang]
    parts: list[str] = []
    for literal, name, spec, _ in string.Formatter().parse(template):
        parts.append(literal)
        if name is not None:
            if name not in values:
                raise KeyError(f"message {code!r} needs the parameter {name!r}")
            parts.append(_shown(values[name], set((spec or "").split("+")), values, lang))
    return "".join(parts)


def _shown(value: Param, flags: set[str], values: Mapping[str, Param], lang: str) -> str:
    if not isinstance(value, tuple):
        return _word(value, flags, values, lang)
    joint = f" {_render(MessageCode.WORD_AND, values, lang)} " if "and" in flags else ", "
    return joint.join(_word(item, flags, values, lang) for item in value)


def _word(value: str | StrEnum, flags: set[str], values: Mapping[str, Param], lang: str) -> str:
    if isinstance(value, MessageCode):
        text = _render(value, values, lang)
    elif isinstance(value, StrEnum):
        text = phrase(value, lang) if "phrase" in flags else label(value, lang)
    else:
        text = value
    return _render(MessageCode.WORD_QUOTED, {"text": text}, lang) if "quoted" in flags else text


def scenario_words(texts: Sequence[str], lang: str = DEFAULT_LANGUAGE) -> list[str]:
    """A scenario's assumptions (``Scenario.labels``, English) in ``lang``: a preset by the table's
    ``scenario`` group, a decision withdrawn by hand naming its country in ``lang``, and "current
    law" when there are none. Any other text (a newer reference file's preset) stays as written."""
    language, presets = language_of(lang), {e["en"]: e for e in labels()["scenario"].values()}
    said = []
    for text in texts:
        withdrawn = _withdrawn_decision().fullmatch(text)
        if text in presets:
            said.append(presets[text][language])
        elif withdrawn:
            country = country_name(withdrawn["code"], language) or withdrawn["country"]
            said.append(
                message_text(
                    MessageCode.WORD_WITHDRAWN_DECISION,
                    [("country", country), ("code", withdrawn["code"])],
                    language,
                )
            )
        else:
            said.append(text)
    return said or [message_text(MessageCode.WORD_NO_SCENARIO, (), language)]


@cache
def _withdrawn_decision() -> re.Pattern[str]:
    """The English words of a decision withdrawn by hand, as ``model.scenarios`` writes them."""
    template = labels()["message"][MessageCode.WORD_WITHDRAWN_DECISION]["en"]
    pattern = (
        re.escape(template)
        .replace(r"\{country\}", "(?P<country>.+)")
        .replace(r"\{code\}", "(?P<code>[A-Z]{2})")
    )
    return re.compile(pattern)


def project_title(name: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """A project's name as a person reads it: its own, or "Untitled project" in ``lang`` when it has
    none (the model's default name is English, and never shown as it is in another language)."""
    if name.strip() and name != DEFAULT_NAME:
        return name
    return labels()["map_text"]["untitled"][language_of(lang)]


def described_name(role: Role | str, lang: str = DEFAULT_LANGUAGE) -> str:
    """The name of a recipient a text describes but does not name ("our debt collector"): the
    kind of recipient in generic words, in ``lang`` (English for a language the table lacks)."""
    entry = labels()["described_recipient"].get(str(role))
    return entry[language_of(lang)] if entry else label(role, lang)


def is_described_name(name: str, role: Role | str) -> bool:
    """Whether ``name`` is the name ``described_name`` gives ``role`` in one of the languages (and
    not one a person chose), so it may be shown in the reader's language instead."""
    entry = labels()["described_recipient"].get(str(role), {})
    return name in entry.values()


def fact_text(name: str, value: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """One fact of a finding as a person reads it in ``lang``: "Status bestemming: Derde land".

    ``Finding.facts`` keep English names and codes (the JSON output shows them as they are); here
    the name comes from the table's ``fact`` group and each comma-separated word of the value that
    is a code, an English label or one of the rules' words (``fact_word``) is shown in the language.
    """
    language = language_of(lang)
    entry = labels().get("fact", {}).get(name)
    shown = entry[language] if entry else name
    if name == "scenario":  # the scenario's assumptions, joined as ``model.rules`` joins them
        return f"{shown}: {'; '.join(scenario_words(value.split('; '), language))}"
    if name in _VERBATIM_FACTS:
        return f"{shown}: {value}"
    whole = _fact_word(value, language)
    if whole != value:
        return f"{shown}: {whole}"
    return f"{shown}: " + ", ".join(_fact_word(word, language) for word in value.split(", "))


def _fact_word(word: str, lang: str) -> str:
    entry = _by_code().get(word) or _by_english().get(word.casefold())
    return entry[lang] if entry else word


@cache
def _by_english() -> dict[str, dict[str, str]]:
    """Every entry of the enumerations' groups by its English label, case-folded (the facts of older
    rules say "third country" where the table's code is ``third_country``)."""
    index: dict[str, dict[str, str]] = {}
    for group in (*LABELLED.values(), "fact_word"):
        if group == "message":
            continue
        for entry in labels().get(group, {}).values():
            index.setdefault(entry["en"].casefold(), entry)
    return index


def rule_when(rule: RuleId, lang: str = DEFAULT_LANGUAGE) -> str:
    """When ``rule`` fires, as the Help guide explains it, in ``lang``."""
    return labels()["rule_when"][rule.value][language_of(lang)]


def article_text(article: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """A citation such as "Art. 46 GDPR; SCC Clause 14" in ``lang``'s terms ("Art. 46 AVG; SCC-clausule
    14"): the English terms of the table's ``article_word`` group replaced, numbers kept."""
    language = language_of(lang)
    if language == DEFAULT_LANGUAGE:
        return article
    terms = labels().get("article_word", {})
    return _article_terms().sub(lambda m: terms[m.group(0)][language], article)


@cache
def _article_terms() -> re.Pattern[str]:
    terms = sorted(labels().get("article_word", {}), key=len, reverse=True)  # "Decisions" before "Decision"
    return re.compile("(?<![A-Za-z])(?:" + "|".join(re.escape(t) for t in terms) + ")(?![A-Za-z])")


def group_labels(group: str, lang: str = DEFAULT_LANGUAGE) -> dict[str, str]:
    """Code -> label for one group of the table (e.g. ``"role"``) in ``lang``."""
    language = language_of(lang)
    return {code: entry[language] for code, entry in labels()[group].items()}


def language_of(locale_name: str | None) -> str:
    """The table's language for a locale name ("nl_BE.UTF-8" -> "nl"); English when it has none."""
    code = (locale_name or "").replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as a table language."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in env.get(name, "").split(":"):
            if part and part not in ("C", "POSIX") and not part.startswith("C."):
                return language_of(part)
    return DEFAULT_LANGUAGE


@cache
def labels(path: Path = LABELS_FILE) -> dict[str, dict[str, dict[str, str]]]:
    """The validated table: group -> code -> language -> label (read once per path)."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise LabelsError(f"{path}: cannot read the labels file ({err})") from err
    return _validated(doc, path)


def _validated(doc: Any, path: Path) -> dict[str, dict[str, dict[str, str]]]:
    if not isinstance(doc, dict) or doc.get("schema") != LABELS_SCHEMA:
        raise LabelsError(f"{path}: not a {LABELS_SCHEMA} file")
    groups = doc.get("groups")
    if not isinstance(groups, dict):
        raise LabelsError(f"{path}: no 'groups' object")
    known = {group: {m.value for m in enum} for enum, group in LABELLED.items()}
    known.update({group: {m.value for m in enum} for group, enum in _KEYED_BY.items()})
    table: dict[str, dict[str, dict[str, str]]] = {}
    for group, body in groups.items():
        entries = body.get("labels") if isinstance(body, dict) else None
        if group not in LABELLED.values() and group not in OTHER_GROUPS or not isinstance(entries, dict):
            raise LabelsError(f"{path}: unknown group or no labels: {group!r}")
        for code, entry in entries.items():
            if group in known and code not in known[group]:
                raise LabelsError(f"{path}: {group}: {code!r} is not a code of this group")
            if not isinstance(entry, dict) or any(
                not isinstance(entry.get(lang), str) or not entry[lang].strip() for lang in LANGUAGES
            ):
                raise LabelsError(f"{path}: {group}.{code}: needs a label in each of {', '.join(LANGUAGES)}")
        table[group] = {code: {lang: entry[lang] for lang in LANGUAGES} for code, entry in entries.items()}
    for code, entry in table.get("message", {}).items():
        _check_placeholders(entry, f"{path}: message.{code}")
    return table


def _check_placeholders(entry: dict[str, str], where: str) -> None:
    """Every language of a message has the same placeholders, each shown in a known way."""
    found: dict[str, frozenset[tuple[str, str]]] = {}
    for lang, text in entry.items():
        try:
            parsed = string.Formatter().parse(text)
            fields = {(name, spec or "") for _, name, spec, _ in parsed if name is not None}
        except ValueError as err:
            raise LabelsError(f"{where}.{lang}: {err} (write literal braces as {{{{ and }}}})") from err
        for name, spec in fields:
            if not name.isidentifier() or (spec and not set(spec.split("+")) <= MESSAGE_FLAGS):
                raise LabelsError(f"{where}.{lang}: {{{name}:{spec}}} is not a name with known flags")
        found[lang] = frozenset(fields)
    if len(set(found.values())) > 1:
        shown = {lang: sorted(f"{n}:{s}" if s else n for n, s in fields) for lang, fields in found.items()}
        raise LabelsError(f"{where}: the languages use different placeholders {shown}")


@cache
def _by_code() -> dict[str, dict[str, str]]:
    """Every code of every group; where two groups share a code, the first group's labels."""
    index: dict[str, dict[str, str]] = {}
    for group in (*LABELLED.values(), *OTHER_GROUPS):
        if group in _NOT_BY_CODE:
            continue
        for code, entry in labels().get(group, {}).items():
            index.setdefault(code, entry)
    return index
