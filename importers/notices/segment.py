"""Structure of a notice: lines grouped into blocks, blocks split into sentences.

A sentence knows whether it is a heading, a list item or prose, which heading governs it, and
(for list items) the colon-terminated introducer it belongs to. Nothing here depends on language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import NamedTuple

from importers.notices.legalforms import LEGAL_NAME
from importers.notices.textnorm import TOKEN_RE, token_form


class Kind(StrEnum):
    """What a sentence is in the layout of the notice."""

    HEADING = "heading"
    ITEM = "item"
    PARA = "para"


class Sentence(NamedTuple):
    """A sentence (or heading, or list item) with its place in the notice's structure.

    A named tuple rather than a frozen dataclass: made once per sentence of possibly huge
    notices, in a third of the time.
    """

    number: int  # its place in the notice's list of sentences
    start: int
    end: int
    kind: Kind
    block: int
    level: int = 0  # heading level (1 = top); 0 for non-headings
    headings: tuple[int, ...] = ()  # governing heading sentences, outermost first
    parent: int | None = None  # for list items: the introducer sentence
    intro: bool = False  # ends with a colon and introduces what follows
    column_head: bool = False  # a table's header cell: the cells under it are its items

    @property
    def heading(self) -> int | None:
        """The nearest governing heading, if any."""
        return self.headings[-1] if self.headings else None


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    kind: Kind
    level: int = 0
    blank_before: bool = False


# Longest sentence (characters) the rules see; natural sentences stay far below it (see _bounded).
MAX_SENTENCE = 3000
_MD_HEADING = re.compile(r"#{1,6}(?=\s)")
_SETEXT = re.compile(r"(=+|-+)\s*$")
_RULE = re.compile(r"([-*_=]\s*){3,}$")
_BULLET = re.compile(
    r"(?:[-*+\u2022\u00b7\u25aa\u25e6\u2023\u2013\u2014\u2043\u25cf\u25a0\uf0b7]|\\-|\(?\d{1,2}[.)](?!\d)"
    r"|\(?[a-zA-Z][.)]|\([ivxIVX]{1,4}\))\s+"
)
_NUMBERED = re.compile(r"(\d{1,2}(?:\\?\.\d{1,2})*)\\?\.?\s*(?=[A-Za-zÀ-ÿ])")
_EMPH = re.compile(r"[*_]{1,3}")
# Abbreviations after which a full stop does not end the sentence ("GmbH", "plc" and "LLC" are
# never written with a dot of their own, so a dot after them does).
_ABBREV = frozenset(
    [
        "e.g",
        "i.e",
        "z.b",
        "bijv",
        "bv",
        "b.v",
        "art",
        "abs",
        "lit",
        "nr",
        "no",
        "st",
        "dr",
        "mr",
        "mrs",
        "ms",
        "ltd",
        "inc",
        "co",
        "corp",
        "str",
        "ca",
        "vs",
        "incl",
        "excl",
        "resp",
        "ggf",
        "bzw",
        "vgl",
        "sog",
        "n.v",
        "s.a",
        "mme",
        "m",
        "p",
        "blz",
        "evt",
        "o.a",
        "d.w.z",
        "m.b.t",
        "t.a.v",
        "u.a",
        "d.h",
        "ca",
        "jr",
        "sr",
        "prof",
        "inh",
        "tel",
        "fig",
        "cf",
        "para",
        "sec",
        "al",
        "approx",
        "vol",
        "ed",
        "cie",
        "ste",
        "mlle",
        "me",
        "pvt",
        "ltd",
        "s.a",
        "e.v",
        "s.p.a",
        "n.v",
    ]
)
# A sentence ends at . ! ? (after closing quotes, brackets or Markdown emphasis) before a capital.
# (It starts "[.!?][.!?]*", not "[.!?]+": a pattern starting with a class lets the engine skip ahead.)
_BOUNDARY = re.compile(
    r"[.!?][.!?]*[\"'\u201d\u2019)\]*_]*\s+(?=[\"'\u201c\u2018(\[*_]{0,3}[A-Z\u00c0-\u00de0-9\u2022])"
)


def _classify(text: str, start: int, line: str) -> tuple[int, int, Kind, int]:
    """(content start, content end, kind, heading level) of the non-blank ``line`` at ``start``."""
    stripped = line.lstrip()
    cstart = start + len(line) - len(stripped)
    cend = start + len(line.rstrip())
    if stripped[0].isalpha() and stripped[1:2] not in (".", ")"):
        return cstart, cend, Kind.PARA, 0  # the usual line: neither a heading nor a bullet
    md = _MD_HEADING.match(stripped) if stripped[0] == "#" else None
    if md and cend - cstart <= MAX_SENTENCE:  # a page of text after "#" is not a heading
        inner = cstart + md.end()
        while inner < cend and text[inner].isspace():
            inner += 1
        return inner, cend, Kind.HEADING, md.end()
    bullet = _BULLET.match(stripped) if _may_be_bullet(stripped) else None
    if bullet and not _looks_like_numbered_heading(stripped):
        return cstart + bullet.end(), cend, Kind.ITEM, 0
    return cstart, cend, Kind.PARA, 0


_BULLET_FIRST = frozenset("-*+\u2022\u00b7\u25aa\u25e6\u2023\u2013\u2014\u2043\u25cf\u25a0\uf0b7\\(")


def _may_be_bullet(line: str) -> bool:
    """Whether ``_BULLET`` can match: a bullet sign, a digit, '(' or a letter followed by '.' or ')'."""
    first = line[0]
    return first in _BULLET_FIRST or first.isdigit() or (first.isascii() and line[1:2] in (".", ")"))


def _looks_like_numbered_heading(line: str) -> bool:
    content = _EMPH.sub("", line).strip()
    return bool(_NUMBERED.match(content)) and _short_title(content)


def _short_title(content: str) -> bool:
    words = content.split()
    return (
        0 < len(words) <= 14
        and len(content) <= _TITLE_MAX
        and content[-1] not in ".,;:"
        and "@" not in content
    )


def _heading_level(text: str, start: int, end: int) -> int:
    """Level of a plain or bold line taken as heading: numbering depth, capitals, or 3."""
    content = _EMPH.sub("", text[start:end]).strip()
    numbered = _NUMBERED.match(content)
    if numbered:
        return 1 + numbered.group(1).replace("\\", "").count(".") + 1
    letters = [c for c in content if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 3:
        return 2
    return 3


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    blank = True
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        stripped = raw.strip()
        if not stripped:
            blank = True
            continue
        marked = stripped[0] in "=-*_"  # setext underlines and rules start so
        if (
            marked
            and _SETEXT.match(stripped)
            and lines
            and not blank
            and lines[-1].kind is Kind.PARA
            and lines[-1].end - lines[-1].start <= MAX_SENTENCE
        ):
            lines[-1].kind = Kind.HEADING
            lines[-1].level = 1 if stripped[0] == "=" else 2
            blank = True
            continue
        if marked and _RULE.match(stripped):
            blank = True
            continue
        cstart, cend, kind, level = _classify(text, start, raw)
        lines.append(_Line(cstart, cend, kind, level, blank))
        blank = False
    return lines


def _promote_headings(text: str, lines: list[_Line]) -> None:
    """Plain lines standing alone (blank around them), short and unpunctuated, are headings."""
    for i, line in enumerate(lines):
        if line.kind is not Kind.PARA:
            continue
        content = text[line.start : line.end]
        if _too_long_for_title(content):
            continue
        bare = (_EMPH.sub("", content) if "*" in content or "_" in content else content).strip()
        alone = line.blank_before and (i + 1 == len(lines) or lines[i + 1].blank_before)
        bold = content.startswith(("**", "__")) and content.rstrip(":").endswith(("**", "__"))
        prev_open = i > 0 and text[lines[i - 1].end - 1 : lines[i - 1].end] in (";", ",")
        goes_on = i + 1 < len(lines) and _resumes(text, line, lines[i + 1])  # "... avec" / "nos ..."
        if not bare or prev_open or goes_on or not _short_title(bare.rstrip("?")) or "http" in bare:
            continue
        if not (
            bold
            or _all_caps(bare)
            or (alone and i + 1 < len(lines) and _titleish(bare))
            or _numbered_title(text, lines, i, bare)
        ):
            continue
        if _lone_name(bare, 0, len(bare)) or _between_names(text, lines, i):
            continue  # a company's name alone on its line (a list of group companies), or what it does
        line.kind = Kind.HEADING
        line.level = _heading_level(text, line.start, line.end)


def _numbered_title(text: str, lines: list[_Line], i: int, bare: str) -> bool:
    """A numbered title after a blank line with its text on the very next line ("4. Transfers
    abroad" then "We store your data in the EU."): plain-text notices often leave no blank line
    under a title. Not a short item of a numbered list (the next line is prose, not the next item)."""
    if not (lines[i].blank_before and i + 1 < len(lines) and _NUMBERED.match(bare)):
        return False
    after = lines[i + 1]
    following = text[after.start : after.end].strip()
    return (
        after.kind is Kind.PARA
        and not after.blank_before
        and not _NUMBERED.match(following)
        and following[-1:] in ".:;!?"
        and len(following.split()) > len(bare.split())
    )


_ASCII_LOWER = re.compile(r"[a-z]")
_TITLE_MAX = 110


def _too_long_for_title(content: str) -> bool:
    """Longer than a title even with every emphasis mark, space and '?' removed (a quick test)."""
    if len(content) <= _TITLE_MAX:
        return False
    removable = content.count(" ") + content.count("*") + content.count("_") + content.count("?")
    removable += content.count("\t")
    return len(content) - removable > _TITLE_MAX


def _all_caps(content: str) -> bool:
    if _ASCII_LOWER.search(content):  # settles almost every line without a loop over its letters
        return False
    letters = [c for c in content if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


def _titleish(content: str) -> bool:
    body = _NUMBERED.sub("", content, count=1)
    first = body.lstrip("\"'“‘( ")[:1]
    return first.isupper() and ": " not in body and sum(map(str.isdigit, body)) <= 2


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` (abbreviations such as 'z.B.' or 'Art.' do not end one)."""
    if end - start <= MAX_SENTENCE and not _ENDER.search(text, start, end - 1):
        trimmed = _trim(text, start, end)  # a line or item with no full stop inside: one sentence
        return [trimmed] if trimmed[1] > trimmed[0] else []
    spans = []
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        word = _last_word(text, cursor, match.start() + 1)
        tail = word.rstrip(".!?").lower().lstrip("(\"'")
        ordinal = tail.isdigit() and len(tail) <= 2  # "15. März", "Art. 6. Abs"
        if (
            tail in _ABBREV
            or ordinal
            or (len(tail) == 1 and tail.isalpha())
            or ("." in tail and _INITIALS.fullmatch(tail.rpartition("-")[2]))  # "U.S.", "EU-U.S. Data ..."
        ):
            continue
        cut = match.start() + len(match.group().rstrip())
        spans.append((cursor, cut))
        cursor = match.end()
    spans.append((cursor, end))
    out: list[tuple[int, int]] = []
    for a, b in spans:
        s, e = _trim(text, a, b)
        if e - s > MAX_SENTENCE:
            out.extend((s, e) for s, e in _bounded(text, s, e) if e > s)
        elif e > s:
            out.append((s, e))
    return out


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence longer than MAX_SENTENCE (a flattened table, text without punctuation) in pieces.

    Each piece ends at the last ';', ',' or space before the limit, so every rule sees a
    sentence of bounded length and the work stays linear in the size of the notice.
    """
    pieces = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = max(text.rfind(";", limit - 400, limit), text.rfind(",", limit - 400, limit))
        if cut < 0:
            cut = text.rfind(" ", limit - 400, limit)
        cut = cut + 1 if cut > start else limit
        pieces.append(_trim(text, start, cut))
        start = _trim(text, cut, end)[0]
    pieces.append((start, end))
    return pieces


_ENDER = re.compile(r"[.!?]")
_INITIALS = re.compile(r"(\w\.)+\w")
_WORD_WINDOW = 64


def _last_word(text: str, start: int, end: int) -> str:
    """The run of non-space characters that ends ``text[start:end]`` ('' if it ends in a space).

    Looks at a short window first, so a long sentence full of abbreviations stays linear.
    """
    lo = max(start, end - _WORD_WINDOW)
    window = text[lo:end]
    if not window or window[-1].isspace():
        return ""
    word = window.rsplit(None, 1)[-1]
    if len(word) == len(window) and lo > start:  # a word longer than the window
        return text[start:end].rsplit(None, 1)[-1]
    return word


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "*_>|"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "*_|"):
        end -= 1
    return start, end


def segment(text: str, list_leads: frozenset[str] = frozenset()) -> list[Sentence]:
    """Every sentence of ``text`` in order, with headings, list items and their introducers.

    A list's introducer is the line before it that ends with a colon, or the last sentence of the
    paragraph right before it when that sentence points ahead with one of ``list_leads`` (the
    language's "following", "hieronder", "nachstehend", "ci-dessous" ...) and ends on a full stop.
    """
    lines = _lines(text)
    _promote_headings(text, lines)
    blocks = _blocks(text, lines)
    sentences: list[Sentence] = []
    stack: list[int] = []  # levels of the open headings
    heads: tuple[int, ...] = ()  # their sentences, outermost first
    intro: int | None = None
    names_of: int | None = None  # the introducer of a list of names, each alone on its line
    run_open = False
    lead: int | None = None  # the last sentence of the paragraph just before, a list's lead-in
    for block_no, (kind, level, units) in enumerate(blocks):
        if kind is not Kind.PARA:
            names_of = None
        if kind is not Kind.ITEM and lead is not None:
            lead = None
        if kind is Kind.HEADING:
            while stack and stack[-1] >= level:
                stack.pop()
            heads = heads[: len(stack)]
            start, end = _trim(text, units[0][0], units[-1][1])
            if end > start:
                stack.append(level)
                sentences.append(Sentence(len(sentences), start, end, Kind.HEADING, block_no, level, heads))
                heads = (*heads, len(sentences) - 1)
            intro, run_open = None, False
            continue
        if kind is Kind.PARA and _is_table(text, units):
            _table_sentences(text, units, block_no, heads, sentences)
            intro, run_open = None, False
            continue
        unit_spans = [split_sentences(text, *u) for u in units]
        spans = [s for group in unit_spans for s in group]
        if not spans:
            continue
        size = spans[-1][1] - spans[0][0]
        lone_name = kind is Kind.PARA and len(spans) == 1 and _lone_name(text, *spans[0])
        if kind is Kind.PARA and intro is not None and (run_open or sentences[-1].intro) and size < 300:
            kind = Kind.ITEM
        elif lone_name and names_of is not None:
            # a list of companies without bullets, each name alone on its line with what it does
            # in a paragraph below it: the names stay items of the list's introducer
            kind, intro = Kind.ITEM, names_of
        parent = intro if kind is Kind.ITEM else None
        if parent is None and kind is Kind.ITEM and lead is not None:
            parent = lead  # a list right after its paragraph: the paragraph's last sentence leads it in
        names_of = parent if lone_name and kind is Kind.ITEM else names_of
        if kind is Kind.PARA:
            intro = None
        inner: int | None = None  # a colon-ended line inside the block makes the next lines its items
        for group in unit_spans:
            for start, end in group:
                ends_colon = text[end - 1] == ":"
                own_kind, own_parent = (Kind.ITEM, inner) if inner is not None else (kind, parent)
                sentences.append(
                    Sentence(len(sentences), start, end, own_kind, block_no, 0, heads, own_parent, ends_colon)
                )
            if group and text[group[-1][1] - 1] == ":":
                inner = len(sentences) - 1
        last = text[spans[-1][1] - 1]
        if last == ":":
            intro, names_of = len(sentences) - 1, None
        run_open = last in ";,"
        if kind is not Kind.ITEM:  # a list's items (one block each) keep the lead-in of the first
            points = kind is Kind.PARA and last == "." and _points_ahead(text, spans[-1], list_leads)
            lead = len(sentences) - 1 if points else None
    return sentences


def _points_ahead(text: str, span: tuple[int, int], words: frozenset[str]) -> bool:
    """The sentence at ``span`` holds one of ``words`` (normal forms of tokens)."""
    if not words:
        return False
    # A token's normal form is its characters each folded (joiners dropped), so an ASCII word is
    # the normal form of a token only where the sentence so folded holds it: most sentences are
    # settled by one fold and a few searches, not a normal form per token.
    within = _within(words)
    if within is not None and within.search(token_form(text[span[0] : span[1]])) is None:
        return False
    return any(token_form(m.group()) in words for m in TOKEN_RE.finditer(text, *span))


@cache
def _within(words: frozenset[str]) -> re.Pattern[str] | None:
    """One search for any of ``words`` inside a text (None unless all are ASCII: see ``_points_ahead``)."""
    if not all(w.isascii() for w in words):
        return None
    return re.compile("|".join(re.escape(w) for w in sorted(words)))


def _between_names(text: str, lines: list[_Line], i: int) -> bool:
    """Line ``i`` stands between two lines that each hold a name alone: what the first one does."""
    return 0 < i < len(lines) - 1 and all(
        lines[k].kind is Kind.PARA and _lone_name(text, lines[k].start, lines[k].end) for k in (i - 1, i + 1)
    )


def _lone_name(text: str, start: int, end: int) -> bool:
    """The line holds an organisation's legal name and nothing else ("Acme Versicherung AG")."""
    if end - start > _TITLE_MAX:
        return False
    bare = _EMPH.sub("", text[start:end]).strip()
    return LEGAL_NAME.fullmatch(bare) is not None


_TABLE_RULE = re.compile(r"[\s|:\-]+$")  # "|---|:--:|"
_CELL_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _is_table(text: str, units: list[tuple[int, int]]) -> bool:
    """A Markdown table: at least two lines, each starting with '|', the second a rule '|---|'."""
    return (
        len(units) >= 2
        and all(text[a] == "|" for a, _ in units)
        and bool(_TABLE_RULE.match(text, units[1][0], units[1][1]))
    )


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each cell of the table row ``text[start:end]`` (between its pipes)."""
    cells = []
    cursor = start + 1 if text[start] == "|" else start
    while cursor < end:
        bar = text.find("|", cursor, end)
        stop = bar if bar >= 0 else end
        cells.append((cursor, stop))
        cursor = stop + 1
    return cells


def _table_sentences(
    text: str, units: list[tuple[int, int]], block: int, heads: tuple[int, ...], sentences: list[Sentence]
) -> None:
    """A table's header cells as introducers, and each body cell's sentences as items of its column's
    header ("Who do we share data with?" | "Acme Ltd, our hosting provider"), so a column that says
    who receives data gives its cells a recipient context and its role."""
    rows = [row for row in units if not _TABLE_RULE.match(text, row[0], row[1])]
    if len(rows) > 1 and all(_blank_cell(text, *cell) for cell in _cells(text, *rows[0])):
        rows = rows[1:]  # an empty header row (a converted table): the first body row names the columns
    header: list[int | None] = []
    for start, end in _cells(text, *rows[0]) if rows else ():
        first, last = _trim(text, start, end)
        if last > first:
            sentences.append(
                Sentence(len(sentences), first, last, Kind.PARA, block, 0, heads, None, True, True)
            )
            header.append(len(sentences) - 1)
        else:
            header.append(None)
    for row in rows[1:]:
        for column, (start, end) in enumerate(_cells(text, *row)):
            parent = header[column] if column < len(header) else None
            for piece_start, at in _cell_pieces(text, start, end):
                for first, last in split_sentences(text, piece_start, at):
                    sentences.append(
                        Sentence(len(sentences), first, last, Kind.ITEM, block, 0, heads, parent)
                    )


def _cell_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of the pieces of a table cell between line breaks ("<br>"); a piece that
    starts in lower case goes on with the sentence before it ("Acme AB<br>which provides ...")."""
    pieces: list[tuple[int, int]] = []
    at = start
    for piece in _CELL_BREAK.split(text[start:end]):
        piece_start = text.find(piece, at, end) if piece else at
        at = piece_start + len(piece)
        if not piece.strip():
            continue
        if pieces and piece.lstrip()[0].islower():
            pieces[-1] = (pieces[-1][0], at)
        else:
            pieces.append((piece_start, at))
    return pieces


def _blank_cell(text: str, start: int, end: int) -> bool:
    first, last = _trim(text, start, end)
    return last <= first


def _blocks(text: str, lines: list[_Line]) -> list[tuple[Kind, int, list[tuple[int, int]]]]:
    """Lines grouped into blocks of (kind, heading level, units); a unit is a run of wrapped lines."""
    blocks: list[tuple[Kind, int, list[tuple[int, int]]]] = []
    previous: _Line | None = None
    for line in lines:
        starts_block = (
            previous is None
            or (line.blank_before and not _resumes(text, previous, line))
            or line.kind is not Kind.PARA
            or previous.kind is Kind.HEADING
        )
        if starts_block:
            blocks.append((line.kind, line.level, [(line.start, line.end)]))
        elif _continues(text, previous, line):
            units = blocks[-1][2]
            units[-1] = (units[-1][0], line.end)
        else:
            blocks[-1][2].append((line.start, line.end))
        previous = line
    return blocks


def _resumes(text: str, previous: _Line, line: _Line) -> bool:
    """A paragraph that goes on with the previous one's sentence after a blank line (text taken
    from a PDF): the previous line ends without a stop and this one starts in lower case."""
    return (
        previous.kind is not Kind.HEADING
        and line.kind is Kind.PARA
        and text[previous.end - 1] not in ".!?:;|"
        and text[line.start].islower()
    )


def _continues(text: str, previous: _Line | None, line: _Line) -> bool:
    """Whether ``line`` is the wrapped rest of the previous line's sentence."""
    if previous is None:
        return False
    last = text[previous.end - 1]
    first = text[line.start]
    return last not in ".!?:;" and (first.islower() or last in ",-(")
