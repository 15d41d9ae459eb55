"""Property tests: parse_text never fails on arbitrary text, and every span quotes the text exactly."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from importers.notices import ExtractionError, NoticeExtraction, parse_text
from tests.factories import NOTICE_WORDS

_WORDS = st.sampled_from(NOTICE_WORDS)
_NOTICEISH = st.lists(_WORDS, max_size=120).map(" ".join)


def _spans(x: NoticeExtraction):
    if x.controller:
        yield from x.controller.evidence
    for group in (x.recipients, x.special_categories, x.transfers):
        for item in group:
            yield from item.evidence


def _check(text: str) -> None:
    try:
        x = parse_text(text)
    except ExtractionError:
        return
    for span in _spans(x):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.quote


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises_and_spans_quote_it(text: str) -> None:
    _check(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_NOTICEISH)
def test_notice_like_text_spans_quote_it(text: str) -> None:
    _check(text)


def test_non_text_input_is_a_typed_error() -> None:
    try:
        parse_text(b"bytes")  # type: ignore[arg-type]
    except ExtractionError as err:
        assert "expected text" in str(err)
    else:
        raise AssertionError("bytes were accepted")
