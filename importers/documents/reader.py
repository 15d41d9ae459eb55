"""``read_document``: a notice file of any supported format -> its text, checked and bounded.

This is the one place that touches the file system; the format readers work on bytes. Every
problem, expected or not, comes out as an ``ImportFailure`` naming the file and the reason, so a
batch can report it and go on with the next file.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from importers.base import ImportFailure, source_name
from importers.documents import limits
from importers.documents.docxtext import docx_to_text
from importers.documents.encoding import control_ratio, declared_encoding, decode_text
from importers.documents.htmltext import html_to_text
from importers.documents.limits import Unreadable
from importers.documents.pdftext import pdf_to_text

FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}
"""File extension -> format name."""

_ATX = re.compile(r"^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")


@dataclass(frozen=True, slots=True)
class DocumentText:
    """A document's extracted text: what evidence offsets point into, and where it came from."""

    path: str  # the path as given by the user
    sha256: str  # of the file's bytes
    text: str
    title: str | None  # <title>, the first heading, or the Word title property, where there is one
    format: str  # "txt", "md", "html", "pdf", "docx"
    encoding: str | None  # for the text formats; None for PDF and Word


def document_format(path: Path) -> str | None:
    """The format name for ``path`` by its extension, or None when it is not a document format."""
    return FORMATS.get(path.suffix.lower())


def read_document(path: Path) -> DocumentText:
    """Read ``path`` and extract its text; raises ``ImportFailure(path, reason)`` and nothing else."""
    fmt = document_format(Path(path))
    if fmt is None:
        raise ImportFailure(
            path,
            f"unsupported document type {Path(path).suffix or '(no extension)'!r}; "
            f"supported: {', '.join(sorted(FORMATS))}",
        )
    data = _read_bytes(
        Path(path), limits.MAX_BINARY_BYTES if fmt in ("pdf", "docx") else limits.MAX_TEXT_BYTES
    )
    try:
        text, title, encoding = _extract(fmt, data)
    except Unreadable as err:
        raise ImportFailure(path, str(err)) from None
    except RecursionError:
        raise ImportFailure(path, "the document is nested too deeply to read") from None
    except Exception as err:  # a reader bug must still not stop the batch
        raise ImportFailure(path, f"could not be read ({type(err).__name__}: {str(err)[:200]})") from err
    if len(text) > limits.MAX_TEXT_CHARS:
        raise ImportFailure(path, f"the text is longer than {limits.MAX_TEXT_CHARS:,} characters")
    return DocumentText(source_name(path), hashlib.sha256(data).hexdigest(), text, title, fmt, encoding)


def _read_bytes(path: Path, limit: int) -> bytes:
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise ImportFailure(path, "is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):  # a pipe or device would block or never end
            raise ImportFailure(path, "not a regular file")
        _check_size(path, info.st_size, limit)
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise ImportFailure(
            path, "file not found (it may have been moved or deleted while being read)"
        ) from None
    except PermissionError:
        raise ImportFailure(path, "permission denied") from None
    except OSError as err:
        raise ImportFailure(path, f"cannot be read ({(err.strerror or str(err)).lower()})") from None
    _check_size(path, len(data), limit)
    if not data:
        raise ImportFailure(path, "empty file")
    return data


def _check_size(path: Path, size: int, limit: int) -> None:
    if size > limit:
        raise ImportFailure(
            path,
            f"file is too large ({size / limits.MB:,.1f} MB; the limit for this "
            f"format is {limit // limits.MB} MB)",
        )


def _extract(fmt: str, data: bytes) -> tuple[str, str | None, str | None]:
    if fmt == "pdf":
        return (*pdf_to_text(data), None)
    if fmt == "docx":
        text, title = docx_to_text(data)
        if not text.strip():
            raise Unreadable("the Word document contains no text")
        return text, title, None
    text, encoding = decode_text(data, declared=declared_encoding(data) if fmt == "html" else None)
    if control_ratio(text) > limits.MAX_CONTROL_RATIO:
        raise Unreadable("not a text file (it contains binary data)")
    title = markdown_title(text) if fmt == "md" else None
    if fmt == "html":
        text, title = html_to_text(text)
    if not text.strip():
        raise Unreadable(
            "no readable text" + (" (only markup, scripts or navigation)" if fmt == "html" else "")
        )
    return text, title, encoding


def markdown_title(text: str) -> str | None:
    """The first Markdown heading (``# Title`` or a line underlined with ``===``/``---``)."""
    previous = ""
    for line in text.split("\n", 2000)[:2000]:
        atx = _ATX.match(line)
        if atx:
            return atx.group(1).strip()
        if previous.strip() and _SETEXT.match(line) and not previous.lstrip().startswith(("-", "*", "|")):
            return previous.strip()
        previous = line
    return None
