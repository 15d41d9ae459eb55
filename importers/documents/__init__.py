"""Document readers: a notice file (text, Markdown, HTML, PDF, Word) -> its text, safely.

``read_document(path)`` returns a ``DocumentText`` whose ``text`` every evidence offset points
into; it raises ``importers.base.ImportFailure`` and nothing else. May import the standard
library, ``importers.base``, pypdf, defusedxml and charset-normalizer; never Qt or ``desktop``.
"""

from importers.documents.encoding import decode_text
from importers.documents.htmltext import html_to_text
from importers.documents.reader import FORMATS, DocumentText, document_format, markdown_title, read_document

__all__ = [
    "FORMATS",
    "DocumentText",
    "decode_text",
    "document_format",
    "html_to_text",
    "markdown_title",
    "read_document",
]
