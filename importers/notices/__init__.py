"""Privacy-notice extraction: recipients, controller, special categories and transfers, with evidence.

``parse_text`` is pure (text in, ``NoticeExtraction`` out); ``NoticeImporter`` reads a file through
``importers.documents`` and turns the extraction into model objects. Imports only ``model``,
``importers.base`` and ``importers.documents``; the lexicons are JSON data under ``lexicons/``.
"""

from importers.notices.extract import parse_text
from importers.notices.importer import NoticeImporter
from importers.notices.reading import ReadNotice, read_notice
from importers.notices.types import ExtractionError, NoticeExtraction

__all__ = ["ExtractionError", "NoticeExtraction", "NoticeImporter", "ReadNotice", "parse_text", "read_notice"]
