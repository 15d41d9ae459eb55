"""Legal forms of organisations ("GmbH", "B.V.", "S.à r.l.") and the patterns built from them.

``LEGAL_NAME`` finds up to seven name words ending in a legal form, ``PREFIX_NAME`` names that
start with a foundation word ("Stichting Foo"), ``FORM_RE`` any legal form or foundation word, and
``FORM_TOKENS`` the first token (matching form) of each, so a notice's tokens show in one lookup
each which sentences may hold a legal name.
"""

from __future__ import annotations

import re

from importers.notices.textnorm import fold, token_arrays

# Legal forms (see vocabulary.md 5.6), longest first so "GmbH & Co. KG" wins over "GmbH".
LEGAL_FORMS = sorted(
    r"""GmbH\s&\sCo\.\sKGaA|GmbH\s&\sCo\.\sKG|GmbH|mbH|AG|SE|KGaA|KG|OHG|UG\s\(haftungsbeschränkt\)|UG|e\.\s?V\.|eG
    |B\.V\.|BV|N\.V\.|NV|V\.O\.F\.|C\.V\.|U\.A\.|BVBA|CommV|SRL|S\.A\.S\.|SASU|SAS|SARL|S\.à\sr\.l\.|S\.a\.r\.l\.
    |EURL|SNC|SCI|SCA|GIE|S\.A\.|SA|Société\sAnonyme|Société\spar\sactions\ssimplifiée|Ltd\.?|Limited|PLC|plc
    |LLP|LLC|L\.L\.C\.|Inc\.?|Incorporated|Corp\.?|Corporation|Pty\sLtd|DAC|Designated\sActivity\sCompany
    |Unlimited\sCompany|S\.p\.A\.|SpA|S\.r\.l\.|Srl|S\.L\.|AB|A/S|ApS|Oyj|Oy|ASA|AS|UAB|[Ss]p\.\sz\so\.o\.
    |Kft\.|s\.r\.o\.|a\.s\.|AD|d\.o\.o\.|Sàrl|A\.Ş\.|Ltd\.\sŞti\.""".replace("\n", "")
    .replace(" ", "")
    .split("|"),
    key=len,
    reverse=True,
)
PREFIX_WORDS = ("Stichting", "Vereniging", "Coöperatie", "Stiftung", "Fondation", "Association")
# Word runs are possessive (``*+``): what a word would give back could only be "_", which no
# following word or form can start with, so backtracking into it never finds another match.
WORD = r"(?:[A-Z0-9À-Þ][\w.'’&+\-]*+|\([A-Z][\w ]{0,20}\)|[a-z]+[A-Z][\w.]*+|&)"


def _first_chars(forms: list[str]) -> str:
    """A lookahead for the characters the ``forms`` patterns can start with ('[Ss]p' gives S and s)."""
    chars = {form[1 : form.index("]")] if form.startswith("[") else form[0] for form in forms}
    return "(?=[" + re.escape("".join(sorted("".join(chars)))) + "])"


_FORM_START = _first_chars(LEGAL_FORMS)  # saves trying every alternative at every word
LEGAL_NAME = re.compile(
    r"(?<![\w])((?:[a-z][\w.\-]{2,}+[\s*_]{1,3})?(?:"
    + WORD
    + r"[\s*_]{1,3}){0,6})("
    + _FORM_START
    + "(?:"
    + "|".join(LEGAL_FORMS)
    + r"))(?![\w/])"
)
PREFIX_NAME = re.compile(r"\b(" + "|".join(PREFIX_WORDS) + r")((?:\s+" + WORD + r"){1,5})")
FORM_RE = re.compile(
    r"(?<![\w])" + _FORM_START + "(?:" + "|".join(LEGAL_FORMS) + r")(?![\w/])|" + "|".join(PREFIX_WORDS)
)


def _form_tokens(forms: list[str]) -> frozenset[str]:
    """The first token (matching form) of each of ``forms``."""
    tokens = set()
    for form in forms:
        plain = re.sub(r"\[(\w)\w*\]", r"\1", form).replace(r"\s", " ").replace("\\", "")
        tokens.add(token_arrays(fold(plain))[0][0])
    return frozenset(tokens)


FORM_TOKENS = _form_tokens([*LEGAL_FORMS, *PREFIX_WORDS])
# The forms written with a lower-case first letter ("mbH", "plc", "s.r.o.", "[Ss]p. z o.o."): only
# their first tokens can begin a form when written in lower case.
LOWER_FORM_TOKENS = _form_tokens([f for f in LEGAL_FORMS if f[0].islower() or f[0] == "["])
