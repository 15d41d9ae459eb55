"""The quick paths of the notice extraction agree with their plain definitions (property tests).

Speed comes from doing the same work differently (one split instead of a match per word, a
scan for capitals instead of a test per word, a linear overlap check); these tests pin the
results to the straightforward versions on random text.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from importers.documents.encoding import control_ratio
from importers.notices import characters
from importers.notices.catalogued import _PLAIN, _opening_tokens, _openings
from importers.notices.controller_cues import _we_before_comma, _we_words
from importers.notices.document import NoticeDoc, _capital_tokens
from importers.notices.lexicon import Hit, _resolve, _resolve_overlaps, lexicon
from importers.notices.meta import SAMPLE_TOKENS, detect_language, language_of, sample_words
from importers.notices.named_roles import _within_any
from importers.notices.organisations import _in_address, _occurrences, common_word
from importers.notices.places import COUNTRY_WORDS, find_countries
from importers.notices.segment import MAX_SENTENCE, _last_word, segment
from importers.notices.textnorm import TOKEN_RE, _fold_table, fold, token_arrays, tokens_of
from importers.notices.vocabulary import Vocabulary
from tests.factories import NOTICE_WORDS

# beyond the Basic Multilingual Plane: a capital letter, a small letter and a digit (all word
# characters), which the character tables do not hold
_ALPHABET = "ab-\u2010\u00ad _ßÄÉé.,;\n1İ'’\u00a0ZyŞ\U0001d400\U0001d41a\U0001d7d9"
_TEXT = st.text(alphabet=_ALPHABET, max_size=60)
_WORDS = st.lists(st.sampled_from(NOTICE_WORDS), max_size=40)


def _plain_tokens(folded: str) -> tuple[list[str], list[int], list[int]]:
    matches = list(TOKEN_RE.finditer(folded))
    words = [re.sub("[-\u2010\u2011\u00ad]", "", m.group()).replace("\u00df", "ss") for m in matches]
    return words, [m.start() for m in matches], [m.end() for m in matches]


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_token_arrays_equal_a_match_per_word(text: str) -> None:
    folded = fold(text)
    assert token_arrays(folded) == _plain_tokens(folded)


# Text with many distinct accented letters takes fold's other path (translating runs).
_WIDE_TEXT = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x24F), max_size=200)


@settings(max_examples=300, deadline=None)
@given(_TEXT | _WIDE_TEXT)
def test_fold_equals_translating_every_character(text: str) -> None:
    lowered = (
        text.lower()
        if len(text.lower()) == len(text)
        else "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    )
    assert fold(text) == lowered.translate(_fold_table())
    assert len(fold(text)) == len(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aAbBéÉİß- .eBayX3ǅ\u2010\U0001d400\U0001d41a", max_size=50))
def test_capital_tokens_equal_a_test_per_word(text: str) -> None:
    _, starts, ends = token_arrays(fold(text))
    expected = [
        k
        for k, (s, e) in enumerate(zip(starts, ends, strict=True))
        if text[s].isupper()
        or (text[s].islower() and any(c.isupper() or c.istitle() for c in text[s + 1 : e]))
    ]
    points = characters.codes(text)
    offsets = np.array(starts, dtype=np.intp), np.array(ends, dtype=np.intp)
    lower_first = characters.lower(points[offsets[0]])
    assert _capital_tokens(points, *offsets, lower_first) == expected


def _quadratic_resolve(hits: list[Hit]) -> list[Hit]:
    """The plain definition: per kind, longest first, drop a hit a kept one overlaps with another
    label or covers; then order by place."""
    by_kind: dict[str, list[Hit]] = defaultdict(list)
    for hit in dict.fromkeys(hits):
        by_kind[hit.kind].append(hit)
    kept: list[Hit] = []
    for group in by_kind.values():
        group.sort(key=lambda h: (h.first - h.last, h.first))
        taken: list[Hit] = []
        for hit in group:
            if not any(
                (h.first <= hit.last and hit.first <= h.last and h.label != hit.label)
                or (h.first <= hit.first and hit.last <= h.last and h.label == hit.label)
                for h in taken
            ):
                taken.append(hit)
        kept.extend(taken)
    kept.sort(key=lambda h: (h.first, h.last))
    return kept


_HITS = st.lists(
    st.builds(
        lambda first, length, kind, label: Hit(first, first + length, kind, label),
        st.integers(0, 12),
        st.integers(0, 3),
        st.sampled_from(["role", "share", "negation"]),
        st.sampled_from(["", "processor", "regulator"]),
    ),
    max_size=12,
).map(lambda hits: sorted(hits, key=lambda h: h.first))  # the matcher finds hits in token order


@settings(max_examples=500, deadline=None)
@given(_HITS)
def test_overlap_resolution_equals_the_quadratic_definition(hits: list[Hit]) -> None:
    expected = _quadratic_resolve(hits)
    assert _resolve_overlaps(hits) == expected
    assert _resolve(hits) == expected


@settings(max_examples=200, deadline=None)
@given(_WORDS)
def test_find_all_equals_finding_each_sentence_alone(words: list[str]) -> None:
    matcher = lexicon("en").matcher
    folded = [fold(w) for w in words]
    cut = len(folded) // 2
    bounds = [(0, cut), (cut, len(folded))]
    assert matcher.find_all(folded, bounds) == [_shift(matcher.find(folded[lo:hi]), lo) for lo, hi in bounds]


def _shift(hits: list[Hit], by: int) -> list[Hit]:
    return [h._replace(first=h.first + by, last=h.last + by) for h in hits]


@settings(max_examples=200, deadline=None)
@given(_WORDS)
def test_countries_found_from_marked_words_equal_a_scan_of_every_word(words: list[str]) -> None:
    text = " ".join(words)
    tokens, starts, ends = token_arrays(fold(text))
    everything = find_countries(text, tokens, starts, ends, list(range(len(tokens))), len(tokens))
    marked = [k for k, w in enumerate(tokens) if w in COUNTRY_WORDS]
    assert find_countries(text, tokens, starts, ends, marked, len(tokens)) == everything


def test_a_line_without_punctuation_is_cut_into_bounded_sentences() -> None:
    text = " ".join(f"word{i}" for i in range(5000))
    sentences = segment(text)
    assert len(sentences) > 1
    assert all(s.end - s.start <= MAX_SENTENCE for s in sentences)
    assert "".join(text[s.start : s.end] for s in sentences).replace(" ", "") == text.replace(" ", "")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab.\u00a0 \n", max_size=200), st.data())
def test_last_word_is_the_run_of_non_spaces_ending_the_span(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    found = re.search(r"\S+\Z", text[start:end])
    assert _last_word(text, start, end) == (found.group() if found else "")


_SPAN = st.tuples(st.integers(0, 40), st.integers(0, 6)).map(lambda p: (p[0], p[0] + p[1]))


@settings(max_examples=300, deadline=None)
@given(st.lists(_SPAN, max_size=20), st.lists(_SPAN, max_size=10))
def test_within_any_span_agrees_with_a_look_at_each_span(
    spans: list[tuple[int, int]], hits: list[tuple[int, int]]
) -> None:
    within = _within_any(list(spans))
    for first, last in hits:
        hit = Hit(first, last, "role", "processor")
        assert within(hit) == any(a <= first and last <= b for a, b in spans)


_WE_PIECES = ["We", "we", "us", "bonus", "our", "-", ",", " ", "Acme", "e-we", "."]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WE_PIECES), max_size=30))
def test_we_before_a_comma_is_every_we_token_followed_by_a_comma(pieces: list[str]) -> None:
    text = "".join(pieces)
    doc = NoticeDoc.build(text, "en", lexicon("en"), segment(text))
    we_words = _we_words("en")
    expected = [k for k in doc.positions(we_words) if text[doc.ends[k] : doc.ends[k] + 1] == ","]
    assert _we_before_comma(doc) == expected


# More words than common_word looks up one by one, short and long, so both of its ways are used.
_STEMS, _ENDS = ("bank", "ab", "data", "über", "post"), ("", "s", "ing", "x1", "net", "e")
_VOCABULARY = [stem + end for stem in _STEMS for end in _ENDS]
_TEXT_PIECES = st.sampled_from(
    [*_VOCABULARY, "Bank", "www.bank.com", "info@data.nl", " ", ", ", "-", "_", "\n", "\u00ad", "\u2011", "é"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_TEXT_PIECES, max_size=40), st.lists(st.sampled_from(_VOCABULARY), max_size=40))
def test_common_word_agrees_with_the_list_of_lower_case_words(pieces: list[str], asked: list[str]) -> None:
    text = "".join(pieces)
    doc = NoticeDoc.build(text, "en", lexicon("en"), segment(text))
    lower = set(re.findall(r"(?<![\w-])[a-zà-ÿ][\w-]*", text))
    for word in asked:
        plain = word in lower and any(not _in_address(text, at, len(word)) for at in _occurrences(text, word))
        assert common_word(doc, word) == plain


@settings(max_examples=200, deadline=None)
@given(_WORDS, st.sets(st.sampled_from(["the", "data", "we", "eea", "cookies", "x"]), max_size=4))
def test_vocabulary_positions_equal_a_scan_of_every_token(words: list[str], wanted: set[str]) -> None:
    folded = [fold(w) for w in words]
    vocabulary = Vocabulary.of(folded)
    assert [vocabulary.words[k] for k in vocabulary.ids] == folded
    assert vocabulary.positions(wanted) == [k for k, w in enumerate(folded) if w in wanted]


@settings(max_examples=200, deadline=None)
@given(_WORDS)
def test_term_starts_counted_by_word_equal_a_test_of_each_token(words: list[str]) -> None:
    """The matcher's candidate tokens are those that start a one-word term, or a longer term whose
    first two tokens match (the definition, token by token)."""
    matcher = lexicon("en").matcher
    folded = [fold(w) for w in words]
    expected = [
        i
        for i, word in enumerate(folded)
        if any(not e.rest for e in matcher._first(word))
        or (
            i + 1 < len(folded)
            and any(e.rest for e in matcher._after(word, folded[i + 1], {word: matcher._first(word)}))
        )
    ]
    assert matcher._candidates(folded, Vocabulary.of(folded))[0] == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab é;:()[]\n.\ud800", max_size=80))
def test_clause_numbers_count_the_marks_before_each_token(text: str) -> None:
    doc = NoticeDoc.build(text, "en", lexicon("en"), segment(text))
    assert doc.clause == [sum(c in ";:()[]" for c in text[:start]) for start in doc.starts]


_NAME_PIECES = st.sampled_from(
    [
        "Google",
        "google",
        "bpost",
        "Bpost",
        "Microsoft",
        "Teams",
        "Deutsche",
        "Post",
        "voor",
        "de",
        "De",
        " ",
        ". ",
        "\n\n",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_NAME_PIECES, max_size=30))
def test_catalogue_openings_by_word_equal_a_test_of_each_token(pieces: list[str]) -> None:
    """The tokens that open a catalogue spelling, by their definition: written with a capital and
    opening a spelling as the catalogue writes it with capitals; or written in lower case, no
    function word, and opening a spelling the catalogue writes in lower case."""
    text = " ".join(pieces)
    doc = NoticeDoc.build(text, "nl", lexicon("nl"), segment(text))
    alone, pairs, _ = _openings()
    caps, words = doc.capital_set(), doc.words
    plain = _PLAIN | lexicon("nl").stopwords
    expected = [
        k
        for k, word in enumerate(words)
        if not (k not in caps and word in plain)
        and (
            word in alone[k not in caps]
            or (word, words[k + 1] if k + 1 < len(words) else "") in pairs[k not in caps]
        )
    ]
    assert _opening_tokens(doc) == expected


def _plain_sample(text: str) -> list[str]:
    """The first 4,000 words of the folded text as TOKEN_RE writes them."""
    return [m.group() for m in TOKEN_RE.finditer(fold(text))][:SAMPLE_TOKENS]


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_language_sample_from_the_tokens_equals_the_words_as_written(text: str) -> None:
    folded = fold(text)
    assert sample_words(folded, tokens_of(folded)) == _plain_sample(text)
    assert language_of(sample_words(folded, tokens_of(folded))) == detect_language(text)


def test_language_sample_of_a_long_text_stops_at_the_sample_size() -> None:
    text = "Daß die Auftrags-verarbeiter und wir. " * 3000  # past the folded head of 60,000 characters
    folded = fold(text)
    sample = sample_words(folded, tokens_of(folded))
    assert sample == _plain_sample(text)
    assert len(sample) == SAMPLE_TOKENS and "daß" in sample and "auftrags-verarbeiter" in sample
    assert language_of(sample) == detect_language(text) == "de"


_CONTROLS_TEXT = st.text(alphabet=st.characters(max_codepoint=0x3FF), max_size=200)


@settings(max_examples=300, deadline=None)
@given(_CONTROLS_TEXT | _TEXT)
def test_control_ratio_counts_the_control_characters_other_than_whitespace(text: str) -> None:
    controls = sum(1 for c in text if c not in "\t\n\r\f\v" and unicodedata.category(c) == "Cc")
    assert control_ratio(text) == (controls / len(text) if text else 0.0)
