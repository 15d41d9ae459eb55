"""The JSON interchange format (``transfer-atlas/project/v1``): projects as diffable documents.

``project_to_dict`` and ``project_from_dict`` are exact inverses. Reading validates every field
and names the first bad one (``parties[3].role: unknown value 'boss'``). The project store keeps
each entity as the same dictionaries, so there is one encoding of the model.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from model.evidence import DocumentRef, Evidence
from model.filenames import read_regular_file
from model.flows import (
    Flow,
    MeasureKind,
    MeasureStatus,
    SpecialCategory,
    SupplementaryMeasure,
    TiaConclusion,
    TiaStatus,
    ToolKind,
    TransferTool,
)
from model.ids import DocumentId, FlowId, PartyId
from model.parties import (
    CountrySource,
    Party,
    PartyKind,
    ReviewStatus,
    Role,
    ScopeAttribute,
    ScopeCheck,
    Tristate,
)
from model.project import DEFAULT_NAME, Document, DocumentKind, Project

PROJECT_SCHEMA = "transfer-atlas/project/v1"
E = TypeVar("E", bound=StrEnum)


class InterchangeError(ValueError):
    """A project document is malformed; the message names the file and the field."""


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def evidence_to_dict(e: Evidence) -> dict[str, Any]:
    """Evidence as a JSON object."""
    return {
        "document": e.document.path,
        "sha256": e.document.sha256,
        "start": e.start,
        "end": e.end,
        "quote": e.quote,
    }


def party_to_dict(p: Party) -> dict[str, Any]:
    """A party as a JSON object."""
    return {
        "id": p.id,
        "name": p.name,
        "role": p.role.value,
        "country": p.country,
        "kind": p.kind.value,
        "aliases": list(p.aliases),
        "scope": {k.value: v.value for k, v in p.scope},
        "review": p.review.value,
        "country_confirmed": p.country_confirmed,
        "country_source": p.country_source.value if p.country_source else None,
        "placeholder": p.placeholder,
        "notes": p.notes,
        "evidence": [evidence_to_dict(e) for e in p.evidence],
        "scope_checks": [scope_check_to_dict(c) for c in p.scope_checks],
    }


def scope_check_to_dict(c: ScopeCheck) -> dict[str, Any]:
    """A dated check of an official list (the DPF List) as a JSON object."""
    return {
        "attribute": c.attribute.value,
        "value": c.value.value,
        "checked_on": c.checked_on.isoformat(),
        "checked_by": c.checked_by,
        "note": c.note,
    }


def flow_to_dict(f: Flow) -> dict[str, Any]:
    """A flow as a JSON object."""
    return {
        "id": f.id,
        "exporter": f.exporter,
        "importer": f.importer,
        "data_categories": list(f.data_categories),
        "special_categories": [c.value for c in f.special_categories],
        "purposes": list(f.purposes),
        "tools": [{"kind": t.kind.value, "reference": t.reference, "date": _iso(t.date)} for t in f.tools],
        "measures": [
            {"kind": m.kind.value, "description": m.description, "status": m.status.value} for m in f.measures
        ],
        "leaves_eea": f.leaves_eea,
        "tia_status": f.tia_status.value,
        "tia_review_date": _iso(f.tia_review_date),
        "tia_conclusion": f.tia_conclusion.value,
        "review": f.review.value,
        "notes": f.notes,
        "evidence": [evidence_to_dict(e) for e in f.evidence],
        "dpa": f.dpa.value,
        "contract_reference": f.contract_reference,
    }


def document_to_dict(d: Document) -> dict[str, Any]:
    """A source document as a JSON object (with its extracted text)."""
    return {
        "id": d.id,
        "path": d.path,
        "sha256": d.sha256,
        "kind": d.kind.value,
        "language": d.language,
        "title": d.title,
        "last_updated": _iso(d.last_updated),
        "controller": d.controller,
        "text": d.text,
        "error": d.error,
    }


def project_to_dict(project: Project) -> dict[str, Any]:
    """The whole project as a JSON document."""
    return {
        "schema": PROJECT_SCHEMA,
        "name": project.name,
        "country": project.country,
        "created": _iso(project.created),
        "notes": project.notes,
        **({"catalogue": json.loads(project.catalogue)} if project.catalogue else {}),
        "parties": [party_to_dict(p) for p in project.parties],
        "flows": [flow_to_dict(f) for f in project.flows],
        "documents": [document_to_dict(d) for d in project.documents],
    }


def _check_characters(value: str, where: str) -> None:
    """Text must be storable as UTF-8: JSON's ``\\ud800`` escapes can make a lone surrogate."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as err:
        code = ord(value[err.start])
        raise InterchangeError(
            f"{where}: contains an invalid character (U+{code:04X}, half of a UTF-16 pair) at {err.start}"
        ) from None


def _check_unique(items: tuple[Any, ...], where: str) -> None:
    """Ids name one entity each; the first repeated one is named with both places."""
    first: dict[str, int] = {}
    for i, item in enumerate(items):
        if item.id in first:
            raise InterchangeError(
                f"{where}[{i}].id: {item.id!r} is used twice (also {where}[{first[item.id]}].id)"
            )
        first[item.id] = i


class _Reader:
    """Typed access to one JSON object, naming the field on any error."""

    def __init__(self, raw: Any, where: str) -> None:
        if not isinstance(raw, dict):
            raise InterchangeError(f"{where}: expected an object, got {type(raw).__name__}")
        self.raw, self.where = raw, where

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = ..., *, none: bool = False) -> Any:
        if key not in self.raw:
            if default is ...:
                raise InterchangeError(f"{self.where}.{key}: missing")
            return default
        value = self.raw[key]
        if value is None and none:
            return None
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            names = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
            raise InterchangeError(f"{self.where}.{key}: expected {names}, got {type(value).__name__}")
        return value

    def text(self, key: str, default: Any = ..., *, none: bool = False) -> Any:
        value = self.get(key, str, default, none=none)
        if isinstance(value, str):
            _check_characters(value, f"{self.where}.{key}")
        return value

    def enum(self, key: str, enum: type[E], default: Any = ...) -> E:
        value = self.text(key, default)
        if isinstance(value, enum):
            return value
        try:
            return enum(value)
        except ValueError:
            raise InterchangeError(f"{self.where}.{key}: unknown value {value!r}") from None

    def date(self, key: str) -> dt.date | None:
        value = self.text(key, None, none=True)
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise InterchangeError(f"{self.where}.{key}: not a date {value!r}") from None

    def strings(self, key: str) -> tuple[str, ...]:
        items = self.get(key, list, [])
        for i, item in enumerate(items):
            if not isinstance(item, str):
                raise InterchangeError(f"{self.where}.{key}[{i}]: expected str, got {type(item).__name__}")
            _check_characters(item, f"{self.where}.{key}[{i}]")
        return tuple(items)

    def objects(self, key: str, build: Callable[[Any, str], Any]) -> tuple[Any, ...]:
        items = self.get(key, list, [])
        return tuple(build(item, f"{self.where}.{key}[{i}]") for i, item in enumerate(items))


def evidence_from_dict(raw: Any, where: str) -> Evidence:
    """Evidence from its JSON object."""
    r = _Reader(raw, where)
    start, end = r.get("start", int), r.get("end", int)
    if start < 0 or end < start:
        raise InterchangeError(f"{where}: offsets {start}..{end} are out of order")
    return Evidence(DocumentRef(r.text("document"), r.text("sha256", "")), start, end, r.text("quote"))


def party_from_dict(raw: Any, where: str = "party") -> Party:
    """A party from its JSON object."""
    r = _Reader(raw, where)
    scope_raw = _Reader(r.get("scope", dict, {}), f"{where}.scope")
    scope = tuple(
        sorted(
            (_enum(ScopeAttribute, k, f"{where}.scope"), scope_raw.enum(k, Tristate)) for k in scope_raw.raw
        )
    )
    party = Party(
        id=PartyId(r.text("id")),
        name=r.text("name"),
        role=r.enum("role", Role),
        country=r.text("country", None, none=True),
        kind=r.enum("kind", PartyKind, PartyKind.NAMED),
        aliases=r.strings("aliases"),
        scope=scope,
        review=r.enum("review", ReviewStatus, ReviewStatus.SUGGESTED),
        country_confirmed=r.get("country_confirmed", bool, False),
        country_source=_country_source(r),
        placeholder=r.get("placeholder", bool, False),
        notes=r.text("notes", ""),
        evidence=r.objects("evidence", evidence_from_dict),
    )
    for check in r.objects("scope_checks", scope_check_from_dict):
        party = party.with_scope_check(check)  # the check's value is the attribute's
    return party


def scope_check_from_dict(raw: Any, where: str) -> ScopeCheck:
    """A dated check of an official list from its JSON object."""
    r = _Reader(raw, where)
    value = r.enum("value", Tristate)
    if value is Tristate.UNKNOWN:
        raise InterchangeError(f"{where}.value: a check finds the party listed ('yes') or not ('no')")
    checked_on = r.date("checked_on")
    if checked_on is None:
        raise InterchangeError(f"{where}.checked_on: missing")
    return ScopeCheck(
        _enum(ScopeAttribute, r.text("attribute"), f"{where}.attribute"),
        value,
        checked_on,
        r.text("checked_by", ""),
        r.text("note", ""),
    )


def _country_source(r: _Reader) -> CountrySource | None:
    value = r.text("country_source", None, none=True)
    return None if value is None else r.enum("country_source", CountrySource)


def _enum(enum: type[E], value: str, where: str) -> E:
    try:
        return enum(value)
    except ValueError:
        raise InterchangeError(f"{where}: unknown key {value!r}") from None


def _tool(raw: Any, where: str) -> TransferTool:
    r = _Reader(raw, where)
    return TransferTool(r.enum("kind", ToolKind), r.text("reference", ""), r.date("date"))


def _measure(raw: Any, where: str) -> SupplementaryMeasure:
    r = _Reader(raw, where)
    return SupplementaryMeasure(
        r.enum("kind", MeasureKind),
        r.text("description"),
        r.enum("status", MeasureStatus, MeasureStatus.PLANNED),
    )


def flow_from_dict(raw: Any, where: str = "flow") -> Flow:
    """A flow from its JSON object."""
    r = _Reader(raw, where)
    special = tuple(
        _enum(SpecialCategory, c, f"{where}.special_categories") for c in r.strings("special_categories")
    )
    return Flow(
        id=FlowId(r.text("id")),
        exporter=PartyId(r.text("exporter")),
        importer=PartyId(r.text("importer")),
        data_categories=r.strings("data_categories"),
        special_categories=special,
        purposes=r.strings("purposes"),
        tools=r.objects("tools", _tool),
        measures=r.objects("measures", _measure),
        leaves_eea=r.get("leaves_eea", bool, False),
        tia_status=r.enum("tia_status", TiaStatus, TiaStatus.NOT_STARTED),
        tia_review_date=r.date("tia_review_date"),
        tia_conclusion=r.enum("tia_conclusion", TiaConclusion, TiaConclusion.UNDECIDED),
        review=r.enum("review", ReviewStatus, ReviewStatus.SUGGESTED),
        notes=r.text("notes", ""),
        evidence=r.objects("evidence", evidence_from_dict),
        dpa=r.enum("dpa", Tristate, Tristate.UNKNOWN),
        contract_reference=r.text("contract_reference", ""),
    )


def document_from_dict(raw: Any, where: str = "document") -> Document:
    """A source document from its JSON object."""
    r = _Reader(raw, where)
    controller = r.text("controller", None, none=True)
    return Document(
        id=DocumentId(r.text("id")),
        path=r.text("path"),
        sha256=r.text("sha256", ""),
        kind=r.enum("kind", DocumentKind, DocumentKind.NOTICE),
        language=r.text("language", None, none=True),
        title=r.text("title", None, none=True),
        last_updated=r.date("last_updated"),
        controller=PartyId(controller) if controller else None,
        text=r.text("text", ""),
        error=r.text("error", None, none=True),
    )


def project_from_dict(raw: Any, where: str = "project") -> Project:
    """A project from its JSON document; checks the schema and that flows join known parties."""
    r = _Reader(raw, where)
    if r.raw.get("schema") != PROJECT_SCHEMA:
        raise InterchangeError(f"{where}.schema: expected {PROJECT_SCHEMA!r}, got {r.raw.get('schema')!r}")
    parties = r.objects("parties", party_from_dict)
    flows = r.objects("flows", flow_from_dict)
    documents = r.objects("documents", document_from_dict)
    for key, items in (("parties", parties), ("flows", flows), ("documents", documents)):
        _check_unique(items, f"{where}.{key}")
    known = {p.id for p in parties}
    for i, flow in enumerate(flows):
        for end in ("exporter", "importer"):
            if getattr(flow, end) not in known:
                raise InterchangeError(f"{where}.flows[{i}].{end}: no party {getattr(flow, end)!r}")
    return Project(
        name=r.text("name", DEFAULT_NAME),
        country=r.text("country", None, none=True),
        parties=parties,
        flows=flows,
        documents=documents,
        created=r.date("created"),
        notes=r.text("notes", ""),
        catalogue=_catalogue_text(r.get("catalogue", dict, None, none=True), f"{where}.catalogue"),
    )


def _catalogue_text(raw: dict[str, Any] | None, where: str) -> str:
    """The project's catalogue additions as canonical JSON text, checked like a catalogue file."""
    if raw is None:
        return ""
    from model.catalogue import catalogue_additions_text  # the catalogue's checks, loaded only when used

    try:
        return catalogue_additions_text(raw)
    except ValueError as err:
        raise InterchangeError(f"{where}: {err}") from None


MAX_PROJECT_JSON_BYTES = 500 << 20
"""A project document larger than this is refused before it is read (real ones are a few MB)."""


def read_project_json(path: Path) -> Project:
    """A project from a JSON interchange file; ``InterchangeError`` names the file and field."""
    try:
        raw = json.loads(read_regular_file(path, MAX_PROJECT_JSON_BYTES).decode("utf-8"))
    except OSError as err:
        raise InterchangeError(f"{path}: cannot read ({err.strerror or err})") from err
    except UnicodeDecodeError as err:
        raise InterchangeError(f"{path}: not a JSON document (not UTF-8 text: {err.reason})") from err
    except ValueError as err:  # a syntax error, or a number of more than 4,300 digits
        huge = "integer string conversion" in str(err)
        reason = "a number in it has more than 4,300 digits" if huge else str(err)[:200]
        raise InterchangeError(f"{path}: not a JSON document ({reason})") from err
    except RecursionError:  # hostile nesting: json recurses once per level
        raise InterchangeError(f"{path}: not a project document (nested too deeply)") from None
    try:
        return project_from_dict(raw)
    except InterchangeError as err:
        raise InterchangeError(f"{path}: {err}") from err


def project_json(project: Project) -> str:
    """The project as JSON text (stable key order, UTF-8 characters kept)."""
    return json.dumps(project_to_dict(project), ensure_ascii=False, indent=1)
