"""Legal forms of organisations ("GmbH", "B.V.", "S.à r.l.") and the patterns built from them.

``LEGAL_NAME`` finds up to seven name words ending in a legal form, ``PREFIX_NAME`` names that
start with a foundation word ("Stichting Foo"), ``FORM_RE`` any legal form or foundation word, and
``FORM_TOKENS`` the first token (matching form) of each, so a notice's tokens show in one lookup
each which sentences may hold a legal name.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from importers.notices.textnorm import fold, token_arrays


def _written_pattern(form: str) -> str:
    """A regex for a legal form as written: spaces match any space, optional after a dot ("e. V.")."""
    parts = form.split(" ")
    pattern = re.escape(parts[0])
    for before, part in zip(parts, parts[1:], strict=False):
        pattern += (r"\s?" if before.endswith(".") else r"\s") + re.escape(part)
    return pattern


def _load_forms() -> tuple[list[str], tuple[str, ...]]:
    """The legal forms (as regexes, longest first) and the prefix words of ``legal_forms.json``.

    Fails loudly on an entry without written forms or countries: the list is data users may extend.
    """
    data = json.loads(
        resources.files("importers.notices").joinpath("lexicons/legal_forms.json").read_text("utf-8")
    )
    forms: dict[str, None] = {}
    prefixes: dict[str, None] = {}
    for key, target in (("forms", forms), ("prefix", prefixes)):
        for entry in data[key]:
            if not entry.get("written") or not entry.get("countries"):
                raise ValueError(f"legal_forms.json: {key} entry without written forms or countries: {entry}")
            target.update(dict.fromkeys(entry["written"]))
    # longest first so "GmbH & Co. KG" wins over "GmbH"
    return sorted((_written_pattern(f) for f in forms), key=len, reverse=True), tuple(prefixes)


LEGAL_FORMS, PREFIX_WORDS = _load_forms()
# Word runs are possessive (``*+``): what a word would give back could only be "_", which no
# following word or form can start with, so backtracking into it never finds another match.
WORD = r"(?:[A-Z0-9À-Þ][\w.'’&+\-]*+|\([A-Z][\w ]{0,20}\)|[a-z]+[A-Z][\w.]*+|&)"


def _first_chars(forms: list[str]) -> str:
    """A lookahead for the characters the ``forms`` patterns can start with ('[Ss]p' gives S and s)."""
    chars = {form[1 : form.index("]")] if form.startswith("[") else form[0] for form in forms}
    return "(?=[" + re.escape("".join(sorted("".join(chars)))) + "])"


_FORM_START = _first_chars(LEGAL_FORMS)  # saves trying every alternative at every word
_FORMS = "(?:" + "|".join(LEGAL_FORMS) + r")(?![\w/])"


@cache
def legal_name_pattern(joiners: tuple[str, ...] = ()) -> re.Pattern[str]:
    """Up to seven name words ending in a legal form. ``joiners`` are the language's lower-case
    words that may stand inside a name, one or two in a row ("Les Ateliers du Rail ASBL", "Bank of
    Ireland plc", "Bank voor de Bouw N.V.", "Caisse d'Epargne SA"; a word ending in an apostrophe is
    written against the next word)."""
    join = _join(joiners)
    # "GitHub, Inc.": a comma may stand between the last name word and the form.
    return re.compile(
        r"(?<![\w])((?:[a-z][\w.\-]{2,}+[\s*_]{1,3})?(?:"
        + WORD
        + "(?:"
        + join
        + r"[\s*_]{1,3}|,[ \t](?="
        + _FORM_START
        + _FORMS
        + "))){0,6})("
        + _FORM_START
        + _FORMS
        + ")"
    )


def _join(joiners: tuple[str, ...]) -> str:
    """A regex alternative (ending in "|") for the joiners between two name words, or ""."""
    spaced = [re.escape(j) for j in joiners if not j.endswith("'")]
    elided = [re.escape(j[:-1]) for j in joiners if j.endswith("'")]
    one = r"[ \t](?:" + "|".join(spaced) + ")"
    joins = ([one + "(?:" + one + r")?[ \t]{1,2}"] if spaced else []) + (
        [r"[ \t](?:" + "|".join(elided) + r")['’]"] if elided else []
    )
    return "(?:" + "|".join(joins) + r")(?=[A-ZÀ-Þ])|" if joins else ""


@cache
def prefix_name_pattern(joiners: tuple[str, ...] = ()) -> re.Pattern[str]:
    """A foundation word and up to five name words after it, with the language's ``joiners``
    between them ("Stichting Muziekschool Tiel", "Association Sportive de Vaucluse")."""
    return re.compile(
        r"\b(" + "|".join(PREFIX_WORDS) + r")((?:(?:" + _join(joiners) + r"\s+)" + WORD + r"){1,5})"
    )


LEGAL_NAME = legal_name_pattern()
PREFIX_NAME = prefix_name_pattern()
FORM_RE = re.compile(
    r"(?<![\w])" + _FORM_START + "(?:" + "|".join(LEGAL_FORMS) + r")(?![\w/])|" + "|".join(PREFIX_WORDS)
)


def _form_tokens(forms: list[str]) -> frozenset[str]:
    """The first token (matching form) of each of ``forms``."""
    tokens = set()
    for form in forms:
        plain = re.sub(r"\[(\w)\w*\]", r"\1", form).replace(r"\s?", " ").replace(r"\s", " ").replace("\\", "")
        tokens.add(token_arrays(fold(plain))[0][0])
    return frozenset(tokens)


FORM_TOKENS = _form_tokens([*LEGAL_FORMS, *PREFIX_WORDS])
# The forms written with a lower-case first letter ("mbH", "plc", "s.r.o.", "[Ss]p. z o.o."): only
# their first tokens can begin a form when written in lower case.
LOWER_FORM_TOKENS = _form_tokens([f for f in LEGAL_FORMS if f[0].islower() or f[0] == "["])
