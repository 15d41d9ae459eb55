"""HTML -> the same plain-text structure a Markdown notice has, without recursion.

Headings become ``#`` lines, list items ``- item`` lines, table rows ``cell | cell`` lines and
paragraphs are separated by blank lines, so the extraction sees one structure whatever the format.
Scripts, styles, navigation, forms, hidden elements and cookie banners are dropped; page headers,
footers and asides are dropped when they are mostly links. ``html.parser`` streams the markup, so
ten thousand nested elements cost a list of ten thousand entries, never a deep recursion.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser

from importers.documents.blocks import add_table_row, join_blocks
from importers.documents.encoding import INVISIBLE

VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "keygen",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
SKIPPED = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "form",
        "button",
        "select",
        "textarea",
        "option",
        "datalist",
        "svg",
        "math",
        "iframe",
        "object",
        "canvas",
        "audio",
        "video",
    ]
)
BLOCKS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "aside",
        "header",
        "footer",
        "blockquote",
        "address",
        "dl",
        "dt",
        "dd",
        "figure",
        "figcaption",
        "ul",
        "ol",
        "menu",
        "table",
        "caption",
        "thead",
        "tbody",
        "tfoot",
        "center",
        "details",
        "summary",
        "fieldset",
        "legend",
        "pre",
        "body",
        "html",
        "hr",
    ]
)
HEADINGS = {f"h{n}": n for n in range(1, 7)}
CONTROLS = frozenset(["button", "input", "select", "textarea"])
BOILERPLATE = frozenset(["header", "footer", "aside"])
BANNER_WORDS = ("cookie", "consent", "banner")
NEVER_BANNERS = frozenset(["html", "body", "main", "article"])  # a page-wide class must not hide the page
SKIPPED_ROLES = frozenset({"navigation", "search", "menu", "menubar"})
BOILERPLATE_ROLES = frozenset({"banner", "contentinfo", "complementary"})
_IMPLIED_END = {
    "li": ("li",),
    "p": ("p",),
    "td": ("td", "th"),
    "th": ("td", "th"),
    "tr": ("tr", "td", "th"),
    "dt": ("dt", "dd"),
    "dd": ("dt", "dd"),
}
_BREAKS = BLOCKS | HEADINGS.keys() | {"li", "tr", "td", "th"}  # elements that end the running paragraph
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


@dataclass(slots=True)
class _Snapshot:
    """Where the output stood when a candidate for removal opened (decided when it closes)."""

    kind: str  # "banner" or "boilerplate"
    blocks: int
    chars: int
    link_chars: int
    headings: int
    controls: int


@dataclass(slots=True)
class _Open:
    tag: str
    skip: bool  # this element starts a dropped region
    active: bool  # its start actions ran (it was not inside a dropped region)
    snapshot: _Snapshot | None = None


class _TextParser(HTMLParser):
    """Streams markup into blocks of ``(text, group)``; see the module docstring."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []
        self.stack: list[_Open] = []
        self.open_counts: Counter[str] = Counter()
        self.skip_depth = 0
        self.inline: list[str] = []
        self.prefix = ("", "p")
        self.pre_depth = self.link_depth = self.table_depth = self.list_depth = 0
        self.sequence = 0  # numbers each outermost list and table, so two in a row stay apart
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.title_parts: list[str] | None = None
        self.title: str | None = None
        self.first_heading: str | None = None
        self.chars = self.link_chars = self.headings = self.controls = 0

    # -- events -------------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in CONTROLS:
            self.controls += 1
        if tag in VOID:
            self._void(tag, attrs)
            return
        self._close_implied(tag)
        attributes = {k: v or "" for k, v in attrs} if attrs else {}
        skip = self.skip_depth > 0 or tag in SKIPPED
        if attributes and not skip:
            skip = _hidden(attributes) or _role(attributes) in SKIPPED_ROLES
        entry = _Open(tag, skip=skip and self.skip_depth == 0, active=not skip)
        self.stack.append(entry)
        self.open_counts[tag] += 1
        if entry.skip:
            self.skip_depth += 1
        if entry.active:
            self._start(entry, attributes)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            self.handle_starttag(tag, attrs)
        else:  # <div/> opens and closes nothing
            self.handle_starttag(tag, attrs)
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":  # browsers read </br> as <br>
            self._void(tag, [])
        if self.open_counts[tag] == 0:
            return
        while self.stack:
            entry = self.stack.pop()
            self.open_counts[entry.tag] -= 1
            self._end(entry)
            if entry.tag == tag:
                return

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        data = data.translate(INVISIBLE)
        if self.title_parts is not None:
            self.title_parts.append(data)
            return
        self.inline.append(data if self.pre_depth else _SPACES.sub(" ", data))
        size = len(data.strip())
        self.chars += size
        if self.link_depth:
            self.link_chars += size

    def close(self) -> None:
        super().close()
        while self.stack:
            self._end(self.stack.pop())
        self._flush()

    # -- element starts and ends --------------------------------------------------------------
    def _void(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip_depth:
            return
        if tag == "br":
            self.inline.append("\n")
        elif tag == "hr":
            self._flush()

    def _close_implied(self, tag: str) -> None:
        """``<li>a<li>b``, ``<p>a<p>b``, ``<td>a<td>b``: the new element closes the open one."""
        implied = _IMPLIED_END.get(tag, ())
        while self.stack and self.stack[-1].tag in implied:
            closing = self.stack[-1].tag
            self.handle_endtag(closing)
            if closing == tag or tag != "tr":
                break

    def _start(self, entry: _Open, attributes: dict[str, str]) -> None:
        tag = entry.tag
        if tag in _BREAKS:
            self._flush()
        if tag == "title" and self.title is None:
            self.title_parts = []
        elif tag in HEADINGS:
            self.headings += 1
            self.prefix = ("#" * HEADINGS[tag] + " ", "h")
        elif tag == "li":
            self.prefix = ("- ", f"li{self.sequence}")
        elif tag in ("ul", "ol", "menu"):
            self.sequence += self.list_depth == 0 and self.table_depth == 0  # not a list in a cell
            self.list_depth += 1
        elif tag == "a":
            self.link_depth += 1
        elif tag == "pre":
            self.pre_depth += 1
        self._start_table_part(tag)
        kind = _candidate_kind(tag, attributes)
        if kind:
            entry.snapshot = _Snapshot(
                kind, len(self.blocks), self.chars, self.link_chars, self.headings, self.controls
            )

    def _start_table_part(self, tag: str) -> None:
        if tag == "table":
            self.table_depth += 1
            self.sequence += self.table_depth == 1
        elif self.table_depth == 1 and tag == "tr":
            self.row = []
        elif self.table_depth == 1 and tag in ("td", "th") and self.row is not None:
            self.cell = []

    def _end(self, entry: _Open) -> None:
        if entry.skip:
            self.skip_depth -= 1
        if not entry.active:
            return
        tag = entry.tag
        if tag == "title" and self.title_parts is not None:
            self.title = _SPACES.sub(" ", "".join(self.title_parts)).strip() or None
            self.title_parts = None
            return
        if tag in _BREAKS:
            self._flush()
        self._end_table_part(tag)
        if tag in HEADINGS or tag == "li":
            self.prefix = ("", "p")
        elif tag in ("ul", "ol", "menu"):
            self.list_depth -= 1
        elif tag == "a":
            self.link_depth -= 1
        elif tag == "pre":
            self.pre_depth -= 1
        if entry.snapshot and _drop(entry.snapshot, self):
            del self.blocks[entry.snapshot.blocks :]

    def _end_table_part(self, tag: str) -> None:
        if tag == "table":
            self.table_depth -= 1
            if self.table_depth == 0:
                self.row = self.cell = None
        elif self.table_depth == 1 and tag in ("td", "th") and self.row is not None and self.cell is not None:
            self.row.append(" ".join(self.cell))
            self.cell = None
        elif self.table_depth == 1 and tag == "tr" and self.row is not None:
            if any(self.row):
                add_table_row(self.blocks, self.row, f"row{self.sequence}")
            self.row = None

    def _flush(self) -> None:
        if not self.inline:
            return
        text = _tidy("".join(self.inline), pre=self.pre_depth > 0)
        self.inline.clear()
        if not text:
            return
        if self.cell is not None:
            self.cell.append(text.replace("\n", " "))
            return
        prefix, group = self.prefix
        if group == "h":
            text = " ".join(text.split())
            if self.first_heading is None:
                self.first_heading = text
        elif group.startswith("li"):
            self.prefix = ("", "p")  # a second paragraph of the same item is a plain paragraph
        self.blocks.append((prefix + text, group))


def _tidy(text: str, *, pre: bool) -> str:
    if not pre and "\n" not in text:
        return " ".join(text.split())
    lines = text.split("\n")
    if pre:
        return "\n".join(line.rstrip() for line in lines).strip("\n")
    return "\n".join(s for s in (" ".join(line.split()) for line in lines) if s)


def _hidden(attributes: dict[str, str]) -> bool:
    return (
        "hidden" in attributes
        or attributes.get("aria-hidden", "").lower() == "true"
        or attributes.get("type", "").lower() == "hidden"
        or bool(_HIDDEN_STYLE.search(attributes.get("style", "")))
    )


def _role(attributes: dict[str, str]) -> str:
    return attributes.get("role", "").strip().lower()


def _candidate_kind(tag: str, attributes: dict[str, str]) -> str | None:
    if not attributes:
        return "boilerplate" if tag in BOILERPLATE else None
    if tag not in NEVER_BANNERS:
        names = " ".join(attributes.get(k, "") for k in ("id", "class", "aria-label")).lower()
        if any(word in names for word in BANNER_WORDS):
            return "banner"
    if tag in BOILERPLATE or _role(attributes) in BOILERPLATE_ROLES:
        return "boilerplate"
    return None


def _drop(snap: _Snapshot, now: _TextParser) -> bool:
    """Cookie banners go unless they are a real section (a heading, no buttons); boilerplate goes
    when it is mostly links (site menus in page headers and footers)."""
    if snap.kind == "banner":
        return now.headings == snap.headings or now.controls > snap.controls
    chars, links = now.chars - snap.chars, now.link_chars - snap.link_chars
    return links * 2 >= chars


def html_to_text(markup: str) -> tuple[str, str | None]:
    """``(text, title)`` of an HTML document; the title is ``<title>``, else the first heading."""
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    return join_blocks(parser.blocks), parser.title or parser.first_heading
