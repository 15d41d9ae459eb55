"""Golden files: each register or sub-processor list in tests/fixtures/registers beside what it states.

To accept a deliberate change, regenerate the expected files and review the diff:

    TA_REGENERATE=1 .venv/bin/python -m pytest tests/test_registers_golden.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from importers.registers import read_register
from model.merge import Contribution

FIXTURES = Path(__file__).parent / "fixtures" / "registers"
SAMPLES = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".xlsx", ".csv") and p.stem != "unmapped")
REGENERATE = os.environ.get("TA_REGENERATE") == "1"


def summary(result: Contribution) -> dict[str, Any]:
    """What a register states, in a stable, reviewable form (names instead of ids)."""
    names = {p.id: p.name for p in result.parties}
    return {
        "documents": [
            {"kind": d.kind.value, "title": d.title, "controller": names.get(d.controller or "")}
            for d in result.documents
        ],
        "parties": sorted(
            (
                {
                    "name": p.name,
                    "role": p.role.value,
                    "country": p.country,
                    "confirmed": p.country_confirmed,
                    "kind": p.kind.value,
                    "scope": {k.value: v.value for k, v in p.scope},
                    "notes": p.notes,
                }
                for p in result.parties
            ),
            key=lambda p: p["name"],
        ),
        "flows": sorted(
            (
                {
                    "from": names[f.exporter],
                    "to": names[f.importer],
                    "tools": [[t.kind.value, t.reference] for t in f.tools],
                    "dpa": f.dpa.value,
                    "contract": f.contract_reference,
                    "review": f.tia_review_date.isoformat() if f.tia_review_date else None,
                    "tia": f.tia_status.value,
                    "purposes": list(f.purposes),
                    "data": list(f.data_categories),
                    "special": [c.value for c in f.special_categories],
                    "leaves_eea": f.leaves_eea,
                    "rows": [e.quote.split(":", 1)[0] for e in f.evidence],
                }
                for f in result.flows
            ),
            key=lambda f: (f["from"], f["to"]),
        ),
        "problems": [{"row": p.row, "reason": p.reason} for p in result.problems],
    }


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_register_states_what_its_golden_file_says(sample: Path) -> None:
    result = summary(read_register(sample))
    expected_file = sample.with_suffix(sample.suffix + ".expected.json")
    if REGENERATE:
        expected_file.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert expected_file.exists(), f"no golden file; run with TA_REGENERATE=1 and review {expected_file.name}"
    assert result == json.loads(expected_file.read_text(encoding="utf-8"))


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_every_quote_is_the_text_at_its_offsets(sample: Path) -> None:
    result = read_register(sample)
    (document,) = result.documents
    quotes = [e for item in (*result.parties, *result.flows) for e in item.evidence]
    assert quotes
    for evidence in quotes:
        assert evidence.document.path == document.path and evidence.document.sha256 == document.sha256
        assert document.text[evidence.start : evidence.end] == evidence.quote
