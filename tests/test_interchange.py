"""The JSON interchange format: exact round trip, and clear errors naming the bad field."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest

from model.flows import MeasureKind, MeasureStatus, SupplementaryMeasure, TiaConclusion, TiaStatus, ToolKind
from model.interchange import (
    InterchangeError,
    project_from_dict,
    project_json,
    project_to_dict,
    read_project_json,
)
from model.parties import Tristate
from model.project import Document, DocumentKind, Project
from tests.factories import flow, party, project


def rich_project() -> Project:
    base = project(
        party("us", "Cloudly Inc.", country="US", dpf=Tristate.YES),
        party("in", "Mumbai Claims Pvt Ltd", country="IN"),
        flow("f1", "ctrl", "us", ToolKind.DPF),
        flow("f2", "ctrl", "in", ToolKind.SCC_MODULE_2, tia=TiaStatus.COMPLETED, review=dt.date(2027, 3, 1)),
    )
    measured = replace(
        base.flows[1],
        measures=(
            SupplementaryMeasure(
                MeasureKind.TECHNICAL, "AES-256, keys held in the EEA", MeasureStatus.IMPLEMENTED
            ),
        ),
        tia_conclusion=TiaConclusion.PERMITTED_WITH_MEASURES,
        data_categories=("claims", "bank account"),
    )
    doc = Document(
        "d1",
        "notice.txt",
        "a" * 64,
        DocumentKind.NOTICE,
        "nl",
        "Privacyverklaring",
        dt.date(2025, 5, 1),
        "ctrl",
        "Wij delen gegevens met Cloudly Inc.",
    )
    return replace(base, flows=(base.flows[0], measured), documents=(doc,), created=dt.date(2026, 11, 1))


def test_round_trip_is_exact(tmp_path: Path) -> None:
    original = rich_project()
    path = tmp_path / "project.json"
    path.write_text(project_json(original), encoding="utf-8")
    assert read_project_json(path) == original
    assert project_from_dict(json.loads(json.dumps(project_to_dict(original)))) == original


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["parties"][1].update(role="boss"), "parties[1].role: unknown value 'boss'"),
        (lambda d: d["parties"][0].update(name=42), "parties[0].name: expected str, got int"),
        (lambda d: d["flows"][0].update(importer="ghost"), "flows[0].importer: no party 'ghost'"),
        (
            lambda d: d["flows"][1]["tools"][0].update(kind="handshake"),
            "flows[1].tools[0].kind: unknown value",
        ),
        (
            lambda d: d["flows"][1].update(tia_review_date="31/02/2027"),
            "flows[1].tia_review_date: not a date",
        ),
        (
            lambda d: d["parties"][1]["evidence"].append(
                {"document": "x", "start": 9, "end": 2, "quote": ""}
            ),
            "out of order",
        ),
        (lambda d: d.update(schema="other/v9"), "schema: expected"),
        (lambda d: d.update(parties={}), "parties: expected list"),
    ],
)
def test_malformed_documents_name_the_field(mutate, message: str) -> None:  # type: ignore[no-untyped-def]
    raw = project_to_dict(rich_project())
    mutate(raw)
    with pytest.raises(
        InterchangeError, match=message.replace("[", r"\[").replace("]", r"\]").replace("(", r"\(")
    ):
        project_from_dict(raw)


def test_unreadable_file_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InterchangeError, match="broken.json: not a JSON document"):
        read_project_json(bad)
    with pytest.raises(InterchangeError, match="missing.json: cannot read"):
        read_project_json(tmp_path / "missing.json")
