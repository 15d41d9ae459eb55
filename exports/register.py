"""The transfer register: one column list shared by the Transfers sheet, the JSON and the CSV export.

A column's value is text, a date, ``None`` or a tuple of texts (one item per line in the
workbook and the CSV, a list in JSON), so every output shows the same register.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from exports.cells import clean_text, is_formula_like
from exports.report import TransferReport, TransferRow
from exports.targets import write_target
from exports.texts import ENGLISH, Words
from model.evidence import Evidence
from model.flows import TransferTool
from model.labels import article_text
from model.parties import Party, Tristate

REGISTER_SCHEMA = "transfer-atlas/register/v1"
RegisterValue = str | dt.date | tuple[str, ...] | None


@dataclass(frozen=True, slots=True)
class Column:
    """A register column: machine key, header, width in the sheet, and how to read a row.

    JSON and CSV keep ``value`` (stable codes) under ``header``; the workbook shows ``shown``
    (words in its language, where ``show`` is given) under ``column.<key>`` of the texts file.
    """

    key: str
    header: str
    width: float
    value: Callable[[TransferRow], RegisterValue]
    show: Callable[[TransferRow, Words], RegisterValue] | None = None

    def shown(self, row: TransferRow, words: Words) -> RegisterValue:
        """The value as the workbook shows it in the language of ``words``."""
        return self.show(row, words) if self.show else self.value(row)


def tool_text(tool: TransferTool, words: Words = ENGLISH) -> str:
    """A transfer tool with its legal basis, contract or decision reference and date."""
    parts = [words.label(tool.kind), f"({article_text(tool.kind.info.article, words.lang)})"]
    if tool.reference:
        parts.append(words("tool.reference", reference=tool.reference))
    if tool.date:
        parts.append(words("tool.date", date=tool.date.isoformat()))
    return " ".join(parts)


def party_text(party: Party) -> str:
    """A party's name with its country code."""
    return f"{party.name} ({party.country or '?'})"


def chain_text(chain: tuple[Party, ...]) -> str:
    """A chain of parties as ``A (NL) -> B (US)``."""
    return " -> ".join(party_text(p) for p in chain)


def document_name(path: str) -> str:
    """The file name of a source document: the folders it sat in on someone's disk mean nothing to
    an auditor (the Evidence sheet has each document's sha256 to tell files of one name apart)."""
    return re.split(r"[\\/]", path.rstrip("\\/"))[-1] or path


def evidence_text(e: Evidence) -> str:
    """A quote with where it comes from."""
    return f"\u201c{e.quote}\u201d ({document_name(e.document.path)} [{e.start}:{e.end}])"


def status_text(row: TransferRow, words: Words | None = None) -> str:
    """The destination status, with why an existing decision does not apply (JSON and CSV: the
    model's English; the workbook: the label in the language of ``words``)."""
    status, lapse = row.destination.status, row.destination.lapse
    if words is None:
        return f"{status.label} (adequacy decision {lapse})" if lapse else status.label
    label = words.label(status)
    return words("status.lapsed", status=label, lapse=_lapse(lapse, words)) if lapse else label


def _lapse(lapse: str, words: Words) -> str:
    return words("lapse." + lapse.replace(" ", "_"))


def _decision(row: TransferRow) -> str:
    j = row.destination.jurisdiction
    if j is None:
        return ""
    scope = f"; scope: {j.scope}" if row.destination.status.value == "adequate_partial" else ""
    return f"{j.decision}{scope}"


def coverage(row: TransferRow) -> tuple[str, str | None]:
    """Whether an adequacy decision covers this transfer's importer: ("yes", None), ("no", why),
    ("unknown", what is missing) or ("none", None) when the destination has no decision. A partial
    decision (the EU-US DPF) covers only importers with its attribute (certified under the DPF):
    a certification nobody recorded or confirmed is unknown, never yes."""
    if row.covered_by_adequacy:
        return "yes", None
    j = row.destination.jurisdiction
    if j is None or row.destination.status.value == "eea":
        return "none", None
    if row.destination.lapse:
        return "no", row.destination.lapse
    if j.scope_attribute is not None:
        return ("unknown" if row.in_scope is Tristate.UNKNOWN else "no"), None
    return "no", None


def adequacy_covers(row: TransferRow) -> str:
    """``coverage`` as the register's JSON and CSV give it: "yes", "no", "no decision", or with
    what is missing, e.g. "unknown (dpf_certified not recorded)"."""
    answer, lapse = coverage(row)
    j = row.destination.jurisdiction
    if answer == "none":
        return "no decision"
    if lapse:
        return f"no (decision {lapse})"
    if j is not None and j.scope_attribute is not None and answer != "yes":
        if row.in_scope is Tristate.UNKNOWN:
            check = row.importer.scope_check(j.scope_attribute)
            why = f"last checked on {check.checked_on.isoformat()}" if check else "not recorded"
            return f"unknown ({j.scope_attribute.value} {why})"
        return f"no ({j.scope_attribute.value}: {row.in_scope.value})"
    return answer


def covers_text(row: TransferRow, words: Words) -> str:
    """``coverage`` in the workbook's words, e.g. "Unknown (Certified under the EU-US Data Privacy
    Framework: Unknown)"."""
    answer, lapse = coverage(row)
    text = words(f"covers.{answer}")
    j = row.destination.jurisdiction
    if lapse:
        return words("covers.why", answer=text, why=_lapse(lapse, words))
    if j is not None and j.scope_attribute is not None and answer != "yes":
        why = f"{words.label(j.scope_attribute)}: {words.label(row.in_scope)}"
        check = row.importer.scope_check(j.scope_attribute)
        if row.in_scope is Tristate.UNKNOWN and check is not None:  # a check too old to count
            why += "; " + words("covers.checked", date=check.checked_on.isoformat())
        return words("covers.why", answer=text, why=why)
    return text


def decision_shown(row: TransferRow, words: Words) -> str | None:
    """The destination's decision as the workbook shows it, with whether it covers this importer."""
    decision = _decision(row)
    if not decision:
        return None
    return words("decision.covers", decision=decision, covers=covers_text(row, words))


def _onward(row: TransferRow, words: Words = ENGLISH) -> tuple[str, ...]:
    lines = tuple(chain_text(c) for c in row.onward)
    return (*lines, words("onward.more", count=row.onward_more)) if row.onward_more else lines


def yes_no(flag: bool, words: Words) -> str:
    """Yes or No in the workbook's language."""
    return words.label(Tristate.YES if flag else Tristate.NO)


def _labels(codes: tuple[str, ...], words: Words) -> tuple[str, ...]:
    return tuple(words.label(c) for c in codes)


COLUMNS: tuple[Column, ...] = (
    Column("id", "Transfer id", 22, lambda r: r.flow.id),
    Column("exporter", "Exporter", 28, lambda r: r.exporter.name),
    Column("exporter_country", "Exporter country", 10, lambda r: r.exporter.country),
    Column("importer", "Importer", 28, lambda r: r.importer.name),
    Column("importer_role", "Importer role", 16, lambda r: r.importer.role.value,
           lambda r, w: w.label(r.importer.role)),
    Column("country_code", "Country code", 9, lambda r: r.importer.country),
    Column("country", "Country", 16, lambda r: r.country_name or None,
           lambda r, w: w.country(r.importer.country) or None),
    Column("destination_status", "Destination status", 18, status_text, status_text),
    Column("adequacy_decision", "Adequacy decision", 36, lambda r: _decision(r) or None, decision_shown),
    Column("adequacy_covers", "Decision covers this importer", 14, adequacy_covers, covers_text),
    Column("transfer_tools", "Transfer tools", 40, lambda r: tuple(tool_text(t) for t in r.flow.tools),
           lambda r, w: tuple(tool_text(t, w) for t in r.flow.tools)),
    Column(
        "legal_basis",
        "Legal basis",
        22,
        lambda r: tuple(dict.fromkeys(t.kind.info.article for t in r.flow.tools)),
        lambda r, w: tuple(dict.fromkeys(article_text(t.kind.info.article, w.lang) for t in r.flow.tools)),
    ),
    Column("contract_reference", "Contract reference", 18, lambda r: r.flow.contract_reference or None),
    Column("dpa", "DPA on file", 9, lambda r: r.flow.dpa.value, lambda r, w: w.label(r.flow.dpa)),
    Column("data_categories", "Data categories", 28, lambda r: r.flow.data_categories),
    Column("special_categories", "Special categories", 18, lambda r: tuple(r.flow.special_categories),
           lambda r, w: _labels(tuple(r.flow.special_categories), w)),
    Column("purposes", "Purposes", 28, lambda r: r.flow.purposes),
    Column("route", "Route", 40, lambda r: chain_text(r.route)),
    Column("onward", "Onward recipients", 40, _onward, _onward),
    Column("findings", "Findings", 24, lambda r: r.rules, lambda r, w: _labels(r.rules, w)),
    Column("severity", "Highest severity", 11, lambda r: r.severity.value if r.severity else None,
           lambda r, w: w.label(r.severity) if r.severity else None),
    Column("needs_tia", "Needs TIA", 9, lambda r: "yes" if r.needs_tia else "no",
           lambda r, w: yes_no(r.needs_tia, w)),
    Column("tia_sheet", "TIA sheet", 22, lambda r: r.sheet),
    Column("tia_status", "TIA status", 14, lambda r: r.flow.tia_status.value,
           lambda r, w: w.label(r.flow.tia_status)),
    Column("review_date", "Review date", 12, lambda r: r.flow.tia_review_date),
    Column("decision", "Decision", 22, lambda r: r.flow.tia_conclusion.value,
           lambda r, w: w.label(r.flow.tia_conclusion)),
    Column("evidence", "Evidence", 60, lambda r: tuple(evidence_text(e) for e in r.evidence)),
    Column(
        "source_documents",
        "Source documents",
        30,
        lambda r: tuple(dict.fromkeys(document_name(e.document.path) for e in r.evidence)),
    ),
)  # fmt: skip
COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}


def register_rows(report: TransferReport, words: Words | None = None) -> list[list[RegisterValue]]:
    """The register as rows of column values (in ``COLUMNS`` order): stable codes, or with
    ``words`` the words the workbook shows."""
    if words is None:
        return [[c.value(row) for c in COLUMNS] for row in report.transfers]
    return [[c.shown(row, words) for c in COLUMNS] for row in report.transfers]


def register_document(report: TransferReport) -> dict[str, Any]:
    """The register as the ``transfer-atlas/register/v1`` JSON document."""

    def plain(v: RegisterValue) -> Any:
        if isinstance(v, tuple):
            return list(v)
        return v.isoformat() if isinstance(v, dt.date) else v

    return {
        "schema": REGISTER_SCHEMA,
        "organisation": report.organisation,
        "as_of": report.as_of.isoformat(),
        "scenario": list(report.scenario.labels),
        "method": report.method.value,
        "reference": {"version": report.reference.version, "as_of": report.reference.as_of.isoformat()},
        "columns": [{"key": c.key, "header": c.header} for c in COLUMNS],
        "transfers": [
            {c.key: plain(v) for c, v in zip(COLUMNS, values, strict=True)}
            for values in register_rows(report)
        ],
    }


def register_json(report: TransferReport) -> str:
    """The register as JSON text."""
    return json.dumps(register_document(report), ensure_ascii=False, indent=1) + "\n"


def csv_field(value: RegisterValue) -> str:
    """A value as CSV text; formula-like text gets a leading apostrophe so spreadsheets keep it text."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        value = "\n".join(value)
    text = value.isoformat() if isinstance(value, dt.date) else clean_text(value)
    return "'" + text if is_formula_like(text) else text


def register_csv(report: TransferReport) -> str:
    """The register as CSV text (header row, then one row per transfer; multi-item cells use lines)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.header for c in COLUMNS])
    writer.writerows([csv_field(v) for v in values] for values in register_rows(report))
    return out.getvalue()


def write_json(report: TransferReport, path: Path | str) -> None:
    """Write the register as JSON, atomically."""
    data = register_json(report).encode("utf-8")
    write_target(path, lambda tmp: _write_bytes(tmp, data))


def write_csv(report: TransferReport, path: Path | str) -> None:
    """Write the register as UTF-8 CSV with a byte-order mark (so Excel reads the accents), atomically."""
    data = register_csv(report).encode("utf-8-sig")  # bytes, so no platform newline translation
    write_target(path, lambda tmp: _write_bytes(tmp, data))


def _write_bytes(path: Path, data: bytes) -> None:
    path.write_bytes(data)
