"""The limits the document readers enforce, and the error a reader raises for content it refuses.

The limits keep a hostile or broken file from exhausting memory or time; each is a module constant
so a deployment (or a test) can change it. ``Unreadable`` carries a reason only: ``read_document``
adds the file name when it turns the reason into an ``ImportFailure``.
"""

from __future__ import annotations

MB = 1 << 20

MAX_TEXT_BYTES = 50 * MB
"""Plain text, Markdown and HTML files larger than this are refused (a notice is rarely 1 MB)."""

MAX_BINARY_BYTES = 200 * MB
"""PDF and Word files larger than this are refused."""

MAX_ZIP_MEMBERS = 5_000
"""A Word file with more parts than this is refused (real ones have tens, with images hundreds)."""

MAX_XML_BYTES = 100 * MB
"""The largest decompressed XML part of a Word file that is read (zip bombs decompress to GBs)."""

MAX_TEXT_CHARS = 20_000_000
"""Extracted text longer than this is refused (a PDF whose streams decompress to gigabytes). The
notice extractor reads up to the same length, so every text the reader accepts is extracted."""

MAX_PDF_PAGES = 5_000
"""PDFs with more pages than this are refused."""

MAX_PDF_CONTENT_BYTES = 64 * MB
"""The page content (drawing instructions) read for all pages together, counted once per page that
uses it: a few pages of 5,000 sharing one large content stream would otherwise take hours."""

MAX_READ_SECONDS = 20.0
"""A document whose text takes longer than this to extract is refused (the good files of the batch
go on); a 500-page notice takes a few seconds."""

MAX_CONTROL_RATIO = 0.05
"""Above this share of control characters a "text" file is taken for binary data."""


class Unreadable(Exception):
    """The content cannot be turned into text; ``str()`` is the reason, without the file name."""
