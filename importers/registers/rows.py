"""Reading one register row (or sub-processor list row) into an ``Entry``, or saying why it cannot be.

A row that names no organisation, an unknown country or an impossible date is refused with its
reason; smaller doubts (a role or a transfer tool the lexicon does not know) are reported while
the row is kept. What a cell means follows ``values``; which cell is which follows the ``Layout``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from importers.registers import values as v
from importers.registers.headers import Layout, SheetKind
from importers.registers.lexicon import Field
from importers.registers.tables import RawSheet
from model.flows import SpecialCategory, TiaStatus, ToolKind, TransferTool
from model.parties import Role, Tristate
from model.reference import bundled_reference


@dataclass(frozen=True, slots=True)
class Entry:
    """What one understood row states."""

    row: int  # 0-based index in the sheet
    name: str
    role: Role
    parent: str | None = None  # the processor, in a sub-processor list
    controller: str | None = None
    country: str | None = None
    countries: tuple[str, ...] = ()
    leaves_eea: bool = False
    purposes: tuple[str, ...] = ()
    data_categories: tuple[str, ...] = ()
    special: tuple[SpecialCategory, ...] = ()
    tools: tuple[TransferTool, ...] = ()
    dpf: Tristate = Tristate.UNKNOWN
    dpa: Tristate = Tristate.UNKNOWN
    contract_reference: str = ""
    review_date: dt.date | None = None
    tia_status: TiaStatus = TiaStatus.NOT_STARTED
    subprocessors: tuple[tuple[str, str | None], ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(slots=True)
class RowOutcome:
    """An entry (None when the row was refused) and the reasons to tell the user."""

    entry: Entry | None
    refusals: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class _Row:
    """Typed access to the cells of one row, collecting what went wrong."""

    def __init__(self, sheet: RawSheet, layout: Layout, index: int) -> None:
        self.cells = sheet.rows[index]
        self.layout = layout
        self.outcome = RowOutcome(None)

    def get(self, field_: Field) -> v.Value:
        column = self.layout.column(field_)
        return self.cells[column] if column is not None and column < len(self.cells) else None

    def header(self, field_: Field) -> str:
        column = self.layout.column(field_)
        return self.layout.columns[column].header if column is not None else field_.value

    def text(self, field_: Field) -> str:
        value = self.get(field_)
        return "" if v.is_blank(value) else v.text(value)


def read_row(sheet: RawSheet, layout: Layout, index: int, default_parent: str = "") -> RowOutcome:
    """The entry row ``index`` of ``sheet`` states, or why it cannot be read."""
    row = _Row(sheet, layout, index)
    out = row.outcome
    subprocessor_list = layout.kind is SheetKind.SUBPROCESSOR_LIST
    name_field = Field.SUBPROCESSOR if subprocessor_list else _name_field(layout)
    name = v.text(row.get(name_field))
    if v.is_blank(name):
        out.refusals.append(f"no {row.header(name_field)!r} given, so it names no organisation")
    parent = _parent(row, default_parent) if subprocessor_list else None
    if subprocessor_list and not parent:
        out.refusals.append("no processor given for this sub-processor")
    codes, region = _countries(row)
    review = _date(row, Field.REVIEW_DATE)
    if out.refusals:
        return out
    country, notes = _destination(codes)
    tools, dpf = _tools(row)
    dpa, reference = _dpa(row)
    out.entry = Entry(
        row=index,
        name=name,
        role=_role(row, Role.SUB_PROCESSOR if subprocessor_list else Role.PROCESSOR),
        parent=parent,
        controller=(row.text(Field.CONTROLLER) or None) if not subprocessor_list else None,
        country=country,
        countries=codes,
        leaves_eea=region == "world" or v.yes_no(row.get(Field.OUTSIDE_EEA)) is Tristate.YES,
        purposes=(
            *v.items(row.get(Field.SERVICE), commas=False),
            *v.items(row.get(Field.PURPOSE), commas=False),
        ),
        data_categories=v.items(row.get(Field.DATA_CATEGORIES)),
        special=_special(row),
        tools=tuple(TransferTool(k, reference if _contractual(k) else "") for k in tools),
        dpf=dpf,
        dpa=dpa,
        contract_reference=reference,
        review_date=review,
        tia_status=_tia(row),
        subprocessors=_subprocessors(row) if not subprocessor_list else (),
        notes=(*notes, *v.items(row.get(Field.NOTES), commas=False)),
    )
    return out


def _name_field(layout: Layout) -> Field:
    return Field.NAME if layout.column(Field.NAME) is not None else Field.PROCESSOR


def _parent(row: _Row, default: str) -> str:
    return row.text(Field.PROCESSOR) or row.text(Field.NAME) or default


def _countries(row: _Row) -> tuple[tuple[str, ...], str | None]:
    codes: list[str] = []
    region: str | None = None
    for field_ in (Field.LOCATION, Field.COUNTRY):
        try:
            found, where = v.countries(row.get(field_))
        except v.CellError as err:
            row.outcome.refusals.append(f"{row.header(field_)!r}: {err}")
            continue
        codes.extend(c for c in found if c not in codes)
        region = region or where
    return tuple(codes), region


def _destination(codes: tuple[str, ...]) -> tuple[str | None, tuple[str, ...]]:
    """The country a flow goes to: the first outside the EEA when several are listed, so that the
    transfer is checked; the others are kept in the notes."""
    if len(codes) < 2:
        return (codes[0] if codes else None), ()
    reference = bundled_reference()
    outside = [c for c in codes if not reference.is_eea(c)]
    chosen = outside[0] if outside else codes[0]
    return chosen, (f"The register lists {', '.join(codes)}; {chosen} is taken as the destination.",)


def _date(row: _Row, field_: Field) -> dt.date | None:
    try:
        return v.date(row.get(field_))
    except v.CellError as err:
        row.outcome.refusals.append(f"{row.header(field_)!r}: {err}")
        return None


def _role(row: _Row, default: Role) -> Role:
    raw = row.get(Field.ROLE)
    if not v.is_blank(raw):
        found = v.role(raw)
        if found is None:
            row.outcome.warnings.append(
                f"{row.header(Field.ROLE)!r}: role {v.text(raw)!r} not recognised; read as {default.value}"
            )
            return default
        # the register is the controller's own: a recipient called "controller" decides for itself
        return Role.INDEPENDENT_CONTROLLER if found is Role.CONTROLLER else found
    if default is not Role.PROCESSOR:  # a sub-processor list: the service says what, not who
        return default
    for field_ in (Field.SERVICE, Field.PURPOSE):
        found = v.role(row.get(field_)) if not v.is_blank(row.get(field_)) else None
        if found and found not in v.GENERIC_ROLES:
            return found
    return default


def _tools(row: _Row) -> tuple[tuple[ToolKind, ...], Tristate]:
    kinds: list[ToolKind] = []
    for field_, plain in (
        (Field.SCC, ToolKind.SCC),
        (Field.SCC_MODULE, ToolKind.SCC),
        (Field.BCR, ToolKind.BCR),
    ):
        kinds.extend(_flag_tools(row, field_, plain))
    dpf = _dpf(row)
    if dpf is Tristate.YES:
        kinds.append(ToolKind.DPF)
    mechanism = row.get(Field.MECHANISM)
    found = v.tools(mechanism)
    if found is None:
        row.outcome.warnings.append(
            f"{row.header(Field.MECHANISM)!r}: transfer mechanism "
            f"{v.text(mechanism)!r} not recognised; no tool recorded from it"
        )
    kinds.extend(found or ())
    if any(k.name.startswith("SCC_MODULE") for k in kinds):
        kinds = [k for k in kinds if k is not ToolKind.SCC]
    return tuple(dict.fromkeys(kinds)), dpf


def _flag_tools(row: _Row, field_: Field, plain: ToolKind) -> tuple[ToolKind, ...]:
    """Tools from a column about one tool: yes/no, a date (signed on), or words naming the tool."""
    raw = row.get(field_)
    answer = v.yes_no(raw)
    if answer is not None or v.is_blank(raw):
        return (plain,) if answer is Tristate.YES else ()
    if isinstance(raw, dt.date):
        return (plain,)
    found = v.tools(raw, modules_alone=field_ is Field.SCC_MODULE)
    if found is None:
        row.outcome.warnings.append(
            f"{row.header(field_)!r}: {v.text(raw)!r} not understood; read as {plain.value}"
        )
        return (plain,)
    return found


def _dpf(row: _Row) -> Tristate:
    raw = row.get(Field.DPF)
    answer = v.yes_no(raw)
    if answer is not None or v.is_blank(raw):
        return answer or Tristate.UNKNOWN
    if ToolKind.DPF in (v.tools(raw) or ()):
        return Tristate.YES
    row.outcome.warnings.append(f"{row.header(Field.DPF)!r}: {v.text(raw)!r} is neither yes nor no")
    return Tristate.UNKNOWN


def _dpa(row: _Row) -> tuple[Tristate, str]:
    reference = row.text(Field.CONTRACT_REFERENCE)
    raw = row.get(Field.DPA)
    if v.is_blank(raw):
        return Tristate.UNKNOWN, reference
    answer = v.yes_no(raw)
    if answer is not None:
        return answer, reference
    # A date or a contract number in the DPA column records that the agreement exists.
    return Tristate.YES, reference or (v.text(raw) if not isinstance(raw, dt.date) else "")


def _contractual(kind: ToolKind) -> bool:
    return kind.name.startswith(("SCC", "AD_HOC")) or kind is ToolKind.CONTRACTUAL_UNSPECIFIED


def _special(row: _Row) -> tuple[SpecialCategory, ...]:
    found = v.special_categories(row.get(Field.SPECIAL_CATEGORIES))
    found += v.special_categories(row.get(Field.DATA_CATEGORIES))
    if not found and v.yes_no(row.get(Field.SPECIAL_CATEGORIES)) is Tristate.YES:
        row.outcome.warnings.append(
            f"{row.header(Field.SPECIAL_CATEGORIES)!r}: says yes but not which "
            "special categories; name them (health, criminal...) to have them checked"
        )
    return tuple(dict.fromkeys(found))


def _tia(row: _Row) -> TiaStatus:
    raw = row.get(Field.TIA_STATUS)
    found = v.tia_status(raw)  # before blanks: "n.v.t." in a TIA column means not required
    if found is None and v.is_blank(raw):
        return TiaStatus.NOT_STARTED
    if found is None:
        row.outcome.warnings.append(
            f"{row.header(Field.TIA_STATUS)!r}: TIA status {v.text(raw)!r} not recognised"
        )
        return TiaStatus.NOT_STARTED
    return found


def _subprocessors(row: _Row) -> tuple[tuple[str, str | None], ...]:
    """Sub-processors listed in one cell, each maybe with its country in brackets: 'AWS (US)'."""
    out = []
    for item in v.items(row.get(Field.SUBPROCESSOR)):
        name, _, rest = item.partition("(")
        code = None
        if rest:
            try:
                found, _region = v.countries(rest.rstrip(") "))
                code = found[0] if len(found) == 1 else None
            except v.CellError:
                code = None
        out.append(((name.strip() if code else item), code))
    return tuple(out)
