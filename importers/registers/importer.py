"""The vendor register and sub-processor list importers (.xlsx, .xlsm, .csv, .tsv).

``read_register(path, options)`` reads every sheet that looks like a register or a sub-processor
list and returns one ``Contribution``: rows it could not understand are ``problems`` (with sheet,
row and reason) while every other row is imported. ``RegisterImporter`` and
``SubprocessorListImporter`` are the two faces the registry shows; they tell the files apart by
their headers and read them the same way.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from importers.base import Importer, ImportFailure, Progress, source_name
from importers.registers.build import (
    Builder,
    Rendering,
    contribution,
    document,
    document_kind,
    party_id,
    render_row,
    stand_in_controller,
)
from importers.registers.headers import Layout, Mapping, SheetKind, find_layout
from importers.registers.lexicon import Field, key
from importers.registers.rows import read_row
from importers.registers.tables import RawSheet, read_csv
from importers.registers.values import Value, text
from importers.registers.xlsx import read_xlsx
from model.evidence import DocumentRef
from model.merge import Contribution, Problem
from model.parties import Party, Role

SUFFIXES = (".xlsx", ".xlsm", ".csv", ".tsv")
_PROGRESS_EVERY = 500
_TITLE_NAME = re.compile(
    r"^(?:(?:list|overview|lijst|overzicht|liste|übersicht|aperçu)\s+(?:of|van|der|des|met)?\s*)?"
    r"(?:sub-?processors?|sub-?verwerkers?|unterauftragsverarbeiter|sous-traitants?\s+ultérieurs?)"
    r"\s*(?:of|van|von|der|de|du|des|d'|used by|gebruikt door|:|-|–)\s*(?P<after>.+)$"
    r"|^(?P<before>.+?)\s*[-–:]?\s*(?:sub-?processors?|sub-?verwerkers?|unterauftragsverarbeiter)(?:\s+\w+)?$",
    re.IGNORECASE,
)


class UnrecognisedRegister(ImportFailure):
    """No sheet has a header row the lexicon recognises: the columns need mapping (``--map`` or the
    desktop's mapping dialog, which ``preview`` feeds)."""


@dataclass(frozen=True, slots=True)
class RegisterOptions:
    """What the user tells the importer: a column mapping and whose register it is."""

    mapping: tuple[tuple[str, Field], ...] = ()
    controller: str | None = None

    def mapping_dict(self) -> Mapping:
        """The mapping keyed by normalised header text."""
        return {key(header): value for header, value in self.mapping}


def parse_mapping(spec: str) -> tuple[tuple[str, Field], ...]:
    """``"Vendor name=name,Hosting=country"`` as (header, field) pairs; ValueError when malformed."""
    pairs = []
    for part in filter(None, (p.strip() for p in spec.split(","))):
        header, sep, name = part.rpartition("=")
        if not sep or not header.strip():
            raise ValueError(f"--map: {part!r} is not HEADER=FIELD")
        try:
            pairs.append((header.strip(), Field(name.strip().lower())))
        except ValueError:
            known = ", ".join(f.value for f in Field)
            raise ValueError(
                f"--map: unknown field {name.strip()!r} for {header.strip()!r}; fields: {known}"
            ) from None
    return tuple(pairs)


@lru_cache(maxsize=4)
def _tables(path: str, _mtime: int, _size: int) -> tuple[RawSheet, ...] | ImportFailure:
    file = Path(path)
    try:
        return (read_csv(file),) if file.suffix.lower() in (".csv", ".tsv") else tuple(read_xlsx(file))
    except ImportFailure as failure:  # remembered too: each importer that peeks would pay again
        return failure


def read_tables(path: Path) -> tuple[RawSheet, ...]:
    """The sheets of ``path`` (cached while the file is unchanged, so peeking then reading parses once)."""
    try:
        stat = path.stat()
    except OSError as err:
        raise ImportFailure(path, f"cannot read ({err.strerror or err})") from err
    tables = _tables(str(path), stat.st_mtime_ns, stat.st_size)
    if isinstance(tables, ImportFailure):
        raise tables.with_traceback(None)
    return tables


def clear_table_cache() -> None:
    """Forget the sheets read so far (for benchmarks that time the reading itself)."""
    _tables.cache_clear()


def layouts(path: Path, options: RegisterOptions) -> list[tuple[RawSheet, Layout]]:
    """The sheets of ``path`` that look like a register or a sub-processor list, with their layout."""
    mapping = options.mapping_dict()
    found = [(sheet, find_layout(sheet, mapping)) for sheet in read_tables(path)]
    return [(sheet, layout) for sheet, layout in found if layout is not None]


def file_kind(path: Path, options: RegisterOptions) -> SheetKind | None:
    """REGISTER when some visible sheet is a register, SUBPROCESSOR_LIST when all are lists, else None."""
    try:
        kinds = {layout.kind for sheet, layout in layouts(path, options) if not sheet.hidden}
    except ImportFailure:
        return None
    if not kinds:
        return None
    return SheetKind.REGISTER if SheetKind.REGISTER in kinds else SheetKind.SUBPROCESSOR_LIST


def read_register(
    path: Path, options: RegisterOptions | None = None, progress: Progress | None = None
) -> Contribution:
    """The documents, parties, flows and row problems of a register or sub-processor list."""
    options = options or RegisterOptions()
    found = layouts(path, options)
    usable = [(s, layout) for s, layout in found if not s.hidden]
    if not usable:
        raise UnrecognisedRegister(path, _no_layout_reason(read_tables(path)))
    sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
    source = source_name(path)
    rendering = Rendering(DocumentRef(source, sha256))
    controller = _controller(options, path)
    builder = Builder(controller)
    problems = [
        Problem(source, f"sheet {s.name!r} is hidden and was not read; unhide it to import it")
        for s, _ in found
        if s.hidden
    ]
    counter = _Counter(progress, sum(len(s.rows) for s, _ in usable))
    for sheet, layout in usable:
        problems.extend(_read_sheet(source, sheet, layout, builder, rendering, counter))
    counter.finish()
    used = any(f.exporter == controller.id for f in builder.flows)
    kind = document_kind(layout for _, layout in usable)
    doc = document(source, sha256, kind, usable[0][1].title or source_name(path.name), rendering.text)
    return contribution(doc, builder, used, problems)


def _controller(options: RegisterOptions, path: Path) -> Party:
    if options.controller:
        return Party(party_id(options.controller), options.controller, Role.CONTROLLER)
    return stand_in_controller(source_name(path.name))


@dataclass(slots=True)
class _Counter:
    progress: Progress | None
    total: int
    done: int = 0

    def step(self) -> None:
        self.done += 1
        if self.progress and self.done % _PROGRESS_EVERY == 0:
            self.progress(self.done, self.total)

    def finish(self) -> None:
        if self.progress:
            self.progress(self.total, self.total)


def _read_sheet(
    path: str, sheet: RawSheet, layout: Layout, builder: Builder, rendering: Rendering, counter: _Counter
) -> list[Problem]:
    problems: list[Problem] = []
    header = sheet.rows[layout.header_row]
    header_keys = [key(text(c)) for c in header]
    first = next((i for i, k in enumerate(header_keys) if k), 0)
    rendering.add(
        f"{sheet.label(layout.header_row)} (headers): " + " | ".join(text(c) for c in header).rstrip(" |")
    )
    notes = _notes_by_row(sheet, layout)
    parent = _processor_from_title(layout.title)
    for index in range(layout.header_row + 1, len(sheet.rows)):
        counter.step()
        cells = sheet.rows[index]
        if all(c is None or not text(c) for c in cells) or _repeats_header(cells, header_keys, first):
            continue
        evidence = rendering.add(render_row(sheet, index))
        outcome = read_row(sheet, layout, index, parent)
        label = sheet.label(index)
        problems.extend(Problem(path, note, label) for note in notes.get(index, ()))
        if outcome.entry is None:
            problems.append(Problem(path, "; ".join(outcome.refusals) + "; the row was not imported", label))
            continue
        problems.extend(Problem(path, warning, label) for warning in outcome.warnings)
        builder.add_entry(outcome.entry, layout.kind, evidence)
        # Lists often name the processor once above its sub-processors, leaving the cells below blank.
        parent = outcome.entry.parent or parent
    return problems


def _repeats_header(cells: tuple[Value, ...], header_keys: list[str], first: int) -> bool:
    """Whether a row repeats the header (tables pasted one under another, or printed per page)."""
    if first >= len(cells) or key(text(cells[first])) != header_keys[first]:
        return False
    return [key(text(c)) for c in cells] == header_keys


def _notes_by_row(sheet: RawSheet, layout: Layout) -> dict[int, list[str]]:
    read = {c.index: c.header for c in layout.columns if c.field is not None}
    out: dict[int, list[str]] = defaultdict(list)
    for note in sheet.notes:
        if note.column in read and note.row > layout.header_row:
            out[note.row].append(f"{read[note.column]!r}: the cell {note.note}")
    return out


def _processor_from_title(title: str) -> str:
    match = _TITLE_NAME.match(title.strip())
    return (match.group("after") or match.group("before") or "").strip(" :-–") if match else ""


def _no_layout_reason(sheets: tuple[RawSheet, ...]) -> str:
    seen = [text(c) for s in sheets for row in s.rows[:3] for c in row if text(c)][:12]
    fields = ", ".join(f.value for f in Field)
    return (
        "no sheet has a header row naming the vendor (or processor and sub-processor) and at least one other "
        f"known column; headers seen: {', '.join(map(repr, seen)) or 'none'}. Map the columns with "
        f"--map 'HEADER=FIELD,...' (fields: {fields})"
    )


@dataclass(frozen=True, slots=True)
class RegisterImporter:
    """Vendor registers: one row per vendor, with its country, role, contracts and transfer tools."""

    options: RegisterOptions = field(default_factory=RegisterOptions)
    name: str = "Vendor register"
    extensions: tuple[str, ...] = SUFFIXES

    def can_read(self, path: Path) -> bool:
        """A spreadsheet that is not a sub-processor list (unrecognised ones too, to explain why)."""
        return (
            path.suffix.lower() in self.extensions
            and file_kind(path, self.options) is not SheetKind.SUBPROCESSOR_LIST
        )

    def read(self, path: Path, progress: Progress | None = None) -> Contribution:
        """See ``read_register``."""
        return read_register(path, self.options, progress)


@dataclass(frozen=True, slots=True)
class SubprocessorListImporter:
    """Sub-processor lists: one row per (processor, sub-processor), with country and service."""

    options: RegisterOptions = field(default_factory=RegisterOptions)
    name: str = "Sub-processor list"
    extensions: tuple[str, ...] = SUFFIXES

    def can_read(self, path: Path) -> bool:
        """A spreadsheet whose every table is a sub-processor list."""
        return (
            path.suffix.lower() in self.extensions
            and file_kind(path, self.options) is SheetKind.SUBPROCESSOR_LIST
        )

    def read(self, path: Path, progress: Progress | None = None) -> Contribution:
        """See ``read_register``."""
        return read_register(path, self.options, progress)


def with_options(importers: Sequence[Importer], options: RegisterOptions) -> tuple[Importer, ...]:
    """``importers`` with the register and sub-processor list importers given ``options``."""
    kinds = (RegisterImporter, SubprocessorListImporter)
    return tuple(replace(i, options=options) if isinstance(i, kinds) else i for i in importers)
