"""Word .docx -> text: paragraphs, headings as ``#`` lines, list paragraphs as ``- `` items, tables.

A .docx is a zip of XML parts. The zip is checked before anything is decompressed (number of
parts, declared sizes) and reads are bounded, so a zip bomb is refused; the XML is parsed with
defusedxml, refusing any DTD, so entity expansion and external entities cannot act. The document
part is streamed (``iterparse``), never walked recursively.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

import defusedxml
import defusedxml.ElementTree as SafeET

from importers.documents import limits
from importers.documents.blocks import add_table_row, join_blocks
from importers.documents.encoding import INVISIBLE
from importers.documents.limits import Unreadable

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
DOCUMENT, STYLES, CORE = "word/document.xml", "word/styles.xml", "docProps/core.xml"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # old .doc files and password-protected .docx files
_HEADING_NAME = re.compile(r"^(?:heading|kop|überschrift|titre)\s*(\d)$", re.IGNORECASE)
_TEXT_ELEMENTS = {f"{W}t": None, f"{W}tab": " ", f"{W}br": "\n", f"{W}cr": "\n", f"{W}noBreakHyphen": "-"}


@dataclass(frozen=True, slots=True)
class _Style:
    heading: int | None  # 1..9, or None for body text
    is_list: bool


@dataclass(slots=True)
class _Paragraph:
    style: str = ""
    numbered: bool = False
    outline: int | None = None
    texts: list[str] = field(default_factory=list)


def docx_to_text(data: bytes) -> tuple[str, str | None]:
    """``(text, title)`` of a Word document; raises ``Unreadable`` with the reason."""
    if data.startswith(OLE_MAGIC):
        raise Unreadable(
            "password-protected or old-format Word file (.doc); save it as .docx without a password"
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_archive(archive)
            styles = _styles(_member(archive, STYLES)) if STYLES in archive.NameToInfo else {}
            blocks, first_heading = _document_blocks(_member(archive, DOCUMENT), styles)
            title = _core_title(_member(archive, CORE)) if CORE in archive.NameToInfo else None
    except Unreadable:
        raise
    except defusedxml.DefusedXmlException as err:
        raise Unreadable(
            f"refused: the XML declares a DTD or entities, which a Word file never needs "
            f"(possible entity-expansion or external-entity attack: {type(err).__name__})"
        ) from err
    except SafeET.ParseError as err:
        raise Unreadable(f"damaged Word file (XML error: {err})") from err
    except zipfile.BadZipFile as err:
        raise Unreadable(f"not a Word document or damaged (bad zip archive: {err})") from err
    except Exception as err:  # zlib.error, EOFError, NotImplementedError, ... all mean a broken archive
        raise Unreadable(f"damaged Word file ({type(err).__name__}: {str(err)[:200]})") from err
    return join_blocks(blocks), title or first_heading


def _check_archive(archive: zipfile.ZipFile) -> None:
    infos = archive.infolist()
    if len(infos) > limits.MAX_ZIP_MEMBERS:
        raise Unreadable(
            f"Word file has {len(infos):,} parts; the limit is {limits.MAX_ZIP_MEMBERS:,} (a zip bomb?)"
        )
    if DOCUMENT not in archive.NameToInfo:
        raise Unreadable(f"not a Word document (the archive has no {DOCUMENT})")


def _member(archive: zipfile.ZipFile, name: str) -> bytes:
    """A part's bytes; the declared size is checked first and the read is bounded anyway."""
    limit = limits.MAX_XML_BYTES
    too_big = f"{name} decompresses to more than {limit // limits.MB} MB; refused (a zip bomb?)"
    if archive.getinfo(name).file_size > limit:
        raise Unreadable(too_big)
    with archive.open(name) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise Unreadable(too_big)
    return data


def _parse(data: bytes) -> Any:
    return SafeET.fromstring(data, forbid_dtd=True)


def _styles(data: bytes) -> dict[str, _Style]:
    """Style id -> heading level / list flag. Ids are localised ("Kop1"); names are not."""
    styles: dict[str, _Style] = {}
    for style in _parse(data).iter(f"{W}style"):
        name_el, outline_el = style.find(f"{W}name"), style.find(f"{W}pPr/{W}outlineLvl")
        name = (name_el.get(f"{W}val", "") if name_el is not None else "").strip()
        match = _HEADING_NAME.match(name)
        heading = int(match.group(1)) if match else 1 if name.lower() == "title" else None
        if heading is None and outline_el is not None:
            heading = _outline(outline_el.get(f"{W}val"))
        styles[style.get(f"{W}styleId", "")] = _Style(heading, "list" in name.lower())
    return styles


def _outline(value: str | None) -> int | None:
    return int(value) + 1 if value and value.isdigit() and int(value) < 9 else None


def _core_title(data: bytes) -> str | None:
    element = _parse(data).find(DC_TITLE)
    title = " ".join((element.text or "").split()) if element is not None else ""
    return title or None


def _document_blocks(data: bytes, styles: dict[str, _Style]) -> tuple[list[tuple[str, str]], str | None]:
    builder = _Builder(styles)
    for event, element in SafeET.iterparse(io.BytesIO(data), events=("start", "end"), forbid_dtd=True):
        builder.event(event, element)
    return builder.blocks, builder.first_heading


class _Builder:
    """Turns the start/end events of ``word/document.xml`` into blocks, with explicit stacks."""

    def __init__(self, styles: dict[str, _Style]) -> None:
        self.styles = styles
        self.blocks: list[tuple[str, str]] = []
        self.paragraphs: list[_Paragraph] = []  # text boxes put paragraphs inside paragraphs
        self.table_depth = 0
        self.tables = 0  # numbers the tables, so two in a row stay apart
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.first_heading: str | None = None

    def event(self, event: str, element: Any) -> None:
        tag = element.tag
        if event == "start":
            self._start(tag)
        elif tag in _TEXT_ELEMENTS and self.paragraphs:
            text = _TEXT_ELEMENTS[tag]
            self.paragraphs[-1].texts.append((element.text or "") if text is None else text)
        else:
            self._end(tag, element)

    def _start(self, tag: str) -> None:
        if tag == f"{W}p":
            self.paragraphs.append(_Paragraph())
        elif tag == f"{W}tbl":
            self.table_depth += 1
            self.tables += self.table_depth == 1
        elif tag == f"{W}tr" and self.table_depth == 1:
            self.row = []
        elif tag == f"{W}tc" and self.table_depth == 1:
            self.cell = []

    def _end(self, tag: str, element: Any) -> None:
        paragraph = self.paragraphs[-1] if self.paragraphs else None
        if tag == f"{W}pStyle" and paragraph:
            paragraph.style = element.get(f"{W}val", "")
        elif tag == f"{W}numPr" and paragraph:
            paragraph.numbered = True
        elif tag == f"{W}outlineLvl" and paragraph:
            paragraph.outline = _outline(element.get(f"{W}val"))
        elif tag == f"{W}p" and paragraph:
            self.paragraphs.pop()
            self._emit(paragraph)
            element.clear()
        else:
            self._end_table_part(tag)

    def _end_table_part(self, tag: str) -> None:
        if tag == f"{W}tbl":
            self.table_depth -= 1
        elif tag == f"{W}tc" and self.table_depth == 1 and self.row is not None and self.cell is not None:
            self.row.append(" ".join(self.cell))
            self.cell = None
        elif tag == f"{W}tr" and self.table_depth == 1 and self.row is not None:
            if any(self.row):
                add_table_row(self.blocks, self.row, f"row{self.tables}")
            self.row = None

    def _emit(self, paragraph: _Paragraph) -> None:
        raw = "".join(paragraph.texts).translate(INVISIBLE)
        text = "\n".join(s for s in (" ".join(ln.split()) for ln in raw.split("\n")) if s)
        if not text:
            return
        if self.cell is not None:
            self.cell.append(text.replace("\n", " "))
            return
        style = self.styles.get(paragraph.style, _Style(None, False))
        heading = paragraph.outline or style.heading
        if heading:
            text = text.replace("\n", " ")
            self.first_heading = self.first_heading or text
            self.blocks.append(("#" * min(heading, 6) + " " + text, "h"))
        elif paragraph.numbered or style.is_list:
            self.blocks.append(("- " + text, "li"))
        else:
            self.blocks.append((text, "p"))
