"""``read_notice``: the one way a notice file becomes an extraction, for every caller.

The notice importer, the notice diff, ``transfer-atlas extract``, ``python -m importers.notices``
and the golden-file tests all read notices here, so a file fails the same way everywhere: as an
``ImportFailure`` naming the file and the reason, never as a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from importers.base import ImportFailure
from importers.documents import DocumentText, read_document
from importers.notices.extract import parse_text
from importers.notices.types import ExtractionError, NoticeExtraction


@dataclass(frozen=True, slots=True)
class ReadNotice:
    """A notice as read: the document's text (with its title) and what the notice says."""

    document: DocumentText
    extraction: NoticeExtraction


def read_notice(path: Path, *, source: str | None = None) -> ReadNotice:
    """Read and extract the notice at ``path``; ``source`` names it in evidence (default: the path).

    Raises ``ImportFailure`` (with the file named) for anything that cannot be read or extracted.
    """
    text = read_document(path)
    try:
        name = source if source is not None else text.path
        extraction = parse_text(text.text, source=name, sha256=text.sha256)
    except ExtractionError as err:
        raise ImportFailure(path, str(err)) from err
    return ReadNotice(text, extraction)
