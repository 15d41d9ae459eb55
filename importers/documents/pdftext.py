"""PDF -> text with pypdf: pages joined, running headers and page numbers dropped, lines reflowed.

A PDF's text layer is a sequence of printed lines. To give the extraction the same paragraphs a
Markdown notice has, lines wrapped by the layout are joined, words hyphenated at a line end are
rejoined, and bullets become ``- `` items. Encrypted, truncated and scanned (no text) PDFs are
refused with a reason a DPO can act on.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from importers.documents import limits
from importers.documents.blocks import join_blocks
from importers.documents.encoding import INVISIBLE
from importers.documents.limits import Unreadable

_PAGE_NUMBER = re.compile(
    r"^[-–\s]*(?:page|pagina|seite|p\.)?\s*\d{1,4}\s*(?:(?:/|of|van|von|sur|de)\s*\d{1,4})?[-–\s]*$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^[•▪◦·●○■□▶►‣⁃∙*–—-]\s+")
_NUMBERED = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}(?:\.\d{1,2})+|[a-z][.)])\s+\S")
_SENTENCE_END = (".", "!", "?", ":", ";")
_JUNK_TITLE = re.compile(r"^microsoft (word|powerpoint)|\.(docx?|pdf|odt|rtf)$|^untitled$", re.IGNORECASE)
NO_TEXT = "no text layer: scanned PDF needs OCR, which Transfer Atlas does not do"
ENCRYPTED = "encrypted PDF: cannot read without password"


def pdf_to_text(data: bytes) -> tuple[str, str | None]:
    """``(text, title)`` of a PDF; raises ``Unreadable`` with the reason it cannot be read."""
    if b"%PDF-" not in data[:1024]:
        raise Unreadable("not a PDF file (no %PDF header)")
    if b"%%EOF" not in data[-2048:]:
        raise Unreadable("truncated or damaged PDF (no end-of-file marker)")
    with _quiet_pypdf():
        try:
            pages, title = _read_pages(data)
        except Unreadable:
            raise
        except Exception as err:  # pypdf raises many types on damaged input; all mean the same here
            raise Unreadable(_damage(err)) from err
    if not any(line.strip() for page in pages for line in page):
        raise Unreadable(NO_TEXT)
    return join_blocks(_paragraphs(_strip_running(pages))), title


def _read_pages(data: bytes) -> tuple[list[list[str]], str | None]:
    import pypdf  # imported here: only PDF imports pay for it

    reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted and not reader.decrypt(""):  # an empty user password is common and opens
        raise Unreadable(ENCRYPTED)
    if len(reader.pages) > limits.MAX_PDF_PAGES:
        raise Unreadable(f"PDF has {len(reader.pages)} pages; the limit is {limits.MAX_PDF_PAGES}")
    _check_content(reader)
    pages, size = [], 0
    deadline = time.monotonic() + limits.MAX_READ_SECONDS
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text(visitor_operand_before=_watch(deadline, number, len(reader.pages))) or ""
        size += len(text)
        if size > limits.MAX_TEXT_CHARS:
            raise Unreadable(f"PDF text is longer than {limits.MAX_TEXT_CHARS:,} characters")
        pages.append(text.replace("\x00", "").translate(INVISIBLE).splitlines())
    return pages, _title(reader)


def _check_content(reader: Any) -> None:
    """Refuse, before any text is extracted, a PDF whose pages draw more content in all than
    ``MAX_PDF_CONTENT_BYTES`` (a content stream shared by thousands of pages counts for each)."""
    total = 0
    for number, page in enumerate(reader.pages, start=1):
        total += _content_size(page)
        if total > limits.MAX_PDF_CONTENT_BYTES:
            raise Unreadable(
                f"refused: the content its pages draw adds up to more than "
                f"{limits.MAX_PDF_CONTENT_BYTES >> 20} MB by page {number} of {len(reader.pages)} "
                "(pages sharing one large content stream?)"
            )


def _watch(deadline: float, page: int, pages: int) -> Callable[..., None]:
    """A callback pypdf calls for every drawing operator: it stops a page that takes too long."""
    count = 0

    def visit(*_: object) -> None:
        nonlocal count
        count += 1
        if count % 2048 == 0 and time.monotonic() > deadline:
            raise Unreadable(
                f"refused: reading took more than {limits.MAX_READ_SECONDS:g} s (at page {page} of {pages})"
            )

    return visit


def _content_size(page: Any) -> int:
    """The decoded size of a page's content streams (pypdf caches them, so shared ones are decoded
    once but counted for every page that draws them, as extraction parses them again)."""
    contents = page.get("/Contents")
    if contents is None:
        return 0
    found = contents.get_object()
    streams = found if isinstance(found, list) else [found]
    return sum(len(stream.get_object().get_data()) for stream in streams)


def _title(reader: object) -> str | None:
    metadata = getattr(reader, "metadata", None)
    title = str(getattr(metadata, "title", "") or "").strip()
    return title if title and not _JUNK_TITLE.search(title) else None


def _damage(err: Exception) -> str:
    name = type(err).__name__
    if name == "FileNotDecryptedError":
        return ENCRYPTED
    if name == "LimitReachedError":
        return f"damaged or hostile PDF: content exceeds a safety limit ({err})"
    return f"damaged PDF ({name}: {str(err)[:200]})"


@contextlib.contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs a warning for every repaired defect; the reader reports failures itself."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _strip_running(pages: list[list[str]]) -> list[list[str]]:
    """Page numbers, and headers or footers repeated at the top or bottom of most pages, go."""
    pages = [[ln for ln in page if not _PAGE_NUMBER.match(ln)] for page in pages]
    if len(pages) < 3:
        return pages
    tops = Counter(_shape(page[0]) for page in pages if page)
    bottoms = Counter(_shape(page[-1]) for page in pages if page)
    least = max(3, len(pages) // 2)
    return [
        _trim(page, {s for s, n in tops.items() if n >= least}, {s for s, n in bottoms.items() if n >= least})
        for page in pages
    ]


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()))


def _trim(page: list[str], tops: set[str], bottoms: set[str]) -> list[str]:
    if page and _shape(page[0]) in tops:
        page = page[1:]
    if page and _shape(page[-1]) in bottoms:
        page = page[:-1]
    return page


def _paragraphs(pages: list[list[str]]) -> Iterator[tuple[str, str]]:
    """Join wrapped lines into paragraphs; a page break joins too when the sentence runs on."""
    lines = [" ".join(ln.split()) for page in pages for ln in page]
    width = _width(lines)  # the text column's width, in characters, for the whole document
    current, group, last = "", "p", ""
    for line in lines:
        bullet = _BULLET.match(line)
        if current and line and not bullet and not _NUMBERED.match(line) and _continues(last, width):
            current, last = _join_lines(current, line), line
            continue
        if current:
            yield current, group
        current, group, last = *(("- " + line[bullet.end() :], "li") if bullet else (line, "p")), line
    if current:
        yield current, group


def _width(lines: list[str]) -> int:
    lengths = sorted(len(ln) for ln in lines if ln)
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


def _continues(last: str, width: int) -> bool:
    """Whether the line after ``last`` continues its paragraph: short lines end paragraphs (or are
    headings), and so does a sentence end well before the right margin."""
    if len(last) < 0.6 * width:
        return False
    return not (last.endswith(_SENTENCE_END) and len(last) < 0.85 * width)


def _join_lines(paragraph: str, line: str) -> str:
    if paragraph.endswith("-") and len(paragraph) > 1 and paragraph[-2].isalpha():
        return paragraph[:-1] + line if line[:1].islower() else paragraph + line
    return paragraph + " " + line
