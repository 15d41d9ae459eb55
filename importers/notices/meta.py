"""Language, title and last-updated date of a notice."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections import Counter
from functools import cache
from itertools import islice

from importers.notices.document import NoticeDoc
from importers.notices.lexicon import LANGUAGES, lexicon
from importers.notices.segment import Kind
from importers.notices.textnorm import TOKEN_RE, Tokens, fold

# Stop words of languages without a lexicon, so such notices are reported as what they are.
_OTHER_STOPWORDS = {
    "es": [
        "el",
        "la",
        "los",
        "las",
        "y",
        "de",
        "del",
        "que",
        "en",
        "por",
        "para",
        "con",
        "una",
        "su",
        "sus",
        "se",
        "datos",
        "personales",
    ],
    "it": [
        "il",
        "lo",
        "la",
        "gli",
        "le",
        "e",
        "di",
        "del",
        "che",
        "per",
        "con",
        "una",
        "dei",
        "delle",
        "sono",
        "dati",
        "personali",
    ],
    "pt": [
        "o",
        "a",
        "os",
        "as",
        "e",
        "de",
        "do",
        "da",
        "que",
        "em",
        "para",
        "com",
        "uma",
        "seus",
        "dados",
        "pessoais",
        "não",
    ],
    "da": ["og", "i", "at", "det", "der", "er", "til", "af", "for", "med", "på", "vi", "dine", "oplysninger"],
    "sv": [
        "och",
        "i",
        "att",
        "det",
        "som",
        "är",
        "till",
        "av",
        "för",
        "med",
        "på",
        "vi",
        "dina",
        "uppgifter",
    ],
    "pl": ["i", "w", "na", "z", "że", "do", "nie", "się", "jest", "dane", "osobowe", "przez", "oraz"],
}
SAMPLE_TOKENS = 4000
_SAMPLE_CHARS = 60_000  # holds the sample of almost any notice
_MIN_SHARE = 0.06
_CLEAR_LEAD_MIN = 5


def detect_language(text: str) -> str:
    """nl, en, de or fr; another ISO 639-1 code for a few others; 'und' when unclear."""
    return language_of(_sample_words(text))


def language_of(words: list[str]) -> str:
    """``detect_language`` of a text whose first words (at most ``SAMPLE_TOKENS`` matching forms,
    as ``TOKEN_RE`` finds them) are ``words``; see ``sample_words``."""
    if not words:
        return "und"
    counts = Counter(words)
    scores = {lang: sum(counts[w] for w in lexicon(lang).stopwords) for lang in LANGUAGES}
    scores.update({lang: sum(counts[w] for w in stop) for lang, stop in _other_stopwords().items()})
    best, second = sorted(scores.values(), reverse=True)[:2]
    language = max(scores, key=lambda k: scores[k])
    # mostly names (a list of vendors) has few stop words: then a clear lead is enough
    clear = best >= _CLEAR_LEAD_MIN and best >= 3 * second
    return language if best / len(words) >= _MIN_SHARE or clear else "und"


def sample_words(folded: str, tokens: Tokens) -> list[str]:
    """The words ``detect_language`` reads, taken from the tokens of the folded text: the first
    ``SAMPLE_TOKENS``, each as the text writes it (a token's normal form drops joiners and
    writes "ß" as "ss"; ``TOKEN_RE`` keeps them)."""
    words = tokens.words[:SAMPLE_TOKENS]
    for k in tokens.respelled:
        if k >= len(words):
            break
        words[k] = folded[tokens.starts[k] : tokens.ends[k]]
    return words


@cache
def _other_stopwords() -> dict[str, list[str]]:
    """``_OTHER_STOPWORDS`` in matching form."""
    return {lang: [fold(w) for w in stop] for lang, stop in _OTHER_STOPWORDS.items()}


def _sample_words(text: str) -> list[str]:
    """The first ``SAMPLE_TOKENS`` words (matching forms) of the text, folding only its head.

    Folding is per character, so the head's words are the text's, but the last one may be cut:
    the head counts only when it holds more words than the sample takes.
    """
    head = text[:_SAMPLE_CHARS]
    if len(head) < len(text):
        words = _first_words(fold(head), SAMPLE_TOKENS + 1)
        if len(words) > SAMPLE_TOKENS:
            return words[:-1]
    return _first_words(fold(text), SAMPLE_TOKENS)


def _first_words(folded: str, count: int) -> list[str]:
    if len(folded) <= _SAMPLE_CHARS:  # a short list: one findall beats a match object per word
        return TOKEN_RE.findall(folded)[:count]
    return [m.group() for m in islice(TOKEN_RE.finditer(folded), count)]


def find_title(doc: NoticeDoc) -> str | None:
    """The first heading (or opening line) that names the document, else the first heading."""
    first: str | None = None
    for i, s in enumerate(doc.sentences[:25]):
        text = doc.sentence_text(i).strip("#*_ \t")
        if not text or text.startswith("@") or len(text) > 120:
            continue
        if s.kind is Kind.HEADING or i == 0:
            first = first or text
            if doc.has(i, "title"):
                return text
    return first


def find_last_updated(doc: NoticeDoc) -> dt.date | None:
    """The date given as last update ('laatst bijgewerkt op 2 maart 2018', 'Stand: 17.03.2016')."""
    if doc.lexicon is None:
        return None
    cued: list[dt.date] = []
    for i in doc.sentences_with("updated"):
        cued.extend(_dates_after_cue(doc, i))
    if cued:
        return max(cued)
    for i in range(min(6, len(doc.sentences))):
        text = doc.sentence_text(i)
        dates = parse_dates(text, doc.lexicon.months)
        if dates and len(text) < 60:
            return dates[0]
    return None


def _dates_after_cue(doc: NoticeDoc, i: int) -> list[dt.date]:
    cue = doc.of(i, "updated")[0]
    start = doc.starts[cue.first]
    text = doc.text[start : doc.sentences[i].end]
    months = doc.lexicon.months if doc.lexicon else {}
    dates = parse_dates(text[:80], months)
    if not dates and i + 1 < len(doc.sentences) and len(doc.sentence_text(i)) < 60:
        dates = parse_dates(doc.sentence_text(i + 1)[:60], months)
    return dates[:1]


_NUMERIC = re.compile(r"\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b")


def parse_dates(text: str, months: dict[str, int]) -> list[dt.date]:
    """Every date written in ``text`` in numeric or month-name form (month names of the language)."""
    folded = fold(text)
    found: list[tuple[int, dt.date]] = []
    for m in _NUMERIC.finditer(folded):
        parts = (m.group(3), m.group(2), m.group(1)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
        _add(found, m.start(), *(int(p) for p in parts))
    if months:
        names = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
        day_first = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|e)?\.?\s+({names})\.?,?\s+(\d{{4}})\b")
        month_first = re.compile(rf"\b({names})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b")
        month_year = re.compile(rf"\b({names})\.?\s+(\d{{4}})\b")
        for m in day_first.finditer(folded):
            _add(found, m.start(), int(m.group(3)), months[m.group(2)], int(m.group(1)))
        for m in month_first.finditer(folded):
            _add(found, m.start(), int(m.group(3)), months[m.group(1)], int(m.group(2)))
        if not found:
            for m in month_year.finditer(folded):
                _add(found, m.start(), int(m.group(2)), months[m.group(1)], 1)
    return [d for _, d in sorted(found)]


def _add(found: list[tuple[int, dt.date]], at: int, year: int, month: int, day: int) -> None:
    if 1990 <= year <= 2100:
        with contextlib.suppress(ValueError):  # "31.02.2020" is no date
            found.append((at, dt.date(year, month, day)))
