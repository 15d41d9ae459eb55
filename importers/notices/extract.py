"""``parse_text``: a notice's text in, a ``NoticeExtraction`` out. Pure; no file access."""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager

from importers.documents import limits
from importers.notices.categories import special_categories
from importers.notices.context import recipient_contexts
from importers.notices.controller import find_controller, own_names
from importers.notices.document import NoticeDoc
from importers.notices.lexicon import LANGUAGES, lexicon
from importers.notices.meta import find_last_updated, find_title, language_of, sample_words
from importers.notices.named import named_recipients
from importers.notices.named_merge import NamedFind
from importers.notices.organisations import normalise_name
from importers.notices.recipients import RoleMention, role_mentions
from importers.notices.segment import segment
from importers.notices.textnorm import Tokens, fold, tokens_of
from importers.notices.transfers import transfer_statements
from importers.notices.types import ExtractionError, NoticeExtraction, Recipient

_EVIDENCE_PER_ITEM = 5


def parse_text(
    text: str, *, source: str = "", sha256: str = "", language: str | None = None
) -> NoticeExtraction:
    """Everything the notice says about recipients, special categories and transfers, with evidence.

    ``language`` overrides detection. Raises ``ExtractionError`` for input that is not text or is
    too large to be a notice; any other text (even empty) gives an extraction.
    """
    if not isinstance(text, str):
        raise ExtractionError(f"expected text, got {type(text).__name__}")
    if len(text) > limits.MAX_TEXT_CHARS:  # the document reader's limit: what it accepts is extracted
        raise ExtractionError(
            f"{len(text):,} characters is too long for a notice (limit {limits.MAX_TEXT_CHARS:,})"
        )
    with _collector_paused():
        # the matching form and its tokens, made once for the language and the document
        folded = fold(text)
        tokens = tokens_of(folded)
        language = language or language_of(sample_words(folded, tokens))
        return _parse(text, folded, tokens, source, sha256, language)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a notice is read.

    Reading allocates a few container objects per word and creates no reference cycles (it all
    goes with reference counting), yet the collector would walk them again and again: about a
    sixth of the time on a large notice. Collection resumes afterwards; if another thread paused
    it first, that thread resumes it.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _parse(
    text: str, folded: str, tokens: Tokens, source: str, sha256: str, language: str
) -> NoticeExtraction:
    normalise_name.cache_clear()  # a cache per notice: never more names than one notice holds
    lex = lexicon(language) if language in LANGUAGES else None
    sentences = segment(text, lex.list_leads if lex is not None else frozenset())
    doc = NoticeDoc.build(text, language, lex, sentences, folded, tokens)
    if lex is None:
        return NoticeExtraction(text, source, sha256, language, find_title(doc))
    contexts = recipient_contexts(doc)
    controller = find_controller(doc, contexts)
    named = named_recipients(doc, contexts, own_names(doc, controller))
    recipients = _described(doc, role_mentions(doc, contexts)) + _named(doc, named)
    return NoticeExtraction(
        text=text,
        source=source,
        sha256=sha256,
        language=language,
        title=find_title(doc),
        last_updated=find_last_updated(doc),
        controller=controller,
        recipients=tuple(recipients),
        special_categories=tuple(special_categories(doc)),
        transfers=tuple(transfer_statements(doc, named, home=controller.country if controller else None)),
    )


def _described(doc: NoticeDoc, mentions: list[RoleMention]) -> list[Recipient]:
    by_role: dict[str, dict[int, None]] = defaultdict(dict)  # role -> its sentences, in order
    for m in mentions:
        sentences = by_role[m.role]
        if len(sentences) < _EVIDENCE_PER_ITEM:
            sentences.setdefault(m.sentence)
    return [
        Recipient(
            None, role, False, None, tuple(doc.span(i) for i in sentences), "a role word where data is shared"
        )
        for role, sentences in by_role.items()
    ]


def _named(doc: NoticeDoc, finds: list[NamedFind]) -> list[Recipient]:
    return [
        Recipient(
            f.name,
            f.role,
            True,
            f.country,
            tuple(doc.span(i) for i in f.sentences[:_EVIDENCE_PER_ITEM]),
            f.reason,
        )
        for f in finds
    ]
